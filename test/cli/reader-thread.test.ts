// A large workbook or CSV plan is read in a thread of its own (src/cli/reader-thread.ts): every
// sink must get from it what the reader in its own thread gives, call for call, and the same
// refusals; a sink that stops or waits is heard there too.
import { spawnSync } from 'node:child_process';
import fs, { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HEADER_NAMES, headerCheck as columnsCheck } from '../../src/batch/columns.js';
import { BLOCK_RECORDS } from '../../src/batch/read/csv-blocks.js';
import type { Encoding } from '../../src/batch/read/decode.js';
import { BLOCK_ROWS } from '../../src/batch/read/sheet-blocks.js';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import { keySpan } from '../../src/batch/row-keys.js';
import { runBatchCommand } from '../../src/cli/batch-command.js';
import { CSV_THREAD_FROM, planInput, THREAD_FROM } from '../../src/cli/plan-input.js';
import { plainBatchOptions } from '../../src/cli/quick-batch.js';
import { CSV_AHEAD, readInThread, YOUNG_MB } from '../../src/cli/reader-thread.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { csvRecorder, variedCsv, variedRecord, type CsvRoad } from '../helpers/csv-calls.js';
import { headerCheck, recorder, STRINGS, variedBook, variedRow } from '../helpers/sheet-calls.js';
import { utf16 } from '../helpers/utf16.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';

// The thread's reader as it is, its calls counted; the machine taken to have two cores whatever it
// has, unless a test says otherwise.
vi.mock('../../src/cli/reader-thread.js', async (original) => {
  const actual = await original<typeof import('../../src/cli/reader-thread.js')>();
  return { ...actual, readInThread: vi.fn(actual.readInThread) };
});
vi.mock('node:os', async (original) => {
  const actual = await original<typeof import('node:os')>();
  return { ...actual, default: actual, availableParallelism: vi.fn(() => 2) };
});

const folder = mkdtempSync(join(tmpdir(), 'linkcheck-reader-thread-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
function file(bytes: Buffer | Uint8Array, extension = 'xlsx'): string {
  const path = join(folder, `plan-${files++}.${extension}`);
  writeFileSync(path, bytes);
  return path;
}

async function readBy(path: string, thread: boolean, sink: RecordSink, sheet?: string): Promise<{ blank: number } | string> {
  try {
    return await planInput(path, { format: 'xlsx', sheet, encoding: 'utf-8', check: headerCheck, thread }).read(sink);
  } catch (error) {
    return error instanceof InputError ? errorMessage(error) : `bug: ${(error as Error).message}`;
  }
}

describe('a workbook read in a thread of its own', () => {
  it.each(['held', 'sheet', 'plain'] as const)('gives a %s sink every call the reader in this thread gives, over many blocks', async (road) => {
    const path = file(variedBook(3 * BLOCK_ROWS + 77));
    const here = recorder(road);
    const there = recorder(road);
    const stats = await readBy(path, false, here.sink);
    expect(await readBy(path, true, there.sink)).toEqual(stats);
    expect(there.calls).toEqual(here.calls);
    expect(there.pending()).toBe(0);
    // Every kind of row is there: shared strings, other values, error rows, blank rows counted.
    expect(here.calls.length).toBeGreaterThan(3 * BLOCK_ROWS - 500);
    expect(here.calls.some(([kind, , , error]) => kind === 'row' && error !== '')).toBe(true);
    expect(stats).toMatchObject({ blank: expect.any(Number) });
    expect((stats as { blank: number }).blank).toBeGreaterThan(300);
    if (road !== 'plain') expect(here.calls.some(([kind, , , numbers]) => kind === 'sheet' && (numbers as number[]).some((number) => number >= 0) && (numbers as number[]).some((number) => number < 0))).toBe(true);
  });

  it.each<[string, Buffer, string | undefined, number]>([
    ['not a ZIP archive', Buffer.from('source,surface,date\n'), undefined, 0],
    ['no sheet of that name', variedBook(10), 'August', 0],
    ['an empty sheet', workbook({ sheets: [{ name: 'Empty', rows: '<row r="1"/>' }] }), undefined, 0],
    ['a header without the needed columns', workbook({ sheets: [{ name: 'Plan', rows: `${headerRow(['source', 'surface'])}<row r="2">${inline('A2', 'jd')}</row>` }] }), undefined, 0],
    ['a sheet that cannot be read past its first rows', workbook({ sheets: [{ name: 'Plan', rows: `${headerRow()}${Array.from({ length: 3000 }, (_, index) => variedRow(index + 2)).join('')}<row ${'x'.repeat(1_100_000)}` }], strings: STRINGS, formats: [0, 14] }), undefined, 2666],
  ])('refuses %s with the same words, after the same rows', async (_, bytes, sheet, rowsBefore) => {
    const path = file(bytes);
    const here = recorder('held');
    const there = recorder('held');
    const refusal = await readBy(path, false, here.sink, sheet);
    expect(refusal).toEqual(expect.any(String));
    expect(refusal).not.toMatch(/^bug/);
    expect(await readBy(path, true, there.sink, sheet)).toBe(refusal);
    expect(there.calls).toEqual(here.calls);
    expect(here.calls.length).toBe(rowsBefore);
  });

  it('refuses a first visible sheet without the columns with the same words, naming the sheet and the others', async () => {
    const path = file(workbook({ sheets: [{ name: '说明', rows: `<row r="1">${inline('A1', 'notes')}</row>` }, { name: '计划', rows: headerRow() }] }));
    const refused = async (thread: boolean) => {
      try {
        await planInput(path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: columnsCheck(HEADER_NAMES), thread }).read(recorder('held').sink);
      } catch (error) {
        return errorMessage(error as InputError);
      }
      return 'read';
    };
    const here = await refused(false);
    expect(here).toMatch(/^in sheet "说明" of .*plan-\d+\.xlsx \(the first visible sheet\), the header row has no column for source .*; or read another sheet with --sheet <name> \(its other sheets: "计划"\)$/);
    expect(await refused(true)).toBe(here);
  });

  it('is read in this thread when its own cannot start', async () => {
    const path = file(variedBook(2 * BLOCK_ROWS));
    const here = recorder('held');
    const there = recorder('held');
    const stats = await readBy(path, false, here.sink);
    const starved = { resourceLimits: { maxOldGenerationSizeMb: 0.0001, maxYoungGenerationSizeMb: 0.0001, codeRangeSizeMb: 0.0001 } };
    expect(await planInput(path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true, threadOptions: starved }).read(there.sink)).toEqual(stats);
    expect(there.calls).toEqual(here.calls);
    expect(vi.mocked(readInThread)).toHaveBeenCalled();
  });

  it('stops when the sink throws, with what it threw, and gives no row after', async () => {
    const path = file(variedBook(5 * BLOCK_ROWS));
    const stop = new Error('stop');
    let rows = 0;
    let after = 0;
    const sink: RecordSink = Object.assign(
      () => {
        if (rows >= 1500) after++;
        rows++;
      },
      {
        sheet: () => {
          if (rows >= 1500) {
            after++;
            throw stop;
          }
          rows++;
        },
      },
    );
    await expect(planInput(path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true }).read(sink)).rejects.toBe(stop);
    expect({ rows, after }).toEqual({ rows: 1500, after: 1 });
  });

  it('waits while the sink asks it to: at most a block of rows comes before the wait is over', async () => {
    const path = file(variedBook(6 * BLOCK_ROWS));
    let release: (() => void) | undefined;
    let waiting = false;
    let during = 0;
    let rows = 0;
    const sink: RecordSink = Object.assign(
      () => {
        rows++;
        if (waiting) during++;
      },
      {
        sheet: () => {
          rows++;
          if (waiting) during++;
          if (rows >= 2000 && release === undefined) {
            waiting = true;
            return new Promise<void>((resolve) => (release = resolve));
          }
          return undefined;
        },
      },
    );
    const reading = planInput(path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true }).read(sink);
    // The thread's start and its first 2,000 rows take a few tens of ms alone, and seconds beside every other test file.
    for (let waited = 0; release === undefined && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(release).toBeDefined();
    // Whatever was on its way has come by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = rows;
    expect(during).toBeLessThanOrEqual(BLOCK_ROWS);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rows).toBe(before);
    waiting = false;
    release!();
    await reading;
    expect(rows).toBeGreaterThan(5 * BLOCK_ROWS);
  });
});

describe('which workbooks', () => {
  it(`a file of ${THREAD_FROM / 1024 / 1024} MiB or more is read in a thread of its own unless told not to; a smaller one, standard input, or one on a machine of one core, never`, async () => {
    const bytes = variedBook(110_000);
    expect(bytes.length).toBeGreaterThanOrEqual(THREAD_FROM);
    const large = file(bytes);
    const small = file(variedBook(100));
    const threads = vi.mocked(readInThread);
    const read = async (path: string, thread?: boolean, stdin?: Buffer) => {
      threads.mockClear();
      let rows = 0;
      const sink = () => void rows++;
      await planInput(stdin ? '-' : path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: headerCheck, ...(thread === undefined ? {} : { thread }), ...(stdin ? { stdin: (async function* () { yield stdin; })() } : {}) }).read(sink);
      return { threads: threads.mock.calls.length, rows };
    };
    const inThread = await read(large);
    expect(inThread.threads).toBe(1);
    expect(await read(large, false)).toEqual({ threads: 0, rows: inThread.rows });
    expect(await read(large, true, bytes)).toEqual({ threads: 0, rows: inThread.rows });
    expect(await read(small)).toMatchObject({ threads: 0 });
    expect(await read(small, true)).toMatchObject({ threads: 1 });
    // One core: the thread would only add its cost, unless asked for.
    vi.mocked(availableParallelism).mockReturnValue(1);
    try {
      expect(await read(large)).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(large, true)).toMatchObject({ threads: 1 });
    } finally {
      vi.mocked(availableParallelism).mockReturnValue(2);
    }
  }, 60_000);
});

describe('the batch command', () => {
  it(`reads a workbook of ${THREAD_FROM / 1024 / 1024} MiB or more in a thread of its own, and answers as it does a CSV plan of the same rows`, () => {
    const names = ['jd', 'taobao', '淘宝', 'tmall', 'pinduoduo'];
    const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
    const rows = Array.from({ length: 80_000 }, (_, index) => [index % 5 === 0 ? `https://item.jd.com/${100000 + index}.html` : names[index % names.length]!, surfaces[index % 3]!, `2022-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`]);
    const strings = ['source', 'surface', 'date', ...names, ...surfaces];
    const number = new Map(strings.map((text, index) => [text, index]));
    const cell = (column: string, line: number, text: string) => (number.has(text) ? `<c r="${column}${line}" t="s"><v>${number.get(text)}</v></c>` : inline(`${column}${line}`, text));
    const sheet = rows.map(([source, surface, date], index) => `<row r="${index + 2}">${cell('A', index + 2, source!)}${cell('B', index + 2, surface!)}${cell('C', index + 2, date!)}</row>`).join('');
    const bytes = workbook({ sheets: [{ name: 'Plan', rows: `<row r="1">${['source', 'surface', 'date'].map((name, index) => cell(String.fromCharCode(65 + index), 1, name)).join('')}</row>${sheet}` }], strings });
    expect(bytes.length).toBeGreaterThanOrEqual(THREAD_FROM);
    const xlsx = join(folder, 'big.xlsx');
    const csv = join(folder, 'big.csv');
    writeFileSync(xlsx, bytes);
    writeFileSync(csv, `source,surface,date\n${rows.map((row) => row.join(',')).join('\n')}\n`);
    const run = (plan: string) => spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/linkcheck.js'), 'batch', plan], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    const fromBook = run('big.xlsx');
    const fromCsv = run('big.csv');
    expect(fromBook.stderr).toBe('');
    expect(fromBook.status).toBe(fromCsv.status);
    expect(fromBook.stdout.replace('big.xlsx', 'big.csv')).toBe(fromCsv.stdout);
    expect(fromBook.stdout).toMatch(/^big\.xlsx: 80000 rows: /);
  }, 60_000);
});

const encoder = new TextEncoder();

async function readCsvBy(path: string, thread: boolean, sink: RecordSink, encoding: Encoding = 'utf-8'): Promise<{ blank: number } | string> {
  try {
    return await planInput(path, { format: 'csv', sheet: undefined, encoding, check: headerCheck, thread }).read(sink);
  } catch (error) {
    return error instanceof InputError ? errorMessage(error) : `bug: ${(error as Error).message}`;
  }
}

/** A GB18030 plan (Node has no GB18030 encoder): ASCII rows, and 淘宝,直播间 in its bytes. */
function gb18030Plan(records: number): Uint8Array {
  const taobao = [0xcc, 0xd4, 0xb1, 0xa6];
  const live = [0xd6, 0xb1, 0xb2, 0xa5, 0xbc, 0xe4];
  const bytes: number[] = [...encoder.encode('source,surface,date\r\n')];
  for (let n = 0; n < records; n++) {
    if (n % 3 === 0) bytes.push(...taobao, 0x2c, ...live, ...encoder.encode(`,2022-06-${String((n % 28) + 1).padStart(2, '0')}\r\n`));
    else bytes.push(...encoder.encode(`${/^[\x00-\x7f]*$/.test(variedRecord(n)) ? variedRecord(n) : 'tmall,"live,cart",2022-06-01'}\r\n`));
  }
  return Uint8Array.from(bytes);
}

describe('a CSV plan read in a thread of its own', () => {
  // More than CSV_AHEAD blocks of a 64 KiB chunk each (the first plan): the reader waits for room.
  const RECORDS = 5 * CSV_AHEAD * BLOCK_RECORDS;
  const FEWER = 2 * CSV_AHEAD * BLOCK_RECORDS;
  const plans: [string, () => Uint8Array, Encoding][] = [
    ['of every kind of record, a BOM and CRLF, a quote never closed at its end', () => encoder.encode(variedCsv(RECORDS, { bom: true, unclosed: true })), 'utf-8'],
    ["with Excel's sep=; line", () => encoder.encode(variedCsv(FEWER, { separator: ';', sepLine: true })), 'utf-8'],
    ['separated by tabs, with a cell over 64 KiB and a record over 1 MiB', () => encoder.encode(variedCsv(FEWER, { separator: '\t', long: true })), 'utf-8'],
    ['in UTF-16 with its byte order mark', () => utf16(variedCsv(FEWER), 'le'), 'utf-8'],
    ['in GB18030, read as such', () => gb18030Plan(FEWER), 'gb18030'],
  ];
  const sinks = ['held', 'text', 'plain'] as const;
  it.each(plans.flatMap(([name, bytes, encoding]) => sinks.map((road) => [road, name, bytes, encoding] as [CsvRoad, string, () => Uint8Array, Encoding])))('gives a %s sink every call the reader in this thread gives, over many blocks: a plan %s', async (road, _, bytes, encoding) => {
    const path = file(bytes(), 'csv');
    const here = csvRecorder(road);
    const there = csvRecorder(road);
    const stats = await readCsvBy(path, false, here.sink, encoding);
    expect(stats).toEqual({ blank: expect.any(Number) });
    expect(await readCsvBy(path, true, there.sink, encoding)).toEqual(stats);
    expect(there.calls).toEqual(here.calls);
    expect(there.pending()).toBe(0);
    expect(here.calls.length).toBeGreaterThan(FEWER * 0.9);
    if (road !== 'plain') expect(here.calls.filter(([kind]) => kind === 'text').length).toBeGreaterThan(FEWER / 2);
    // A sink that names no columns is given no key.
    expect(there.keys.every((key) => key === -1)).toBe(true);
  });

  it('keys records where it gets ahead: one key stands for one text of the asked cells, and the calls are the reader\'s own', async () => {
    const path = file(encoder.encode(variedCsv(6 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    const here = csvRecorder('held');
    await readCsvBy(path, false, here.sink);
    const there = csvRecorder('held');
    const columns = { source: 0, surface: 1, date: 2, platform: 3 };
    const stretches = new Map<number, string>();
    const wrong: object[] = [];
    let keyed = 0;
    let records = 0;
    const span = new Int32Array(2);
    const text = there.sink.text!;
    // Slow at the first record (its block then waits 300 ms after it is handed on) and at every
    // 300th (20 ms): the reader gets ahead, and keys the blocks it reads then. The first wait
    // alone lets it post CSV_AHEAD blocks, half of them keyed, however busy the machine is: with
    // the 20 ms waits alone, a fresh clone's CI on a busy machine saw 156 records keyed.
    const sink: RecordSink = Object.assign(there.sink, {
      keyColumns: () => columns,
      text: (line: number, header: readonly string[], record: RecordText) => {
        void text(line, header, record);
        const key = record.key ?? -1;
        if (key >= 0) {
          keyed++;
          const stretch = keySpan(record, columns, span) ? record.text.slice(span[0], span[1]) : undefined;
          if (stretch === undefined || (stretches.get(key) ?? stretch) !== stretch) wrong.push({ line, key, stretch, before: stretches.get(key) });
          stretches.set(key, stretch!);
        }
        records++;
        return records === 1 || records % 300 === 0 ? new Promise<void>((resolve) => setTimeout(resolve, records === 1 ? 300 : 20)) : undefined;
      },
    });
    await readCsvBy(path, true, sink);
    expect(there.calls).toEqual(here.calls);
    expect(wrong).toEqual([]);
    expect(keyed).toBeGreaterThan(1000);
  });

  it.each<[string, () => Uint8Array, Encoding, number]>([
    ['UTF-16 without its byte order mark', () => utf16(variedCsv(100), 'le').subarray(2), 'utf-8', 0],
    ['a header without the needed columns', () => encoder.encode('source,surface\njd,live-cart\n'), 'utf-8', 0],
    ['an empty file', () => new Uint8Array(0), 'utf-8', 0],
    ['a header row over 1 MiB', () => encoder.encode(`source,surface,date,${'x'.repeat(1_100_000)}\njd,live-cart,2022-06-01\n`), 'utf-8', 0],
    ['a byte that is not UTF-8 after many blocks', () => Uint8Array.from([...encoder.encode(variedCsv(12_000)), 0x61, 0xff, 0x62, 0x0a]), 'utf-8', 10_153],
    ['GB18030 bytes read as UTF-8', () => gb18030Plan(20), 'utf-8', 0],
    ['GB18030 cut short at its end', () => Uint8Array.from([...gb18030Plan(4_999), 0xcc]), 'gb18030', 4_761],
  ])('refuses %s with the same words, after the same rows', async (_, bytes, encoding, rowsBefore) => {
    const path = file(bytes(), 'csv');
    const here = csvRecorder('held');
    const there = csvRecorder('held');
    const refusal = await readCsvBy(path, false, here.sink, encoding);
    expect(refusal).toEqual(expect.any(String));
    expect(refusal).not.toMatch(/^bug/);
    expect(await readCsvBy(path, true, there.sink, encoding)).toBe(refusal);
    expect(there.calls).toEqual(here.calls);
    expect(here.calls.length).toBe(rowsBefore);
  });

  it('is read in this thread when its own cannot start', async () => {
    const path = file(encoder.encode(variedCsv(2 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    const here = csvRecorder('held');
    const there = csvRecorder('held');
    const stats = await readCsvBy(path, false, here.sink);
    const starved = { resourceLimits: { maxOldGenerationSizeMb: 0.0001, maxYoungGenerationSizeMb: 0.0001, codeRangeSizeMb: 0.0001 } };
    vi.mocked(readInThread).mockClear();
    const plan = planInput(path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true, threadOptions: starved });
    expect(await plan.read(there.sink)).toEqual(stats);
    expect(there.calls).toEqual(here.calls);
    expect(vi.mocked(readInThread)).toHaveBeenCalledOnce();
    expect(plan.bytesRead()).toBe(statSync(path).size);
  });

  it('stops when the sink throws, with what it threw, and gives no row after', async () => {
    const path = file(encoder.encode(variedCsv(5 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    const stop = new Error('stop');
    let rows = 0;
    let after = 0;
    const take = () => {
      if (rows >= 5000) {
        after++;
        throw stop;
      }
      rows++;
    };
    const sink: RecordSink = Object.assign(take, { text: take, ahead: () => {} });
    await expect(planInput(path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true }).read(sink)).rejects.toBe(stop);
    expect({ rows, after }).toEqual({ rows: 5000, after: 1 });
  });

  it('waits while the sink asks it to: at most the rest of a block comes before the wait is over', async () => {
    const path = file(encoder.encode(variedCsv(6 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    let release: (() => void) | undefined;
    let waiting = false;
    let during = 0;
    let rows = 0;
    const take = () => {
      rows++;
      if (waiting) during++;
      if (rows >= 5000 && release === undefined) {
        waiting = true;
        return new Promise<void>((resolve) => (release = resolve));
      }
      return undefined;
    };
    const plan = planInput(path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread: true });
    const reading = plan.read(Object.assign(take, { text: take, ahead: () => {} }));
    // The thread's start and its first 5,000 rows take a few tens of ms alone, and seconds beside every other test file.
    for (let waited = 0; release === undefined && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(release).toBeDefined();
    // Whatever was on its way has come by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = rows;
    // A block holds the records of a 64 KiB chunk (about 2,000 of these) or more, and fewer than 4,096 of them.
    expect(during).toBeLessThan(4096);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rows).toBe(before);
    // The progress line has been told of the blocks handed on, no further.
    expect(plan.bytesRead()).toBeGreaterThan(0);
    expect(plan.bytesRead()).toBeLessThan(statSync(path).size);
    waiting = false;
    release!();
    await reading;
    expect(rows).toBeGreaterThan(5 * CSV_AHEAD * BLOCK_RECORDS);
    expect(plan.bytesRead()).toBe(statSync(path).size);
  });

  it('tells the progress line the bytes read as blocks are handed on, up to the file\'s size', async () => {
    const path = file(encoder.encode(variedCsv(4 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    const size = statSync(path).size;
    for (const thread of [true, false]) {
      const plan = planInput(path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck, thread });
      expect(plan.size).toBe(size);
      const seen: number[] = [];
      const take = () => void seen.push(plan.bytesRead());
      await plan.read(Object.assign(take, { text: take }));
      expect(seen.every((bytes, k) => k === 0 || bytes >= seen[k - 1]!)).toBe(true);
      expect(new Set(seen).size).toBeGreaterThan(5);
      expect({ thread, read: plan.bytesRead() }).toEqual({ thread, read: size });
    }
  });

  it("holds this thread's young generation while the plan is read, when asked, and gives V8's flags back after: a code cache is checked against them", () => {
    // In a process of its own, from the build: V8's flags are the whole process's, and this one's worker threads run other test files.
    const dist = join(import.meta.dirname, '../../dist');
    // Two caches Node writes in a process of its own, with V8's own flags: each source is compiled in the reading process once, as the in-process compilation cache would otherwise answer.
    const sources = ['globalThis.heldWhileRead = () => 1;', 'globalThis.givenBackAfter = () => 2;'];
    const made = spawnSync(process.execPath, ['-e', `const { Script } = require('node:vm'); process.stdout.write(JSON.stringify(${JSON.stringify(sources)}.map((source) => new Script(source, { filename: 'cached.js' }).createCachedData().toString('base64'))))`], { encoding: 'utf8' });
    const path = file(encoder.encode(variedCsv(3 * CSV_AHEAD * BLOCK_RECORDS)), 'csv');
    // Held from the first block on (a hold of 0 MB), as the CLI holds it once grown to YOUNG_MB; `read` is told of a block once it is held.
    const reading = `
      const { Script } = require('node:vm');
      const { readInThread } = require(${JSON.stringify(`${dist}/reader-thread.cjs`)});
      const [sources, caches, path, youngMb] = JSON.parse(process.argv[1]);
      const refused = (index) => new Script(sources[index], { filename: 'cached.js', cachedData: Buffer.from(caches[index], 'base64') }).cachedDataRejected;
      let blocks = 0;
      let during;
      const take = () => { if (during === undefined && blocks > 0) during = refused(0); };
      const job = { format: 'csv', path, name: 'plan.csv', encoding: 'utf-8' };
      readInThread(${JSON.stringify(`${dist}/reader-worker.cjs`)}, job, Object.assign(take, { text: take }), () => {}, () => Promise.reject(new Error('no thread')), youngMb === null ? {} : { youngMb }, () => blocks++)
        .then(() => process.stdout.write(JSON.stringify({ during, after: refused(1) })));`;
    const read = (youngMb: number | null) => {
      const run = spawnSync(process.execPath, ['-e', reading, JSON.stringify([sources, JSON.parse(made.stdout), path, youngMb])], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { during: boolean; after: boolean };
    };
    expect(read(0)).toEqual({ during: true, after: false });
    // Not asked (a library, a test, the service): never held.
    expect(read(null)).toEqual({ during: false, after: false });
  });
});

describe('which CSV plans', () => {
  it(`a batch holds the young generation while it reads one of ${CSV_THREAD_FROM / 1024 / 1024} MiB or more only as the CLI run as a program (CliContext.ownProcess)`, async () => {
    const path = file(encoder.encode(variedCsv(3000)), 'csv');
    const commonFs = fs as { statSync: typeof fs.statSync };
    const actual = fs.statSync;
    // Shown as a plan of CSV_THREAD_FROM bytes (see the test below).
    commonFs.statSync = ((...args: Parameters<typeof actual>) => {
      const stat = actual(...args);
      return stat !== undefined && String(args[0]) === path ? Object.assign(stat, { size: CSV_THREAD_FROM }) : stat;
    }) as typeof actual;
    syncBuiltinESMExports();
    const held = async (ownProcess: boolean | undefined) => {
      vi.mocked(readInThread).mockClear();
      // Read here instead: a hold would set V8's flag for the test files this process's other threads run.
      vi.mocked(readInThread).mockImplementationOnce((_worker, _job, _sink, _check, alone) => alone());
      let out = '';
      const context = { env: {}, stdout: (text: string) => void (out += text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2025, 5, 1), ...(ownProcess === undefined ? {} : { ownProcess }) };
      await runBatchCommand(context, path, plainBatchOptions('en'));
      expect(out).toMatch(/: 2786 rows: /);
      expect(vi.mocked(readInThread)).toHaveBeenCalledOnce();
      return vi.mocked(readInThread).mock.calls[0]![5]?.youngMb;
    };
    try {
      expect(await held(true)).toBe(YOUNG_MB);
      expect(await held(false)).toBeUndefined();
      expect(await held(undefined)).toBeUndefined();
    } finally {
      commonFs.statSync = actual;
      syncBuiltinESMExports();
    }
  });

  it(`a file of ${CSV_THREAD_FROM / 1024 / 1024} MiB or more is read in a thread of its own unless told not to; a smaller one, standard input, bytes read already, or one on a machine of one core, never`, async () => {
    const bytes = encoder.encode(variedCsv(3000));
    const large = file(bytes, 'csv');
    const small = file(bytes, 'csv');
    const threads = vi.mocked(readInThread);
    const read = async (path: string, options: { thread?: boolean; stdin?: boolean; read?: boolean } = {}) => {
      threads.mockClear();
      let rows = 0;
      const sink = () => void rows++;
      await planInput(options.stdin ? '-' : path, { format: 'csv', sheet: undefined, encoding: 'utf-8', check: headerCheck, ...(options.thread === undefined ? {} : { thread: options.thread }), ...(options.stdin ? { stdin: (async function* () { yield bytes; })() } : {}), ...(options.read ? { read: bytes } : {}) }).read(sink);
      return { threads: threads.mock.calls.length, rows };
    };
    // The sizes planInput is shown: a plan of 32 MiB without writing one. Test files share their
    // modules (vitest.config.ts: isolate: false), so node:fs is patched, not mocked, and restored.
    const shownSizes = new Map([
      [large, CSV_THREAD_FROM],
      [small, CSV_THREAD_FROM - 1],
    ]);
    // node:fs's CommonJS object, which its ESM bindings follow when synced.
    const commonFs = fs as { statSync: typeof fs.statSync };
    const actual = fs.statSync;
    commonFs.statSync = ((...args: Parameters<typeof actual>) => {
      const stat = actual(...args);
      const size = shownSizes.get(String(args[0]));
      return stat !== undefined && size !== undefined ? Object.assign(stat, { size }) : stat;
    }) as typeof actual;
    syncBuiltinESMExports();
    try {
      expect(statSync(large).size).toBe(CSV_THREAD_FROM);
      const inThread = await read(large);
      expect(inThread.threads).toBe(1);
      expect(inThread.rows).toBeGreaterThan(2000);
      expect(await read(large, { thread: false })).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(large, { stdin: true })).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(large, { read: true })).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(large, { stdin: true, thread: true })).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(small)).toEqual({ threads: 0, rows: inThread.rows });
      expect(await read(small, { thread: true })).toEqual({ threads: 1, rows: inThread.rows });
      // One core: the thread would only add its cost, unless asked for.
      vi.mocked(availableParallelism).mockReturnValue(1);
      try {
        expect(await read(large)).toEqual({ threads: 0, rows: inThread.rows });
        expect(await read(large, { thread: true })).toEqual({ threads: 1, rows: inThread.rows });
      } finally {
        vi.mocked(availableParallelism).mockReturnValue(2);
      }
    } finally {
      commonFs.statSync = actual;
      syncBuiltinESMExports();
    }
  });
});
