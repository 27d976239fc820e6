// answerPlan: a plan's bytes to the lines `linkcheck batch --ndjson` prints, pulled row by
// row, the same lines, the same Summary and the same errors as the CLI for the same file
// and options, whatever shape the bytes come in.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { answerPlan, type AnswerPlanOptions, type PlanInput } from '../../src/api/answer-plan.js';
import { main } from '../../src/cli/main.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { InputError } from '../../src/errors/errors.js';
import type { Summary } from '../../src/batch/summary.js';
import { MAX_FIELD } from '../../src/model/field-length.js';
import { MAX_RECORD } from '../../src/batch/read/records.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';

const folder = mkdtempSync(join(tmpdir(), 'linkcheck-answer-plan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** 2026-03-15 12:00 in Beijing: "today" and "now" in a cell are read against it. */
const NOW = Date.UTC(2026, 2, 15, 4);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

const encode = (text: string) => new TextEncoder().encode(text);

/** `linkcheck batch <file> --ndjson …` (or --json) through main(), at NOW, in the plan's folder. */
async function cliBatch(name: string, bytes: Uint8Array, args: string[] = [], output: '--ndjson' | '--json' = '--ndjson') {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), bytes);
  let stdout = '';
  let stderr = '';
  const code = await main(['batch', name, output, ...args], {
    env: { NO_COLOR: '1' },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: NOW,
    cwd: folder,
    root: ROOT,
  });
  return { code, stdout, stderr };
}

/** Every line answerPlan yields, and the Summary it returns. */
async function collect(input: PlanInput, options: AnswerPlanOptions = {}): Promise<{ lines: string[]; summary: Summary }> {
  const lines: string[] = [];
  const rows = answerPlan(catalog, input, { now: NOW, ...options });
  for (;;) {
    const next = await rows.next();
    if (next.done) return { lines, summary: next.value };
    lines.push(next.value);
  }
}

/** The bytes in chunks of 1 to 7 bytes, so that a chunk ends inside characters, quoted fields and lines. */
async function* smallChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0, size = 1; at < bytes.length; at += size, size = (size % 7) + 1) yield bytes.slice(at, at + size);
}

function stream(bytes: Uint8Array, size = 5): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

function omitStale(counts: unknown): unknown {
  const { stale: _stale, ...rest } = counts as Record<string, number>;
  return rest;
}

const OVERLONG = 'x'.repeat(MAX_FIELD + 1);

const CSV = [
  '来源,位置,日期,平台,备注',
  '淘宝,直播间购物车,2022-06-01,快手,"a note, with a comma"',
  'https://item.taobao.com.evil.cn/item.htm?id=1,live-cart,2022-06-01,快手,look-alike',
  '',
  'jd,short-video-cart,today,快手,"a quoted',
  'field over two lines ""and quotes"" 直播"',
  'pinduoduo,live-cart,2020-11-01,抖音,',
  'jd,,2022-06-01,快手,no surface',
  `jd,live-cart,2022-06-01,快手,${OVERLONG}`,
  'nowhere,live-cart,2022-06-01,快手,unknown source',
  '   ',
  'jd,live-cart,not a date,快手,',
  '',
].join('\r\n');

const JSONL = [
  '{"source":"淘宝","surface":"直播间购物车","date":"2022-06-01","platform":"快手"}',
  '{"source":"https://item.taobao.com.evil.cn/item.htm?id=1","surface":"live-cart","date":"2022-06-01"}',
  '',
  '{"source":"jd","surface":"short-video-cart","date":"now","note":"直播"}',
  '{"source":"jd","surface":"live-cart","date":"2022-06-01","extra":{"nested":true}}',
  'not json',
  '[1,2]',
  `{"source":"jd","surface":"live-cart","date":"2022-06-01","note":"${OVERLONG}"}`,
  '{"link":"pinduoduo","surface":"live-cart"}',
  `{"source":"${'y'.repeat(MAX_RECORD)}","surface":"live-cart","date":"2022-06-01"}`,
  '{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}',
].join('\n');

describe('the lines are --ndjson lines, and the Summary the run', () => {
  it.each([
    ['CSV', 'plan.csv', 'csv', CSV],
    ['JSON Lines', 'plan.jsonl', 'jsonl', JSONL],
  ] as const)('%s, with the default options', async (_name, file, format, text) => {
    const cli = await cliBatch(file, encode(text));
    const { lines, summary } = await collect({ bytes: encode(text), format, name: file });
    expect(lines.map((line) => `${line}\n`).join('')).toBe(cli.stdout);
    expect(summary.exitCode).toBe(cli.code);
    // The counts --json gives for the same run.
    const json = JSON.parse((await cliBatch(file, encode(text), [], '--json')).stdout) as Record<string, unknown>;
    expect(summary).toEqual({ file, rows: json.rows, blank: json.blank, counts: omitStale(json.counts), stale: (json.counts as { stale: number }).stale, failing: json.failing, warnings: json.warnings, exitCode: json.exitCode });
  });

  it('CSV: every row out, in order, the look-alike link unknown, blank lines counted', async () => {
    const { lines, summary } = await collect({ bytes: encode(CSV), format: 'csv', name: 'plan.csv' });
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.line, row.verdict ?? 'error'])).toEqual([
      [2, 'denied'],
      [3, 'unknown'],
      [5, 'unknown'],
      [7, 'denied'],
      [8, 'error'],
      [9, 'error'],
      [10, 'error'],
      [11, 'error'],
      [12, 'error'],
    ]);
    expect(rows[1]).toMatchObject({ source: null, link: { host: 'item.taobao.com.evil.cn', reason: 'unlisted-host' }, verdict: 'unknown', rule: null });
    expect(rows[2]).toMatchObject({ at: '2026-03-15T00:00:00+08:00', row: { 备注: 'a quoted\nfield over two lines "and quotes" 直播' } });
    expect(rows[5]!.error).toBe(`the 备注 cell is ${MAX_FIELD + 1} bytes long (UTF-8); at most ${MAX_FIELD} (64 KiB) are read`);
    expect(summary).toEqual({
      file: 'plan.csv',
      rows: 9,
      blank: 1,
      counts: { allowed: 0, denied: 2, 'rolling-out': 0, unknown: 2, error: 5 },
      stale: 1,
      failing: 7,
      warnings: 2,
      exitCode: 2,
    });
  });

  it.each([
    ['--fail-on all --max-staleness 6m', { failOn: 'all', maxStaleness: '6m' }, ['--fail-on', 'all', '--max-staleness', '6m']],
    ['--platform douyin', { platform: 'douyin' }, ['--platform', 'douyin']],
    ['--as-known-on 2022-03-01', { asKnownOn: '2022-03-01' }, ['--as-known-on', '2022-03-01']],
    ['--columns', { columns: 'source=备注' }, ['--columns', 'source=备注']],
  ] as const)('CSV with %s', async (_name, options, args) => {
    const cli = await cliBatch('plan.csv', encode(CSV), [...args]);
    const { lines, summary } = await collect({ bytes: encode(CSV), format: 'csv', name: 'plan.csv' }, options);
    expect(lines.map((line) => `${line}\n`).join('')).toBe(cli.stdout);
    expect(summary.exitCode).toBe(cli.code);
  });
});

/** A workbook of two sheets: a date cell, a number, a look-alike link, an over-long cell, an empty row. */
async function workbookBytes(): Promise<Uint8Array> {
  const path = join(folder, 'made.xlsx');
  mkdirSync(folder, { recursive: true });
  await writeXlsxFile([
    { sheet: '五月', data: [[{ value: 'source' }, { value: 'surface' }, { value: 'date' }], [{ value: 'jd' }, { value: 'short-video-cart' }, { value: '2022-05-01' }]] },
    {
      sheet: '六月',
      data: [
        [{ value: '商品链接' }, { value: '版位' }, { value: '开播时间' }, { value: '主播' }],
        [{ value: 'taobao' }, { value: 'live-cart' }, { value: '2022-06-01' }, { value: '甲' }],
        [{ value: 'jd' }, { value: 'live-cart' }, { value: new Date(Date.UTC(2022, 5, 1)), type: Date, format: 'yyyy-mm-dd' }, { value: 12 }],
        [null, null, null, null],
        [{ value: 'https://item.taobao.com.evil.cn/item.htm?id=1' }, { value: 'live-cart' }, { value: 'today' }, null],
        [{ value: 'jd' }, { value: 'live-cart' }, { value: '2022-06-01' }, { value: OVERLONG }],
      ],
    },
  ]).toFile(path);
  return readFileSync(path);
}

describe('.xlsx', () => {
  it.each([[undefined], ['六月']])('sheet %s: the lines and the Summary of the CLI', async (sheet) => {
    const bytes = await workbookBytes();
    const args = sheet === undefined ? [] : ['--sheet', sheet];
    const cli = await cliBatch('plan.xlsx', bytes, args);
    const input = { format: 'xlsx', name: 'plan.xlsx', ...(sheet === undefined ? {} : { sheet }) } as const;
    const whole = await collect({ ...input, bytes });
    expect(whole.lines.map((line) => `${line}\n`).join('')).toBe(cli.stdout);
    expect(whole.summary.exitCode).toBe(cli.code);
    expect(await collect({ ...input, bytes: smallChunks(bytes) })).toEqual(whole);
    expect(await collect({ ...input, bytes: stream(bytes, 1000) })).toEqual(whole);
    if (sheet !== undefined) {
      expect(whole.lines.map((line) => JSON.parse(line) as Record<string, unknown>).map((row) => [row.line, row.verdict ?? row.error])).toEqual([
        [2, 'denied'],
        [3, 'denied'],
        [5, 'unknown'],
        [6, `the 主播 cell is ${MAX_FIELD + 1} bytes long (UTF-8); at most ${MAX_FIELD} (64 KiB) are read`],
      ]);
      expect(whole.summary).toMatchObject({ rows: 4, blank: 1, counts: { denied: 2, unknown: 1, error: 1 } });
    }
  });

  it('bytes that are no workbook, or a sheet it lacks: thrown before any row, as the CLI says it', async () => {
    const cliMessage = (stderr: string) => stderr.replace(/^linkcheck: /, '').replace(/\n$/, '');
    const notZip = encode('source,surface,date\n');
    const cli = await cliBatch('fake.xlsx', notZip);
    await expect(answerPlan(catalog, { bytes: notZip, format: 'xlsx', name: 'fake.xlsx' }).next()).rejects.toThrow(cliMessage(cli.stderr));
    expect(cli.stderr).toBe('linkcheck: fake.xlsx cannot be read as an .xlsx workbook: it is not a ZIP archive\n');
    const bytes = await workbookBytes();
    const missing = await cliBatch('plan.xlsx', bytes, ['--sheet', '七月']);
    await expect(answerPlan(catalog, { bytes, format: 'xlsx', sheet: '七月', name: 'plan.xlsx' }).next()).rejects.toThrow(cliMessage(missing.stderr));
  });
});

describe('the bytes in any shape give the same lines', () => {
  it.each([
    ['CSV', 'csv', CSV],
    ['JSON Lines', 'jsonl', JSONL],
  ] as const)('%s: whole, in chunks of a few bytes, as a ReadableStream', async (_name, format, text) => {
    const bytes = encode(text);
    const whole = await collect({ bytes, format, name: 'plan' });
    const chunked = await collect({ bytes: smallChunks(bytes), format, name: 'plan' });
    const streamed = await collect({ bytes: stream(bytes), format, name: 'plan' });
    expect(whole.lines.length).toBe(format === 'csv' ? 9 : 10);
    expect(chunked).toEqual(whole);
    expect(streamed).toEqual(whole);
  });

  it('CSV cut inside a quoted field and inside a character, at every byte of the field', async () => {
    const bytes = encode(CSV);
    const whole = await collect({ bytes, format: 'csv', name: 'plan' });
    // In two parts, cut at every byte from the start of the quoted field over two lines to its end,
    // so inside the field, between its two lines, and inside its 直 (three bytes in UTF-8).
    const start = encode(CSV.slice(0, CSV.indexOf('"a quoted'))).length;
    const end = encode(CSV.slice(0, CSV.indexOf('直播"') + 3)).length;
    const character = encode(CSV.slice(0, CSV.indexOf('直播"'))).length;
    const cuts = Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
    expect(cuts).toContain(character + 1);
    expect(cuts).toContain(character + 2);
    for (const cut of cuts) {
      const halves = (async function* () {
        yield bytes.slice(0, cut);
        yield bytes.slice(cut);
      })();
      expect(await collect({ bytes: halves, format: 'csv', name: 'plan' })).toEqual(whole);
    }
  });
});

describe('errors, as the CLI gives them', () => {
  /** The CLI's stderr line without its "linkcheck: " and newline. */
  const cliMessage = (stderr: string) => stderr.replace(/^linkcheck: /, '').replace(/\n$/, '');

  async function refused(input: PlanInput, options: AnswerPlanOptions = {}): Promise<InputError> {
    const rows = answerPlan(catalog, input, { now: NOW, ...options });
    try {
      const first = await rows.next();
      throw new Error(`a row came first: ${JSON.stringify(first.value)}`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error;
    }
  }

  it('a header without a needed column: thrown before any row', async () => {
    const text = 'link,where,date\ntaobao,live-cart,2022-06-01\n';
    const cli = await cliBatch('header.csv', encode(text));
    const error = await refused({ bytes: encode(text), format: 'csv', name: 'header.csv' });
    expect(cli.code).toBe(2);
    expect(error.message).toBe(cliMessage(cli.stderr));
    expect(error.message).toMatch(/^the header row has no column for surface \(surface, placement, 位置, 版位, 投放位置, 资源位\); it has: "link", "where", "date"/);
  });

  it('a platform no platform has the name of: thrown before any row, as the CLI says it', async () => {
    const text = 'source,surface,date,platform\njd,live-cart,2022-06-01,douyin\n';
    const cli = await cliBatch('platform.csv', encode(text), ['-p', 'weibo']);
    const error = await refused({ bytes: encode(text), format: 'csv', name: 'platform.csv' }, { platform: 'weibo' });
    expect([cli.code, error.code]).toEqual([2, 'unknown-platform']);
    expect(error.message).toBe(cliMessage(cli.stderr));
  });

  it('a GB18030 file without its encoding: thrown, naming it; read with it, the rows', async () => {
    // 来源,位置,日期 / 淘宝,直播间购物车,2022-06-01 in GB18030.
    const bytes = Uint8Array.from([
      0xc0, 0xb4, 0xd4, 0xb4, 0x2c, 0xce, 0xbb, 0xd6, 0xc3, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x0a, 0xcc, 0xd4, 0xb1, 0xa6, 0x2c, 0xd6, 0xb1, 0xb2, 0xa5, 0xbc, 0xe4, 0xb9, 0xba, 0xce, 0xef, 0xb3, 0xb5, 0x2c,
      ...encode('2022-06-01\n'),
    ]);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('来源,位置,日期\n淘宝,直播间购物车,2022-06-01\n');
    const cli = await cliBatch('gbk.csv', bytes);
    const error = await refused({ bytes, format: 'csv', name: 'gbk.csv' });
    expect(cli.code).toBe(2);
    expect(error.message).toBe(cliMessage(cli.stderr));
    expect(error.message).toMatch(/^gbk\.csv is not valid UTF-8 at byte 0 \(0xC0\); it looks like GB18030\/GBK/);
    const zh = await refused({ bytes, format: 'csv', name: 'gbk.csv' }, { lang: 'zh' });
    expect(zh.message).toBe(cliMessage((await cliBatch('gbk.csv', bytes, ['--lang', 'zh'])).stderr));
    const read = await collect({ bytes, format: 'csv', encoding: 'gb18030', name: 'gbk.csv' });
    expect(read.lines.map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(['denied']);
  });

  it.each([
    ['--fail-on', { failOn: 'sometimes' }, ['--fail-on', 'sometimes']],
    ['--max-staleness', { maxStaleness: 'forever' }, ['--max-staleness', 'forever']],
    ['--as-known-on', { asKnownOn: 'last spring' }, ['--as-known-on', 'last spring']],
    ['--columns', { columns: 'source:商品链接' }, ['--columns', 'source:商品链接']],
  ] as const)('a bad %s', async (_name, options, args) => {
    const cli = await cliBatch('plan.csv', encode(CSV), [...args]);
    const error = await refused({ bytes: encode(CSV), format: 'csv', name: 'plan.csv' }, options);
    expect(cli.code).toBe(2);
    expect(error.message).toBe(cliMessage(cli.stderr));
  });
});

describe('pulled: reading waits for the caller', () => {
  /** A plan of `rows` rows, made as it is read, counting the bytes handed over. */
  function endless(rows: number, pulled: { bytes: number }): AsyncGenerator<Uint8Array> {
    return (async function* () {
      const header = encode('source,surface,date\n');
      pulled.bytes += header.length;
      yield header;
      const block = encode('jd,short-video-cart,2022-06-01\n'.repeat(100));
      for (let at = 0; at < rows; at += 100) {
        pulled.bytes += block.length;
        yield block;
      }
    })();
  }

  it('a caller that takes ten rows of a million has read a few thousand', async () => {
    const pulled = { bytes: 0 };
    const rows = answerPlan(catalog, { bytes: endless(1_000_000, pulled), format: 'csv', name: 'big.csv' }, { now: NOW });
    const taken: string[] = [];
    for await (const line of rows) {
      taken.push(line);
      if (taken.length === 10) break;
    }
    // Let the reader run as far as it would.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.parse(taken[9]!)).toMatchObject({ line: 11, verdict: 'allowed' });
    expect(pulled.bytes).toBeLessThan(4096 * 31);
  });

  it('a ReadableStream left early is cancelled', async () => {
    let cancelled = false;
    let at = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encode(at++ === 0 ? 'source,surface,date\n' : 'jd,short-video-cart,2022-06-01\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    let count = 0;
    for await (const _line of answerPlan(catalog, { bytes: source, format: 'csv', name: 'stream.csv' }, { now: NOW })) if (++count === 3) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cancelled).toBe(true);
    expect(at).toBeLessThan(4096);
  });
});
