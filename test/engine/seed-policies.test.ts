// Every statement of the seed documents, asked as queries, with both sides of
// each boundary (including the time-zone boundary).
import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/catalog.js';

type Row = [platform: string, source: string | null, surface: string, date: string, verdict: string, rule: string | null];

const rows: Row[] = [
  // Kuaishou, Taobao Alliance: barred from 2022-03-01 00:00 Beijing time on three surfaces.
  ['kuaishou', 'taobao', 'live-cart', '2022-02-28', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'live-cart', '2022-02-28T23:59', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'live-cart', '2022-02-28T23:59:59', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'live-cart', '2022-03-01', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'live-cart', '2022-03-01T00:00', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'live-cart', '2022-02-28T15:59:59Z', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'live-cart', '2022-02-28T16:00:00Z', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'live-cart', '2022-03-01T00:00:00+09:00', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'live-cart', '2022-03-01T00:00:00+08:00', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'live-cart', '2022-06-01', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'short-video-cart', '2022-02-28', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'short-video-cart', '2022-06-01', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'product-detail', '2022-02-28', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'taobao', 'product-detail', '2022-06-01', 'denied', 'kuaishou-2022-03-taobao-cut'],
  // Kuaishou, JD Alliance: barred from the live-room cart only.
  ['kuaishou', 'jd', 'live-cart', '2022-02-28T23:59', 'allowed', 'kuaishou-alliance-links-open-2021'],
  ['kuaishou', 'jd', 'live-cart', '2022-03-01', 'denied', 'kuaishou-2022-03-jd-live-cart-cut'],
  ['kuaishou', 'jd', 'live-cart', '2022-06-01', 'denied', 'kuaishou-2022-03-jd-live-cart-cut'],
  ['kuaishou', 'jd', 'short-video-cart', '2022-03-01', 'allowed', 'kuaishou-2022-03-jd-other-surfaces-kept'],
  ['kuaishou', 'jd', 'short-video-cart', '2022-06-01', 'allowed', 'kuaishou-2022-03-jd-other-surfaces-kept'],
  ['kuaishou', 'jd', 'product-detail', '2022-06-01', 'allowed', 'kuaishou-2022-03-jd-other-surfaces-kept'],
  // Before March 2021 the record is thin: unknown, not a guess.
  ['kuaishou', 'taobao', 'live-cart', '2021-02-28T23:59', 'unknown', null],
  ['kuaishou', 'taobao', 'live-cart', '2021-03-01', 'allowed', 'kuaishou-alliance-links-open-2021'],
  // Kuaishou restores Taobao from 2022-10-28, complete by the end of October.
  ['kuaishou', 'taobao', 'live-cart', '2022-10-27T23:59', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'taobao', 'live-cart', '2022-10-28', 'rolling-out', 'kuaishou-2022-10-taobao-restored'],
  ['kuaishou', 'taobao', 'short-video-cart', '2022-10-29', 'rolling-out', 'kuaishou-2022-10-taobao-restored'],
  ['kuaishou', 'taobao', 'product-detail', '2022-10-31T23:59', 'rolling-out', 'kuaishou-2022-10-taobao-restored'],
  ['kuaishou', 'taobao', 'live-cart', '2022-11-01', 'allowed', 'kuaishou-2022-10-taobao-restored'],
  ['kuaishou', 'taobao', 'live-cart', '2022-10-31T16:00:00Z', 'allowed', 'kuaishou-2022-10-taobao-restored'],
  ['kuaishou', 'taobao', 'live-cart', '2022-10-31T15:59:59Z', 'rolling-out', 'kuaishou-2022-10-taobao-restored'],
  // Youzan and Mokuai: cut from the live-room cart at an unrecorded day in early November 2021.
  ['kuaishou', 'youzan', 'live-cart', '2021-10-31T23:59', 'allowed', 'kuaishou-service-platforms-open-2019'],
  ['kuaishou', 'youzan', 'live-cart', '2021-11-01', 'unknown', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'mokuai', 'live-cart', '2021-11-10T23:59', 'unknown', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'mokuai', 'live-cart', '2021-11-11', 'denied', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'youzan', 'live-cart', '2022-06-01', 'denied', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'youzan', 'short-video-cart', '2021-10-01', 'allowed', 'kuaishou-service-platforms-open-2019'],
  ['kuaishou', 'youzan', 'short-video-cart', '2021-11-15', 'unknown', null],
  // Each platform's own shop.
  ['kuaishou', 'kuaishou-shop', 'live-cart', '2022-06-01', 'allowed', 'kuaishou-own-shop'],
  ['douyin', 'douyin-shop', 'live-cart', '2022-06-01', 'allowed', 'douyin-own-shop'],
  // No rule on record.
  ['kuaishou', 'pinduoduo', 'live-cart', '2022-06-01', 'unknown', null],
  ['kuaishou', null, 'live-cart', '2022-06-01', 'unknown', null],
  // Douyin, 2020: outside links cut from live-room carts, short videos kept.
  ['douyin', 'taobao', 'live-cart', '2020-07-31', 'unknown', null],
  ['douyin', 'taobao', 'live-cart', '2020-09-05T23:59', 'allowed', 'douyin-third-party-live-open-2020'],
  ['douyin', 'taobao', 'live-cart', '2020-09-06', 'rolling-out', 'douyin-2020-live-cart-cut'],
  ['douyin', 'jd', 'live-cart', '2020-10-08T23:59', 'rolling-out', 'douyin-2020-live-cart-cut'],
  ['douyin', 'jd', 'live-cart', '2020-10-09', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'pinduoduo', 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'kuaishou-shop', 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', null, 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'taobao', 'short-video-cart', '2020-10-09', 'allowed', 'douyin-third-party-short-video-kept'],
  ['douyin', 'jd', 'short-video-cart', '2022-06-01', 'allowed', 'douyin-third-party-short-video-kept'],
  ['douyin', 'taobao', 'product-detail', '2022-06-01', 'unknown', null],
];

async function expectVerdict(...[platform, source, surface, date, verdict, rule]: Row): Promise<void> {
  const answer = await ask(platform, source, surface, date);
  expect(answer.verdict).toBe(verdict);
  expect(answer.rule?.rule.id ?? null).toBe(rule);
}

describe('the seed policies', () => {
  it.each(rows)('%s %s %s %s → %s', expectVerdict);
});

describe('the explanation', () => {
  it('names the rules the deciding rule overrides', async () => {
    const answer = await ask('kuaishou', 'taobao', 'live-cart', '2022-11-15');
    expect(answer.overridden.map((rule) => rule.rule.id)).toEqual(['kuaishou-2022-03-taobao-cut', 'kuaishou-alliance-links-open-2021']);
  });

  it('cites the February 2022 article for the Taobao cut', async () => {
    const answer = await ask('kuaishou', 'taobao', 'live-cart', '2022-06-01');
    const [first] = answer.evidence;
    expect(first?.kind).toBe('seed');
    expect(first?.kind === 'seed' && first.document.published).toBe('2022-02-25');
    expect(first?.quote).toContain('自2022年3月1日零点起');
  });

  it('points to where the record begins when nothing covers the date', async () => {
    const answer = await ask('kuaishou', 'taobao', 'live-cart', '2020-06-01');
    expect(answer.reason).toBe('no-rule');
    expect(answer.next?.rule.id).toBe('kuaishou-alliance-links-open-2021');
  });

  it('says why an answer inside an imprecise window is unknown', async () => {
    const answer = await ask('kuaishou', 'youzan', 'live-cart', '2021-11-05');
    expect(answer.reason).toBe('imprecise-start');
  });

  it('reports no changes within a day whose boundaries are all at midnight', async () => {
    const answer = await ask('kuaishou', 'taobao', 'live-cart', '2022-03-01');
    expect(answer.changesDuringDay).toEqual([]);
  });
});

describe('the outside reports', () => {
  it.each([
    // JD returns to the live-room cart from 2022-10-28, fully from 2022-10-29.
    ['kuaishou', 'jd', 'live-cart', '2022-10-27T23:59', 'denied', 'kuaishou-2022-03-jd-live-cart-cut'],
    ['kuaishou', 'jd', 'live-cart', '2022-10-28', 'rolling-out', 'kuaishou-2022-10-jd-live-cart-restored'],
    ['kuaishou', 'jd', 'live-cart', '2022-10-29T23:59', 'rolling-out', 'kuaishou-2022-10-jd-live-cart-restored'],
    ['kuaishou', 'jd', 'live-cart', '2022-10-30', 'allowed', 'kuaishou-2022-10-jd-live-cart-restored'],
    // Taobao listings suspended from 2019-12-23; how long is not on record.
    ['kuaishou', 'taobao', 'live-cart', '2019-12-22T23:59', 'unknown', null],
    ['kuaishou', 'taobao', 'product-detail', '2019-12-23', 'denied', 'kuaishou-2019-12-taobao-suspended'],
    ['kuaishou', 'taobao', 'live-cart', '2019-12-30T23:59', 'denied', 'kuaishou-2019-12-taobao-suspended'],
    ['kuaishou', 'taobao', 'live-cart', '2019-12-31', 'unknown', null],
    ['kuaishou', 'youzan', 'live-cart', '2019-12-23', 'allowed', 'kuaishou-service-platforms-open-2019'],
  ] as Row[])('%s %s %s %s → %s', expectVerdict);
});
