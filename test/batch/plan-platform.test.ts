// A plan that names its rows' platforms is read on those platforms or refused, never on the
// default one: an empty cell in its platform column is an error row, a platform column under
// another common name is read, and a column of platform names the reader does not take stops
// the plan (docs/batch-and-ci.md, "Columns").
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const VALID = 'kuaishou, douyin, xiaohongshu, wechat';
const EMPTY = (column: string) => `no platform in this row: its "${column}" cell is empty; write one of ${VALID}`;

/** An .xlsx plan of these rows of cells (inline strings), the first its header; an undefined cell is left out, as below a merged cell. */
function sheet(cells: readonly (readonly (string | undefined)[])[]): Buffer {
  const [header, ...body] = cells;
  const rowsXml = body.map((row, at) => `<row r="${at + 2}">${row.map((cell, column) => (cell === undefined ? '' : inline(`${String.fromCharCode(65 + column)}${at + 2}`, cell))).join('')}</row>`).join('');
  return workbook({ sheets: [{ name: 'plan', rows: `${headerRow(header as string[])}${rowsXml}` }] });
}

/** Each row's line and verdict, or its error. */
const outcomes = (run: Awaited<ReturnType<typeof batch>>) => rows(run).map((row) => [row.line, row.verdict ?? row.error]);

describe('an empty cell in the platform column', () => {
  it.each([
    ['an empty cell', '平台,来源,版位,日期\n抖音,淘宝,直播间购物车,2021-06-01\n,天猫,直播间购物车,2021-06-01\n', '平台'],
    ['a quoted empty cell', 'platform,source,surface,date\ndouyin,taobao,live-cart,2021-06-01\n"",tmall,live-cart,2021-06-01\n', 'platform'],
    ['white space only', 'source,surface,date,platform\ntaobao,live-cart,2021-06-01,douyin\ntmall,live-cart,2021-06-01, \u3000\n', 'platform'],
    ['a row cut short before it', 'source,surface,date,platform\ntaobao,live-cart,2021-06-01,douyin\ntmall,live-cart,2021-06-01\n', 'platform'],
    ['a tab-separated export', '渠道\t来源\t版位\t日期\n抖音\t淘宝\t直播间购物车\t2021-06-01\n\t天猫\t直播间购物车\t2021-06-01\n', '渠道'],
  ])('%s is an error row naming the platforms, never the default platform', async (_name, content, column) => {
    const run = await batch([plan('empty-platform.csv', content), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [2, 'denied'],
      [3, EMPTY(column)],
    ]);
    expect(run.code).toBe(2);
  });

  it('is an error row with -p too: the plan has a platform column, and -p does not fill it', async () => {
    const run = await batch([plan('empty-platform.csv', '平台,来源,版位,日期\n抖音,淘宝,直播间购物车,2021-06-01\n,天猫,直播间购物车,2021-06-01\n'), '-p', 'douyin']);
    expect(run.stdout.split('\n')[2]).toBe(`line 3      error       天猫 · 直播间购物车 · 2021-06-01  ${EMPTY('平台')} (-p douyin is not used for a row of a plan with a platform column)`);
    expect(run.code).toBe(2);
  });

  it('says so in Chinese', async () => {
    const run = await batch([plan('empty-platform.csv', '平台,来源,版位,日期\n,天猫,直播间购物车,2021-06-01\n'), '--lang', 'zh']);
    expect(run.stdout.split('\n')[1]).toContain(`此行没有平台："平台" 单元格是空的；请写 ${VALID} 之一`);
  });

  it('is named beside another empty cell', async () => {
    const run = await batch([plan('empty-platform.csv', 'source,surface,date,platform\ntmall,,2021-06-01,\n'), '--ndjson']);
    expect(outcomes(run)).toEqual([[2, 'no surface, platform in this row']]);
  });

  it('repeated many times, each is an error row, on every road a row is read by', async () => {
    const body = Array.from({ length: 300 }, (_, at) => (at % 3 === 2 ? 'tmall,live-cart,2021-06-01,' : 'tmall,live-cart,2021-06-01,douyin')).join('\n');
    const run = await batch([plan('many.csv', `source,surface,date,platform\n${body}\n`), '--json']);
    const report = JSON.parse(run.stdout) as { counts: Record<string, number>; errors: { error: string }[] };
    expect(report.counts.error).toBe(100);
    expect(new Set(report.errors.map((error) => error.error))).toEqual(new Set([EMPTY('platform')]));
  });

  it.each([
    ['a cell left out (as below a merged cell)', undefined],
    ['an empty string', ''],
    ['white space', '  '],
  ])('in a workbook, %s is an error row', async (_name, cell) => {
    const book = sheet([
      ['平台', '来源', '版位', '日期'],
      ['抖音', '淘宝', '直播间购物车', '2021-06-01'],
      [cell, '天猫', '直播间购物车', '2021-06-01'],
      [cell, '天猫', '直播间购物车', '2021-06-01'],
    ]);
    const run = await batch([plan('merged.xlsx', book), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [2, 'denied'],
      [3, EMPTY('平台')],
      [4, EMPTY('平台')],
    ]);
  });

  it.each([
    ['null', '{"platform":null,"source":"tmall","surface":"live-cart","date":"2021-06-01"}'],
    ['an empty string', '{"platform":"","source":"tmall","surface":"live-cart","date":"2021-06-01"}'],
  ])('in JSON Lines, a platform of %s is an error row', async (_name, line) => {
    const run = await batch([plan('plan.jsonl', `{"platform":"douyin","source":"taobao","surface":"live-cart","date":"2021-06-01"}\n${line}\n`), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [1, 'denied'],
      [2, EMPTY('platform')],
    ]);
  });

  const LEFT_OUT = (key: string) => `no platform on this line: earlier lines give theirs as "${key}", this one does not; give it one of ${VALID}`;
  it.each([
    ['platform', 'platform'],
    ['平台', '平台'],
  ])('in JSON Lines, a line without the %s key after lines that have it is an error row, however often the shapes take turns', async (key) => {
    const named = (source: string) => `{"${key}":"douyin","source":"${source}","surface":"live-cart","date":"2021-06-01"}`;
    const bare = (source: string) => `{"source":"${source}","surface":"live-cart","date":"2021-06-01"}`;
    const lines = [bare('jd'), named('taobao'), bare('tmall'), bare('tmall'), named('tmall'), bare('jd'), ...Array.from({ length: 300 }, () => bare('tmall'))];
    const run = await batch([plan('left-out.jsonl', `${lines.join('\n')}\n`), '--ndjson']);
    const seen = outcomes(run);
    // The first line comes before any platform is named: the plan's default platform (Kuaishou), as a plan without one.
    expect(seen.slice(0, 6)).toEqual([
      [1, 'allowed'],
      [2, 'denied'],
      [3, LEFT_OUT(key)],
      [4, LEFT_OUT(key)],
      [5, 'denied'],
      [6, LEFT_OUT(key)],
    ]);
    expect(seen.slice(6).every(([, outcome]) => outcome === LEFT_OUT(key))).toBe(true);
    expect(run.code).toBe(2);
  });
});

describe('the platform column under another name', () => {
  it.each(['投放平台', '平台名称', '渠道', '投放渠道', '媒体', '媒体平台', 'Platform Name', 'channel', 'app', 'media'])('%s is the platform column', async (header) => {
    const run = await batch([plan('named.csv', `${header},来源,版位,日期\n抖音,淘宝,直播间购物车,2021-06-01\n`), '--ndjson']);
    expect(rows(run).map((row) => [row.platform, row.verdict])).toEqual([['douyin', 'denied']]);
  });

  it('named twice, is refused as any column named twice', async () => {
    const run = await batch([plan('twice.csv', '平台,渠道,来源,版位,日期\n抖音,抖音,淘宝,直播间购物车,2021-06-01\n')]);
    expect(run.stderr).toBe('linkcheck: the header names the platform column 2 times ("平台", "渠道"); keep one, or choose with --columns platform=<header>\n');
    expect(run.code).toBe(2);
  });
});

describe('platform names in a column that is not read', () => {
  const refusal = (column: string, value: string, line: number) =>
    `linkcheck: the plan has no platform column, but its column "${column}" holds a platform's name ("${value}", line ${line}): its rows would all be checked on kuaishou; rename that column platform or 平台, map it with --columns platform=${column}, or give the rows' platform with -p\n`;

  it.each([
    ['a CSV plan', 'placed.csv', '投放地点,来源,版位,日期\n抖音,淘宝,直播间购物车,2021-06-01\n', '投放地点', '抖音', 2],
    ['an alias, in a later row', 'placed.csv', 'source,surface,date,where\ntmall,live-cart,2021-06-01,\ntmall,live-cart,2021-06-01, DY \n', 'where', 'DY', 3],
    ['a semicolon-separated plan', 'placed.csv', 'source;surface;date;site\ntmall;live-cart;2021-06-01;Douyin\n', 'site', 'Douyin', 2],
    ['JSON Lines', 'placed.jsonl', '{"source":"tmall","surface":"live-cart","date":"2021-06-01","where":"xiaohongshu"}\n', 'where', 'xiaohongshu', 1],
  ])('%s is refused, naming the column', async (_name, file, content, column, value, line) => {
    const run = await batch([plan(file, content)]);
    expect(run.stderr).toBe(refusal(column, value, line));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('a workbook is refused, naming the column', async () => {
    const book = sheet([
      ['来源', '版位', '日期', '投放'],
      ['淘宝', '直播间购物车', '2021-06-01', '抖音'],
    ]);
    const run = await batch([plan('placed.xlsx', book)]);
    expect(run.stderr).toBe(refusal('投放', '抖音', 2));
    expect(run.code).toBe(2);
  });

  it('is read with -p, which names the rows\' platform, or with --columns, which names the column', async () => {
    const content = '投放地点,来源,版位,日期\n抖音,淘宝,直播间购物车,2021-06-01\n';
    expect(rows(await batch([plan('placed.csv', content), '-p', 'douyin', '--ndjson'])).map((row) => [row.platform, row.verdict])).toEqual([['douyin', 'denied']]);
    expect(rows(await batch([plan('placed.csv', content), '--columns', 'platform=投放地点', '--ndjson'])).map((row) => [row.platform, row.verdict])).toEqual([['douyin', 'denied']]);
    expect(rows(await batch([plan('placed.csv', content), '--ndjson'], { env: { LINKCHECK_PLATFORM: 'douyin' } })).map((row) => [row.platform, row.verdict])).toEqual([['douyin', 'denied']]);
  });

  it('a column of other words is read as before', async () => {
    const run = await batch([plan('other.csv', 'source,surface,date,campaign\njd,short-video-cart,2022-06-01,618 快手专场\n'), '--ndjson']);
    expect(rows(run).map((row) => [row.platform, row.verdict])).toEqual([['kuaishou', 'allowed']]);
  });
});
