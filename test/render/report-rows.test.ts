// What the reports keep for the rows that share an answer gives each row as made for it alone: a
// JSON report's row written in parts (writeRowJson) is the row rowJson gives, byte for byte, its
// answer's part encoded once; a JUnit case names each row by its own line; the Markdown report
// counts every row past its table.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchRow } from '../../src/batch/batch-row.js';
import { HEADER_NAMES, headerCheck } from '../../src/batch/columns.js';
import { readTextPlan } from '../../src/batch/read/plan-bytes.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { DEFAULT_FAIL_ON } from '../../src/batch/summary.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { DEFAULT_PLATFORM } from '../../src/query/ask.js';
import type { BatchReport } from '../../src/batch/report.js';
import { wordsFor } from '../../src/i18n/index.js';
import { junitReport } from '../../src/render/batch-junit.js';
import { markdownReport, MARKDOWN_ROWS } from '../../src/render/batch-markdown.js';
import { rowJson, rowView, writeRowJson } from '../../src/render/batch-row-view.js';
import { safeXml } from '../../src/render/safe.js';
import { parseStaleness } from '../../src/time/staleness.js';
import { builtinCatalog } from '../helpers/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await builtinCatalog();
});

/** The batch of a CSV plan's text, every row to each of `reports`. */
const batchOf = (plan: string, reports: readonly BatchReport[]) =>
  runBatch(catalog, (sink) => readTextPlan([new TextEncoder().encode(plan)], 'csv', 'utf-8', 'plan.csv', headerCheck(HEADER_NAMES), sink), reports, {
    file: 'plan.csv',
    failOn: DEFAULT_FAIL_ON,
    maxStaleness: parseStaleness('1y'),
    names: HEADER_NAMES,
    platform: DEFAULT_PLATFORM,
    now: Date.UTC(2025, 5, 1),
  });

const PLAN = [
  'source,surface,date,platform,note',
  'taobao,live-cart,2022-06-01,kuaishou,a',
  'taobao,live-cart,2022-06-01,kuaishou,b "quoted" 淘宝 \u2028 ##[x]',
  '"【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品」点击链接直接打开",直播间购物车,2022年6月1日,快手,c',
  'jd,live-cart,2019-03-01,kuaishou,d',
  'jd,live-cart,not a date,kuaishou,e',
  'taobao,live-cart,2022-06-01,kuaishou,a',
  `taobao,live-cart,2022-06-01,kuaishou,${'x'.repeat(1024 * 1024 + 10)}`,
  ',live-cart,2022-06-01,kuaishou,f',
  'jd,live-cart,2025-05-01,kuaishou,g',
  ...Array.from({ length: 300 }, (_, n) => `taobao,live-cart,2022-06-01,kuaishou,${n}`),
].join('\n');

describe('writeRowJson', () => {
  it('writes each row as rowJson does, its answer as bytes made once for the rows that share it', async () => {
    const written: string[] = [];
    const expected: string[] = [];
    const answers = new Set<Uint8Array>();
    const decoder = new TextDecoder();
    const report = {
      row(row: BatchRow) {
        let text = '';
        writeRowJson(
          row,
          (part) => {
            if (typeof part === 'string') text += part;
            else {
              text += decoder.decode(part);
              answers.add(part);
            }
          },
          '\n',
        );
        written.push(text);
        expected.push(`${rowJson(row)}\n`);
      },
      end() {},
    };
    const summary = await batchOf(PLAN, [report]);
    expect(summary.rows).toBe(309);
    expect(written).toEqual(expected);
    // Answered rows, error rows, the row too long to read (its row null), a stale answer.
    expect(written.filter((line) => line.includes('"error":'))).toHaveLength(3);
    expect(written.some((line) => line.includes('"row":null'))).toBe(true);
    expect(written.some((line) => line.includes('"stale":{'))).toBe(true);
    // The 300 rows alike share their answer's bytes, as soon as the kept answers keep it.
    expect(answers.size).toBeGreaterThanOrEqual(4);
    expect(answers.size).toBeLessThan(12);
    for (const line of written) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('the JUnit report', () => {
  it('names each case by its line and cells, escaped, for rows that share an answer as for one alone', async () => {
    // Cells whose every character is escaped, in a name hundreds of characters long.
    const long = `"&<>'${'&\u0001"'.repeat(40)}淘宝"`;
    const lines = ['source,surface,date', ...Array.from({ length: 1200 }, (_, n) => (n % 3 === 0 ? `${long},live-cart,2022-06-01` : n % 3 === 1 ? 'jd,live-cart,2022-06-01' : 'jd,bad-surface,2022-06-01'))];
    let xml = '';
    const decoder = new TextDecoder();
    const names: string[] = [];
    const context = { file: 'plan.csv', failOn: DEFAULT_FAIL_ON, maxStaleness: parseStaleness('1y'), words: wordsFor('en'), colourLevel: 0 as const };
    const reports = [junitReport((text) => void (xml += typeof text === 'string' ? text : decoder.decode(text)), context), { row: (row: BatchRow) => void names.push(safeXml(`line ${row.line}: ${rowView(row, DEFAULT_FAIL_ON).shown}`)), end() {} }];
    await batchOf(lines.join('\n'), reports);
    const written = [...xml.matchAll(/<testcase classname="plan.csv" name="([^"]*)">/g)].map((found) => found[1]);
    expect(written).toEqual(names);
    expect(Math.max(...written.map((name) => name!.length))).toBeGreaterThan(150);
    // Failures counted once a row, kept or not.
    const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]);
    expect(failures).toBe((xml.match(/<failure /g) ?? []).length);
    expect(failures).toBeGreaterThan(300);
  });
});

describe('the Markdown report', () => {
  it('lists the first rows that fail or warn and counts the rest, rows that share an answer alike', async () => {
    // Denied (fails), allowed (passes) and an error, over and over: past the table's rows, only counted.
    const kinds = ['taobao,live-cart,2022-06-01', 'kuaishou-shop,live-cart,2023-01-01', 'jd,bad-surface,2022-06-01'];
    const lines = ['source,surface,date', ...Array.from({ length: 3 * MARKDOWN_ROWS }, (_, n) => kinds[n % 3]!)];
    let markdown = '';
    const context = { file: 'plan.csv', failOn: DEFAULT_FAIL_ON, maxStaleness: parseStaleness('1y'), words: wordsFor('en'), colourLevel: 0 as const };
    const summary = await batchOf(lines.join('\n'), [markdownReport((text) => void (markdown += typeof text === 'string' ? text : new TextDecoder().decode(text)), context)]);
    expect(summary.rows).toBe(3 * MARKDOWN_ROWS);
    const listed = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(listed).toHaveLength(MARKDOWN_ROWS);
    expect(listed.some((line) => line.includes('kuaishou-shop'))).toBe(false);
    expect(markdown).toContain(`and ${MARKDOWN_ROWS} more rows that fail or warn`);
  });
});
