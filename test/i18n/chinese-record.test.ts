// The built-in record in Chinese: the headline checks, a share text, a batch report, an error
// and every rule shown in full, with no English sentence left outside quotes, titles, addresses
// and ids; and every answer on record, short and in full, read the same way.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCivil } from '../../src/time/moment.js';
import { wordsFor } from '../../src/i18n/index.js';
import { renderRuleText } from '../../src/render/rules.js';
import { renderText } from '../../src/render/text.js';
import { batch, folder, plan } from '../batch/run.js';
import { ask, builtinCatalog } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { latinRuns } from '../helpers/latin-runs.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ZH = { LANG: 'zh_CN.UTF-8' };
const catalog = await builtinCatalog();
const words = wordsFor('zh');

describe('the headline checks in Chinese', () => {
  it('linkcheck jd live-cart 2022-06-01 --lang zh names 快手 and 直播间购物车, and says why in Chinese', async () => {
    const run = await cli(['jd', 'live-cart', '2022-06-01', '--lang', 'zh']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告');
    expect(lines[1]).toBe('  原因         自北京时间2022年3月1日0时起，快手禁止京东联盟链接进入直播间购物车，直到2022年10月恢复。');
    expect(lines[2]).toMatch(/^ {2}证据 {9}“2月22日,快手电商针对商家、达人发布公告称/u);
    expect(lines[3]).toBe('               — shlykbd.com（行业新闻网站）、《快手电商直播间切断淘宝京东联盟商品链接》，发布于 2022年2月23日，https://shlykbd.com/news/hyzx/2022-02-23/35591.html');
    expect(lines[4]).toMatch(/^ {15}另有 \d+ 条证据；--explain 查看全部$/u);
    expect(lines).toHaveLength(6);
    expect(latinRuns(run.stdout)).toEqual([]);
  });

  it('answers the same under LANG=zh_CN.UTF-8', async () => {
    const run = await cli(['jd', 'live-cart', '2022-06-01'], ZH);
    expect(run.stdout).toBe((await cli(['jd', 'live-cart', '2022-06-01', '--lang', 'zh'])).stdout);
    expect(run.stderr).toBe('');
  });

  it.each([
    [['taobao', 'live-cart', '2022-06-01'], 1, '禁止  淘宝联盟（组：淘宝、天猫） · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告'],
    [['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'live-cart', '2022-06-01'], 1, '禁止  分享口令 ￥AEpabxiRg0u￥ → 淘宝联盟（组：淘宝、天猫） · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告'],
    [['https://item.jd.com/100012043978.html', 'short-video-cart', '2022-06-01'], 0, '允许  item.jd.com → 京东联盟 · 快手 短视频购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告、有争议'],
    [['jd', 'live-cart', '2022-06-01', '--explain'], 1, '禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告'],
    [['-p', '抖音', 'pinduoduo', 'live-cart', '2020-11-01', '-v'], 1, '禁止  拼多多 · 抖音 直播间购物车 · 2020年11月1日（Asia/Shanghai） · 平台公告、有争议'],
    [['rules', 'show', 'kuaishou-2022-10-tmall-restored'], 0, 'kuaishou-2022-10-tmall-restored'],
    [['matrix', '2022-06-01'], 0, '快手 · 2022年6月1日（Asia/Shanghai）'],
  ])('%j: no English sentence outside quotes, titles and addresses', async (args, code, first) => {
    const run = await cli(args, ZH);
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toBe(first);
    expect(latinRuns(run.stdout)).toEqual([]);
  });

  it('words an error in Chinese', async () => {
    const run = await cli(['taobao', 'live-cart', '2022-02-30'], ZH);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith('linkcheck: 不存在的日期或时间 "2022-02-30"；')).toBe(true);
    expect(latinRuns(run.stderr)).toEqual([]);
  });

  it('reports a batch in Chinese', async () => {
    const name = plan('zh-record.csv', 'source,surface,date\njd,直播间购物车,2022-06-01\nhttps://detail.tmall.com/item.htm?id=1,live-cart,2022-06-01\n淘宝,短视频购物车,2022-02-28\n');
    const run = await batch([name], { env: ZH });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('zh-record.csv：3 行：允许 1、禁止 2、逐步生效中 0、未知 0、错误 0');
    expect(latinRuns(run.stdout)).toEqual([]);
  });
});

describe('every answer and rule on record, in Chinese', () => {
  const ids = [...catalog.rules.map((rule) => rule.rule.id)];
  const days = [...new Set(catalog.rules.flatMap((rule) => [rule.start, rule.end].filter((instant) => Number.isFinite(instant)).map((instant) => formatCivil(instant, rule.timeZone).slice(0, 10))))];

  it('leaves no English sentence in an answer, short or in full', async () => {
    let asked = 0;
    for (const platform of catalog.platforms.values()) {
      for (const surface of platform.surfaces) {
        for (const source of [...catalog.sources.keys(), ...catalog.groups.keys()]) {
          for (const day of days) {
            const answer = await ask(platform.id, source, surface.id, day);
            for (const explain of [false, true]) {
              expect(latinRuns(renderText(answer, { colourLevel: 0, words, explain }), ids), `${platform.id} ${source} ${surface.id} ${day}`).toEqual([]);
            }
            asked += 1;
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
  }, 120_000);

  it.each(catalog.rules.map((rule) => [rule.rule.id, rule] as const))('rules show %s', (_id, rule) => {
    expect(latinRuns(renderRuleText(rule, catalog, words), ids)).toEqual([]);
  });
});
