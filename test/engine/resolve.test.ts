import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/errors.js';
import { closeIds, resolvePlatform, resolveSource, resolveSurface, suggest } from '../../src/engine/resolve.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { thrownWords } from '../helpers/error-words.js';

const catalog = await builtinCatalog();
const kuaishou = catalog.platforms.get('kuaishou')!;

describe('names shown in output are taken as input', () => {
  const xiaohongshu = catalog.platforms.get('xiaohongshu')!;
  it.each([
    ['笔记挂链', 'note-link'],
    ['A product link written into a note (笔记, 笔记带货)', 'note-link'],
    ['a product link written into a note (笔记, 笔记带货)', 'note-link'],
    ['笔记广告挂链', 'note-ad-link'],
    ['用户资料（个人主页）', 'profile'],
    ['用户资料(个人主页)', 'profile'],
    [' 评论 ', 'comment'],
  ])('surface %j is %s', (input, id) => {
    expect(resolveSurface(xiaohongshu, input).id).toBe(id);
  });

  it.each([
    ['微信和视频号', 'wechat'],
    ['Kuaishou (快手)', 'kuaishou'],
    ['ＫＵＡＩＳＨＯＵ (快手)', 'kuaishou'],
  ])('platform %j is %s', (input, id) => {
    expect(resolvePlatform(catalog, input).id).toBe(id);
  });

  it.each([
    ['个体户或企业的微信小商店', 'wechat-shop'],
    ['小红书商城和店铺', 'xiaohongshu-shop'],
    ['Kuaishou Shop (快手小店)', 'kuaishou-shop'],
  ])('source %j is %s', (input, id) => {
    expect(resolveSource(catalog, input).id).toBe(id);
  });

  it.each([
    ['j\u200bd', 'jd'],
    ['京\u200b东', 'jd'],
    ['taobao\u00ad', 'taobao'],
    ['\u2060tmall', 'tmall'],
  ])('source %j, with a character that shows nothing, is %s', (input, id) => {
    expect(resolveSource(catalog, input).id).toBe(id);
  });

  // Shown reversed (oaboat), it does not read as the name it holds.
  it.each(['\u202etaobao', 'tao\u202ebao', 'jd\u2066'])('source %j, with a control that reorders what is shown, is no name', (input) => {
    expect(() => resolveSource(catalog, input)).toThrow(InputError);
  });

  it('leaves out a name that reads as a link: such text is read as a link', () => {
    // jd's English name holds "JD.com".
    expect(() => resolveSource(catalog, 'JD Alliance (京东联盟): JD.com products')).toThrow(InputError);
  });
});

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
    ['直播间小黄车', 'live-cart'],
    ['直播間小黃車', 'live-cart'],
    ['直播間', 'live-cart'],
    ['短视频小黄车', 'short-video-cart'],
    ['短視頻購物車', 'short-video-cart'],
    ['商詳頁', 'product-detail'],
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
    expect(thrownWords(() => resolveSource(catalog, 'taobo'))).toMatch(
      'unknown source "taobo"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop ("linkcheck rules list" shows aliases)',
    );
  });

  it('suggests the closest surface of the platform', () => {
    expect(thrownWords(() => resolveSurface(kuaishou, 'live-crat'))).toMatch('unknown surface "live-crat" on kuaishou; did you mean "live-cart"?');
  });

  it('suggests nothing when nothing is close', () => {
    expect(thrownWords(() => resolvePlatform(catalog, 'weibo'))).toMatch('unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat');
  });
});

describe('suggestions only when close enough to help', () => {
  const sources = [...catalog.sources.values()];
  it.each([
    ['taobo', 'taobao'],
    ['douyinshop', 'douyin-shop'],
    ['拼多少', 'pinduoduo'],
    ['京东联萌', 'jd'],
    ['微店', undefined],
    ['抖因', undefined],
    ['jb', undefined],
    ['dy', undefined],
    ['xyz', undefined],
    ['淘宝a', 'taobao'],
  ])('%s → %s', (input, expected) => {
    expect(suggest(sources, input)).toBe(expected);
  });

  const ids = catalog.rules.map((rule) => rule.rule.id);
  it.each([
    ['kuaishou-2022-03-jd', ['kuaishou-2022-03-jd-live-cart-cut', 'kuaishou-2022-03-jd-other-surfaces-kept']],
    ['douyin-own-shap', ['douyin-own-shop']],
    ['kuaishou-2022-10', ['kuaishou-2022-10-tmall-restored', 'kuaishou-2022-10-taobao-links-still-barred', 'kuaishou-2022-10-jd-live-cart-restored']],
    ['taobao', []],
    ['nothing-like-it', []],
  ])('rule ids close to %s', (input, expected) => {
    expect(closeIds(ids, input)).toEqual(expected);
  });
});

describe('a name for more than one surface', () => {
  it.each(['小黄车', '小黃車', '购物车', '購物車', ' 小黄车 '])('%j is refused with both surfaces', (input) => {
    const error = (() => {
      try {
        resolveSurface(kuaishou, input);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'ambiguous-surface', params: { input, platform: 'kuaishou', choices: '直播间小黄车 → live-cart, 短视频小黄车 → short-video-cart' } });
  });

  it('names only surfaces of its platform in the shipped rules', () => {
    for (const platform of catalog.platforms.values()) {
      for (const entry of platform.ambiguousNames ?? []) {
        for (const name of entry.means) expect(() => resolveSurface(platform, name)).not.toThrow();
        for (const name of entry.names) expect(platform.surfaces.flatMap((surface) => [surface.id, ...surface.aliases])).not.toContain(name);
      }
    }
  });
});

describe('errors carry their code and values', () => {
  it.each([
    [() => resolveSource(catalog, 'taobo'), { code: 'unknown-source', params: { input: 'taobo', suggestion: '"taobao"' } }],
    [() => resolveSurface(kuaishou, 'feed'), { code: 'unknown-surface', params: { input: 'feed', platform: 'kuaishou' } }],
    [() => resolvePlatform(catalog, 'weibo'), { code: 'unknown-platform', params: { input: 'weibo', valid: 'kuaishou, douyin, xiaohongshu, wechat' } }],
  ])('%#', (resolve, expected) => {
    expect(resolve).toThrow(InputError);
    try {
      resolve();
    } catch (error) {
      expect(error).toMatchObject({ ...expected, exitCode: 2 });
    }
  });
});
