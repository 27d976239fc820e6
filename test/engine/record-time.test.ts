// Point-in-time knowledge and freshness.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { momentInstant } from '../../src/engine/moment.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const ask = (source: string, surface: string, date: string, asKnownOn?: string) =>
  check(catalog, { platform: 'kuaishou', source, surface, at: momentInstant(date, 'Asia/Shanghai'), ...(asKnownOn ? { asKnownOn } : {}) });

describe('--as-known-on', () => {
  it.each([
    ['2022-10-15', 'denied', 'kuaishou-2022-03-taobao-cut'],
    ['2022-10-23', 'denied', 'kuaishou-2022-03-taobao-cut'],
    ['2022-10-24', 'allowed', 'kuaishou-2022-10-taobao-restored'],
    [undefined, 'allowed', 'kuaishou-2022-10-taobao-restored'],
  ])('taobao live-cart on 2022-11-15 as known on %s is %s', (knownOn, verdict, rule) => {
    const answer = ask('taobao', 'live-cart', '2022-11-15', knownOn);
    expect(answer.verdict).toBe(verdict);
    expect(answer.rule?.rule.id).toBe(rule);
  });

  it('cites only the evidence published by then', () => {
    const answer = ask('taobao', 'live-cart', '2022-06-01', '2022-03-01');
    expect(answer.evidence.map((evidence) => evidence.quote)).toEqual(['自2022年3月1日零点起，淘宝联盟商品链接将无法在快手直播间购物车、短视频购物车、商详页等发布商品及服务链接']);
  });

  it('knows nothing before the first report', () => {
    expect(ask('taobao', 'live-cart', '2022-06-01', '2019-01-01').verdict).toBe('unknown');
  });

  it('dates a rule by its earliest evidence, an undated document by the last day it could have appeared', () => {
    const known = new Map(catalog.rules.map((rule) => [rule.rule.id, rule.knownSince]));
    expect(known.get('kuaishou-2022-03-taobao-cut')).toBe('2022-02-25');
    expect(known.get('kuaishou-2022-10-taobao-restored')).toBe('2022-10-24');
    expect(known.get('kuaishou-2022-10-jd-live-cart-restored')).toBe('2022-10-28');
    expect(known.get('douyin-2020-live-cart-cut')).toBe('2020-08-27');
  });
});

describe('freshness', () => {
  it.each([
    ['taobao', 'live-cart', '2022-06-01', '2022-10-28', false],
    ['taobao', 'live-cart', '2022-10-28', '2022-10-28', false],
    ['taobao', 'live-cart', '2022-10-29', '2022-10-28', true],
    ['jd', 'short-video-cart', '2022-06-01', '2022-10-24', false],
    ['jd', 'short-video-cart', '2023-01-01', '2022-10-24', true],
  ])('%s %s on %s: newest evidence %s, stale %s', (source, surface, date, newest, stale) => {
    const answer = ask(source, surface, date);
    expect(answer.freshness).toEqual({ newestEvidence: newest, stale, reviewed: '2026-11-22' });
  });

  it('is not stale when nothing is on record', () => {
    expect(ask('pinduoduo', 'live-cart', '2024-01-01').freshness).toMatchObject({ newestEvidence: null, stale: false });
  });
});

describe('disputed evidence', () => {
  it('says that the deciding rule is disputed, and by what', () => {
    const answer = ask('jd', 'short-video-cart', '2022-06-01');
    expect(answer.dispute?.claim).toContain('the same treatment');
    expect(answer.dispute?.evidence.map((evidence) => evidence.quote)).toEqual(['此外,京东联盟在快手电商的商品链接也享受了“同等待遇”。']);
  });

  it('leaves out a dispute not yet published on the --as-known-on day', () => {
    expect(ask('jd', 'short-video-cart', '2022-06-01', '2022-06-01').dispute).toBeNull();
  });
});
