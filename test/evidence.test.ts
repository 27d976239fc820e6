// The shipped rules cite their sources faithfully.
import { textIn } from '../src/model/text.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, builtinCatalog } from './helpers/catalog.js';

const catalog = await builtinCatalog();
const seedQuotes = catalog.rules.flatMap((compiled) =>
  compiled.rule.evidence.flatMap((evidence, index) => ('seed' in evidence ? [[compiled.rule.id, index, evidence.seed, evidence.quote] as const] : [])),
);

describe('evidence', () => {
  it.each(seedQuotes)('%s evidence[%i] occurs verbatim in seeds/%s', (_, __, seed, quote) => {
    const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
    expect(text).toContain(quote);
  });

  it('indexes every seed document, and only those', () => {
    const files = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
    expect([...catalog.documents.keys()].sort()).toEqual(files);
  });

  it('gives every rule at least one piece of evidence', () => {
    expect(catalog.rules.filter((compiled) => compiled.rule.evidence.length === 0)).toEqual([]);
  });
});

// Issue 9: the dated reports added to the record, each cited with its address and a quote.
const reports = catalog.rules.flatMap((compiled) =>
  [...compiled.rule.evidence, ...(compiled.rule.disputed?.evidence ?? [])].flatMap((evidence) => ('url' in evidence ? [{ rule: compiled.rule.id, ...evidence }] : [])),
);

describe('the dated reports on record', () => {
  it.each([
    ['kuaishou-2022-03-taobao-cut', 'https://shlykbd.com/news/hyzx/2022-02-23/35591.html', '2022-02-23', '自2022年3月1日00:00:00起'],
    ['kuaishou-2022-03-jd-other-surfaces-kept', 'https://equalocean.com/analysis/2022022517049', '2022-02-25', 'links from JD.com in these two sections will remain accessible'],
    ['kuaishou-2022-10-tmall-restored', 'https://www.hcinfonews.com/kuaishou-restores-tmall-external-chain-but-it-may-not-be-a-long-term-cooperation.html', '2022-10-28', 'from October 28 to December 31, 2022'],
    ['kuaishou-2022-10-tmall-restored', 'https://comparemela.com/amparticle/kuaishou-reopens-access-for-taobao-products-as-double-11-approaches-2022102058393', '2022-10-20', 'between October 28 and October 31'],
    ['kuaishou-2022-10-jd-live-cart-restored', 'https://www.hcinfonews.com/kuaishou-restores-tmall-external-chain-but-it-may-not-be-a-long-term-cooperation.html', '2022-10-28', 'from October 28 to November 30'],
    ['kuaishou-2021-11-service-platforms-short-video-kept', 'https://www.hcinfonews.com/kuaishou-restores-tmall-external-chain-but-it-may-not-be-a-long-term-cooperation.html', '2022-10-28', 'Kuaishou short videos'],
    ['kuaishou-service-platforms-open-2019', 'https://technode.com/2019/12/30/kuaishou-suspends-taobao/', '2019-12-30', 'JD, Youzan and Kuaishou-backed Mockuai are still available'],
    ['kuaishou-jd-links-open-2019', 'https://technode.com/2020/05/27/kuaishou-users-can-now-buy-jd-products-without-leaving-the-app/', '2020-05-27', 'inked last June'],
    ['douyin-own-shop', 'https://ec2-3-123-197-229.eu-central-1.compute.amazonaws.com/bytedance-blocks-douyin-livestreamers-from-selling-goods-through-taobao-and-jd', '2020-10-09', 'Xiaodian in April 2019'],
    ['douyin-taobao-short-video-open-2019', 'https://ec2-3-123-197-229.eu-central-1.compute.amazonaws.com/bytedance-blocks-douyin-livestreamers-from-selling-goods-through-taobao-and-jd', '2020-10-09', 'In September 2019'],
    ['douyin-2020-08-live-links-fee', 'https://www.nobodydigital.co/blog/douyin-no-longer-allow-third-party-links-during-livestreaming-a-new-ecommerce-trend-is-uprising/', '2020-10-09', '20% service fee'],
    ['douyin-2020-08-live-links-fee', 'https://www.nobodydigital.co/blog/douyin-no-longer-allow-third-party-links-during-livestreaming-a-new-ecommerce-trend-is-uprising/', '2020-10-09', '巨量星圖'],
    ['douyin-2020-live-cart-cut', 'https://jingdaily.com/to-win-e-commerce-douyin-cuts-off-third-party-sellers/', '2020-10-09', 'As of September 9'],
    ['kuaishou-2022-10-taobao-links-still-barred', 'https://www.hcinfonews.com/kuaishou-restores-tmall-external-chain-but-it-may-not-be-a-long-term-cooperation.html', '2022-10-28', 'cannot use Taobao links'],
    ['xiaohongshu-2020-taobao-note-links', 'https://www.caixinglobal.com/2021-07-28/social-media-site-xiaohongshu-to-ax-some-rival-product-links-sources-say-101746875.html', '2021-07-28', 'Taobao and Tmall'],
    ['xiaohongshu-2021-08-note-links-cut', 'https://dsb.cn/153970.html', '2021-07-22', '8月1日'],
    ['xiaohongshu-2025-05-jd-links', 'https://daoinsights.com/news/after-alibaba-rednote-teams-up-with-e-commerce-giant-jd-com', '2025-05-29', 'Rednote–JD.com partnership'],
    ['xiaohongshu-2018-outside-links-cut', 'https://technode.com/2019/03/21/little-red-book-fraud/', '2019-03-21', 'links to external e-commerce sites'],
    ['xiaohongshu-2025-05-red-cat-plan', 'http://www.asiaict.com/finance/9209.html', '2025-05-09', 'On May 7, 2025'],
  ])('%s cites %s (known by %s): “…%s…”', (rule, url, knownBy, fragment) => {
    const found = reports.filter((report) => report.rule === rule && report.url === url && report.quote.includes(fragment));
    expect(found).toHaveLength(1);
    const published = found[0]!.published;
    expect(typeof published === 'string' ? published : published.latest).toBe(knownBy);
  });

  it('dates a page that prints no date by a window, with the reason', () => {
    for (const report of reports) {
      if (typeof report.published !== 'string') expect(textIn(report.published.basis, 'en').length, report.url).toBeGreaterThan(20);
    }
  });

  it('quotes its own evidence when a rule says it covers every link', () => {
    for (const compiled of catalog.rules) {
      const claim = compiled.rule.coversAnyLink;
      if (claim) expect(compiled.rule.evidence.some((evidence) => evidence.quote.includes(claim.quote)), compiled.rule.id).toBe(true);
    }
  });
});
