// Point-in-time knowledge and freshness.
import { textIn } from '../../src/model/text.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { momentInstant } from '../../src/time/moment.js';
import { formatDuration } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import { ageOf, beyondStaleness, parseStaleness } from '../../src/time/staleness.js';
import { describeAge } from '../../src/render/age.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { PLATFORM, SOURCES, rule } from '../helpers/fixture.js';
import { thrownWords } from '../helpers/error-words.js';

const catalog = await builtinCatalog();
const ask = (source: string, surface: string, date: string, asKnownOn?: string) =>
  check(catalog, { platform: 'kuaishou', source, surface, at: momentInstant(date, 'Asia/Shanghai'), ...(asKnownOn ? { asKnownOn } : {}) });

describe('--as-known-on', () => {
  it.each([
    // The notice of 2022-02-22 was quoted in full on 2022-02-23: the cut is known from that day.
    ['taobao', '2022-06-01', '2022-02-22', 'unknown', undefined],
    ['taobao', '2022-06-01', '2022-02-23', 'denied', 'kuaishou-2022-03-taobao-cut'],
    // Pandaily reported the Tmall/Taobao restoration on 2022-10-20. The day before, the March cut
    // was on record with no end (its end was reported on 2022-10-20 and later): denied.
    ['tmall', '2022-11-15', '2022-10-19', 'denied', 'kuaishou-2022-03-taobao-cut'],
    ['tmall', '2022-11-15', '2022-10-20', 'allowed', 'kuaishou-2022-10-tmall-restored'],
    ['tmall', '2022-11-15', undefined, 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ])('%s live-cart on %s as known on %s is %s', (source, date, knownOn, verdict, rule) => {
    const answer = ask(source, 'live-cart', date, knownOn);
    expect(answer.verdict).toBe(verdict);
    expect(answer.rule?.rule.id).toBe(rule);
  });

  it('cites only the evidence published by then', () => {
    const answer = ask('taobao', 'live-cart', '2022-06-01', '2022-02-23');
    expect(answer.evidence.map((evidence) => evidence.quote)).toEqual([
      '2月22日,快手电商针对商家、达人发布公告称,因第三方电商平台与快手合作协议变更,自2022年3月1日00:00:00起,淘宝联盟商品链接将无法在快手直播间购物车、短视频购物车、商详页等发布商品及服务链接;京东联盟商品链接将无法在快手直播间购物车发布商品及服务链接,可在短视频购物车、商详页等发布商品及服务链接。',
      '据知情人员透露,这一安排与合约到期有关。此前有消息称,快手与阿里合作将于2月底到期,下一步快手或将彻底切断外链。',
    ]);
    expect(ask('taobao', 'live-cart', '2022-06-01', '2022-02-25').evidence).toHaveLength(5);
  });

  it('knows nothing before the first report', () => {
    expect(ask('taobao', 'live-cart', '2022-06-01', '2019-01-01').verdict).toBe('unknown');
  });

  it('dates a rule by its earliest evidence, an undated document by the last day it could have appeared', () => {
    const known = new Map(catalog.rules.map((rule) => [rule.rule.id, rule.knownSince]));
    expect(known.get('kuaishou-2022-03-taobao-cut')).toBe('2022-02-23');
    expect(known.get('kuaishou-2022-10-tmall-restored')).toBe('2022-10-20');
    expect(known.get('kuaishou-2022-10-taobao-links-still-barred')).toBe('2022-10-28');
    expect(known.get('kuaishou-2022-10-jd-live-cart-restored')).toBe('2022-10-28');
    expect(known.get('douyin-2020-live-cart-cut')).toBe('2020-08-27');
  });
});

describe('freshness', () => {
  it.each([
    ['taobao', 'live-cart', '2022-06-01', '2022-10-28', false],
    ['taobao', 'live-cart', '2022-10-28', '2022-10-28', false],
    ['taobao', 'live-cart', '2022-10-29', '2022-10-28', true],
    ['jd', 'short-video-cart', '2022-06-01', '2022-10-28', false],
    ['jd', 'short-video-cart', '2023-01-01', '2022-10-28', true],
  ])('%s %s on %s: newest evidence %s, stale %s', (source, surface, date, newest, stale) => {
    const answer = ask(source, surface, date);
    expect(answer.freshness).toEqual({ newestEvidence: newest, queriedDay: date, stale, reviewed: '2026-12-04' });
  });

  it.each([
    [undefined, null],
    ['2025-06-01', '2025-06-01'],
  ])('a rule file reviewed %s answers reviewed %s, never another file\'s date', (reviewed, expected) => {
    const base = { path: 'base.json', data: { reviewed: '2026-01-01', platforms: [PLATFORM], ...SOURCES, rules: [] } };
    const rules = { path: 'rules.json', data: { platforms: [], groups: [], sources: [], rules: [rule({ id: 'a' })], ...(reviewed ? { reviewed } : {}) } };
    const { catalog: own, problems } = compileCatalog([base, rules], []);
    expect(problems).toEqual([]);
    const answer = check(own, { platform: 'shop', source: 'alpha', surface: 'live-cart', at: momentInstant('2022-06-01', 'Asia/Shanghai') });
    expect(answer.freshness.reviewed).toBe(expected);
  });


  it('is not stale when nothing is on record', () => {
    expect(ask('weidian', 'live-cart', '2024-01-01').freshness).toMatchObject({ newestEvidence: null, stale: false });
  });
});

describe('disputed evidence', () => {
  it('says that the deciding rule is disputed, and by what', () => {
    const answer = ask('jd', 'short-video-cart', '2022-06-01');
    expect(textIn(answer.dispute!.claim, 'en')).toContain('the same treatment');
    expect(answer.dispute?.evidence.map((evidence) => evidence.quote)).toEqual(['此外,京东联盟在快手电商的商品链接也享受了“同等待遇”。']);
  });

  it('leaves out a dispute not yet published on the --as-known-on day', () => {
    expect(ask('jd', 'short-video-cart', '2022-06-01', '2022-06-01').dispute).toBeNull();
  });
});

describe('--max-staleness', () => {
  it.each([
    ['365d', '2022-10-28', '2023-10-28', false],
    ['365d', '2022-10-28', '2023-10-29', true],
    ['1y', '2022-10-28', '2023-10-28', false],
    ['1y', '2022-10-28', '2023-10-29', true],
    ['2w', '2022-10-28', '2022-11-11', false],
    ['2w', '2022-10-28', '2022-11-12', true],
    ['1m', '2022-01-31', '2022-02-28', false],
    ['0d', '2022-10-28', '2022-10-28', false],
    ['0d', '2022-10-28', '2022-10-29', true],
  ])('%s past %s: %s is beyond it: %s', (limit, newest, queried, beyond) => {
    expect(beyondStaleness(newest, queried, parseStaleness(limit))).toBe(beyond);
  });

  it('reads a duration as its pattern, 1 to 5 digits and a unit, around white space, does', () => {
    const pool = ['0', '1', '9', '00', '99999', '100000', 'd', 'w', 'm', 'y', 'D', 'h', ' ', '\t', '\u00a0', '\u0661', '\uff11', '.', '-', '+', 'e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 5 }), (parts) => {
        const text = parts.join('');
        const match = /^(\d{1,5})([dwmy])$/.exec(text.trim());
        if (match === null) expect(() => parseStaleness(text)).toThrow();
        else expect(parseStaleness(text)).toEqual({ amount: Number(match[1]), unit: match[2], text: text.trim() });
      }),
      { numRuns: 5000 },
    );
  });

  it.each([['365'], ['d'], ['1.5y'], ['-1d'], ['1h'], [''], ['100000d']])('refuses %j', (text) => {
    expect(thrownWords(() => parseStaleness(text))).toMatch(`--max-staleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "${text}"`);
  });

  it.each([
    ['2022-10-28', '2026-11-23', '4 years', '4 年'],
    ['2022-10-28', '2023-10-28', '1 year', '1 年'],
    ['2022-10-28', '2023-01-01', '2 months', '2 个月'],
    ['2022-10-28', '2022-10-29', '1 day', '1 天'],
    ['2022-10-28', '2022-11-15', '18 days', '18 天'],
    ['2022-10-28', '2022-10-28', '0 days', '0 天'],
  ])('says evidence of %s is %s old on %s (%s)', (newest, queried, en, zh) => {
    expect(describeAge(newest, queried, 'en')).toBe(en);
    expect(describeAge(newest, queried, 'zh')).toBe(zh);
  });

  it.each([
    ['2022-10-28', '2022-10-28'],
    ['2022-10-28', '2022-10-29'],
    ['2022-10-28', '2022-11-27'],
    ['2022-10-28', '2022-11-28'],
    ['2022-10-28', '2022-12-28'],
    ['2022-01-31', '2022-02-28'],
    ['2022-10-28', '2023-10-27'],
    ['2022-10-28', '2023-10-28'],
    ['2022-10-28', '2024-10-28'],
    ['2019-04-01', '2999-04-01'],
  ])('words the age of %s on %s as date-fns formatDuration does, in each language', (newest, queried) => {
    const { count, unit } = ageOf(newest, queried);
    expect(describeAge(newest, queried, 'en')).toBe(formatDuration({ [`${unit}s`]: count }, { zero: true }));
    expect(describeAge(newest, queried, 'zh')).toBe(formatDuration({ [`${unit}s`]: count }, { zero: true, locale: zhCN }));
  });
});
