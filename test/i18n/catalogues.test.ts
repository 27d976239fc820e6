import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en, EN_PARTS } from '../../src/i18n/en.js';
import { catalogues, chosenLang, ENGLISH, format, formatDate, makeWords, resolveLang, t, wordsFor } from '../../src/i18n/index.js';
import { zh } from '../../src/i18n/zh.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same message ids', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: both languages take the same placeholders and say something', (id) => {
    expect(placeholders(zh[id])).toEqual(placeholders(en[id]));
    expect(zh[id].trim()).not.toBe('');
    expect(en[id].trim()).not.toBe('');
  });

  it('English words and t() say each message as the merged catalogue holds it, without merging its parts', () => {
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      expect(ENGLISH.say(id)).toBe(makeWords('en', en).say(id));
      expect(t('en', id)).toBe(en[id]);
    }
    expect(ENGLISH.say('batch.why.rule', { rule: 'r-1' })).toBe('rule r-1');
    expect(wordsFor('en')).toBe(ENGLISH);
    expect(wordsFor('zh').say('batch.why.rule', { rule: 'r-1' })).toBe(zh['batch.why.rule'].replace('{rule}', 'r-1'));
  });

  it('has each English message in one part only, so that the order the parts are read in changes no word', () => {
    const ids = EN_PARTS.flatMap((part) => Object.keys(part));
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(new Set(Object.keys(en)));
  });

  it('has every catalogue registered', () => {
    expect(Object.keys(catalogues)).toEqual(['en', 'zh']);
  });
});

describe('t and format', () => {
  it.each([
    ['en', 'verdict.allowed', {}, 'allowed'],
    ['zh', 'verdict.denied', {}, '禁止'],
    ['en', 'diff.rule', { rule: 'r1' }, 'rule r1'],
    ['zh', 'diff.rule', { rule: 'r1' }, '规则 r1'],
    ['en', 'diff.heading', { before: 'a', after: 'b', count: 3 }, 'Verdicts that differ between a and b: 3'],
    ['en', 'diff.rule', {}, 'rule {rule}'],
  ] as const)('%s %s %j', (lang, id, params, expected) => {
    expect(format(lang, id, params)).toBe(expected);
  });

  it('t returns the message as written', () => {
    expect(t('zh', 'verdict.rolling-out')).toBe('逐步生效中');
  });
});

describe('resolveLang', () => {
  it.each([
    [{}, undefined, 'en'],
    [{}, 'zh', 'zh'],
    [{}, 'ZH', 'zh'],
    [{ LANG: 'zh_CN.UTF-8' }, 'en', 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, undefined, 'zh'],
    [{ LANG: 'zh_TW' }, undefined, 'zh'],
    [{ LANG: 'zh' }, undefined, 'zh'],
    [{ LANG: 'zh-Hans' }, undefined, 'zh'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, undefined, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' }, undefined, 'zh'],
    [{ LC_MESSAGES: 'C', LANG: 'zh_CN' }, undefined, 'en'],
    [{ LANG: 'zu_ZA' }, undefined, 'en'],
    [{ LANG: 'C.UTF-8' }, undefined, 'en'],
    [{}, 'zh_CN', 'zh'],
    [{}, 'zh-TW', 'zh'],
    [{ LANG: 'zh_CN' }, 'en-US', 'en'],
    [{}, 'fr', undefined],
    [{}, 'zhx', undefined],
    [{}, '', undefined],
  ] as const)('%j with --lang %s → %s', (env, flag, expected) => {
    expect(resolveLang(env, flag)).toBe(expected);
  });

  it('reads a locale and --lang by their part before _, -, . or @, in any case', () => {
    const locales = ['zh', 'ZH', 'Zh_cn', 'zh_CN.UTF-8', 'zh.GB18030', 'zh@latin', 'zh-', 'zhx', 'zhx_CN', 'z', 'h', 'en_US', 'EN', 'en@zh', '_zh', 'C', 'zh\u0130', 'ｚh'];
    for (const locale of locales) {
      expect(resolveLang({ LANG: locale }), locale).toBe(/^zh(?:$|[_\-.@])/i.test(locale) ? 'zh' : 'en');
      const wanted = locale.trim().toLowerCase().split(/[_\-.@]/)[0]!;
      expect(resolveLang({}, locale), locale).toBe(wanted === 'zh' || wanted === 'en' ? wanted : undefined);
    }
  });
});

describe('chosenLang', () => {
  it.each([
    // --lang first, over the configuration file and the locale.
    [{ LANG: 'zh_CN' }, 'en', 'zh', 'en'],
    [{}, 'zh', 'en', 'zh'],
    // A --lang that names no language offered: undefined, whatever the file says.
    [{}, 'fr', 'zh', undefined],
    // Then the configuration file's, over the locale.
    [{ LANG: 'zh_CN' }, undefined, 'en', 'en'],
    [{}, undefined, 'zh', 'zh'],
    // Then the locale's.
    [{ LANG: 'zh_CN' }, undefined, undefined, 'zh'],
    [{}, undefined, undefined, 'en'],
  ] as const)('env %j, --lang %s, configured %s → %s', (env, flag, configured, expected) => {
    expect(chosenLang(env, flag, configured)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['en', '2022-06-01', '2022-06-01'],
    ['zh', '2022-06-01', '2022年6月1日'],
    ['zh', '2022-12-31', '2022年12月31日'],
    // Anything but four, two and two ASCII digits is left as written.
    ['zh', '2022-6-01', '2022-6-01'],
    ['zh', '2022-06-01 20:00', '2022-06-01 20:00'],
    ['zh', '２０２２-06-01', '２０２２-06-01'],
    ['zh', '2022/06/01', '2022/06/01'],
    ['zh', '20220-6-01', '20220-6-01'],
    ['zh', 'today', 'today'],
  ] as const)('%s %s → %s', (lang, day, expected) => {
    expect(formatDate(lang, day)).toBe(expected);
  });

  it('takes for a day what YYYY-MM-DD as a pattern takes', () => {
    const pool = ['0', '1', '9', '-', '/', ' ', '\u0661', 'a'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 8, maxLength: 11 }), (parts) => {
        const text = parts.join('');
        expect(formatDate('zh', text) !== text).toBe(/^\d{4}-\d{2}-\d{2}$/.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const day of ['0000-00-00', '9999-99-99', '2022-06-01']) expect(formatDate('zh', day)).not.toBe(day);
  });
});
