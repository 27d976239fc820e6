// Every row of a batch says what the single check says of it (#18): realistic and hostile plans
// (scripts/realistic-plan.mjs's mix, look-alike links, bad dates, odd white space, platform
// cells), rows repeated so that kept answers and kept cells are read again, in every report
// format, with --as-known-on, --max-staleness, --lang zh and user rules. The reference answers
// each row alone with ask(), as `linkcheck <source> <surface> <date>` does, and words it with the
// same reports; the batch must print the very same bytes.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowAnswerer, type RowAnswerer, type Shared, type StaleRecord } from '../../src/batch/answer-rows.js';
import type { BatchRow } from '../../src/batch/batch-row.js';
import { isFormula } from '../../src/batch/read/cell-formula.js';
import { csvPacker, csvReplayer, type CsvBlock } from '../../src/batch/read/csv-blocks.js';
import { readCsv } from '../../src/batch/read/read-csv.js';
import { textKeyer } from '../../src/batch/text-keys.js';
import { readJsonl } from '../../src/batch/read/read-jsonl.js';
import { readXlsx } from '../../src/batch/read/read-xlsx.js';
import { bytesSource } from '../../src/batch/read/zip.js';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import { HEADER_NAMES, locateColumns, REQUIRED } from '../../src/batch/columns.js';
import { whyOfAnswer } from '../../src/batch/row-why.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { DEFAULT_FAIL_ON, emptyCounts, exitCodeOf, outcomeOf, statusOf, type Summary } from '../../src/batch/summary.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { DataError, InputError, wordedError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { wordsFor } from '../../src/i18n/index.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { ask, DEFAULT_PLATFORM } from '../../src/query/ask.js';
import { MAX_FIELD } from '../../src/model/field-length.js';
import { batchRenderers, type ReportFormat } from '../../src/render/batch-reports.js';
import type { BatchReport, ReportContext } from '../../src/batch/report.js';
import { beyondStaleness, parseStaleness } from '../../src/time/staleness.js';
import { formatInstant } from '../../src/time/moment.js';
import type { DayChange } from '../../src/batch/shared-answer.js';
import { realisticRows } from '../../scripts/realistic-plan.mjs';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { escapeXml, inline, workbook } from '../helpers/xlsx.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
// A run of the property below reads a plan of up to a few dozen rows eleven ways and prints six
// reports of each: about 40 ms here, so its time limit grows with the runs `npm run fuzz` asks for.
const PROPERTY_TIMEOUT = Math.max(120_000, RUNS * 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const NOW = Date.UTC(2026, 11, 4, 8);
const HEADER = ['source', 'surface', 'date', 'platform', 'campaign'];
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'ndjson', 'junit', 'annotations', 'markdown'];

type Cells = [source: string, surface: string, date: string, platform: string, campaign: string];

// The realistic mix, then texts made to mislead: look-alike hosts, a group's short link, an
// ambiguous host, links of no known source, names in other cases and widths.
const realistic = [...realisticRows(400, 7)] as Cells[];
const SOURCES = [
  ...new Set(realistic.map((cells) => cells[0])),
  'https://item.taobao.com.evil.cn/item.htm?id=1',
  'https://evil.cn/item.taobao.com/item.htm?id=1',
  'https://m.tb.cn/h.abcdEFGH123',
  '【淘宝】好物 https://m.tb.cn/h.abcdEFGH123 点击链接',
  'https://s.click.taobao.com/t?e=1',
  'https://shop.example.com/item/1',
  'http://192.168.0.1/item',
  'javascript:alert(1)',
  'ftp://item.taobao.com/x',
  'https://',
  '淘宝联盟',
  'taobao-alliance',
  ' taobao ',
  'TAOBAO',
  'ｔａｏｂａｏ',
  'Tmall',
  'nobody-knows',
  '\u202etaobao',
  'tao\u0000bao',
  '   ',
  '',
];
const SURFACES = [...new Set(realistic.map((cells) => cells[1])), ' live-cart', 'LIVE-CART', 'cart', '直播间 ', '', '\t'];
const DATES = [
  ...new Set(realistic.map((cells) => cells[2])),
  '2022-10-28',
  '2022-10-28T10:30',
  '2022-10-28 10:30:15+08:00',
  ' 2022-06-01 ',
  '2022-13-01',
  '2019-02-30',
  '1999-01-01',
  '2100-01-01',
  'today',
  'yesterday',
  'tomorrow',
  'now',
  'soon',
  '',
];
const PLATFORMS = [...new Set(realistic.map((cells) => cells[3])), ' douyin ', 'DOUYIN', 'Kuaishou', 'wechat', 'weibo', '\u3000', '', 'testshop'];

const cell = (list: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...list) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const hostileRow = fc.tuple(cell(SOURCES), cell(SURFACES), cell(DATES), cell(PLATFORMS), fc.constantFrom('c1', '')).map((cells) => cells as Cells);
const realisticRow = fc.constantFrom(...realistic);
/** Rows drawn from a small pool, so that most repeat: a row is kept only when seen twice. */
const plan = fc.array(fc.oneof(realisticRow, hostileRow), { minLength: 1, maxLength: 12 }).chain((pool) => fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 40 }).map((picks) => picks.map((at) => pool[at]!)));

interface Setting {
  name: string;
  catalog: () => Promise<Catalog>;
  asKnownOn?: string;
  maxStaleness: string;
  platform: string;
  lang: 'en' | 'zh';
}

let withRules: Promise<Catalog> | undefined;
let onlyUserRules: Promise<Catalog> | undefined;
const SETTINGS: Setting[] = [
  { name: 'the defaults', catalog: builtinCatalog, maxStaleness: '1y', platform: DEFAULT_PLATFORM, lang: 'en' },
  { name: '--as-known-on 2022-10-15', catalog: builtinCatalog, asKnownOn: '2022-10-15', maxStaleness: '1y', platform: DEFAULT_PLATFORM, lang: 'en' },
  { name: '--max-staleness 90d --lang zh -p douyin', catalog: builtinCatalog, maxStaleness: '90d', platform: 'douyin', lang: 'zh' },
  {
    name: 'user rules',
    catalog: () => (withRules ??= loadCatalog({ root: ROOT, rules: [join(ROOT, 'test/fixtures/views/midday.json')] })),
    maxStaleness: '1y',
    platform: DEFAULT_PLATFORM,
    lang: 'en',
  },
  {
    name: 'user rules alone, --as-known-on 2022-03-15',
    catalog: () => (onlyUserRules ??= loadCatalog({ root: ROOT, builtin: false, rules: [join(ROOT, 'test/fixtures/known-on/march-2022-cut.json')] })),
    asKnownOn: '2022-03-15',
    maxStaleness: '2y',
    platform: DEFAULT_PLATFORM,
    lang: 'en',
  },
  {
    name: 'user rules alone',
    catalog: () => (onlyUserRules ??= loadCatalog({ root: ROOT, builtin: false, rules: [join(ROOT, 'test/fixtures/known-on/march-2022-cut.json')] })),
    maxStaleness: '2y',
    platform: DEFAULT_PLATFORM,
    lang: 'zh',
  },
];

/** Every report's output for the rows, each report fed the same rows. */
async function reportsOf(rows: () => AsyncIterable<BatchRow> | Iterable<BatchRow>, summary: (rows: BatchRow[]) => Summary, context: ReportContext): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const decoder = new TextDecoder();
  const reports: [string, BatchReport][] = FORMATS.map((format) => {
    outputs[format] = '';
    return [format, batchRenderers[format]((text) => void (outputs[format] += typeof text === 'string' ? text : decoder.decode(text)), context)];
  });
  const seen: BatchRow[] = [];
  for await (const row of rows()) {
    seen.push({ ...row });
    for (const [, report] of reports) report.row(row);
  }
  for (const [, report] of reports) await report.end(summary(seen));
  return outputs;
}

/** The rows as a CSV file under HEADER: a cell quoted when it must be, and every other one of every other row besides. */
function csvText(rows: readonly Cells[]): string {
  return `${HEADER.join(',')}\n${rows.map((cells, row) => cells.map((cell, at) => (/[",\n]/.test(cell) || (row + at) % 4 === 1 ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n')}\n`;
}

/** The rows as JSON Lines: every third line with its keys in another order, and no key for an empty platform or campaign in every fourth. */
function jsonlText(rows: readonly Cells[]): string {
  return rows
    .map((cells, row) => {
      const entries = HEADER.map((name, at) => [name, cells[at]!] as const).filter(([name, value]) => row % 4 !== 3 || value !== '' || name === 'source' || name === 'surface' || name === 'date');
      return JSON.stringify(Object.fromEntries(row % 3 === 2 ? entries.reverse() : entries));
    })
    .join('\n');
}

/** Every report's output for a CSV plan (or JSON Lines) read as a batch reads it, in pieces of `size` characters. */
async function csvReports(answer: RowAnswerer, text: string, size: number, context: ReportContext, ahead = false, read: typeof readCsv = readCsv): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const decoder = new TextDecoder();
  const reports = FORMATS.map((format) => {
    outputs[format] = '';
    return batchRenderers[format]((text) => void (outputs[format] += typeof text === 'string' ? text : decoder.decode(text)), context);
  });
  const seen: BatchRow[] = [];
  const take = (row: BatchRow) => {
    seen.push({ ...row, cells: [...row.cells] } as BatchRow);
    for (const report of reports) report.row(row);
  };
  const sink: RecordSink = Object.assign((line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => take(answer(line, header, cells, error)), {
    text: (line: number, header: readonly string[], record: RecordText) => take(answer.text(line, header, record)),
    ...(ahead ? { ahead: (header: readonly string[], records: readonly RecordText[], count: number) => answer.ahead(header, records, count) } : {}),
  });
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += Math.min(size, text.length)) pieces.push(text.slice(at, at + size));
  await read(
    (async function* () {
      yield* pieces;
    })(),
    sink,
    () => {},
  );
  for (const report of reports) await report.end(summaryOf(seen));
  return outputs;
}

/**
 * readCsv through a reader in a thread of its own, here in this one: records packed into blocks
 * (csv-blocks.ts), each keyed by its asked cells' stretch and, where that is new, its cells
 * numbered (text-keys.ts, judged over windows of two records), then replayed to the sink.
 */
const keyedCsv = (answer: RowAnswerer): typeof readCsv => async (text, sink, checkHeader) => {
  const keyer = textKeyer(undefined, 2);
  const blocks: CsvBlock[] = [];
  let header: readonly string[] = [];
  const packer = csvPacker((block) => blocks.push(structuredClone(block)), () => undefined, () => 0, (records, count, into, cells) => keyer.keys(records, count, into, cells));
  const stats = await readCsv(text, packer.sink, (names) => {
    checkHeader(names);
    header = names;
    const columns = answer.keyColumns(names);
    if (columns !== undefined) keyer.columns(columns);
  });
  packer.flush();
  const replay = csvReplayer();
  for (const block of blocks) await replay(block, header, sink);
  return stats;
};

/**
 * The rows as a workbook under HEADER: each text twice in the shared strings, the cells of every
 * other eight rows taking the second, every fifth cell an inline string instead (unless not
 * `inlineToo`), and no cell for an empty text (as Excel writes them).
 */
function sheetOf(rows: readonly Cells[], inlineToo = true): Buffer {
  const texts = [...new Set(rows.flat().concat(HEADER))];
  const numbers = new Map(texts.map((text, at) => [text, at]));
  const cellXml = (text: string, row: number, column: number) => {
    const reference = `${String.fromCharCode(65 + column)}${row}`;
    if (text === '') return '';
    if (inlineToo && (row + column) % 5 === 2) return inline(reference, text);
    return `<c r="${reference}" t="s"><v>${numbers.get(text)! + (Math.floor(row / 8) % 2) * texts.length}</v></c>`;
  };
  const sheetRows = [HEADER, ...rows].map((cells, at) => `<row r="${at + 1}">${cells.map((text, column) => cellXml(text, at + 1, column)).join('')}</row>`);
  const strings = texts.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
  return workbook({ sheets: [{ name: 'plan', rows: sheetRows.join('') }], strings: [...strings, ...strings] });
}

/**
 * Every report's output for a workbook read as a batch reads it, its rows found by their shared
 * strings (RecordSink.sheet) or not, and held and handed on together (RecordSink.sheetAhead) or not.
 */
async function sheetReports(answer: RowAnswerer, book: Buffer, bySheet: boolean, context: ReportContext, held = false): Promise<Record<string, string>> {
  const outputs: Record<string, string> = {};
  const decoder = new TextDecoder();
  const reports = FORMATS.map((format) => {
    outputs[format] = '';
    return batchRenderers[format]((text) => void (outputs[format] += typeof text === 'string' ? text : decoder.decode(text)), context);
  });
  const seen: BatchRow[] = [];
  const take = (row: BatchRow) => {
    seen.push({ ...row, cells: [...row.cells] } as BatchRow);
    for (const report of reports) report.row(row);
  };
  const road = (line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => take(answer(line, header, cells, error));
  const sheet = (line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => take(answer.sheet(line, header, cells, strings, from, longest));
  const sheetAhead = (header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array) => answer.sheetAhead(header, rows, count, strings, stride, longest);
  const sink: RecordSink = bySheet ? Object.assign(road, held ? { sheet, sheetAhead } : { sheet }) : road;
  await readXlsx(bytesSource(book), undefined, sink, () => {}, 'plan.xlsx');
  for (const report of reports) await report.end(summaryOf(seen));
  return outputs;
}

/** The row as the single check answers it: ask() on its cells, as the command line reads them. */
function referenceRow(catalog: Catalog, setting: Setting, line: number, cells: Cells): BatchRow {
  const positions = locateColumns(HEADER, HEADER_NAMES);
  const base = { line, header: HEADER, cells, positions };
  // A spreadsheet's formula in a column the row is asked by (=A2, =VLOOKUP(…), ="…") is refused before
  // the row is asked, as the value the plan does not hold (src/batch/read/cell-formula.ts).
  const formula = [0, 1, 2, 3].find((column) => isFormula(cells[column]!));
  if (formula !== undefined) {
    const error = wordedError('cell-formula', { column: HEADER[formula]!, value: cells[formula]! });
    return { ...base, kind: 'error', shared: null, message: errorMessage(error), error };
  }
  const empty = REQUIRED.filter((column) => cells[positions[column]!]!.trim() === '');
  // The plan has a platform column: an empty cell in it is no row on -p's platform, but an error row.
  const noPlatform = cells[3].trim() === '';
  if (empty.length > 0 || noPlatform) {
    const error =
      empty.length > 0
        ? wordedError('empty-cells', { columns: [...empty, ...(noPlatform ? ['platform'] : [])].join(', ') })
        : wordedError('empty-platform-cell', { column: 'platform', valid: [...catalog.platforms.keys()].join(', '), ...(setting.platform !== DEFAULT_PLATFORM ? { given: setting.platform } : {}) });
    return { ...base, kind: 'error', shared: null, message: errorMessage(error), error };
  }
  const limit = parseStaleness(setting.maxStaleness);
  let shared: Shared;
  try {
    const asked = (date: string) => ask(catalog, { source: cells[0], surface: cells[1], date, platform: cells[3].trim() || setting.platform }, NOW, setting.asKnownOn);
    const { answer, link } = asked(cells[2].trim());
    const { newestEvidence, queriedDay } = answer.freshness;
    const stale: StaleRecord | null = newestEvidence !== null && beyondStaleness(newestEvidence, queriedDay, limit) ? { newestEvidence, queriedDay, limit } : null;
    // A day's verdict at each instant its answer changes at, each asked as an instant: the first that differs.
    let dayChange: DayChange | null = null;
    for (const at of answer.changesDuringDay) {
      const { verdict } = asked(formatInstant(at, answer.platform.timeZone)).answer;
      if (verdict === answer.verdict) continue;
      dayChange = { at, verdict, time: formatInstant(at, answer.platform.timeZone).slice(11, 16) };
      break;
    }
    shared = { verdict: answer.verdict, rule: answer.rule, answer, why: whyOfAnswer(answer), link, message: null, stale, dayChange, memo: {} };
  } catch (error) {
    if (!(error instanceof InputError || error instanceof DataError)) throw error;
    shared = { verdict: null, rule: null, answer: null, why: null, link: null, message: errorMessage(error), error, stale: null, dayChange: null, memo: {} };
  }
  return shared.message === null ? { ...base, kind: 'answer', shared: shared as never, message: null } : { ...base, kind: 'error', shared, message: shared.message };
}

function summaryOf(rows: readonly BatchRow[]): Summary {
  const counts = emptyCounts();
  let stale = 0;
  let failing = 0;
  let warnings = 0;
  for (const row of rows) {
    const outcome = outcomeOf(row);
    counts[outcome]++;
    const isStale = row.shared?.stale != null;
    if (isStale) stale++;
    const status = statusOf(outcome, isStale, DEFAULT_FAIL_ON, row.shared?.dayChange != null);
    if (status === 'fail') failing++;
    else if (status === 'warn') warnings++;
  }
  return { file: 'plan.csv', rows: rows.length, blank: 0, counts, stale, failing, warnings, exitCode: exitCodeOf(counts, failing, DEFAULT_FAIL_ON) };
}

describe('each row of a batch, as the single check answers it', () => {
  it.each(SETTINGS)(
    '$name: every report prints the same bytes as for each row checked alone',
    async (setting) => {
      const catalog = await setting.catalog();
      const words = wordsFor(setting.lang);
      const limit = parseStaleness(setting.maxStaleness);
      await fc.assert(
        fc.asyncProperty(plan, async (rows) => {
          const context: ReportContext = { file: 'plan.csv', colourLevel: 0, failOn: DEFAULT_FAIL_ON, maxStaleness: limit, words };
          const options = { names: HEADER_NAMES, platform: setting.platform, now: NOW, maxStaleness: limit, ...(setting.asKnownOn !== undefined ? { asKnownOn: setting.asKnownOn } : {}) };
          const expected = await reportsOf(() => rows.map((cells, at) => referenceRow(catalog, setting, at + 2, cells)), summaryOf, context);
          // The batch's own road: one answerer for the whole plan, its rows in order.
          const answer = rowAnswerer(catalog, options);
          const actual = await reportsOf(
            function* () {
              // Each row is read before the next is answered: the answerer fills one row object again.
              for (let at = 0; at < rows.length; at++) yield answer(at + 2, HEADER, rows[at]!, undefined);
            },
            summaryOf,
            context,
          );
          for (const format of FORMATS) expect({ format, output: actual[format] }).toEqual({ format, output: expected[format] });
          // The same rows written as CSV and read by the batch's reader, whole and in small pieces, with
          // rows that differ from them in one cell each between them: rows found by their text as
          // written (RecordSink.text) print the same bytes.
          const mixed = rows.map((cells, at) => cells.map((cell, column) => (column === at % 4 ? rows[(at * 7 + 3) % rows.length]![column]! : cell)) as Cells);
          const csvRows = [...rows, ...mixed, ...rows];
          const csvExpected = await reportsOf(() => csvRows.map((cells, at) => referenceRow(catalog, setting, at + 2, cells)), summaryOf, context);
          // Records handed on one by one, or held and handed on together (RecordSink.ahead).
          for (const [size, ahead] of [[Infinity, false], [7, false], [Infinity, true], [7, true]] as const) {
            const read = await csvReports(rowAnswerer(catalog, options), csvText(csvRows), size, context, ahead);
            for (const format of FORMATS) expect({ format, size, ahead, output: read[format] }).toEqual({ format, size, ahead, output: csvExpected[format] });
          }
          // Records keyed as a reader in a thread of its own keys them, their cells numbered: with
          // rows that cross the plan's cells, so that each cell comes again in rows not seen before.
          const crossed = [1, 2, 3].flatMap((k) => rows.map((cells, at) => cells.map((cell, column) => (column === 0 || column === 4 ? cell : rows[(at + column * k) % rows.length]![column]!)) as Cells));
          const keyedRows = [...csvRows, ...crossed];
          const keyedExpected = await reportsOf(() => keyedRows.map((cells, at) => referenceRow(catalog, setting, at + 2, cells)), summaryOf, context);
          const keyedAnswer = rowAnswerer(catalog, options);
          const keyed = await csvReports(keyedAnswer, csvText(keyedRows), Infinity, context, true, keyedCsv(keyedAnswer));
          for (const format of FORMATS) expect({ format, keyed: true, output: keyed[format] }).toEqual({ format, keyed: true, output: keyedExpected[format] });
          // The same rows as JSON Lines, lines of several shapes among them: lines held and handed
          // on together print the same bytes as lines handed on one by one.
          for (const size of [Infinity, 7]) {
            const one = await csvReports(rowAnswerer(catalog, options), jsonlText(csvRows), size, context, false, readJsonl);
            const held = await csvReports(rowAnswerer(catalog, options), jsonlText(csvRows), size, context, true, readJsonl);
            for (const format of FORMATS) expect({ format, size, output: held[format] }).toEqual({ format, size, output: one[format] });
          }
          // The same rows as a workbook: rows found by the shared strings their cells hold
          // (RecordSink.sheet), the same text under two numbers among them, print the same bytes as
          // rows read cell by cell.
          const book = sheetOf(csvRows);
          const bySheet = await sheetReports(rowAnswerer(catalog, options), book, true, context);
          const held = await sheetReports(rowAnswerer(catalog, options), book, true, context, true);
          const byCells = await sheetReports(rowAnswerer(catalog, options), book, false, context);
          for (const format of FORMATS) expect({ format, bySheet: bySheet[format], held: held[format] }).toEqual({ format, bySheet: byCells[format], held: byCells[format] });
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('runBatch gives the same summary as the rows checked alone', async () => {
    const catalog = await builtinCatalog();
    const rows = realistic.slice(0, 60).concat(realistic.slice(0, 60));
    const limit = parseStaleness('1y');
    const summary = await runBatch(
      catalog,
      async (sink) => {
        rows.forEach((cells, at) => void sink(at + 2, HEADER, cells, undefined));
      },
      [],
      { file: 'plan.csv', failOn: DEFAULT_FAIL_ON, names: HEADER_NAMES, platform: DEFAULT_PLATFORM, now: NOW, maxStaleness: limit },
    );
    const setting = SETTINGS[0]!;
    expect(summary).toEqual(summaryOf(rows.map((cells, at) => referenceRow(catalog, setting, at + 2, cells))));
  });

  it('a sheet row whose shared strings were answered before is refused when another of its cells is past the longest field', async () => {
    const catalog = await builtinCatalog();
    const long = 'x'.repeat(MAX_FIELD + 1);
    // A row is kept when seen twice: the third is found by its shared strings, the fourth would be.
    const rows: Cells[] = [
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', long],
    ];
    const context: ReportContext = { file: 'plan.xlsx', colourLevel: 0, failOn: DEFAULT_FAIL_ON, maxStaleness: parseStaleness('1y'), words: wordsFor('en') };
    const options = { names: HEADER_NAMES, platform: DEFAULT_PLATFORM, now: NOW };
    const bySheet = await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), true, context);
    expect(bySheet).toEqual(await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), false, context));
    expect(await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), true, context, true)).toEqual(bySheet);
    expect(bySheet.text!.split('\n').slice(1, 5)).toEqual([
      'line 2      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      'line 3      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      'line 4      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      `line 5      error       taobao · live-cart · 2022-06-01 · kuaishou  the campaign cell is ${MAX_FIELD + 1} bytes long (UTF-8); at most ${MAX_FIELD} (64 KiB) are read`,
    ]);
  });

  it('a sheet row with empty cells is not taken for the row before it, whose cells were there', async () => {
    const catalog = await builtinCatalog();
    const rows: Cells[] = [
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', 'kuaishou', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', '', 'c1'],
      ['taobao', 'live-cart', '2022-06-01', '', 'c1'],
    ];
    const context: ReportContext = { file: 'plan.xlsx', colourLevel: 0, failOn: DEFAULT_FAIL_ON, maxStaleness: parseStaleness('1y'), words: wordsFor('en') };
    const options = { names: HEADER_NAMES, platform: 'douyin', now: NOW };
    const bySheet = await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), true, context);
    expect(bySheet).toEqual(await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), false, context));
    expect(await sheetReports(rowAnswerer(catalog, options), sheetOf(rows, false), true, context, true)).toEqual(bySheet);
    expect(bySheet.text!.split('\n').slice(1, 7)).toEqual([
      'line 2      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      'line 3      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      'line 4      error       live-cart · 2022-06-01 · kuaishou  no source in this row',
      'line 5      denied      taobao · live-cart · 2022-06-01 · kuaishou  rule kuaishou-2022-03-taobao-cut',
      // An empty platform cell is not -p's platform, however it is read.
      'line 6      error       taobao · live-cart · 2022-06-01  no platform in this row: its "platform" cell is empty; write one of kuaishou, douyin, xiaohongshu, wechat (-p douyin is not used for a row of a plan with a platform column)',
      'line 7      error       taobao · live-cart · 2022-06-01  no platform in this row: its "platform" cell is empty; write one of kuaishou, douyin, xiaohongshu, wechat (-p douyin is not used for a row of a plan with a platform column)',
    ]);
  });

  it('a cell past the longest field is refused as the single check refuses it', async () => {
    const catalog = await builtinCatalog();
    const answer = rowAnswerer(catalog, { names: HEADER_NAMES, platform: 'x'.repeat(MAX_FIELD + 1), now: NOW });
    // A plan without a platform column: its rows are asked on -p's.
    const row = answer(2, ['source', 'surface', 'date'], ['taobao', 'live-cart', '2022-06-01'], undefined);
    expect([row.kind, row.message]).toEqual(['error', `the platform is ${MAX_FIELD + 1} bytes long (UTF-8); at most ${MAX_FIELD} (64 KiB) are read`]);
  });
});
