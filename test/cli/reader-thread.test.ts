// A large workbook is read in a thread of its own (src/cli/reader-thread.ts): every sink must get
// from it what the reader in its own thread gives, call for call, and the same refusals; a sink
// that stops or waits is heard there too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_ROWS } from '../../src/batch/read/sheet-blocks.js';
import type { RecordSink } from '../../src/batch/read/records.js';
import { planInput, THREAD_FROM } from '../../src/cli/plan-input.js';
import { readInThread } from '../../src/cli/reader-thread.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { headerCheck, recorder, STRINGS, variedBook, variedRow } from '../helpers/sheet-calls.js';
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
function file(bytes: Buffer): string {
  const path = join(folder, `plan-${files++}.xlsx`);
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
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = rows;
    expect(release).toBeDefined();
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
