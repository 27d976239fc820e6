// The link reader against the reader as it was before it scanned strings by code unit
// (test/helpers/link-before/, unchanged): every answer and every error the same, on the
// realistic plan's source cells, the nearly distinct plan's links, the spoof tables, and
// generated realistic and hostile texts (#18). More runs with `npm run fuzz` (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/errors.js';
import { classifyInput } from '../../src/link/classify.js';
import { scanText } from '../../src/link/scan.js';
import { isScriptScheme } from '../../src/link/schemes.js';
import { scannedHost } from '../../src/link/scanned-host.js';
import { classifyInput as classifyBefore } from '../helpers/link-before/classify.js';
import { scannedHost as scannedHostBefore, scanText as scanTextBefore } from '../helpers/link-before/scan.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { realisticRows } from '../../scripts/realistic-plan.mjs';
import { legit, noLink, rows, wrappers } from './tables.js';

const catalog = await builtinCatalog();
const runs = Number(process.env.FUZZ_RUNS ?? 3000);
const options = { numRuns: runs, seed: 20261204 };

/** The answer, or the error's worded id and values; anything else thrown is thrown. */
function outcome(read: typeof classifyInput, input: string): unknown {
  try {
    return { answer: read(catalog, input) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.worded ?? error.message };
    throw error;
  }
}

/** The scan's candidate and schemes, without positions (counted in code points before, code units now). */
function scanned(scan: typeof scanTextBefore, text: string): unknown {
  const { otherSchemes, link } = scan(text);
  // joined (the link read on past a break in its path) is the scan's now, which the reader before did not make.
  const { at: _at, joined: _joined, ...rest } = (link ?? { at: 0 }) as { at: number; joined?: string | null };
  return { schemes: otherSchemes.filter((found) => scan !== scanTextBefore || schemeNow(text, found)).map((found) => found.scheme), link: link === null ? null : rest };
}

const APP_SCHEMES = new Set([...catalog.sources.values()].flatMap((source) => source.appSchemes ?? []));
/** The scan now, given the app schemes the rules list, as classifyInput gives them. */
const scanNow = (text: string) => scanText(text, APP_SCHEMES);

/** Schemes that open something with no // after the colon, as src/link/schemes.ts lists them, and the app schemes the rules list. */
const SLASHLESS = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'view-source', 'mailto', 'tel', 'sms', 'intent', ...APP_SCHEMES]);
const SCRIPTS = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'view-source']);

/**
 * Whether a scheme the scan before found (at a code point) is still one: the reader before took
 * any word and a colon before something not a space for one (Color:white, tk:abc); now two
 * slashes must follow, or the word must open something without them (mailto:, an app's scheme).
 */
function schemeNow(text: string, { scheme, at }: { scheme: string; at: number }): boolean {
  if (scheme === 'http' || scheme === 'https' || SLASHLESS.has(scheme) || SCRIPTS.has(scheme.slice(scheme.lastIndexOf('.') + 1))) return true;
  const tail = [...text].slice(at).join('');
  const colon = tail.search(/[:\ufe13\ufe55\uff1a]/u);
  return /^[/\\]{2}/u.test([...tail.slice(colon + 1)].slice(0, 2).join('').normalize('NFKC'));
}

/**
 * Whether the reader before refused the text for a word and a colon that is no scheme now (see
 * schemeNow): the text is read as if the word were any other, to a link's answer or another error.
 */
function wordNow(before: unknown, input: string): boolean {
  const error = (before as { error?: { id?: string; params?: { scheme?: string } } }).error;
  if (error?.id !== 'holds-other-link' && error?.id !== 'not-a-web-link') return false;
  const scheme = error.params?.scheme;
  const text = input.trim();
  return scheme !== undefined && scanTextBefore(text).otherSchemes.some((found) => found.scheme === scheme && !schemeNow(text, found));
}

/**
 * Whether the answer is a text whose later link leads elsewhere (several-links), whose share token
 * beside its links is another source's (link-and-token), or whose app deep link stands inside
 * another link (ambiguous-host): the reader before took the first link for the answer. Its first
 * link must still be the one the reader before read.
 */
function firstOfSeveral(now: unknown, before: unknown, input: string): boolean {
  const answer = (now as { answer?: { kind: string; reason: string | null; url: string; host: string; appScheme?: string } }).answer;
  const appInside = answer?.reason === 'ambiguous-host' && answer.appScheme !== undefined;
  if (answer?.kind !== 'link' || (answer.reason !== 'several-links' && answer.reason !== 'link-and-token' && !appInside)) return false;
  const earlier = (before as { answer?: { kind: string; url: string; host: string } }).answer;
  expect([earlier?.kind, earlier?.url, earlier?.host], JSON.stringify(input)).toEqual(['link', answer.url, answer.host]);
  return true;
}

/**
 * Whether the answer is the refusal of a link whose port alone the URL parser refused (:99999,
 * :abc): the reader before refused it as having no host, or took its host for one in doubt and
 * recognised no source. It is refused either way; only the words say more now.
 */
function portRefused(now: unknown, before: unknown, input: string): boolean {
  if ((now as { error?: { id?: string } }).error?.id !== 'link-bad-port') return false;
  const earlier = before as { error?: { id?: string }; answer?: { kind: string; source: unknown; reason: string | null } };
  const refusedBefore = earlier.error?.id === 'link-without-host';
  const inDoubtBefore = earlier.answer?.kind === 'link' && earlier.answer.source === null && earlier.answer.reason === 'ambiguous-host';
  expect(refusedBefore || inDoubtBefore, JSON.stringify(input)).toBe(true);
  return true;
}

/**
 * Whether the reader before refused the text for a scheme no source lists, which runs no script and
 * stands in another link's run (…?spm=a:b, https://user:pw@…): that is now part of the link, which
 * is read by its host, so the text has the link's answer, or the link's own error.
 */
function schemeInLink(before: unknown, input: string): boolean {
  const error = (before as { error?: { id?: string; params?: { scheme?: string } } }).error;
  if (error?.id !== 'holds-other-link' && error?.id !== 'not-a-web-link') return false;
  const scheme = error.params?.scheme;
  return scheme !== undefined && !isScriptScheme(scheme) && scanNow(input.trim()).otherSchemes.some((found) => found.scheme === scheme && found.inLink === true);
}

/**
 * Whether a backslash ends the link's host with an '@' after it, before the path
 * (https://item.taobao.com\@evil.example/): the reader before took the URL parser's host as
 * sure, and now the same link is in doubt (ambiguous-host), since Python's urllib.parse reads
 * the host after the '@'.
 */
function backslashInDoubt(now: unknown, before: unknown, input: string): boolean {
  const answer = (now as { answer?: { kind: string; reason: string | null; url: string; host: string } }).answer;
  if (answer?.kind !== 'link' || answer.reason !== 'ambiguous-host' || !input.includes('\\') || !input.includes('@')) return false;
  const earlier = (before as { answer?: { kind: string; url: string; host: string } }).answer;
  expect([earlier?.kind, earlier?.url, earlier?.host], JSON.stringify(input)).toEqual(['link', answer.url, answer.host]);
  return true;
}

/** The scan before, its link doubtful where the scan now finds a backslash ending its host with an '@' after it (backslashInDoubt); else as it was. */
function backslashDoubted(before: unknown, now: unknown, input: string): unknown {
  const earlier = before as { link: { doubtful: boolean } | null };
  const later = now as { link: { doubtful: boolean } | null };
  if (!earlier.link || earlier.link.doubtful || !later.link?.doubtful || !input.includes('\\') || !input.includes('@')) return before;
  return { ...earlier, link: { ...earlier.link, doubtful: true } };
}

/**
 * Whether the answer is a share token of a group that lists short links (a 淘口令: the Taobao
 * Alliance's), which the reader before gave to the member its text names (淘宝, 天猫): the same
 * token, named by the same keyword, now answered for the group the member belongs to.
 */
function tokenOfGroup(now: unknown, before: unknown): boolean {
  type Token = { kind: string; token: string; keyword: string | null; source: { id: string; groups: string[] } | null; group?: { id: string } };
  const answer = (now as { answer?: Token }).answer;
  if (answer?.kind !== 'token' || answer.source !== null || answer.group === undefined) return false;
  const earlier = (before as { answer?: Token }).answer;
  expect([earlier?.kind, earlier?.token, earlier?.keyword, earlier?.source?.groups.includes(answer.group.id)]).toEqual(['token', answer.token, answer.keyword, true]);
  return true;
}

/**
 * Whether the answer is an app deep link of a member of a group that lists short links (taobao://:
 * the Taobao app opens Taobao and Tmall items alike), which the reader before gave to the member
 * that lists its scheme, or took for none beside a share token of that group: the same link, now
 * answered for the group the member belongs to.
 */
function appLinkOfGroup(now: unknown, before: unknown): boolean {
  type Link = { kind: string; url: string; appScheme?: string; reason: string | null; source: { id: string; groups: string[] } | null; group?: { id: string } };
  const answer = (now as { answer?: Link }).answer;
  if (answer?.kind !== 'link' || answer.appScheme === undefined || answer.source !== null || answer.group === undefined) return false;
  const earlier = (before as { answer?: Link }).answer;
  const member = earlier?.source?.groups.includes(answer.group.id) === true || earlier?.reason === 'link-and-token';
  expect([earlier?.kind, earlier?.url, earlier?.appScheme, member]).toEqual(['link', answer.url, answer.appScheme, true]);
  return true;
}

/**
 * Whether the answer is a share token taken for none for a host name beside it that another source
 * or group lists (m.tb.cn beside a 京口令), which the reader before gave to its keyword's side: the
 * same token, now several-sources.
 */
function hostBesideToken(now: unknown, before: unknown): boolean {
  type Token = { kind: string; token: string; reason: string | null; hosts?: unknown[] };
  const answer = (now as { answer?: Token }).answer;
  if (answer?.kind !== 'token' || answer.reason !== 'several-sources' || answer.hosts === undefined) return false;
  const earlier = (before as { answer?: Token }).answer;
  expect([earlier?.kind, earlier?.token, earlier?.reason]).toEqual(['token', answer.token, null]);
  return true;
}

/**
 * Whether the text holds what keywords are now read through and were not before (fold.ts): a letter
 * drawn like a Latin one or with an accent (τáǒЬáǒ, Jīngdōng), 綯 or 氵匋 for 淘, a symbol NFKC spells
 * out (℡ is TEL); and the answer differs only in what the words name: the same share token, or the
 * same first link, taken for none beside a token or not.
 */
function lookAlikeNamed(now: unknown, before: unknown, input: string): boolean {
  if (!/[\u00c0-\u052f\u1e00-\u1fff\u0300-\u036f綯匋]/u.test(input) && ![...input.matchAll(/[\p{So}\p{Sk}]/gu)].some(([symbol]) => symbol.normalize('NFKC').length > 1)) return false;
  type Answer = { kind: string; token?: string; url?: string; host?: string; reason: string | null };
  const answer = (now as { answer?: Answer }).answer;
  const earlier = (before as { answer?: Answer }).answer;
  if (answer === undefined || earlier === undefined || answer.kind !== earlier.kind) return false;
  if (answer.kind === 'token') return answer.token === earlier.token;
  const tokenBeside = (reason: string | null) => reason === null || reason === 'unlisted-host' || reason === 'link-and-token';
  return answer.url === earlier.url && answer.host === earlier.host && tokenBeside(answer.reason) && tokenBeside(earlier.reason);
}

/** Whether the scan before read on past white space from a host to what the scan now sees the host end before (CJK text, 【, an emoji: scan.ts continuesHost). */
function readOnStopped(before: unknown, now: unknown): boolean {
  const earlier = (before as { link: { text: string; readOn: string | null } | null }).link;
  const later = (now as { link: { readOn: string | null } | null }).link;
  if (earlier?.readOn == null || later === null || later.readOn !== null) return false;
  const next = String.fromCodePoint(earlier.readOn.codePointAt(earlier.text.length)!);
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{P}\p{S}]$/u.test(next) && !/^[-_./\\@%?#]$/u.test(next.normalize('NFKC'));
}

/** The scan before, with its read-on dropped where the scan now stops at the white space (readOnStopped); else as it was. */
function readOnDropped(before: unknown, now: unknown): unknown {
  if (!readOnStopped(before, now)) return before;
  const earlier = before as { link: object };
  return { ...earlier, link: { ...earlier.link, readOn: null } };
}

/**
 * Whether the answer is a link the reader before put in doubt, reading its host on past white
 * space into words that no host continues with (https://www.jd.com 好物推荐): the host is now read
 * alone, as the link runs to white space.
 */
function hostEndsAtSpace(now: unknown, before: unknown, input: string): boolean {
  const earlier = (before as { answer?: { kind: string; reason: string | null } }).answer;
  if (earlier?.kind !== 'link' || earlier.reason !== 'ambiguous-host') return false;
  const text = input.trim();
  return readOnStopped(scanned(scanTextBefore, text), scanned(scanNow, text)) && (now as { answer?: { kind: string } }).answer?.kind === 'link';
}

/**
 * Whether the text's link now is a scheme-relative one (//item.jd.com/1.html) at the start of a run
 * of non-space characters other than the whole text, which the reader before read only as the whole
 * text: a share text (//item.jd.com/1.html 好) is that link's now, where it was refused or read by
 * its share token.
 */
function schemeRelative(input: string): boolean {
  const text = input.trim();
  const link = scanNow(text).link;
  return link !== null && link.prefix === 'https:' && (link.at > 0 || /\s/u.test(text));
}

function same(input: string): void {
  if (slashesNamingNone(input)) return;
  if (schemeRelative(input)) {
    expect(scannedHost(input), JSON.stringify(input)).toBe(scannedHostBefore(input));
    return;
  }
  const now = outcome(classifyInput, input);
  const before = outcome(classifyBefore, input);
  if (!lookAlikeNamed(now, before, input) && !schemeInLink(before, input) && !wordNow(before, input) && !firstOfSeveral(now, before, input) && !portRefused(now, before, input) && !backslashInDoubt(now, before, input) && !tokenOfGroup(now, before) && !appLinkOfGroup(now, before) && !hostBesideToken(now, before) && !hostEndsAtSpace(now, before, input) && !tokenInCornerBracket(now, before, input)) {
    expect(now, JSON.stringify(input)).toEqual(before);
  }
  expect(scanned(scanNow, input), JSON.stringify(input)).toEqual(readOnDropped(backslashDoubted(scanned(scanTextBefore, input), scanned(scanNow, input), input), scanned(scanNow, input)));
  expect(scannedHost(input), JSON.stringify(input)).toBe(scannedHostBefore(input));
}

/**
 * Whether the text opens with two slashes (// or ／／, what begins a scheme-relative link) and neither
 * reader takes it for any source's or group's: after them the scan now reads a host only where a
 * host's character stands (／／0 is a link, ／／ and ／／℡ are none), where the reader before read
 * a link after any slashes, or none after full-width ones. Either way the text names nothing; a
 * text either takes for a source's is compared as every other.
 */
function slashesNamingNone(input: string): boolean {
  if (!/^[/\uff0f]{2}/u.test(input.trim())) return false;
  const names = (found: unknown) => {
    const answer = (found as { answer?: { source?: unknown; group?: unknown } }).answer;
    return answer !== undefined && (answer.source != null || answer.group != null);
  };
  return !names(outcome(classifyInput, input)) && !names(outcome(classifyBefore, input));
}

/**
 * Whether the answer is a share token opened by a corner bracket (「ABCDabcd1234」, 「ABCDabcd1234@),
 * as share texts quote one, which the reader before refused as a word: it names no source either way.
 */
function tokenInCornerBracket(now: unknown, before: unknown, input: string): boolean {
  const answer = (now as { answer?: { kind: string; token: string; source: unknown } }).answer;
  if (answer?.kind !== 'token' || !/^[\u300c\u300e]/u.test(answer.token)) return false;
  expect([answer.source, (before as { error?: unknown }).error !== undefined], JSON.stringify(input)).toEqual([null, true]);
  return true;
}

/** Pieces of links, near-links, spoofs and share texts. */
const pieces = [
  'https://', 'http:', 'http:/', 'HTTPS://', 'hTtP://', 'ｈｔｔｐｓ：／／', 'ｈｔｔｐ：', '𝐡𝐭𝐭𝐩𝐬://', 'javascript:', 'ｊａｖａｓｃｒｉｐｔ：', 'JavaScript:alert(1)', 'vbscript:', 'data:text/html,', 'file://', 'blob:', 'about:blank', 'view-source:',
  'taobao://', 'tbopen://', 'openapp.jdmobile://', 'x.javascript:0', 'mailto:', 'JD:', 'JD：', 'https\ufe13//', 'http\ufe55//', 'javascript\ufe13', 'x\ufe55', 'eOK:/', '10:30', ':8080', ':443', '：８０',
  'v.douyin.com/', 'm.tb.cn/h.', 's.click.taobao.com/', 'item.taobao.com', 'detail.tmall.com', 'item.jd.com', 'mobile.yangkeduo.com', 'www.kuaishou.com/f/', 'youzan.com', 'weidian.com',
  'item', 'm', 'u', 'taobao', 'tmall', 'jd', 'tb', 'cn', 'com', 'evil', 'example', 'xn--80ak6aa92e', 'xn--', '127.0.0.1', '1', '12', '999', '6.99',
  '.', '..', '。', '．', '｡', '@', '＠', '/', '／', '\\', '?', '？', '#', '=', '&', '%', '%2e', ':', '-', '--', '_', '[', ']', '(', ')', '!',
  ' ', '  ', '\n', '\r\n', '\t', '\u000b', '\u001f', '\u0000', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u2060',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c', '\ud800', '\udc00', '\ud835', '😀', '👉', '👈', '🇨🇳',
  '【', '】', '「', '」', '，', '：', '、', '“', '”', '’', "'", '"', '`', '◇', '℡', '♂', '·', '•',
  '淘宝', '天猫', '京东', '拼多多', '快手', '抖音', '淘♂寳♀', '綯℡寳', '復·制', '复制这段描述', '点击链接直接打开', '打开', 'ｔａｏｂａｏ', 'ｉｔｅｍ', 'ｊｄ', '１２３',
  '\u0430', 'ο', 'ı', 'İ', 'ß', 'ﬁ', 'ℌ', 'Ⅻ', '①', '٣', '𝟏', 'é', 'e\u0301', 'ä', 'ü.com',
  '￥', '€', '$', '¥', '＄', '（', '）', '！', 'AEpabxiRg0u', 'Hg5kZwOlPdA', '12345678901', 'abcdefghijklmn', 'ABCDEFGHIJKLMNOP',
];
const piecewise = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 24 }).map((parts) => parts.join(''));

/** Realistic share texts and links with their parts varied. */
const id = fc.bigInt({ min: 100000000000n, max: 999999999999n }).map(String);
const token = fc.stringMatching(/^[A-Za-z0-9]{9,15}$/);
const link = fc.oneof(
  id.map((n) => `https://item.taobao.com/item.htm?id=${n}`),
  fc.tuple(id, id).map(([a, b]) => `https://detail.tmall.com/item.htm?id=${a}&skuId=${b}`),
  id.map((n) => `https://item.jd.com/${n}.html`),
  id.map((n) => `item.jd.com/${n}.html`),
  id.map((n) => `https://mobile.yangkeduo.com/goods.html?goods_id=${n}`),
  token.map((t) => `https://m.tb.cn/h.${t}`),
  fc.tuple(token, token).map(([a, b]) => `https://m.tb.cn/h.${a}?tk=${b}`),
  token.map((t) => `https://v.douyin.com/${t}/`),
);
const around = fc.constantFrom('', ' ', '【淘宝】', '【天猫】', '【京东】', '【淘宝】好价, 限时 ', '【天猫】"新品" 上市, ', '复制', '👉', '\u3000', '，', '看看这个：');
const after = fc.constantFrom('', ' ', ' 点击链接直接打开 或者 淘宝搜索直接打开', ' 復制这段描述￥AEpabxiRg0u￥后到◇綯℡寳', '「爱他美」点击链接直接打开', '。', '，好物', ' evil.example/', '@evil.example', '．evil.com');
const shareText = fc.oneof(
  fc.tuple(around, link, after).map(([a, l, b]) => a + l + b),
  fc.tuple(around, token, fc.constantFrom('￥', '€', '#', '(', '（', '$'), fc.constantFrom('￥', '€', '%', ')', '）', '$'), after).map(([a, t, l, r, b]) => `${a}${l}${t}${r}${b}`),
  fc.tuple(link, fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), link).map(([l, mid, m]) => `${l} ${mid.join('')} ${m}`),
);
const anyText = fc.oneof(piecewise, shareText, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary-ascii', maxLength: 60 }));

describe('the link reader reads every text as it did before', () => {
  it('the realistic plan’s distinct source cells', () => {
    const texts = new Set<string>();
    for (const cells of realisticRows(60_000)) texts.add(cells[0]!);
    expect(texts.size).toBeGreaterThan(3000);
    for (const text of texts) same(text);
  });

  it('the spoof tables, alone and inside share texts', () => {
    const inputs = [...rows.map(([input]) => input), ...noLink.map(([input]) => input), ...legit.map(([input]) => input)];
    expect(inputs.length).toBeGreaterThan(150);
    for (const input of inputs) {
      same(input);
      for (const wrapper of wrappers) same(wrapper.replace('{}', input));
    }
  });

  it('generated realistic and hostile texts', () => {
    fc.assert(fc.property(anyText, (text) => same(text)), options);
  });

  it('generated texts, trimmed and with white space around', () => {
    fc.assert(fc.property(anyText, fc.constantFrom('', ' ', '\u3000', '\n', '\u001f', '\t'), (text, space) => same(`${space}${text}${space}`)), options);
  });
});
