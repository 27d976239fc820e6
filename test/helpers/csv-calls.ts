// CSV plans whose records are of every kind the reader hands on, and a sink that writes down every
// call it gets: for comparing two roads from a CSV plan to a sink (test/batch/csv-blocks.test.ts,
// test/cli/reader-thread.test.ts).
import { expect } from 'vitest';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import type { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import type { Call } from './sheet-calls.js';

/** Record n of a varied plan, its cells parted by `separator`, without its line end ('' is a blank line). */
export function variedRecord(n: number, separator = ','): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const row = (...cells: string[]) => cells.join(separator);
  switch (n % 14) {
    case 0:
      return row('jd', 'live-cart', `2022-06-${day}`, 'kuaishou');
    case 1:
      // A quoted cell holding the separator, and an empty platform.
      return row(`"jd${separator} x"`, 'live-cart', `"2022${separator}06"`, '');
    case 2:
      return row('"【天猫】""新品"" 上市"', 'live-cart', `2022-06-${day}`);
    case 3:
      // Line breaks inside quotes, CRLF among them (read as LF).
      return row('"a\r\nb\nc"', 'short-video-cart', `2022-07-${day}`);
    case 4:
      return '';
    case 5:
      return row('', '', '');
    case 6:
      return row('jd', 'live-cart', '2022-06-01', 'kuaishou', 'extra', 'more');
    case 7:
      // A bare quote inside an unquoted cell: text, as Excel reads it.
      return row('jd', 'live"cart', `2022-06-${day}`);
    case 8:
      // Text after a closing quote: an error row.
      return row('"x"y', 'live-cart', '2022-06-01');
    case 9:
      return row('淘宝', '直播间', `2022-06-${day}`, '快手');
    case 10:
      return '""';
    case 11:
      return row('taobao', ' live-cart ', `2022-06-${day} `, 'douyin');
    case 12:
      return row(`https://item.jd.com/${n}.html`, 'product-detail', '2022-07-01', '');
    default:
      return row(`"${'tmall'}"`, '"live-cart"', `"2022-08-${day}"`);
  }
}

export interface PlanShape {
  separator?: ',' | ';' | '\t';
  /** Excel's first line naming the separator. */
  sepLine?: boolean;
  bom?: boolean;
  /** A quote opened in the last record and never closed. */
  unclosed?: boolean;
  /** A cell over MAX_FIELD and a record over MAX_RECORD, among the first records. */
  long?: boolean;
}

/** A plan of `records` varied records (see variedRecord) under the header source, surface, date, platform; some lines end in CRLF. */
export function variedCsv(records: number, shape: PlanShape = {}): string {
  const separator = shape.separator ?? ',';
  const lines: string[] = [];
  if (shape.sepLine) lines.push(`sep=${separator}`);
  lines.push(['source', 'surface', 'date', 'platform'].join(separator));
  for (let n = 0; n < records; n++) {
    lines.push(variedRecord(n, separator));
    if (shape.long && n === 20) lines.push(['"' + 'x'.repeat(70_000) + '"', 'live-cart', '2022-06-01'].join(separator));
    if (shape.long && n === 40) lines.push(['"' + 'y'.repeat(1_100_000) + '"', 'live-cart', '2022-06-01'].join(separator));
    if (shape.long && n === 41) lines.push(['淘'.repeat(30_000), 'live-cart', '2022-06-01'].join(separator));
  }
  let text = '';
  lines.forEach((line, n) => (text += line + (n % 4 === 3 ? '\r\n' : '\n')));
  if (shape.unclosed) text += `jd${separator}"live-cart\nnever closed`;
  return (shape.bom ? '\ufeff' : '') + text;
}

/** The bytes in pieces of `size` (the last one shorter). */
export function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

export type CsvRoad = 'held' | 'text' | 'plain';

/**
 * A sink that writes down every call it gets: each row's line, cells and error message; `road`:
 * which calls it takes. Held, it checks that each record given to text() is the next one ahead()
 * announced, the same object with the same cells. Keys (RecordText.key) are written down apart, in
 * `keys`, so that calls of two roads compare whichever keyed them.
 */
export function csvRecorder(road: CsvRoad) {
  const calls: Call[] = [];
  const keys: number[] = [];
  const groups: number[] = [];
  let announced: { record: RecordText; cells: string[] }[] = [];
  let given = 0;
  const base = (line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => {
    calls.push(['row', line, [...cells], error === undefined ? '' : errorMessage(error), header.length]);
  };
  // Thrown, not expected: an expect a record cost a held sink most of its time; what is thrown fails the reading.
  const text = (line: number, header: readonly string[], record: RecordText) => {
    const cells = record.cells();
    if (road === 'held') {
      const next = announced[given++];
      if (next?.record !== record || JSON.stringify(next.cells) !== JSON.stringify(cells)) throw new Error(`line ${line}: not the record ahead() announced next`);
    }
    keys.push(record.key ?? -1);
    calls.push(['text', line, cells, header.length]);
  };
  const ahead = (_header: readonly string[], records: readonly RecordText[], count: number) => {
    if (given < announced.length) throw new Error('ahead() before every record it announced was given');
    expect(count).toBeGreaterThan(0);
    groups.push(count);
    given = 0;
    announced = records.slice(0, count).map((record) => ({ record, cells: record.cells() }));
  };
  const sink: RecordSink = road === 'plain' ? base : road === 'text' ? Object.assign(base, { text }) : Object.assign(base, { text, ahead });
  return { sink, calls, keys, groups, pending: () => announced.length - given };
}
