// The page in Chromium (#19): the headline check in both languages, an address that
// opens on its answer, typing that answers and updates the address, hostile text shown
// as text, a phone's width, the pictures, and the page opened from disk. Expected
// answers come from the command line's --json on the same question. The cases run side by
// side, each in its own page of the one browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docPage } from '../helpers/docs.js';
import { runMain } from '../cli/run-main.js';
import { latinRuns } from '../helpers/latin-runs.js';
import { FILE_URL, newPage, openSite, type Site } from './site.js';

const HEADLINE = '?source=taobao&surface=live-cart&at=2022-06-01';
const RULE = 'kuaishou-2022-03-taobao-cut';
const HOSTILE = '<img src=x onerror=window.__pwned=1>';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function cliAnswer(...args: string[]) {
  const run = await runMain([...args, '--json']);
  return { stdout: run.stdout, json: JSON.parse(run.stdout) as { verdict: string; rule: { id: string } | null; evidence: { quote: string }[] } };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? '';
/** The page's address as the page holds it now: page.url() follows it only once the browser has told Playwright of the change. */
const search = async (page: Page) => Object.fromEntries(new URL(await page.evaluate(() => location.href)).searchParams);

describe.concurrent('the headline check', { timeout: 60_000 }, () => {
  it('in English (the browser prefers English): denied in words, the deciding rule, a quote, and the --json answer', async () => {
    const expected = await cliAnswer('taobao', 'live-cart', '2022-06-01');
    const { page, problems } = await newPage(site.browser, { locale: 'en-US' });
    await page.goto(`${site.url}${HEADLINE}`);
    expect(await text(page, '#answer .verdict strong')).toBe('denied');
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('denied');
    expect(await page.locator('#answer .rule').getAttribute('data-rule')).toBe(RULE);
    expect(await text(page, '#answer .rule')).toBe(`${RULE}: deny from 2022-03-01 00:00 until 2022-10-28 00:00 (announced)`);
    expect(expected.json.rule?.id).toBe(RULE);
    await expect(page.getByText(`“${expected.json.evidence[0]!.quote}”`).isVisible()).resolves.toBe(true);
    // Everything the command line's --json answer carries, exactly.
    expect(await text(page, '#answer details.json pre')).toBe(expected.stdout);
    // Each outside report's address, shown as it is, opens as a link that sends nothing of the page.
    const reports = (expected.json.evidence as { url?: string | null }[]).flatMap((item) => (item.url ? [item.url] : []));
    const links = await page.locator('#answer a.address').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href'), anchor.getAttribute('rel'), anchor.getAttribute('target')]));
    expect(links.slice(0, reports.length)).toEqual(reports.map((url) => [url, new URL(url).href, 'noopener noreferrer', '_blank']));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in Chinese (the browser prefers Chinese): 禁止, the deciding rule, a quote', async () => {
    const expected = await cliAnswer('taobao', 'live-cart', '2022-06-01');
    const { page, problems } = await newPage(site.browser, { locale: 'zh-CN' });
    await page.goto(`${site.url}${HEADLINE}`);
    expect(await text(page, '#answer .verdict strong')).toBe('禁止');
    expect(await text(page, '#answer .question')).toBe('淘宝联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai）');
    expect(await text(page, '#answer .rule')).toBe(`${RULE}：禁止，自 2022年3月1日 00:00 起至 2022年10月28日 00:00（平台公告）`);
    await expect(page.getByText(`“${expected.json.evidence[0]!.quote}”`).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text(page, 'label[for=surface]')).toBe('位置');
    expect(await text(page, '#surface option:checked')).toBe('直播间购物车 live-cart');
    // No English left in the page's own words (the record's texts aside: a rule's note may be English only).
    for (const part of ['header', '.lead', 'form', '#answer .verdict', '#answer .question', '#answer dt', '#plan', 'footer']) {
      expect(latinRuns((await page.locator(part).allInnerTexts()).join('\n')), part).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lang= in the address beats the browser, and the switch changes the words and the address', async () => {
    const { page, problems } = await newPage(site.browser, { locale: 'en-US' });
    await page.goto(`${site.url}${HEADLINE}&lang=zh`);
    expect(await text(page, '#answer .verdict strong')).toBe('禁止');
    await page.locator('#lang').click();
    expect(await text(page, '#answer .verdict strong')).toBe('denied');
    expect(await search(page)).toEqual({ source: 'taobao', surface: 'live-cart', at: '2022-06-01', lang: 'en' });
    // The switch keeps the keyboard's place.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.concurrent('the question in the address', { timeout: 60_000 }, () => {
  it('a shared address opens on its answer, the form showing its question', async () => {
    const link = 'https://item.jd.com/100012043978.html';
    const expected = await cliAnswer(link, 'live-cart', '2022-06-01T12:00', '--platform', 'kuaishou');
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}?source=${encodeURIComponent(link)}&surface=live-cart&platform=kuaishou&at=2022-06-01T12:00`);
    expect(expected.json.verdict).toBe('denied');
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe(expected.json.verdict);
    expect(await page.locator('#answer .rule').getAttribute('data-rule')).toBe(expected.json.rule!.id);
    expect(await text(page, '#answer details.json pre')).toBe(expected.stdout);
    expect(await page.locator('#source').inputValue()).toBe(link);
    expect(await page.locator('#platform').inputValue()).toBe('kuaishou');
    expect(await page.locator('#surface').inputValue()).toBe('live-cart');
    expect(await page.locator('#date').inputValue()).toBe('2022-06-01');
    expect(await page.locator('#time').inputValue()).toBe('12:00');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('typing answers at once and the address follows; a look-alike host is unknown, never allowed', async () => {
    const item = 'https://detail.tmall.com/item.htm?id=1';
    const lookAlikes = ['https://detail.tmall.com.evil.cn/item.htm?id=1', 'https://item.taobao.com.evil.cn/item.htm?id=1'];
    const real = await cliAnswer(item, 'live-cart', '2022-11-15');
    const stale = await runMain([item, 'live-cart', '2022-11-15']);
    expect(real.json.verdict).toBe('allowed');
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    expect(await text(page, '#answer')).toBe('Type a link, a share text or a name to see the answer.');
    expect(page.url()).toBe(site.url);
    const entries = await page.evaluate(() => history.length);
    await page.locator('#date').fill('2022-11-15');
    await page.locator('#source').fill(item);
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('allowed');
    expect(await text(page, '#answer details.json pre')).toBe(real.stdout);
    // The staleness warning, as the command line words it.
    expect(await text(page, '#answer .stale')).toBe(`The record may be out of date ${stale.stderr.replace(/^linkcheck: warning: /, '').trimEnd()}`);
    expect(await search(page)).toEqual({ source: item, surface: 'live-cart', at: '2022-11-15' });
    // The address is replaced, not added to: Back leaves the page as it would have.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    for (const lookAlike of lookAlikes) {
      const fake = await cliAnswer(lookAlike, 'live-cart', '2022-11-15');
      expect(fake.json.verdict).toBe('unknown');
      await page.locator('#source').fill(lookAlike);
      expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('unknown');
      expect(await text(page, '#answer .verdict strong')).toBe('unknown');
      expect(await text(page, '#answer details.json pre')).toBe(fake.stdout);
      expect((await search(page)).source).toBe(lookAlike);
    }
    await page.locator('#surface').selectOption('short-video-cart');
    expect(await search(page)).toMatchObject({ surface: 'short-video-cart' });
    await page.locator('#platform').selectOption('douyin');
    expect(await search(page)).toMatchObject({ source: lookAlikes[1], platform: 'douyin', at: '2022-11-15' });
    await page.locator('#now').click();
    expect((await search(page)).at).toBeUndefined();
    expect(await text(page, '#zone-note')).toMatch(/^Date and time in Asia\/Shanghai, the platform’s time zone\. Without a time: the whole day\. Now: \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Shanghai\)\.$/);
    // A text whose links lead to different sources is in doubt: the page says so once, not that the record lacks a rule.
    await page.locator('#source').fill('https://item.taobao.com/1 https://item.jd.com/1.html');
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('unknown');
    const doubt = await text(page, '#answer');
    expect(doubt).toContain('the text holds links that lead to different sources, so it is taken for none');
    expect(doubt.split('no rule applies to a link in doubt').length).toBe(2);
    expect(doubt).not.toContain('no rule on record covers');
    expect(doubt).toContain('item.taobao.com in doubt');
    expect(doubt).not.toContain('unrecognised');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an input the road refuses gets its one line, worded in the reader’s language', async () => {
    const { page, problems } = await newPage(site.browser);
    for (const [address, args] of [
      ['?source=taobao&surface=live-cart&at=2022-13-45', ['taobao', 'live-cart', '2022-13-45']],
      ['?source=taobao&surface=note-link&at=2022-06-01', ['taobao', 'note-link', '2022-06-01']],
      ['?source=taobao&surface=live-cart&platform=tiktok&at=2022-06-01', ['taobao', 'live-cart', '2022-06-01', '-p', 'tiktok']],
      ['?source=taobao&surface=live-cart&platform=tiktok&at=2022-06-01&lang=zh', ['taobao', 'live-cart', '2022-06-01', '-p', 'tiktok', '--lang', 'zh']],
    ] as const) {
      const expected = await runMain(args);
      expect(expected.code, address).toBe(2);
      await page.goto(`${site.url}${address}`);
      const prefix = address.endsWith('lang=zh') ? '无法回答：' : 'Cannot answer: ';
      expect(await text(page, '#answer .error'), address).toBe(`${prefix}${expected.stderr.replace(/^linkcheck: /, '').trimEnd()}`);
    }
    // Choosing a platform of the record gives the answer.
    await page.locator('#platform').selectOption('kuaishou');
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('denied');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.concurrent('escaping', { timeout: 60_000 }, () => {
  it('hostile pasted text, and a hostile address, are shown as text and never run', async () => {
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}?surface=${encodeURIComponent(HOSTILE)}&at=2022-06-01`);
    await page.locator('#source').fill(HOSTILE);
    expect(await text(page, '#answer .error')).toContain(HOSTILE);
    await expect(page.locator('#answer .error').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#surface option:checked').textContent()).toBe(HOSTILE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a control or format character of a shared address escaped, as the command line does, so it cannot turn the page\'s words around', async () => {
    // A right-to-left override in a link in a share text: raw, it reversed the rest of the question's line (the platform, surface and date).
    const source = '【淘宝】https://m.tb.cn\u202e/nc.live.oabaot.meti';
    const expected = await runMain([source, 'live-cart', '2022-06-01']);
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}?source=${encodeURIComponent(source)}&surface=live-cart&at=2022-06-01&platform=${encodeURIComponent('\u2067x')}`);
    expect(await text(page, '#answer .error')).toContain('"\\u2067x"');
    await page.locator('#platform').selectOption('kuaishou');
    expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('unknown');
    expect(await text(page, '#answer .question')).toBe('m.tb.cn\\u202e in doubt · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai)');
    expect(expected.stdout).toContain('m.tb.cn\\u202e in doubt · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai)');
    const shown = await page.locator('body').evaluate((body) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const raw: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/u.test(node.nodeValue ?? '')) raw.push(node.nodeValue ?? '');
      return raw;
    });
    expect(shown).toEqual([]);
    // The box keeps what was pasted, to be edited.
    expect(await page.locator('#source').inputValue()).toBe(source);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.concurrent('pictures and the phone', { timeout: 60_000 }, () => {
  it('shows the matrix and the timeline as images that load under the page’s Content-Security-Policy', async () => {
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}${HEADLINE}`);
    for (const name of ['matrix', 'timeline']) {
      const image = page.locator(`img[data-picture=${name}]`);
      await image.scrollIntoViewIfNeeded();
      expect(await image.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth))).toBeGreaterThan(300);
      expect(await image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    }
    expect(await page.locator('img[data-picture=timeline]').getAttribute('alt')).toBe('How the verdict for taobao-alliance on live-cart changed over time');
    expect(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content')).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self';/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a 360×740 phone without horizontal scrolling, a long link and quotes wrapping, touch targets of 44 px or more', async () => {
    const { page, problems } = await newPage(site.browser, { viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    await page.goto(`${site.url}?source=${encodeURIComponent(`https://detail.tmall.com/item.htm?id=${'9'.repeat(120)}&spm=${'a'.repeat(80)}`)}&surface=live-cart&at=2022-06-01`);
    await page.locator('#answer .verdict').waitFor();
    // A plan's rows too, one of them long.
    const plan = `source,surface,date\n${'https://item.jd.com/1.html?'.padEnd(300, 'x')},live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n`;
    await page.locator('#plan-file').setInputFiles({ name: 'phone.csv', mimeType: 'text/csv', buffer: Buffer.from(plan) });
    await page.locator('#plan-results tbody tr').nth(1).waitFor();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.inner).toBe(360);
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, textarea, summary, .downloads a')]
        .map((element) => ({ id: element.id || element.tagName, height: element.getBoundingClientRect().height }))
        .filter(({ height }) => height < 44),
    );
    expect(small).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is usable with the keyboard: labelled controls, a visible focus, the answer announced', async () => {
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}${HEADLINE}`);
    for (const label of ['Link, share text or name', 'Platform', 'Surface', 'Date', 'Time']) expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    await page.locator('#lang').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('source');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    expect(await page.locator('#answer').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.concurrent('opened straight from disk', { timeout: 60_000 }, () => {
  it('answers the headline check from file://, pictures included', async () => {
    const { page, problems } = await newPage(site.browser, { locale: 'zh-CN' });
    await page.goto(`${FILE_URL}${HEADLINE}`);
    expect(await text(page, '#answer .verdict strong')).toBe('禁止');
    expect(await page.locator('#answer .rule').getAttribute('data-rule')).toBe(RULE);
    const matrix = page.locator('img[data-picture=matrix]');
    expect(await matrix.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth))).toBeGreaterThan(300);
    await page.locator('#source').fill('jd');
    expect(await search(page)).toMatchObject({ source: 'jd', surface: 'live-cart' });
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** The addresses docs/page.md shows, each with the answer it opens on. */
const addresses = [...docPage('docs/page.md').split('<!-- example: page-addresses -->')[1]!.matchAll(/^\| `index\.html(\?[^`]+)` \| (\S+) \|$/gmu)].map((match) => [match[1]!, match[2]!] as const);

describe.concurrent('docs/page.md: the addresses shown', { timeout: 60_000 }, () => {
  it('has them', () => {
    expect(addresses.length).toBe(5);
  });

  it.each(addresses)('%s opens on %s', async (address, word) => {
    const { page, problems } = await newPage(site.browser);
    await page.goto(`${site.url}${address}`);
    expect(await text(page, '#answer .verdict strong')).toBe(word);
    expect(problems).toEqual([]);
    await page.close();
  });
});
