import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { run } from './run.js';

describe('listings', () => {
  it.each([
    ['platforms.txt', ['platforms']],
    ['sources.txt', ['sources']],
    ['surfaces.txt', ['surfaces']],
    ['sources-zh.txt', ['sources', '--lang', 'zh']],
    ['surfaces-douyin-zh.txt', ['surfaces', '-p', '抖音', '--lang', 'zh']],
  ])('%s', async (snapshot, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${snapshot}`);
  });

  it('lists ids, names and aliases', async () => {
    const lines = (await run(['platforms'])).stdout.split('\n');
    expect(lines[0]).toBe('ID           NAME                                        TIME ZONE      ALIASES');
    expect(lines[1]).toBe('kuaishou     Kuaishou (快手)                             Asia/Shanghai  快手, ks, kwai');
  });

  it('--json keeps field names in English', async () => {
    const sources = JSON.parse((await run(['sources', '--json', '--lang', 'zh'])).stdout);
    expect(sources[2]).toEqual({ id: 'jd', name: 'JD Alliance (京东联盟): JD.com products', aliases: ['京东', '京东联盟', '京東', '京東聯盟', 'jingdong', 'jd-alliance'], groups: ['third-party'], domains: ['jd.com', 'jd.hk', '3.cn'] });
    const platforms = JSON.parse((await run(['--json', 'platforms'])).stdout);
    expect(platforms.map((platform: { id: string }) => platform.id)).toEqual(['kuaishou', 'douyin', 'xiaohongshu', 'wechat']);
    expect(platforms[0].surfaces).toEqual(['live-cart', 'short-video-cart', 'product-detail']);
    const surfaces = JSON.parse((await run(['surfaces', '-p', 'ks', '--json'])).stdout);
    expect(surfaces[0]).toEqual({ platform: 'kuaishou', id: 'live-cart', name: 'Live-room shopping cart (直播间购物车, 直播间小黄车)', aliases: ['直播间购物车', '直播间小黄车', '直播间', '直播間購物車', '直播間小黃車', '直播間', 'live-room-cart', 'live'] });
  });

  it('includes what --rules files add', async () => {
    const { stdout } = await run(['platforms', '--rules', join(ROOT, 'test', 'fixtures', 'views', 'midday.json')]);
    expect(stdout.split('\n')).toContain('testshop     Test shop (测试店)                          Asia/Shanghai  测试店');
  });

  it('refuses an unknown platform', async () => {
    const result = await run(['surfaces', '-p', 'weibo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^linkcheck: unknown platform "weibo"/);
  });
});
