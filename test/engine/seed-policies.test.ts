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
  // October 2022: Kuaishou's customer service (Jiemian) says Tmall links only, 2022-10-28 to
  // 2022-12-31, rolling out over the rest of October; Taobao links stay barred. The Taobao Alliance
  // (taobao, 淘宝联盟) then answers unknown: its members differ.
  ['kuaishou', 'taobao', 'live-cart', '2022-10-27T23:59', 'denied', 'kuaishou-2022-03-taobao-cut'],
  ['kuaishou', 'tmall', 'live-cart', '2022-10-28', 'rolling-out', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'short-video-cart', '2022-10-29', 'rolling-out', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'live-cart', '2022-10-31T15:59:59Z', 'rolling-out', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'live-cart', '2022-10-31T16:00:00Z', 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'live-cart', '2022-11-01', 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'live-cart', '2022-12-31T23:59', 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', 'tmall', 'live-cart', '2023-01-01', 'unknown', null],
  ['kuaishou', 'tmall', 'product-detail', '2022-11-15', 'unknown', null],
  ['kuaishou', '天猫', 'short-video-cart', '2022-11-15', 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ['kuaishou', '淘宝网', 'live-cart', '2022-11-15', 'denied', 'kuaishou-2022-10-taobao-links-still-barred'],
  ['kuaishou', '淘宝网', 'product-detail', '2025-01-01', 'denied', 'kuaishou-2022-10-taobao-links-still-barred'],
  ['kuaishou', 'taobao', 'live-cart', '2022-10-28', 'unknown', null],
  ['kuaishou', 'taobao', 'live-cart', '2022-11-15', 'unknown', null],
  ['kuaishou', '淘宝联盟', 'live-cart', '2025-01-01', 'unknown', null],
  // Youzan and Mokuai: cut from the live-room cart at an unrecorded day in early November 2021.
  ['kuaishou', 'youzan', 'live-cart', '2021-10-31T23:59', 'allowed', 'kuaishou-service-platforms-open-2019'],
  ['kuaishou', 'youzan', 'live-cart', '2021-11-01', 'unknown', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'mokuai', 'live-cart', '2021-11-10T23:59', 'unknown', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'mokuai', 'live-cart', '2021-11-11', 'denied', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'youzan', 'live-cart', '2022-06-01', 'denied', 'kuaishou-2021-11-service-platforms-cut'],
  ['kuaishou', 'youzan', 'short-video-cart', '2021-10-01', 'allowed', 'kuaishou-service-platforms-open-2019'],
  // The same Jiemian report: they stayed on short videos.
  ['kuaishou', 'youzan', 'short-video-cart', '2021-11-15', 'allowed', 'kuaishou-2021-11-service-platforms-short-video-kept'],
  ['kuaishou', 'mokuai', 'short-video-cart', '2022-06-01', 'allowed', 'kuaishou-2021-11-service-platforms-short-video-kept'],
  ['kuaishou', 'youzan', 'product-detail', '2021-11-15', 'unknown', null],
  // Each platform's own shop.
  ['kuaishou', 'kuaishou-shop', 'live-cart', '2022-06-01', 'allowed', 'kuaishou-own-shop'],
  ['douyin', 'douyin-shop', 'live-cart', '2022-06-01', 'allowed', 'douyin-own-shop'],
  // No rule on record.
  ['kuaishou', 'pinduoduo', 'live-cart', '2022-06-01', 'unknown', null],
  ['kuaishou', null, 'live-cart', '2022-06-01', 'unknown', null],
  // Douyin, 2020: outside links cut from live-room carts, short videos kept.
  ['douyin', 'taobao', 'live-cart', '2020-07-31', 'denied', 'douyin-2020-07-taobao-links-gap'],
  ['douyin', 'taobao', 'live-cart', '2020-08-19', 'unknown', 'douyin-2020-08-taobao-deal'],
  ['douyin', 'taobao', 'live-cart', '2020-09-05T23:59', 'allowed', 'douyin-2020-08-live-links-fee'],
  ['douyin', 'taobao', 'live-cart', '2020-09-06', 'rolling-out', 'douyin-2020-live-cart-cut'],
  ['douyin', 'jd', 'live-cart', '2020-10-08T23:59', 'rolling-out', 'douyin-2020-live-cart-cut'],
  ['douyin', 'jd', 'live-cart', '2020-10-09', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'pinduoduo', 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'kuaishou-shop', 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', null, 'live-cart', '2022-06-01', 'denied', 'douyin-2020-live-cart-cut'],
  ['douyin', 'taobao', 'short-video-cart', '2020-10-09', 'allowed', 'douyin-2020-08-taobao-deal'],
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
    const answer = await ask('douyin', 'jd', 'live-cart', '2020-09-01');
    expect(answer.overridden.map((rule) => rule.rule.id)).toEqual(['douyin-third-party-live-open-2020']);
  });

  it('cites the notice as quoted the day after, then the February 2022 article, for the Taobao cut', async () => {
    const answer = await ask('kuaishou', 'taobao', 'live-cart', '2022-06-01');
    const [first, second] = answer.evidence;
    expect(first?.kind === 'report' && first.published).toBe('2022-02-23');
    expect(first?.quote).toContain('自2022年3月1日00:00:00起');
    expect(second?.kind === 'seed' && second.document.published).toBe('2022-02-25');
    expect(second?.quote).toContain('自2022年3月1日零点起');
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
    ['kuaishou', 'jd', 'live-cart', '2022-10-28T23:59', 'rolling-out', 'kuaishou-2022-10-jd-live-cart-restored'],
    // Issue 9: "fully from 2022-10-29" means allowed on that day, and only until 2022-11-30 (Jiemian).
    ['kuaishou', 'jd', 'live-cart', '2022-10-29', 'allowed', 'kuaishou-2022-10-jd-live-cart-restored'],
    ['kuaishou', 'jd', 'live-cart', '2022-11-30T23:59', 'allowed', 'kuaishou-2022-10-jd-live-cart-restored'],
    ['kuaishou', 'jd', 'live-cart', '2022-12-01', 'unknown', null],
    // JD from June 2019 (a month, not a day) until the March 2022 notice.
    ['kuaishou', 'jd', 'live-cart', '2019-06-15', 'unknown', 'kuaishou-jd-links-open-2019'],
    ['kuaishou', 'jd', 'live-cart', '2020-06-01', 'allowed', 'kuaishou-jd-links-open-2019'],
    ['kuaishou', 'jd', 'short-video-cart', '2021-03-01', 'allowed', 'kuaishou-alliance-links-open-2021'],
    // Taobao listings suspended from 2019-12-23; how long is not on record.
    ['kuaishou', 'taobao', 'live-cart', '2019-12-22T23:59', 'allowed', 'kuaishou-2019-alliance-links-open'],
    ['kuaishou', 'taobao', 'product-detail', '2019-12-23', 'denied', 'kuaishou-2019-12-taobao-suspended'],
    ['kuaishou', 'taobao', 'live-cart', '2019-12-30T23:59', 'denied', 'kuaishou-2019-12-taobao-suspended'],
    ['kuaishou', 'taobao', 'live-cart', '2019-12-31', 'unknown', null],
    ['kuaishou', 'youzan', 'live-cart', '2019-12-23', 'allowed', 'kuaishou-service-platforms-open-2019'],
    // Douyin: its own shop from April 2019 (a month), Taobao in short videos from September 2019,
    // Taobao and JD in live rooms (the only sources the 2020 reports name) until the cut.
    ['douyin', 'douyin-shop', 'live-cart', '2019-04-15', 'unknown', 'douyin-own-shop'],
    ['douyin', 'douyin-shop', 'short-video-cart', '2019-05-01', 'allowed', 'douyin-own-shop'],
    ['douyin', 'taobao', 'short-video-cart', '2019-09-15', 'unknown', 'douyin-taobao-short-video-open-2019'],
    ['douyin', 'tmall', 'short-video-cart', '2020-01-01', 'allowed', 'douyin-taobao-short-video-open-2019'],
    ['douyin', 'jd', 'short-video-cart', '2020-01-01', 'unknown', null],
    ['douyin', 'jd', 'live-cart', '2020-08-20', 'allowed', 'douyin-2020-08-live-links-fee'],
    // Issue 9: the August 2020 record names Taobao and JD only; nothing else was allowed by it.
    ['douyin', 'pinduoduo', 'live-cart', '2020-08-15', 'unknown', null],
    ['douyin', 'youzan', 'live-cart', '2020-08-15', 'unknown', null],
    ['douyin', 'kuaishou-shop', 'live-cart', '2020-08-15', 'unknown', null],
    ['douyin', null, 'live-cart', '2020-08-15', 'unknown', null],
    // Short videos: the cut left every outside platform's links alone, as the evidence says in its words.
    ['douyin', 'pinduoduo', 'short-video-cart', '2021-01-01', 'allowed', 'douyin-third-party-short-video-kept'],
    ['douyin', null, 'short-video-cart', '2021-01-01', 'unknown', null],
    // Xiaohongshu.
    ['xiaohongshu', 'jd', 'note-link', '2018-09-15', 'unknown', 'xiaohongshu-2018-outside-links-cut'],
    ['xiaohongshu', 'jd', 'note-link', '2019-06-01', 'denied', 'xiaohongshu-2018-outside-links-cut'],
    ['xiaohongshu', null, 'note-link', '2019-06-01', 'denied', 'xiaohongshu-2018-outside-links-cut'],
    ['xiaohongshu', 'taobao', 'note-link', '2020-08-15', 'unknown', 'xiaohongshu-2020-taobao-note-links'],
    ['xiaohongshu', 'taobao', 'note-link', '2021-01-01', 'allowed', 'xiaohongshu-2020-taobao-note-links'],
    ['xiaohongshu', 'tmall', 'note-link', '2021-07-31T23:59', 'allowed', 'xiaohongshu-2020-taobao-note-links'],
    ['xiaohongshu', 'tmall', 'note-link', '2021-08-02', 'unknown', 'xiaohongshu-2021-08-note-links-cut'],
    ['xiaohongshu', 'tmall', 'note-link', '2021-08-03', 'denied', 'xiaohongshu-2021-08-note-links-cut'],
    ['xiaohongshu', 'jd', 'note-link', '2021-01-01', 'denied', 'xiaohongshu-2018-outside-links-cut'],
    ['xiaohongshu', 'taobao', 'note-link', '2025-06-01', 'denied', 'xiaohongshu-2025-03-diversion-rules'],
    ['xiaohongshu', 'taobao', 'note-ad-link', '2025-05-06', 'unknown', null],
    ['xiaohongshu', 'taobao', 'note-ad-link', '2025-05-07', 'unknown', 'xiaohongshu-2025-05-red-cat-plan'],
    ['xiaohongshu', 'taobao', 'note-ad-link', '2025-06-19', 'allowed', 'xiaohongshu-2025-05-red-cat-plan'],
    ['xiaohongshu', 'jd', 'note-ad-link', '2025-06-01', 'allowed', 'xiaohongshu-2025-05-jd-links'],
    ['xiaohongshu', 'jd', 'note-ad-link', '2025-06-05', 'allowed', 'xiaohongshu-2025-05-jd-links'],
    ['xiaohongshu', 'pinduoduo', 'note-ad-link', '2025-06-05', 'unknown', null],
    ['xiaohongshu', 'taobao', 'live-cart', '2025-06-01', 'denied', 'xiaohongshu-2025-03-diversion-rules'],
    ['xiaohongshu', 'jd', 'comment', '2022-05-06', 'denied', 'xiaohongshu-2022-05-in-platform-transactions'],
    ['xiaohongshu', 'jd', 'note-link', '2022-05-15', 'denied', 'xiaohongshu-2021-08-note-links-cut'],
  ] as Row[])('%s %s %s %s → %s', expectVerdict);
});
