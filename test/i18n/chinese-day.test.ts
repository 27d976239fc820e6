// A Chinese reader's day, run as they would run it: the headline checks, a share text, a
// check in full, rules show, an error and a batch report, in Chinese with no English
// sentence left outside quotes, titles, addresses and ids. On a bilingual rule file here;
// test/i18n/chinese-record.test.ts does the same on the built-in record.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batch, folder, plan } from '../batch/run.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { latinRuns } from '../helpers/latin-runs.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const RECORD = ['--no-builtin-rules', '--rules', join(ROOT, 'test/fixtures/zh/record.json')];
const ZH = { LANG: 'zh_CN.UTF-8' };

describe('a check in Chinese, on a bilingual rule file', () => {
  it('names the platform, the surface and the source as people do, and says why in Chinese', async () => {
    const run = await cli([...RECORD, 'jd', 'live-cart', '2022-06-01', '--lang', 'zh']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告、有争议',
        '  原因         自2022年3月1日起，快手禁止京东联盟链接进入直播间购物车。',
        '  证据         “京东联盟商品链接将无法在快手直播间购物车发布商品及服务链接”',
        '               — 行业新闻网站，发布于 2022年2月23日，https://example.com/notice',
        '               另有 2 条证据；--explain 查看全部',
        '',
      ].join('\n'),
    );
  });

  it('answers the same under LANG=zh_CN.UTF-8', async () => {
    expect((await cli([...RECORD, 'jd', 'live-cart', '2022-06-01'], ZH)).stdout).toBe((await cli([...RECORD, 'jd', 'live-cart', '2022-06-01', '--lang', 'zh'])).stdout);
  });

  it.each([
    ['a group', ['taobao', 'live-cart', '2022-06-01'], 1, '禁止  淘宝联盟（组：淘宝、天猫） · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 据报道'],
    ['a share text', ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'live-cart', '2022-06-01'], 1, '禁止  分享口令 ￥AEpabxiRg0u￥ → 淘宝 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 据报道'],
    ['nothing on record', ['jd', 'short-video-cart', '2022-06-01'], 3, '未知  京东联盟 · 快手 短视频购物车 · 2022年6月1日（Asia/Shanghai）'],
    ['in full', ['jd', 'live-cart', '2022-06-01', '--explain'], 1, '禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告、有争议'],
    ['a rule in full', ['rules', 'show', 'fixture-jd-live-cart-cut'], 0, 'fixture-jd-live-cart-cut'],
  ])('%s: no English sentence outside quotes, titles and addresses', async (_name, args, code, first) => {
    const run = await cli([...RECORD, ...args], ZH);
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toBe(first);
    expect(latinRuns(run.stdout)).toEqual([]);
    expect(latinRuns(run.stderr)).toEqual([]);
  });

  it('shows the rest with --explain: the notes, every piece of evidence strongest first, the dispute', async () => {
    const lines = (await cli([...RECORD, 'jd', 'live-cart', '2022-06-01', '-v'], ZH)).stdout.split('\n');
    expect(lines).toContain('               公告只提到直播间购物车。');
    expect(lines.filter((line) => line.includes('“'))).toEqual([
      '  证据         “京东联盟商品链接将无法在快手直播间购物车发布商品及服务链接”',
      '               “京东联盟链接不能再进入直播间”',
      '               “external links to JD Alliance will be removed from its livestream service soon”',
      '               “short-video carts too”',
    ]);
    expect(lines).toContain('               — EqualOcean（英文商业网站）、《Kuaishou cuts external links》，发布于 2022年2月25日，https://example.com/report');
    expect(lines).toContain('  争议         一篇摘要称短视频购物车也被切断。');
  });

  it('words an error in Chinese', async () => {
    const run = await cli([...RECORD, 'nosuch', 'live-cart', '2022-06-01'], ZH);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('linkcheck: 未知来源 "nosuch"；可用：taobao-marketplace, tmall, jd（"linkcheck rules list" 列出别名）\n');
    expect(latinRuns(run.stderr)).toEqual([]);
  });

  it('reports a batch in Chinese', async () => {
    const name = plan('zh-day.csv', 'source,surface,date\njd,live-cart,2022-06-01\n淘宝联盟,直播间购物车,2022-06-01\nnosuch,live-cart,2022-06-01\n');
    const run = await batch([name, ...RECORD], { env: ZH });
    // A row in error makes the run's exit 2 (README, "Exit codes").
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n')[0]).toBe('zh-day.csv：3 行：允许 0、禁止 2、逐步生效中 0、未知 0、错误 1');
    expect(latinRuns(run.stdout)).toEqual([]);
  });
});
