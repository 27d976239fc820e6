import { describe, expect, it } from 'vitest';
import { languagesOf, scriptLang, textIn } from '../../src/model/text.js';

describe('a text in the reader\'s language', () => {
  it.each([
    [{ en: 'Kuaishou', zh: '快手' }, 'zh', '快手'],
    [{ en: 'Kuaishou', zh: '快手' }, 'en', 'Kuaishou'],
    [{ en: 'Kuaishou' }, 'zh', 'Kuaishou'],
    [{ zh: '快手' }, 'en', '快手'],
    ['Kuaishou (快手)', 'zh', 'Kuaishou (快手)'],
  ] as const)('%j in %s is %j', (text, lang, shown) => {
    expect(textIn(text, lang)).toBe(shown);
  });

  it.each([
    ['Kuaishou bars JD Alliance links (京东联盟)', 'en'],
    ['Kuaishou (快手)', 'en'],
    ['快手禁止京东联盟(JD Alliance)链接进入直播间购物车', 'zh'],
    ['快手', 'zh'],
    ['2022-03-01', 'en'],
  ] as const)('reads %j as %s by its script', (text, lang) => {
    expect(scriptLang(text)).toBe(lang);
  });

  it.each([
    [{ en: 'a', zh: '甲' }, undefined, ['en', 'zh']],
    [{ zh: '甲' }, undefined, ['zh']],
    ['Kuaishou', undefined, ['en']],
    ['Kuaishou', 'zh', ['zh']],
    ['快手', undefined, ['zh']],
  ] as const)('%j (file lang %s) is given in %j', (text, declared, langs) => {
    expect(languagesOf(text, declared)).toEqual(langs);
  });
});
