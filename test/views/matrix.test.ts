import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryTime } from '../../src/time/query-time.js';
import { matrixOf } from '../../src/views/matrix.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { NOW, run } from './run.js';

const MIDDAY = join(ROOT, 'test', 'fixtures', 'views', 'midday.json');

describe('matrixOf on the shipped rules', () => {
  it.each([
    ['kuaishou', '2022-06-01', 'taobao', 'live-cart', 'denied', 'kuaishou-2022-03-taobao-cut'],
    ['kuaishou', '2022-06-01', 'jd', 'live-cart', 'denied', 'kuaishou-2022-03-jd-live-cart-cut'],
    ['kuaishou', '2022-06-01', 'jd', 'short-video-cart', 'allowed', 'kuaishou-2022-03-jd-other-surfaces-kept'],
    ['kuaishou', '2022-10-29', 'tmall', 'live-cart', 'rolling-out', 'kuaishou-2022-10-tmall-restored'],
    ['kuaishou', '2022-10-29', 'taobao', 'product-detail', 'denied', 'kuaishou-2022-10-taobao-links-still-barred'],
    ['kuaishou', '2022-06-01', 'pinduoduo', 'live-cart', 'unknown', null],
    ['douyin', '2020-10-01', 'taobao', 'live-cart', 'rolling-out', 'douyin-2020-live-cart-cut'],
  ])('%s %s: %s on %s is %s', async (platform, date, source, surface, verdict, rule) => {
    const catalog = await builtinCatalog();
    const matrix = matrixOf(catalog, platform, queryTime(date, 'Asia/Shanghai', NOW));
    const cell = matrix.rows.flat().find((candidate) => candidate.source.id === source && candidate.surface.id === surface)!;
    expect(cell.answer.verdict).toBe(verdict);
    expect(cell.answer.rule?.rule.id ?? null).toBe(rule);
    expect(cell.changes).toEqual([]);
  });

  it.each([
    ['kuaishou', '2022-06-01T12:00'],
    ['kuaishou', '2022-10-29T08:00'],
    ['douyin', '2020-10-01T09:30'],
  ])('at a moment (%s %s), each cell holds the verdict of its whole answer, made when read', async (platform, date) => {
    const catalog = await builtinCatalog();
    const cells = matrixOf(catalog, platform, queryTime(date, 'Asia/Shanghai', NOW)).rows.flat();
    expect(cells.map((cell) => cell.verdict)).toEqual(cells.map((cell) => cell.answer.verdict));
    expect(new Set(cells.map((cell) => cell.verdict)).size).toBeGreaterThan(1);
    expect(cells.every((cell) => cell.changes.length === 0)).toBe(true);
  });

  it('has a row per source and a column per surface, in catalog order', async () => {
    const catalog = await builtinCatalog();
    const matrix = matrixOf(catalog, 'kuaishou', queryTime('2022-06-01', 'Asia/Shanghai', NOW));
    expect(matrix.rows.map((row) => row[0]!.source.id)).toEqual([...catalog.sources.keys()]);
    expect(matrix.rows[0]!.map((cell) => cell.surface.id)).toEqual(catalog.platforms.get('kuaishou')!.surfaces.map((surface) => surface.id));
  });
});

describe('linkcheck matrix', () => {
  it.each([
    ['matrix-kuaishou-2022-06-01.txt', ['matrix', '2022-06-01']],
    ['matrix-douyin-2020-10-01-ascii.txt', ['matrix', '2020-10-01', '-p', '抖音', '--ascii']],
    ['matrix-kuaishou-2022-10-29-zh.txt', ['matrix', '2022-10-29', '--lang', 'zh']],
    ['matrix-kuaishou-instant.txt', ['matrix', '2022-02-28T16:00:00Z']],
  ])('%s', async (snapshot, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${snapshot}`);
  });

  it('prints the grid with its legend', async () => {
    const { stdout } = await run(['matrix', '2022-06-01']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('kuaishou · 2022-06-01 (Asia/Shanghai)');
    expect(lines).toContain('taobao                ✘          ✘                 ✘');
    expect(lines).toContain('jd                    ✘          ✔                 ✔');
    expect(lines).toContain('✔ allowed  ✘ denied  ◐ rolling-out  ? unknown');
  });

  it('takes the platform from LINKCHECK_PLATFORM, and -p before the command', async () => {
    expect((await run(['matrix', '2022-06-01'], { LINKCHECK_PLATFORM: 'douyin' })).stdout).toMatch(/^douyin · /);
    expect((await run(['-p', 'douyin', 'matrix', '2022-06-01'])).stdout).toMatch(/^douyin · /);
  });

  it('speaks Chinese when the locale is Chinese, English with --lang en', async () => {
    expect((await run(['matrix', '2022-06-01'], { LANG: 'zh_CN.UTF-8' })).stdout).toMatch(/^快手 · 2022年6月1日（Asia\/Shanghai）\n\n来源 \\ 位置               直播间购物车  短视频购物车  商品详情页\n淘宝                      ✘ /u);
    expect((await run(['matrix', '2022-06-01', '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' })).stdout).toMatch(/^kuaishou · 2022-06-01 /);
  });

  it('footnotes a cell whose answer changes during the day', async () => {
    const result = await run(['matrix', '2022-03-01', '-p', 'testshop', '--rules', MIDDAY]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('taobao                ✔*1        ✔');
    expect(lines).toContain('*1 taobao on live-cart changes during the day: from 12:00 ✘ denied (rule testshop-taobao-noon-cut)');
    await expect(result.stdout).toMatchFileSnapshot('__snapshots__/matrix-footnote.txt');
    const zh = await run(['matrix', '2022-03-01', '-p', 'testshop', '--rules', MIDDAY, '--lang', 'zh']);
    expect(zh.stdout).toContain('*1 淘宝 在 live-cart 的结论在当天内变化：自 12:00 起 ✘ 禁止（规则 testshop-taobao-noon-cut）');
  });

  it('colours the marks when colour is forced, never in JSON', async () => {
    expect((await run(['matrix', '2022-06-01'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain('\u001b[31m✘\u001b[39m');
    expect((await run(['matrix', '2022-06-01', '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await run(['matrix', '2022-06-01', '--json'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('answers as the record stood on a day with --as-known-on', async () => {
    const { stdout } = await run(['matrix', '2022-11-15', '--as-known-on', '2022-10-15']);
    const lines = stdout.split('\n');
    // On 2022-10-15 neither the restoration of Tmall links nor the end of the March cut (both reported
    // later) was on record: the cut, open-ended as known then, still denies.
    expect(lines).toContain('tmall                 ✘          ✘                 ✘');
    expect(lines).toContain('as known on 2022-10-15: only evidence published by then counts');
    expect((await run(['matrix', '2022-11-15'])).stdout.split('\n')).toContain('tmall                 ✔          ✔                 ?');
    // The March 2022 cut was announced on 2022-02-22 and first published on 2022-02-23.
    const before = (await run(['matrix', '2022-06-01', '--as-known-on', '2022-02-22'])).stdout.split('\n');
    const after = (await run(['matrix', '2022-06-01', '--as-known-on', '2022-02-23'])).stdout.split('\n');
    for (const source of ['taobao', 'tmall']) {
      expect(before.find((line) => line.startsWith(`${source} `))).not.toContain('✘');
      expect(after).toContain(`${source.padEnd(22)}✘          ✘                 ✘`);
    }
  });

  it('gives no footnote for a moment within the day', async () => {
    const result = await run(['matrix', '2022-03-01T13:00', '-p', 'testshop', '--rules', MIDDAY]);
    expect(result.stdout).not.toContain('*1');
    expect(result.stdout.split('\n')).toContain('taobao                ✘          ✔');
  });

  it('--json gives each cell its deciding rule and the changes during the day', async () => {
    const result = await run(['matrix', '2022-03-01', '-p', 'testshop', '--rules', MIDDAY, '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.at).toBe('2022-03-01T00:00:00+08:00');
    expect(json.precision).toBe('day');
    const cell = json.cells.find((candidate: { source: string; surface: string }) => candidate.source === 'taobao' && candidate.surface === 'live-cart');
    expect(cell.verdict).toBe('allowed');
    expect(cell.rule.id).toBe('testshop-taobao-open');
    expect(cell.changesDuringDay).toEqual([{ at: '2022-03-01T12:00:00+08:00', verdict: 'denied', reason: 'in-force', rule: 'testshop-taobao-noon-cut' }]);
    const kuaishou = await run(['matrix', '2022-06-01', '--json']);
    await expect(kuaishou.stdout).toMatchFileSnapshot('__snapshots__/matrix-kuaishou-2022-06-01.json');
  });

  it.each([
    [['matrix', '2022-13-01'], /^linkcheck: no such date or time "2022-13-01"/],
    [['matrix', '-p', 'weibo'], /^linkcheck: unknown platform "weibo"; .*valid: kuaishou, douyin/],
    [['matrix', '--as-known-on', '2022-06'], /^linkcheck: --as-known-on takes a calendar day: unrecognised day "2022-06"; use /],
  ])('refuses %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
