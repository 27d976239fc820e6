// Reads the link a scan found with the WHATWG URL parser, so the host is the one
// a browser would connect to, whatever the text looks like
// (https://taobao.com@evil.example/ goes to evil.example). Where the scanner and
// the parser could disagree on where the host ends, the link is ambiguous and is
// not recognised: a spoof must never inherit a verdict (issue 7).
import { once } from '../model/once.js';
import { normaliseHost } from './host.js';
import type { LinkCandidate } from './link-candidate.js';
import { scannedHost } from './scanned-host.js';

export interface WebLink {
  url: string;
  host: string;
}

/** The link as shown, its host and path, and whether its host is in doubt; or no web link at all, with the port that alone made it none. */
export type ReadLink = (WebLink & { pathname: string; ambiguous: boolean }) | { invalid: true; port?: string };

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

export function isWebScheme(scheme: string): boolean {
  return WEB_SCHEMES.has(scheme);
}

/** The text as an http(s) URL with a host, or null. */
export function parseWebLink(text: string): WebLink | null {
  const parsed = parseWeb(text);
  return parsed === null ? null : { url: parsed.url, host: parsed.host };
}

/** The host and path of the text as an http(s) URL with a host, or null. */
export function parseWebPath(text: string): { host: string; pathname: string } | null {
  const parsed = parseWeb(text);
  return parsed === null ? null : { host: parsed.host, pathname: parsed.pathname };
}

/** A web link as read, with the path a short link is told by. */
interface ParsedLink extends WebLink {
  pathname: string;
}

function parseWeb(text: string): ParsedLink | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const { protocol, hostname } = url;
  if ((protocol !== 'https:' && protocol !== 'http:') || hostname === '') return null;
  return { url: url.href, host: normaliseHost(hostname), pathname: url.pathname };
}

/**
 * The host is the URL parser's host for the whole candidate (up to the next white space).
 * It is trusted only when it is exactly the ASCII host the scanner read (folded:
 * ｉｔｅｍ．ｊｄ．ｃｏｍ and item。taobao。com are fine), when the place of the link leaves
 * no doubt (see LinkCandidate.doubtful), and when reading on past the white space, as a
 * reader or an address bar could, leads to the same host (https://taobao.com @evil.example/,
 * https://evil.cn⏎.jd.com/).
 */
export function readLink(link: LinkCandidate): ReadLink {
  const parsed = parseWeb(link.text);
  if (!parsed) {
    const port = refusedPort(link);
    if (port !== undefined) return { invalid: true, port };
  }
  const scanned = scannedHost(link.authority);
  if (!parsed) return scanned === null ? { url: link.text, host: hostShown(link.authority), pathname: '', ambiguous: true } : { invalid: true };
  if (link.readOn !== null) {
    const onward = parseWeb(link.readOn);
    // Read on past the white space, the link leads elsewhere (or nowhere): report where, and recognise neither.
    if (!onward) return shown(displayUrl(link, parsed), true);
    // A host in punycode that only reading on made (www.jd.com⏎好物 is www.jd.xn--com-…) was never typed: the link is shown as written.
    if (onward.host !== parsed.host) return shown(onward.host.includes('xn--') && !parsed.host.includes('xn--') ? displayUrl(link, parsed) : onward, true);
  }
  // A host of ASCII letters must come out of the parser as written; one with letters of
  // other scripts (an IDN) comes out in punycode, which the parser alone can give.
  const sure = !link.doubtful && scanned !== null && (!isAscii(scanned) || normaliseHost(scanned) === parsed.host);
  return shown(displayUrl(link, parsed), !sure);
}

/**
 * The port of a link the URL parser refused, when the port alone is why: one that is no number
 * from 0 to 65535 (:99999, :abc, :-1, full-width digits) after a host the parser reads without it.
 * The link is refused all the same; this only says what is wrong with it.
 */
function refusedPort({ text, prefix, authority }: LinkCandidate): string | undefined {
  const from = authority.lastIndexOf('@') + 1;
  // An IPv6 address's colons are inside its brackets.
  const colon = authority.indexOf(':', authority.charCodeAt(from) === 0x5b ? authority.indexOf(']', from) + 1 || authority.length : from);
  if (colon < 0) return undefined;
  const port = authority.slice(colon + 1);
  if (/^\d*$/.test(port) && Number(port) <= 65535) return undefined;
  return parseWeb(prefix + authority.slice(0, colon) + text.slice(prefix.length + authority.length)) ? port : undefined;
}

function shown({ url, host, pathname }: ParsedLink, ambiguous: boolean): ReadLink {
  return { url, host, pathname, ambiguous };
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function hostShown(authority: string): string {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return [...host].slice(0, 253).join('');
}

/** Characters that end the path of a link in a share text for display: CJK text and punctuation, full-width forms, quotes, emoji. */
const STOP = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\p{Extended_Pictographic}<>"'`]/u);
/** STOP's answer for each BMP code point, the first time it is asked: 1 stops, 2 does not (#18). */
const stops = new Uint8Array(0x10000);

function isStop(code: number): boolean {
  if (code < 0x80) return code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27 || code === 0x60;
  if (code > 0xffff) return STOP().test(String.fromCodePoint(code));
  let known = stops[code]!;
  if (known === 0) stops[code] = known = STOP().test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Trailing . , ; : ! ? */
const isTrailing = (unit: number): boolean => unit === 0x2e || unit === 0x2c || unit === 0x3b || unit === 0x3a || unit === 0x21 || unit === 0x3f;

/** The link as shown: cut where the share text around it resumes, if that leaves the host as it is. */
function displayUrl(link: LinkCandidate, parsed: ParsedLink): ParsedLink {
  const { text } = link;
  const start = link.prefix.length + link.authority.length;
  let end = start;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    if (isStop(code)) break;
    end += code > 0xffff ? 2 : 1;
  }
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  // Nothing cut: the link reads as parsed.
  if (end === text.length) return parsed;
  const cut = parseWeb(text.slice(0, end));
  return cut && cut.host === parsed.host ? cut : parsed;
}
