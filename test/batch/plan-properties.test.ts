// Properties of plan files (#14, #17): whatever a CSV, JSON Lines or XLSX plan
// holds, every record is one row (blank lines counted apart), nothing but an
// InputError is thrown, and the CLI exits with a documented code; an XLSX and a
// CSV of the same plan answer alike row for row. Seeded and small here;
// `npm run fuzz` runs them FUZZ_RUNS times.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { decodeChunks } from '../../src/batch/read/decode.js';
import { readCsv } from '../../src/batch/read/read-csv.js';
import { readJsonl } from '../../src/batch/read/read-jsonl.js';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import { readXlsx } from '../../src/batch/read/read-xlsx.js';
import { isoDateText, serialText } from '../../src/batch/read/sheet-values.js';
import { joinDateAndTime } from '../../src/batch/date-and-time.js';
import { InputError } from '../../src/errors/errors.js';
import { runMain } from '../cli/run-main.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { pieces } from '../helpers/pieces.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const TIMEOUT = 60_000 + RUNS * 100;
const folder = mkdtempSync(join(tmpdir(), 'linkcheck-plan-properties-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Row = [line: number, cells: string[], error?: string];

const hostile = fc.constantFrom('"', ',', '\n', '""', ' ', '\t', '\ufeff', '\u2028', '\u0085', '\x1b', '淘宝', '#', '=1+1', '\\', "'", '🛒');
const cellText = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) }, { weight: 2, arbitrary: hostile }), maxLength: 12 }).map((text) => text.replace(/\r/g, ''));
const record = fc.array(cellText, { minLength: 1, maxLength: 5 });

/** RFC 4180, as a spreadsheet writes it: a cell is quoted when it must be, or at random. */
function csvCell(cell: string, alone: boolean, quote: boolean): string {
  return quote || cell === '' ? (alone && cell === '' ? '""' : quote || /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell) : /[",\n]/.test(cell) || cell.startsWith('\ufeff') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

describe('CSV plans', () => {
  it(
    'every record is a row at the line it starts on, with its cells; blank lines are counted apart',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(record, fc.nat(2), fc.boolean()), { maxLength: 12 }), fc.boolean(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), async (records, crlf, cuts) => {
          const end = crlf ? '\r\n' : '\n';
          let text = `source,surface,date${end}`;
          let line = 2;
          let blank = 0;
          const expected: Row[] = [];
          for (const [cells, blanks, quote] of records) {
            text += end.repeat(blanks);
            line += blanks;
            blank += blanks;
            const written = cells.map((cell) => csvCell(cell, cells.length === 1, quote)).join(',');
            text += written + end;
            // Empty cells past the header's last column are none; a value there makes an error row.
            const extra = cells.slice(3).some((cell) => cell !== '');
            expected.push(extra ? [line, cells, `this row has ${cells.length} cells and the header 3: quote cells that hold a comma, the plan's separator`] : [line, cells.slice(0, 3)]);
            line += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
          }
          const rows: Row[] = [];
          const stats = await readCsv(decodeChunks(pieces(text, cuts), 'utf-8', 'plan.csv'), (at, _, cells, error) => void rows.push(error ? [at, [...cells], errorMessage(error)] : [at, [...cells]]), () => {});
          expect({ rows, blank: stats.blank }).toEqual({ rows: expected, blank });
          // The same rows when the sink takes a record where it lies in its chunk (RecordSink.text).
          const where: Row[] = [];
          const sink: RecordSink = Object.assign((at: number, _: readonly string[], cells: readonly string[], error: InputError | undefined) => void where.push(error ? [at, [...cells], errorMessage(error)] : [at, [...cells]]), {
            text: (at: number, _: readonly string[], record: RecordText) => void where.push([at, record.cells()]),
          });
          const whereStats = await readCsv(decodeChunks(pieces(text, cuts), 'utf-8', 'plan.csv'), sink, () => {});
          expect({ rows: where, blank: whereStats.blank }).toEqual({ rows: expected, blank });
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'any text at all: rows or one InputError, never anything else',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), hostile), maxLength: 200 }), async (body) => {
          let rows = 0;
          try {
            await readCsv(decodeChunks(pieces(`source,surface,date\n${body}`, [0.5]), 'utf-8', 'plan.csv'), () => void rows++, () => {});
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
          // A row takes at least one character; a line ends at most one.
          expect(rows).toBeLessThanOrEqual(body.length);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('JSON Lines plans', () => {
  const jsonValue = fc.oneof(cellText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
  const line = fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom('source', 'surface', 'date', 'platform', 'note', '来源'), jsonValue).map((object) => JSON.stringify(object)) },
    { weight: 1, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), hostile), maxLength: 30 }).map((text) => text.replace(/[\n\r]/g, ' ')) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((depth) => `{"source":${'['.repeat(depth)}${']'.repeat(depth)}}`) },
  );
  it(
    'every line that is not blank is a row at its line',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), async (lines, cuts) => {
          const text = lines.join('\n');
          // The file's lines: a newline ends one (the last may end without); a BOM at the start is the decoder's.
          const body = text.replace(/^\ufeff/, '');
          const physical = body === '' ? [] : body.split('\n');
          if (body.endsWith('\n')) physical.pop();
          const expected = physical.flatMap((content, index) => (content.trim() === '' ? [] : [index + 1]));
          const seen: number[] = [];
          const stats = await readJsonl(decodeChunks(pieces(text, cuts), 'utf-8', 'plan.jsonl'), (at) => void seen.push(at));
          expect({ seen, blank: stats.blank }).toEqual({ seen: expected, blank: physical.length - expected.length });
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
  it(
    "a line's keys and values, in order, are its header and cells, whatever shapes the lines take in turn",
    async () => {
      const key = fc.constantFrom('source', 'surface', 'date', 'platform', '来源', '0', '12', '__proto__', 'constructor', 'toString');
      const object = fc.array(fc.tuple(key, fc.oneof(cellText, fc.integer(), fc.boolean(), fc.constant(null))), { maxLength: 6 });
      await fc.assert(
        fc.asyncProperty(fc.array(object, { minLength: 1, maxLength: 10 }), async (objects) => {
          // Written by hand, so that keys repeat and "__proto__" is a key of the line, as JSON.parse reads it.
          const lines = objects.map((pairs) => `{${pairs.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`).join(',')}}`);
          // A line that writes a key twice is an error row: JSON.parse would keep one of its values unseen.
          const expected = objects.map((pairs, index) => {
            const names = pairs.map(([name]) => name);
            if (new Set(names).size < names.length) return [[], [], 'jsonl-repeated-keys'];
            const entries = Object.entries(JSON.parse(lines[index]!) as object);
            return [entries.map(([name]) => name), entries.map(([, value]) => (value === null ? '' : String(value))), undefined];
          });
          const seen: [string[], string[], string | undefined][] = [];
          await readJsonl(decodeChunks(pieces(lines.join('\n'), [0.5]), 'utf-8', 'plan.jsonl'), (_, header, cells, error) => void seen.push([[...header], [...cells], error?.worded?.id]));
          expect(seen).toEqual(expected);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('XLSX plans', () => {
  const cell = fc.oneof(
    cellText.map((value) => (value === '' ? null : { value })),
    fc.integer({ min: -1e6, max: 1e9 }).map((value) => ({ value })),
    fc.boolean().map((value) => ({ value })),
    fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2199, 0, 1)), noInvalidDate: true }).map((value) => ({ value: new Date(Math.floor(value.getTime() / 60_000) * 60_000), type: Date, format: 'yyyy-mm-dd hh:mm' })),
    fc.constant(null),
  );
  it(
    'every row with a value is a row at its row number, written by a writer library',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), async (data) => {
          const bytes = await writeXlsxFile([[{ value: 'source' }, { value: 'surface' }, { value: 'date' }, { value: 'note' }], ...data] as never).toBuffer();
          // A writer leaves out what XML 1.0 cannot hold (ESC, lone surrogates): a cell of only those is empty, as Excel shows it.
          const shown = (value: { value: unknown } | null) => value !== null && (typeof value.value !== 'string' || value.value.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '') !== '');
          const expected = data.flatMap((cells, index) => (cells.some(shown) ? [index + 2] : []));
          const seen: number[] = [];
          const stats = await readXlsx({ size: bytes.length, read: (at, length) => bytes.subarray(at, at + length) }, undefined, (at) => void seen.push(at), () => {}, 'plan.xlsx');
          expect(seen).toEqual(expected);
          expect(stats.blank).toBeLessThanOrEqual(data.length - expected.length);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('spreadsheet instants', () => {
  /** A serial as Excel stores it: days and the fraction of a day, one binary number. */
  const serial = (days: number, minute: number, second = 0) => days + (minute * 60 + second) / 86_400;
  const civil = (epoch: number, days: number) => new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);

  it('every minute of a day, on days across both date systems, reads as the sheet shows it', () => {
    const shown = { kind: 'date-time' as const, seconds: true };
    for (const [date1904, epoch, days] of [
      [false, Date.UTC(1899, 11, 30), [61, 44713, 46368, 73050]],
      [true, Date.UTC(1904, 0, 1), [0, 43251, 44906, 71588]],
    ] as const) {
      for (const day of days) {
        for (let minute = 0; minute < 1440; minute++) {
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          expect(serialText(serial(day, minute), date1904, shown)).toBe(`${civil(epoch, day)} ${time}:00`);
          expect(serialText(serial(day, minute, 59), date1904, { kind: 'date-time', seconds: false })).toBe(`${civil(epoch, day)} ${time}`);
        }
      }
    }
  });

  it(
    'any minute in either date system, to the second',
    () => {
      fc.assert(
        fc.property(fc.boolean(), fc.integer({ min: 61, max: 109_572 }), fc.integer({ min: 0, max: 86_399 }), (date1904, day, second) => {
          const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
          const at = new Date(epoch + day * 86_400_000 + second * 1000).toISOString();
          expect(serialText(day + second / 86_400, date1904, { kind: 'date-time', seconds: true })).toBe(`${at.slice(0, 10)} ${at.slice(11, 19)}`);
        }),
        { numRuns: RUNS * 10, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'an ISO date cell (t="d") reads as the number cell of the same moment and format: its digits, Z or not, are the time the sheet shows',
    () => {
      const formats = [{ kind: 'date', seconds: false }, { kind: 'date-time', seconds: false }, { kind: 'date-time', seconds: true }, { kind: 'date-time', seconds: true, fraction: 3 }, { kind: 'time', seconds: true }] as const;
      fc.assert(
        fc.property(fc.integer({ min: 61, max: 109_572 }), fc.integer({ min: 0, max: 86_399_999 }), fc.constantFrom(...formats), fc.constantFrom('Z', '', '+00:00'), (day, millisecond, shown, zone) => {
          // As SheetJS writes a date (toISOString() of the local time's digits), or without the Z as openpyxl does.
          const written = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000 + millisecond).toISOString().replace('Z', zone);
          expect(isoDateText(written, shown)).toBe(serialText(day + millisecond / 86_400_000, false, shown));
        }),
        { numRuns: RUNS * 10, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'an XLSX and a CSV of the same plan give the same answers, row for row',
    async () => {
      const sources = ['jd', 'taobao', 'tmall', 'https://item.jd.com/1.html', '淘宝'];
      const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
      // Minutes from 2019 to 2026, where the record changes, and whole days.
      const placement = fc.tuple(fc.constantFrom(...sources), fc.constantFrom(...surfaces), fc.integer({ min: 0, max: 8 * 366 * 1440 }), fc.boolean());
      await fc.assert(
        fc.asyncProperty(fc.array(placement, { minLength: 1, maxLength: 6 }), async (placements) => {
          const when = placements.map(([, , minute]) => new Date(Date.UTC(2019, 0, 1) + minute * 60_000));
          const text = (date: Date, day: boolean) => (day ? date.toISOString().slice(0, 10) : date.toISOString().slice(0, 16).replace('T', ' '));
          const csv = ['source,surface,date', ...placements.map(([source, surface, , day], index) => `${source},${surface},${text(when[index]!, day)}`)].join('\n');
          writeFileSync(join(folder, 'same.csv'), csv);
          const xlsx = await writeXlsxFile([
            [{ value: 'source' }, { value: 'surface' }, { value: 'date' }],
            ...placements.map(([source, surface, , day], index) => [{ value: source }, { value: surface }, { value: when[index], type: Date, format: day ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' }]),
          ] as never).toBuffer();
          writeFileSync(join(folder, 'same.xlsx'), xlsx);
          // The same dates in ISO date cells (t="d"), as SheetJS writes them with cellDates: the time's digits and a Z.
          const iso = workbook({
            formats: [0, 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm'],
            sheets: [{ name: 'plan', rows: `${headerRow()}${placements.map(([source, surface, , day], index) => `<row r="${index + 2}">${inline(`A${index + 2}`, source)}${inline(`B${index + 2}`, surface)}<c r="C${index + 2}" s="${day ? 1 : 2}" t="d"><v>${when[index]!.toISOString()}</v></c></row>`).join('')}` }],
          });
          writeFileSync(join(folder, 'same-iso.xlsx'), iso);
          const answers = async (file: string) => {
            const run = await runMain(['batch', join(folder, file), '--ndjson']);
            return { code: run.code, rows: run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>).map(({ row: _row, ...answer }) => answer) };
          };
          const fromCsv = await answers('same.csv');
          expect(fromCsv.rows).toHaveLength(placements.length);
          expect(await answers('same.xlsx')).toEqual(fromCsv);
          expect(await answers('same-iso.xlsx')).toEqual(fromCsv);
        }),
        { numRuns: Math.max(10, Math.floor(RUNS / 10)), seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('the command line on any plan', () => {
  it(
    'exits 0, 1, 2 or 3 with as many rows as records, whatever the plan holds',
    async () => {
      const format = fc.constantFrom('csv', 'jsonl');
      await fc.assert(
        fc.asyncProperty(format, fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), async (kind, records) => {
          const content =
            kind === 'csv'
              ? ['source,surface,date', ...records.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))].join('\n')
              : records.map(([source, surface, date]) => JSON.stringify({ source, surface, date })).join('\n');
          writeFileSync(join(folder, `any.${kind}`), content);
          const run = await runMain(['batch', join(folder, `any.${kind}`), '--ndjson']);
          expect([0, 1, 2, 3]).toContain(run.code);
          expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(records.length);
        }),
        { numRuns: Math.max(10, Math.floor(RUNS / 10)), seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('rows that ask alike', () => {
  // Spellings of one placement that a row cache could confuse: case, white space, full-width
  // letters, an alias, links of one source and a look-alike host, five date forms.
  const sources = ['taobao', 'Taobao', ' taobao', 'taobao ', 'ｔａｏｂａｏ', '淘宝', 'tmall', 'jd', '京东', 'https://item.taobao.com/item.htm?id=1', 'https://item.taobao.com.evil.cn/item.htm?id=1', 'item.taobao.com.evil.cn/item.htm?id=1', 'https://item.jd.com/1.html', 'https://item.jd.com.evil.cn/1.html', 'xx'];
  const surfaces = ['live-cart', ' live-cart', 'LIVE-CART', '直播间购物车', 'short-video-cart', 'note-link'];
  const dates = ['2022-10-28', ' 2022-10-28 ', '2022/10/28', '2022.10.28', '20221028', '2022年10月28日', '2022-10-27', '2021-06-01', '2023-1-5'];
  const platforms = ['', ' ', 'kuaishou', ' 快手 ', 'Kuaishou', 'douyin', '抖音', 'xiaohongshu'];
  const columns = [sources, surfaces, dates, platforms] as const;
  const placement = fc.tuple(fc.constantFrom(...sources), fc.constantFrom(...surfaces), fc.constantFrom(...dates), fc.constantFrom(...platforms));
  // A placement and others that differ from it in one cell each, so that near neighbours meet.
  const neighbours = fc.tuple(placement, fc.array(fc.tuple(fc.nat(3), fc.nat()), { maxLength: 5 })).map(([first, respelt]) => [
    first,
    ...respelt.map(([column, pick]) => first.map((cell, at) => (at === column ? columns[column]![pick % columns[column]!.length]! : cell)) as typeof first),
  ]);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

  it(
    'each row of a batch is what a single check of its cells answers, however often and however spelt it repeats',
    async () => {
      await fc.assert(
        fc.asyncProperty(neighbours, fc.array(fc.nat(), { minLength: 1, maxLength: 24 }), async (placements, picks) => {
          const rows = picks.map((pick) => placements[pick % placements.length]!);
          writeFileSync(join(folder, 'alike.csv'), ['source,surface,date,platform', ...rows.map((cells) => cells.map(quote).join(','))].join('\n'));
          const batch = await runMain(['batch', join(folder, 'alike.csv'), '--ndjson']);
          const lines = batch.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
          expect(lines).toHaveLength(rows.length);
          const singles = new Map<string, unknown>();
          for (const [n, [source, surface, date, platform]] of rows.entries()) {
            const key = JSON.stringify(rows[n]);
            // A blank cell in the plan's platform column is an error row, never the default platform.
            if (!singles.has(key) && platform.trim() === '') singles.set(key, { error: 'no platform in this row: its "platform" cell is empty; write one of kuaishou, douyin, xiaohongshu, wechat' });
            if (!singles.has(key)) {
              const single = await runMain([source, surface, date, '-p', platform, '--json']);
              const json = JSON.parse(single.stdout) as { error?: { message: string } };
              singles.set(key, json.error ? { error: json.error.message } : json);
            }
            const { line, stale: _stale, row, ...answer } = lines[n]!;
            expect(line).toBe(n + 2);
            expect(row).toEqual({ source, surface, date, platform });
            expect(answer).toEqual(singles.get(key));
          }
        }),
        { numRuns: Math.max(30, Math.floor(RUNS / 3)), seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe('a date and its time apart', () => {
  it(
    'a plan that gives the day and the time of day in two columns answers as the plan that gives them in one, in CSV, JSON Lines and a workbook',
    async () => {
      const sources = ['jd', 'taobao', 'tmall', 'https://item.jd.com/1.html'];
      const days = ['2022-02-28', '2022-03-01', '2022/10/27', '2022年10月28日', '20221029'];
      const times = ['', '00:00', '23:30', '23:59:59', '9:05', '20点', '12时30分15秒', '23:30+08:00', '20:00-22:00', '晚上', '25:00', '2022-10-28 08:00'];
      const placement = fc.tuple(fc.constantFrom(...sources), fc.constantFrom('live-cart', 'short-video-cart'), fc.constantFrom(...days), fc.constantFrom(...times));
      await fc.assert(
        fc.asyncProperty(fc.array(placement, { minLength: 1, maxLength: 10 }), async (placements) => {
          const joined = (day: string, time: string) => joinDateAndTime(day, time);
          // The plan with one date cell, as the time column's cell would be joined to it; rows the two cells make no moment of are error rows either way.
          writeFileSync(join(folder, 'one.csv'), ['source,surface,date', ...placements.map(([source, surface, day, time]) => `${source},${surface},${joined(day, time) === 'no-time' || joined(day, time) === 'not-one-moment' ? '' : joined(day, time)}`)].join('\n'));
          writeFileSync(join(folder, 'apart.csv'), ['来源,位置,日期,时间', ...placements.map((cells) => cells.join(','))].join('\n'));
          writeFileSync(join(folder, 'apart.jsonl'), placements.map(([source, surface, day, time]) => JSON.stringify({ source, surface, date: day, time })).join('\n'));
          const header = ['source', 'surface', 'date', '时刻'];
          writeFileSync(join(folder, 'apart.xlsx'), workbook({ sheets: [{ name: 'plan', rows: `${headerRow(header)}${placements.map((cells, index) => `<row r="${index + 2}">${cells.map((cell, column) => (cell === '' ? '' : inline(`${'ABCD'[column]}${index + 2}`, cell))).join('')}</row>`).join('')}` }] }));
          const answers = async (file: string, ...options: string[]) => {
            const run = await runMain(['batch', join(folder, file), '--ndjson', ...options]);
            const rows = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
            // An error row of the two cells is an error row of the one; its words name them.
            return rows.map(({ row: _row, ...answer }) => ('error' in answer ? { line: answer.line, error: true } : answer));
          };
          const one = await answers('one.csv');
          expect(one).toHaveLength(placements.length);
          expect(await answers('apart.csv', '--columns', 'date=日期')).toEqual(one);
          expect(await answers('apart.jsonl')).toEqual(one.map((row) => ({ ...row, line: (row.line as number) - 1 })));
          expect(await answers('apart.xlsx')).toEqual(one);
        }),
        { numRuns: Math.max(10, Math.floor(RUNS / 10)), seed: SEED },
      );
    },
    TIMEOUT,
  );
});
