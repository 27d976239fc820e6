import { describe, expect, it } from 'vitest';
import { resolvePlatform, resolveSource, resolveSurface } from '../../src/engine/resolve.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const kuaishou = catalog.platforms.get('kuaishou')!;

describe('names and aliases', () => {
  it.each([
    ['taobao', 'taobao'],
    ['TAOBAO', 'taobao'],
    ['淘宝', 'taobao'],
    ['天猫', 'tmall'],
    ['tmall', 'tmall'],
    ['淘宝网', 'taobao'],
    ['京东', 'jd'],
    ['京东联盟', 'jd'],
    ['有赞', 'youzan'],
    ['魔筷', 'mokuai'],
    ['拼多多', 'pinduoduo'],
    ['快手小店', 'kuaishou-shop'],
    ['抖音小店', 'douyin-shop'],
    ['抖店', 'douyin-shop'],
    [' jd ', 'jd'],
  ])('source %j is %s', (input, id) => {
    expect(resolveSource(catalog, input).id).toBe(id);
  });

  it.each([
    ['live-cart', 'live-cart'],
    ['直播间购物车', 'live-cart'],
    ['小黄车', 'live-cart'],
    ['短视频购物车', 'short-video-cart'],
    ['商详页', 'product-detail'],
  ])('surface %j is %s', (input, id) => {
    expect(resolveSurface(kuaishou, input).id).toBe(id);
  });

  it.each([
    ['kuaishou', 'kuaishou'],
    ['快手', 'kuaishou'],
    ['抖音', 'douyin'],
    ['Douyin', 'douyin'],
  ])('platform %j is %s', (input, id) => {
    expect(resolvePlatform(catalog, input).id).toBe(id);
  });
});

describe('unknown names', () => {
  it('suggests the closest source', () => {
    expect(() => resolveSource(catalog, 'taobo')).toThrow(
      'unknown source "taobo"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop ("linkcheck rules list" shows aliases)',
    );
  });

  it('suggests the closest surface of the platform', () => {
    expect(() => resolveSurface(kuaishou, 'live-crat')).toThrow('unknown surface "live-crat" on kuaishou; did you mean "live-cart"?');
  });

  it('suggests nothing when nothing is close', () => {
    expect(() => resolvePlatform(catalog, 'weibo')).toThrow('unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu');
  });
});
