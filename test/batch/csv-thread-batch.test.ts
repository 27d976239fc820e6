// A batch over a CSV plan read in a thread of its own (src/cli/reader-thread.ts) answers as one
// read in this thread, byte for byte in every report: rows found again by the key the reader's
// thread gave their asked cells (answer-rows.ts byKey) must be the rows the text road finds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_NAMES, headerCheck } from '../../src/batch/columns.js';
import { csvPacker, csvReplayer, type CsvBlock } from '../../src/batch/read/csv-blocks.js';
import { readTextPlan } from '../../src/batch/read/plan-bytes.js';
import type { ReadStats, RecordSink, RecordText } from '../../src/batch/read/records.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { DEFAULT_FAIL_ON } from '../../src/batch/summary.js';
import { textKeyer } from '../../src/batch/text-keys.js';
import { asciiText, fileChunks } from '../../src/cli/batch-io.js';
import { planInput } from '../../src/cli/plan-input.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { wordsFor } from '../../src/i18n/index.js';
import { DEFAULT_PLATFORM } from '../../src/query/ask.js';
import { batchRenderers, type ReportFormat } from '../../src/render/batch-reports.js';
import { parseStaleness } from '../../src/time/staleness.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { variedRecord } from '../helpers/csv-calls.js';

const NOW = Date.UTC(2025, 5, 1);
// The text report and JSON: the others render the same rows (test/batch/row-answers.test.ts).
const FORMATS: ReportFormat[] = ['text', 'json'];
const folder = mkdtempSync(join(tmpdir(), 'linkcheck-csv-thread-batch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

type Read = (sink: RecordSink) => Promise<ReadStats>;

/** Every report's output, and the summary, of a batch whose rows `read` hands on. `slow`: the reports take their time every 300 rows, so that a reader in a thread of its own gets ahead. */
async function reportsOf(read: Read, slow = false): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const decoder = new TextDecoder();
  const maxStaleness = parseStaleness('1y');
  const context = { file: 'plan.csv', failOn: DEFAULT_FAIL_ON, maxStaleness, words: wordsFor('en'), colourLevel: 0 as const };
  const reports = FORMATS.map((format) => {
    outputs[format] = '';
    return batchRenderers[format]((text) => void (outputs[format] += typeof text === 'string' ? text : decoder.decode(text)), context);
  });
  let rows = 0;
  const summary = await runBatch(catalog, read, reports, {
    file: 'plan.csv',
    failOn: DEFAULT_FAIL_ON,
    maxStaleness,
    names: HEADER_NAMES,
    platform: DEFAULT_PLATFORM,
    now: NOW,
    backlog: () => (slow && ++rows % 300 === 0 ? new Promise<void>((resolve) => setTimeout(resolve, 1)) : undefined),
  });
  return { ...outputs, summary: JSON.stringify(summary) };
}

/** The plan as the batch command reads it, in this thread or in its own. */
const byPlanInput = (path: string, thread: boolean): Read => (sink) => planInput(path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck(HEADER_NAMES), thread }).read(sink);

/**
 * The plan read into blocks here, every record keyed from the first (as the reader's thread keys
 * them when it is ahead), and the blocks replayed to the sink: the keyed road, whatever the timing.
 * The cells of records with new stretches are numbered while half the last `window` records were
 * such (text-keys.ts FRESH_WINDOW, here shorter than the plan).
 */
const keyedHere =
  (path: string, window: number): Read =>
  async (sink) => {
    const keyer = textKeyer(undefined, window);
    const blocks: CsvBlock[] = [];
    let header: readonly string[] = [];
    const packer = csvPacker((block) => blocks.push(structuredClone(block)), () => undefined, () => 0, (records, count, into, cells) => keyer.keys(records, count, into, cells));
    const check = (names: readonly string[]) => {
      headerCheck(HEADER_NAMES)(names);
      header = names;
      const columns = sink.keyColumns?.(names);
      if (columns !== undefined) keyer.columns(columns);
    };
    const stats = await readTextPlan(fileChunks(path), 'csv', 'utf-8', 'plan.csv', check, packer.sink, asciiText);
    packer.flush();
    const replay = csvReplayer();
    for (const block of blocks) {
      const wait = replay(block, header, sink);
      if (wait) await wait;
    }
    return stats;
  };

/** The sink handed on, its records with a key counted, and those with cell keys (runBatch's sink has every road). */
function countingKeys(read: Read): { read: Read; keyed: () => number; cellsKeyed: () => number } {
  let keyed = 0;
  let cellsKeyed = 0;
  return {
    keyed: () => keyed,
    cellsKeyed: () => cellsKeyed,
    read: (sink) =>
      read(
        Object.assign((...args: Parameters<RecordSink>) => sink(...args), {
          text: (line: number, header: readonly string[], record: RecordText) => {
            if ((record.key ?? -1) >= 0) keyed++;
            if (record.cellKeys?.some((key) => key >= 0)) cellsKeyed++;
            return sink.text!(line, header, record);
          },
          ahead: sink.ahead!,
          keyColumns: sink.keyColumns!,
        }),
      ),
  };
}

const SURFACES = ['live-cart', 'short-video-cart', 'product-detail', '直播间购物车'];
const PLATFORMS = ['kuaishou', 'douyin', '', '快手'];

/** Placement n of many distinct ones: a link, a surface, a day and a platform. */
function placement(n: number): string[] {
  const day = new Date(Date.UTC(2019, 0, 1) + (n % 2400) * 86_400_000).toISOString().slice(0, 10);
  return [n % 5 === 0 ? `https://item.taobao.com/item.htm?id=${600000 + n}` : `https://item.jd.com/${100000 + n}.html`, SURFACES[n % 4]!, day, PLATFORMS[(n >> 2) % 4]!];
}

/** Rows alike in their asked cells, or nearly: each must be answered as written. */
const ALIKE = [
  'jd,live-cart,2022-06-01,kuaishou,note one',
  'jd,live-cart,2022-06-01,kuaishou,note two',
  'jd,live-cart,2022-06-01,kuaishou,"note, three"',
  '"jd",live-cart,2022-06-01,kuaishou,x',
  'jd,"live-cart",2022-06-01,kuaishou,x',
  'jd,live-cart,"2022-06-01","kuaishou",x',
  'jd ,live-cart,2022-06-01,kuaishou,x',
  ' jd,live-cart,2022-06-01,kuaishou,x',
  'jd,live-cart, 2022-06-01,kuaishou,x',
  'jd,live-cart,2022-06-01 ,kuaishou,x',
  'jd,live-cart,2022-06-01,kuaishou ,x',
  'jd,live-cart,2022-06-01, kuaishou,x',
  '"jd ",live-cart,2022-06-01,kuaishou,x',
  'jd,live-cart,2022-06-01,,x',
  'jd,live-cart,2022-06-01,""',
  'jd,live-cart,2022-06-01',
  'jd,live-cart,2022-06-01,douyin',
  'jd,live-cart,2022-06-01,抖音,x',
  '京东,直播间购物车,2022年6月1日,快手,备注',
  'jd,live-cart,,kuaishou,x',
  'jd,live-cart,2022-06-01,kuaishou,x,extra',
  'jd,live-cart,2022/6/1,kuaishou,x',
];

/**
 * Placements past KEYED_TEXTS (20,000), then the first and last few thousand again in another
 * order, the rows above among them every 251 rows.
 */
function plan(distinct: number, again: number): string {
  const lines = ['source,surface,date,platform,note'];
  const order = [...Array.from({ length: distinct }, (_, n) => n), ...Array.from({ length: 2 * again }, (_, n) => ((n * 7919) % (2 * again) + distinct - again) % distinct)];
  order.forEach((n, at) => {
    lines.push(placement(n).join(','));
    if (at % 251 === 0) lines.push(...ALIKE);
    if (at % 1001 === 0) lines.push(variedRecord(at));
  });
  return `${lines.join('\n')}\n`;
}

describe('a batch over a CSV plan read in a thread of its own', () => {
  it('writes every report byte for byte as one read in this thread, over 20,600 distinct placements, some repeated, and rows alike but for quotes, white space, other cells or a missing platform cell', async () => {
    const path = join(folder, 'plan.csv');
    writeFileSync(path, plan(20_600, 2_000));
    const here = await reportsOf(byPlanInput(path, false));
    // The report holds what this test means it to: every row, answers and errors.
    expect(JSON.parse(here.summary!)).toMatchObject({ rows: expect.any(Number) });
    expect(JSON.parse(here.summary!).rows).toBeGreaterThan(24_600 + 90 * ALIKE.length);
    expect(JSON.parse(here.summary!).counts.error).toBeGreaterThan(150);
    expect(JSON.parse(here.summary!).counts.allowed).toBeGreaterThan(1000);
    const keyed = countingKeys(keyedHere(path, 1024));
    const threaded = countingKeys(byPlanInput(path, true));
    for (const format of [...FORMATS, 'summary']) expect(here[format]!.length).toBeGreaterThan(0);
    // Each road answers 20,000 placements or more, a second or more: two roads besides this thread's.
    const [byKeys, byThread] = [await reportsOf(keyed.read), await reportsOf(threaded.read, true)];
    for (const format of [...FORMATS, 'summary']) {
      expect({ format, keyedHere: byKeys[format] }).toEqual({ format, keyedHere: here[format] });
      expect({ format, thread: byThread[format] }).toEqual({ format, thread: here[format] });
    }
    // Every record where it lies keyed on the road keyed here; many of them where the thread got ahead.
    expect(keyed.keyed()).toBeGreaterThan(24_000);
    // The cells of most new placements numbered, and found by number when their text was seen before.
    expect(keyed.cellsKeyed()).toBeGreaterThan(15_000);
    expect(threaded.keyed()).toBeGreaterThan(5_000);
  }, 60_000);
});

describe('a CSV plan with a time column, read in a thread of its own', () => {
  it('keys none of its records by their cells before the time, and writes every report as one read in this thread', async () => {
    // Rows alike but for their time cell: found again by the cells before it, each would take the first one's answer.
    const times = ['23:30', '09:00', '', '00:00', '23:59:59'];
    const lines = ['source,surface,date,time,platform', ...Array.from({ length: 3000 }, (_, n) => `jd,live-cart,2022-10-${27 + (n % 2)},${times[n % times.length]},kuaishou`)];
    const path = join(folder, 'times.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const here = await reportsOf(byPlanInput(path, false));
    expect(JSON.parse(here.summary!).counts).toMatchObject({ denied: 1500, 'rolling-out': 1500 });
    expect(here.text!.split('\n').filter((line) => /^line [2-7] /.test(line)).map((line) => line.replace(/ {2}rule .*/, ''))).toEqual([
      'line 2      denied      jd · live-cart · 2022-10-27 23:30 · kuaishou',
      'line 3      rolling-out jd · live-cart · 2022-10-28 09:00 · kuaishou',
      'line 4      denied      jd · live-cart · 2022-10-27 · kuaishou',
      'line 5      rolling-out jd · live-cart · 2022-10-28 00:00 · kuaishou',
      'line 6      denied      jd · live-cart · 2022-10-27 23:59:59 · kuaishou',
      'line 7      rolling-out jd · live-cart · 2022-10-28 23:30 · kuaishou',
    ]);
    const keyed = countingKeys(keyedHere(path, 1024));
    const threaded = countingKeys(byPlanInput(path, true));
    const [byKeys, byThread] = [await reportsOf(keyed.read), await reportsOf(threaded.read, true)];
    for (const format of [...FORMATS, 'summary']) {
      expect({ format, keyedHere: byKeys[format] }).toEqual({ format, keyedHere: here[format] });
      expect({ format, thread: byThread[format] }).toEqual({ format, thread: here[format] });
    }
    expect([keyed.keyed(), threaded.keyed()]).toEqual([0, 0]);
  }, 60_000);
});

describe('a row with a cell over 64 KiB of UTF-8', () => {
  it('is refused, its asked cells answered before or not, when its plan comes in one chunk of more than 64 KiB', async () => {
    const long = '淘'.repeat(30_000);
    const text = ['source,surface,date,platform,note', 'jd,live-cart,2022-06-01,kuaishou,x', 'jd,live-cart,2022-06-01,kuaishou,x', 'jd,live-cart,2022-06-01,kuaishou,x', `jd,live-cart,2022-06-01,kuaishou,${long}`, `jd,live-cart,2022-06-02,kuaishou,${long}`].join('\n');
    // As the HTTP service and the page read a plan given whole (api/answer-plan.ts, plan-bytes.ts planChunks).
    const { text: report } = await reportsOf((sink) => readTextPlan([new TextEncoder().encode(text)], 'csv', 'utf-8', 'plan.csv', headerCheck(HEADER_NAMES), sink, asciiText));
    const refused = 'the note cell is 90000 bytes long (UTF-8); at most 65536 (64 KiB) are read';
    expect(report!.split('\n').filter((line) => /^line [56] /.test(line))).toEqual([
      `line 5      error       jd · live-cart · 2022-06-01 · kuaishou  ${refused}`,
      `line 6      error       jd · live-cart · 2022-06-02 · kuaishou  ${refused}`,
    ]);
  });
});
