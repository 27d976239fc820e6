// A large workbook is read in a thread of its own (src/cli/xlsx-thread.ts): every sink must get
// from it what the reader in its own thread gives, call for call, and the same refusals; a sink
// that stops or waits is heard there too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BLOCK_ROWS, blockPacker, replayBlock, type SheetBlock } from '../../src/batch/read/sheet-blocks.js';
import { readXlsx } from '../../src/batch/read/read-xlsx.js';
import type { RecordSink } from '../../src/batch/read/records.js';
import { planInput, THREAD_FROM } from '../../src/cli/plan-input.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';
import { readXlsxInThread } from '../../src/cli/xlsx-thread.js';

// The thread's reader as it is, its calls counted.
vi.mock('../../src/cli/xlsx-thread.js', async (original) => {
  const actual = await original<typeof import('../../src/cli/xlsx-thread.js')>();
  return { ...actual, readXlsxInThread: vi.fn(actual.readXlsxInThread) };
});

const folder = mkdtempSync(join(tmpdir(), 'linkcheck-xlsx-thread-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
function file(bytes: Buffer): string {
  const path = join(folder, `plan-${files++}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const STRINGS = ['source', 'surface', 'date', 'jd', 'live-cart', 'taobao', 'short-video-cart', '2022-06-01', '淘宝'];

/** A row of varied cells: shared strings, an inline string, a date shown by its style, a number, an error, a value past the header. */
function variedRow(line: number): string {
  const r = (column: string) => `${column}${line}`;
  switch (line % 9) {
    case 0:
      return `<row r="${line}">${inline(r('A'), `https://item.jd.com/${line}.html`)}<c r="${r('B')}" t="s"><v>4</v></c><c r="${r('C')}" s="1"><v>${44713 + (line % 400)}</v></c></row>`;
    case 1:
      return `<row r="${line}"><c r="${r('A')}" t="e"><v>#REF!</v></c></row>`;
    case 2:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>3</v></c>${inline(r('D'), 'note')}</row>`;
    case 3:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>8</v></c><c r="${r('B')}" t="s"><v>6</v></c></row>`;
    case 4:
      return `<row r="${line}"/>`;
    case 5:
      return `<row r="${line}"><c r="${r('A')}" t="b"><v>1</v></c><c r="${r('B')}"><v>0.30000000000000004</v></c><c r="${r('C')}" t="s"><v>7</v></c></row>`;
    default:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>${3 + (line % 2) * 2}</v></c><c r="${r('B')}" t="s"><v>${4 + (line % 2) * 2}</v></c><c r="${r('C')}" t="s"><v>7</v></c></row>`;
  }
}

function variedBook(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, index) => variedRow(index + 2)).join('');
  return workbook({ sheets: [{ name: 'Plan', rows: `${headerRow()}${body}` }], strings: STRINGS, formats: [0, 14] });
}

type Call = (string | number | readonly (string | number)[])[];

/**
 * A sink that writes down every call it gets; `road`: which calls it takes. Held, it checks that
 * each row given to sheet() is the next one sheetAhead() announced, with the same cells and numbers.
 */
function recorder(road: 'held' | 'sheet' | 'plain') {
  const calls: Call[] = [];
  let announced: Call[] = [];
  const numbersOf = (cells: readonly string[], strings: Int32Array, from: number) => Array.from(strings.subarray(from, from + cells.length));
  const base = (line: number, _header: readonly string[], cells: readonly string[], error: InputError | undefined) => {
    calls.push(['row', line, [...cells], error === undefined ? '' : errorMessage(error)]);
  };
  const sheet = (line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => {
    const row: Call = [[...cells], numbersOf(cells, strings, from), longest];
    if (road === 'held') expect(row).toEqual(announced.shift());
    calls.push(['sheet', line, ...row, header.length]);
  };
  const sheetAhead = (header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array) => {
    expect(announced).toEqual([]);
    expect(stride).toBe(header.length);
    announced = rows.slice(0, count).map((cells, k) => [[...cells], numbersOf(cells, strings, k * stride), longest[k]!]);
  };
  const sink: RecordSink = road === 'plain' ? base : road === 'sheet' ? Object.assign(base, { sheet }) : Object.assign(base, { sheet, sheetAhead });
  return { sink, calls, pending: () => announced.length };
}

const headerCheck = (names: readonly string[]) => {
  for (const column of ['source', 'surface', 'date']) if (!names.includes(column)) throw new InputError(`the header lacks ${column}`);
};

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

describe('blocks', () => {
  it('carry what the reader gives, one block after another, whatever their size', async () => {
    const bytes = variedBook(BLOCK_ROWS + 300);
    const source = { size: bytes.length, read: (position: number, length: number) => bytes.subarray(position, position + length) };
    const here = recorder('held');
    await readXlsx(source, undefined, here.sink, headerCheck, 'plan.xlsx');
    const blocks: SheetBlock[] = [];
    let header: readonly string[] = [];
    let strings: readonly string[] = [];
    const packer = blockPacker(() => header.length, (block) => blocks.push(block), () => undefined);
    await readXlsx(source, undefined, Object.assign(packer.sink, { sharedStrings: (shared: readonly string[]) => (strings = shared) }), (names) => (header = names), 'plan.xlsx');
    packer.flush();
    expect(blocks.map((block) => block.rows)).toEqual([BLOCK_ROWS, expect.any(Number)]);
    const there = recorder('held');
    for (const block of blocks) replayBlock(block, header, strings, there.sink);
    expect(there.calls).toEqual(here.calls);
  });
});

describe('which workbooks', () => {
  it(`a file of ${THREAD_FROM / 1024 / 1024} MiB or more is read in a thread of its own unless told not to; a smaller one, or standard input, never`, async () => {
    const bytes = variedBook(110_000);
    expect(bytes.length).toBeGreaterThanOrEqual(THREAD_FROM);
    const large = file(bytes);
    const small = file(variedBook(100));
    const threads = vi.mocked(readXlsxInThread);
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
