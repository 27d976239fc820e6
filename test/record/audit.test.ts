// The audit of the record against its evidence (2026-12-04): one line per problem it found,
// each asserting the field or verdict that the fix makes true and the old data did not.
import { textIn } from '../../src/model/text.js';
import { describe, expect, it } from 'vitest';
import { ask, builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const rule = (id: string) => {
  const found = catalog.rules.find((compiled) => compiled.rule.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found.rule;
};
const quotes = (id: string) => [...rule(id).evidence, ...(rule(id).disputed?.evidence ?? [])].map((evidence) => evidence.quote);
const urls = (id: string) => [...rule(id).evidence, ...(rule(id).disputed?.evidence ?? [])].flatMap((evidence) => ('url' in evidence ? [evidence.url] : []));
const DAO = 'https://daoinsights.com/news/kuaishou-to-ban-external-links-to-taobao-and-jd-com-from-its-live-stream';
const SEVCC = 'https://sevcc.org/kuaishou-to-block-taobao-and-jd-links-and-concentrate-on-its-own-e-commerce-business-amid-public-trust-crisis/';

describe('audit of the record (2026-12-04)', () => {
  it.each<[string, () => unknown, unknown]>([
    ['1 Kuaishou 2019: the full sentence', () => quotes('kuaishou-2019-12-taobao-suspended').includes('Merchants on Kuaishou found that the can’t add product listings from Taobao stores since 23rd December.'), true],
    ['5 Kuaishou March 2022 Taobao cut: a second report of the notice', () => urls('kuaishou-2022-03-taobao-cut').includes(DAO), true],
    ['6 Kuaishou March 2022 JD live-cart cut: a second report of the notice', () => urls('kuaishou-2022-03-jd-live-cart-cut').includes(DAO), true],
    ['7 Kuaishou JD other surfaces: ends with the October 2022 window', () => rule('kuaishou-2022-03-jd-other-surfaces-kept').until, '2022-10-28'],
    ['8 Kuaishou Tmall restored: a report that names the short-video cart', () => quotes('kuaishou-2022-10-tmall-restored').some((quote) => quote.includes('short video shopping cart')), true],
    ['12 Kuaishou Youzan/Mokuai cut: the Dao Insights sentence', () => urls('kuaishou-2021-11-service-platforms-cut').includes(DAO), true],
    ['13 Kuaishou Youzan/Mokuai short videos: the reports that name no surface are a dispute', () => urls('kuaishou-2021-11-service-platforms-short-video-kept').includes(SEVCC), true],
    ['15 Douyin 2019 showcase: the quote is not cut short', () => quotes('douyin-taobao-short-video-open-2019').some((quote) => quote.endsWith('inside short videos or during')), true],
    ['16 Douyin July–August 2020 gap', async () => (await ask('douyin', 'taobao', 'live-cart', '2020-08-10')).verdict, 'denied'],
    ['20 Xiaohongshu 2018: the scope is companies', () => textIn(rule('xiaohongshu-2018-outside-links-cut').note ?? '', 'en').includes('companies'), true],
    ['21 Xiaohongshu 2020: some influencers', () => quotes('xiaohongshu-2020-taobao-note-links').some((quote) => quote.includes("allowing some influencers' live streams and posts")), true],
    ['22 Xiaohongshu 2021 cut: old links stay unless edited', () => quotes('xiaohongshu-2021-08-note-links-cut').some((quote) => quote.includes('只要用户不编辑笔记')), true],
    ['23 Xiaohongshu 2022 convention: only what the quote names, from 2022-05-06', () => [rule('xiaohongshu-2022-05-in-platform-transactions').surfaces, rule('xiaohongshu-2022-05-in-platform-transactions').from], [['comment', 'profile'], '2022-05-06']],
    ['24 Red Cat: the ad link arrives during 618, not on the announcement day', async () => (await ask('xiaohongshu', 'tmall', 'note-ad-link', '2025-05-09')).verdict, 'unknown'],
    ['25 JD ad links: confirmed by JD, launched 2025-05-29', () => [rule('xiaohongshu-2025-05-jd-links').status, rule('xiaohongshu-2025-05-jd-links').from], ['confirmed', { earliest: '2025-05-12', latest: '2025-05-30' }]],
  ])('%s', async (_, actual, expected) => {
    expect(await actual()).toEqual(expected);
  });
});

describe('the record today', () => {
  it.each([
    ['xiaohongshu', 'tmall', 'note-link', '2026-12-04', 'denied', 'xiaohongshu-2025-03-diversion-rules'],
    ['xiaohongshu', 'jd', 'note-ad-link', '2025-06-10', 'allowed', 'xiaohongshu-2025-05-jd-links'],
    ['wechat', 'tmall', 'private-chat', '2021-06-01', 'denied', 'wechat-taobao-links-blocked'],
    ['wechat', 'tmall', 'private-chat', '2022-01-10', 'allowed', 'wechat-2021-11-private-chat-direct'],
    ['wechat', 'tmall', 'channels-ad', '2024-01-01', 'allowed', 'wechat-2023-09-alimama-ads'],
    ['douyin', 'tmall', 'star-cube-ad', '2024-07-01', 'allowed', 'douyin-2024-star-cube-ads'],
  ])('%s %s %s %s → %s by %s', async (platform, source, surface, date, verdict, ruleId) => {
    const answer = await ask(platform, source, surface, date);
    expect(answer.verdict).toBe(verdict);
    expect(answer.rule?.rule.id).toBe(ruleId);
  });
});
