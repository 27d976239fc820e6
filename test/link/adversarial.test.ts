// Spoofed links must never inherit a verdict, and the share texts people really
// paste must be recognised (issue 7). Each spoof is tried alone and inside share
// texts; the answer is exact: an input error, or a link taken for no source and why.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/errors.js';
import { classifyInput } from '../../src/link/classify.js';
import type { Classification } from '../../src/link/types.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { legit, noLink, rows, tokenBeside } from './tables.js';
import { thrownWords } from '../helpers/error-words.js';

const catalog = await builtinCatalog();

/** What the input came to: 'error', or the reason a link or token names no source, or the source it names. */
function outcome(input: string): string {
  let result: Classification;
  try {
    result = classifyInput(catalog, input);
  } catch (error) {
    if (error instanceof InputError) return 'error';
    throw error;
  }
  if (result.source) return `source ${result.source.id}`;
  if (result.kind !== 'token' && result.group) return `group ${result.group.id}`;
  return result.reason!;
}

describe('spoofed links are never recognised', () => {
  it.each(rows)('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  it.each(noLink)('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  it.each(tokenBeside)('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });
});

// Where a link's path tells whose it is (h5.m.taobao.com/awp/core/detail.htm: the Taobao Alliance's,
// any member's item; the host alone Taobao's), a path a site reads alike but the entry does not
// match would make it Taobao's alone: in doubt. A path no entry names reads as its host's.
describe('a path written another way where it tells whose link it is', () => {
  it.each([
    ['https://h5.m.taobao.com//awp/core/detail.htm?id=1', 'path-in-doubt'],
    ['https://h5.m.taobao.com/%61wp/core/detail.htm?id=1', 'path-in-doubt'],
    ['https://h5.m.taobao.com/awp%2Fcore/detail.htm?id=1', 'path-in-doubt'],
    ['【淘宝】https://h5.m.taobao.com/awp/core/detail%2ehtm?id=1 复制', 'path-in-doubt'],
    ['https://a.m.taobao.com/%69123.htm', 'path-in-doubt'],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=1', 'group taobao-alliance'],
    ['https://h5.m.taobao.com/other//page%61.htm', 'source taobao'],
    ['https://item.taobao.com//item.htm?id=1', 'source taobao'],
  ])('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });
});

describe('what stands beside a link may be the link shown', () => {
  it.each([
    // A host another source lists, named beside the link: an app may show it as a link.
    ['//item.taobao.com/item.htm?id=2 https://item.jd.com/1.html', 'several-links'],
    ['www.taobao.com https://item.jd.com/1.html', 'several-links'],
    ['https://item.jd.com/1.html www.taobao.com', 'several-links'],
    ['https://item.jd.com/1.html 或者去 detail。tmall。com', 'several-links'],
    ['https://item.jd.com/1.html 详见 m.tb.cn', 'several-links'],
    ['https://evil.example/ 或者 item.jd.com', 'several-links'],
    // Another scheme after text no web address holds as written, in the same run: a link of its own to a reader.
    ['https://item.jd.com/1.html点我taobao://item.taobao.com/item.htm?id=1', 'several-links'],
    ['https://item.jd.com/1.html，taobao://item.taobao.com/item.htm?id=1', 'several-links'],
    ['【京东】https://item.jd.com/1.html【淘宝】https://item.taobao.com/item.htm?id=2', 'several-links'],
    // The link's own host, a host no source lists, or a scheme inside the address as written: the link decides.
    ['【京东】https://item.jd.com/100012043978.html 京东 jd.com 价格￥99.9', 'source jd'],
    ['https://item.jd.com/1.html 来自 example.com', 'source jd'],
    ['https://item.jd.com/1.html?u=taobao://item.taobao.com/', 'source jd'],
    ['https://item.jd.com/1.html?from=a:b', 'source jd'],
    // A word and a colon are part of the link they stand in: the later link still leads elsewhere.
    ['https://evil.example/?u=a:b https://item.taobao.com/1', 'several-links'],
    ['ｈｔｔｐｓ：／／item.taobao.com/item.htm?id=1', 'source taobao'],
    ['https://item.jd.com/1.html 商品1.5折 v2.0', 'source jd'],
  ])('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  // An ASCII character no web address holds as written, or one that ends a link in prose, glued
  // between two links: the second is a link of its own to a reader, as after CJK text.
  const glue = ['"', '<', '>', "'", '`', '|', '{', '}', '^', '!', '*', ';', ')', ',', '(', '[', ']', '~)', '_', '$', '+', '-', '.'];
  const jd = 'https://item.jd.com/1.html';
  it.each(glue)('%j between two links of different sides: several-links, whichever the links', (mark) => {
    expect(outcome(`${jd}${mark}https://item.taobao.com/item.htm?id=2`)).toBe('several-links');
    expect(outcome(`${jd}${mark}taobao://item.taobao.com/item.htm?id=2`)).toBe('several-links');
    expect(outcome(`item.jd.com/1.html${mark}https://item.taobao.com/item.htm?id=2`)).toBe('several-links');
    expect(outcome(`taobao://item.taobao.com/item.htm?id=2${mark}${jd}`)).toBe('several-links');
    expect(outcome(`【京东】${jd}${mark}https://evil.example/x 点击链接直接打开`)).toBe('several-links');
    expect(outcome(`https://evil.example/x${mark}${jd}`)).toBe('several-links');
    // The same side agrees: a link of its own, as any later link, leads where the first does.
    expect(outcome(`${jd}${mark}https://item.m.jd.com/product/2.html`)).toBe('source jd');
  });

  it.each(['/', '?', '=', '&', '@', '%', '#', '\\', ':'])('right after %j a scheme is a parameter or a path of the link it stands in', (mark) => {
    expect(outcome(`https://evil.example/x${mark}https://item.taobao.com/`)).toBe('unlisted-host');
    expect(outcome(`${jd}?u${mark}https://item.taobao.com/`)).toBe('source jd');
    expect(outcome(`${jd}?u${mark}taobao://item.taobao.com/`)).toBe('source jd');
  });

  it.each([
    ['[jd](https://item.jd.com/1.html),[tb](https://item.taobao.com/item.htm?id=2)', 'several-links'],
    ['[jd](https://item.jd.com/1.html) [tb](https://item.taobao.com/item.htm?id=2)', 'several-links'],
    ['<https://item.jd.com/1.html><https://item.taobao.com/item.htm?id=2>', 'several-links'],
    ['https://item.jd.com/1.html|https://item.taobao.com/item.htm?id=2|', 'several-links'],
    ['(https://item.jd.com/1.html),(https://item.m.jd.com/product/2.html)', 'source jd'],
    ['https://evil.example/?u=https://item.taobao.com/', 'unlisted-host'],
    ['https://item.jd.com/1.html?u=https://item.taobao.com/2', 'source jd'],
    // A host named after such a character may be shown as a link of its own.
    ['https://item.jd.com/1.html,item.taobao.com/item.htm?id=2', 'several-links'],
    ['https://item.jd.com/1.html"www.taobao.com', 'several-links'],
    ['[jd](https://item.jd.com/1.html),[tb](detail.tmall.com/item.htm?id=2)', 'several-links'],
    ['https://item.jd.com/1.html)(m.tb.cn/h.x', 'several-links'],
    ['https://item.jd.com/1.html;item.jd.com/2.html', 'source jd'],
    ['https://item.jd.com/1.html"example.com', 'source jd'],
    // A scheme no source lists, as a link of its own after such a character, leads nowhere known.
    ['https://item.jd.com/1.html"ftp://evil.example/', 'several-links'],
    ['https://item.jd.com/1.html点ftp://evil.example/', 'several-links'],
  ])('%j → %s', (input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  // Every host named beside the links is read, however many a title's measures make before it.
  const measures = (count: number, word: (i: number) => string) => Array.from({ length: count }, (_, i) => word(i + 1)).join(' ');
  it.each([
    ['kg', (i: number) => `1.${i}kg`],
    ['L', (i: number) => `2.${i}L`],
    ['hosts no source lists', (i: number) => `shop${i}.example`],
    ['versions', (i: number) => `v1.${i}`],
  ])('a host of another side after a thousand measures (%s) makes the text several-links', (_, word) => {
    for (const count of [63, 64, 65, 1000]) {
      expect(outcome(`【京东】https://u.jd.com/YO58R3K「规格 ${measures(count, word)}」或去 detail.tmall.com`)).toBe('several-links');
      expect(outcome(`https://item.jd.com/1.html ${measures(count, word)} m.tb.cn`)).toBe('several-links');
      expect(outcome(`https://item.jd.com/1.html ${measures(count, word)} https://item.jd.com/2.html 京东 jd.com`)).toBe('source jd');
    }
  });

  it('reads 64 KiB of host names beside a link in well under a second', () => {
    const text = `https://item.jd.com/1.html ${measures(9000, (i) => `a${i}.b${i}`)} www.taobao.com`;
    expect(text.length).toBeGreaterThan(64_000);
    const start = performance.now();
    expect(outcome(text)).toBe('several-links');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('has at least 150 adversarial inputs', () => {
    expect(rows.length + noLink.length).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['https://item.taobao.com/?u=javascript:alert(1)', 'javascript'],
    ['https://item.taobao.com/x?next=data:text/html,x', 'data'],
    ['https://user:pw@item.taobao.com/#vbscript:msgbox(1)', 'vbscript'],
  ])('a script\'s scheme inside a link is refused, as anywhere: %j', (input, scheme) => {
    expect(thrownWords(() => classifyInput(catalog, input))).toContain(`(${scheme}: links are not accepted)`);
  });

  it('with \\x1fjavascript: in front of a Taobao host, the answer is an input error, never a source', () => {
    expect(thrownWords(() => classifyInput(catalog, '\u001fjavascript://item.taobao.com/%0aalert(1)'))).toMatch(
      /^"\\x1fjavascript:\/\/item\.taobao\.com\/%0aalert\(1\)" is not a web link \(javascript: links are not accepted\)/,
    );
  });
});

describe('real share texts and links are recognised', () => {
  it.each(legit)('%j is %s (%s)', (input, source, what) => {
    const result = classifyInput(catalog, input);
    expect(result.source?.id ?? (result.kind === 'name' ? undefined : result.group?.id) ?? null).toBe(source);
    expect(result.kind === 'link' ? result.host : result.kind === 'token' ? result.token : result.input).toBe(what);
  });

  it('has at least 60 legitimate inputs', () => {
    expect(legit.length).toBeGreaterThanOrEqual(60);
  });
});

describe('an ambiguous link is answered unknown, whatever rules cover unrecognised links', () => {
  // Douyin's 2020 rule bars every outside link from live rooms: an unrecognised host is denied,
  // but a host that cannot be told for sure may be any source, so no rule decides it.
  it.each([
    ['https://evil.example/x', 1],
    ["https://item.taobao.com'evil.com/x", 3],
    ['【淘宝】https://item.taobao.com淘.evil.com/x 点击链接直接打开', 3],
  ])('%j on the Douyin live-room cart exits %i', async (link, code) => {
    expect((await cli(['-p', 'douyin', link, 'live-cart', '2022-06-01', '-q'])).code).toBe(code);
  });
});

describe('app schemes and short links come from the rule data', () => {
  const withoutLinks = new Map([...catalog.sources].map(([id, source]) => [id, { ...source, appSchemes: undefined, shortLinks: undefined }]));
  const plain = { ...catalog, sources: withoutLinks };

  it.each([
    ['openapp.jdmobile://virtual?params={"sku":"1"}', 'error'],
    ['taobao://item.taobao.com/item.htm?id=1', 'error'],
    ['https://v.douyin.com/abc123/ 复制此链接，打开抖音搜索', 'unlisted-host'],
    ['https://www.kuaishou.com/f/X-5abcDEF', 'unlisted-host'],
  ])('without appSchemes and shortLinks, %j → %s', (input, expected) => {
    let result: string;
    try {
      const classification = classifyInput(plain, input);
      result = classification.source ? `source ${classification.source.id}` : classification.kind !== 'token' && classification.group ? `group ${classification.group.id}` : classification.reason!;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result = 'error';
    }
    expect(result).toBe(expected);
  });

  it('a short link is only the listed path: www.kuaishou.com outside /f/ is no source', () => {
    expect(outcome('https://www.kuaishou.com/profile/3x')).toBe('unlisted-host');
    expect(classifyInput(catalog, 'https://www.kuaishou.com/f/X-5abc')).toMatchObject({ source: { id: 'kuaishou-shop' }, domain: 'www.kuaishou.com/f/', shortLink: true });
  });
});
