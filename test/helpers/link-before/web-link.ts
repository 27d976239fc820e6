// The link reader as it was before it scanned strings by code unit (src/link/web-link.ts then), kept
// unchanged as the reference test/link/differential.test.ts compares the reader with (#18).
// Reads the link a scan found with the WHATWG URL parser, so the host is the one
// a browser would connect to, whatever the text looks like
// (https://taobao.com@evil.example/ goes to evil.example). Where the scanner and
// the parser could disagree on where the host ends, the link is ambiguous and is
// not recognised: a spoof must never inherit a verdict (issue 7).
import { once } from '../../../src/model/once.js';
import { normaliseHost } from './host.js';
import { scannedHost, type LinkCandidate } from './scan.js';

export interface WebLink {
  url: string;
  host: string;
}

export type ReadLink = (WebLink & { ambiguous: boolean }) | { invalid: true };

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

export function isWebScheme(scheme: string): boolean {
  return WEB_SCHEMES.has(scheme);
}

/** The text as an http(s) URL with a host, or null. */
export function parseWebLink(text: string): WebLink | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!isWebScheme(url.protocol.slice(0, -1)) || url.hostname === '') return null;
  return { url: url.href, host: normaliseHost(url.hostname) };
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
  const parsed = parseWebLink(link.text);
  const scanned = scannedHost(link.authority);
  if (!parsed) return scanned === null ? { url: link.text, host: hostShown(link.authority), ambiguous: true } : { invalid: true };
  if (link.readOn !== null) {
    const onward = parseWebLink(link.readOn);
    // Read on past the white space, the link leads elsewhere (or nowhere): report where, and recognise neither.
    if (!onward) return { url: displayUrl(link, parsed), host: parsed.host, ambiguous: true };
    if (onward.host !== parsed.host) return { ...onward, ambiguous: true };
  }
  // A host of ASCII letters must come out of the parser as written; one with letters of
  // other scripts (an IDN) comes out in punycode, which the parser alone can give.
  const sure = !link.doubtful && scanned !== null && (/[^\x00-\x7f]/u.test(scanned) || normaliseHost(scanned) === parsed.host);
  return { url: displayUrl(link, parsed), host: parsed.host, ambiguous: !sure };
}

function hostShown(authority: string): string {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return [...host].slice(0, 253).join('');
}

/** Characters that end the path of a link in a share text for display: CJK text and punctuation, full-width forms, quotes, emoji. */
const STOP = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\p{Extended_Pictographic}<>"'`]/u);
const TRAILING = new Set(['.', ',', ';', ':', '!', '?']);

/** The link as shown: cut where the share text around it resumes, if that leaves the host as it is. */
function displayUrl(link: LinkCandidate, parsed: WebLink): string {
  const start = link.prefix.length + link.authority.length;
  let end = start;
  for (const character of link.text.slice(start)) {
    if (STOP().test(character)) break;
    end += character.length;
  }
  while (end > start && TRAILING.has(link.text[end - 1]!)) end--;
  const cut = parseWebLink(link.text.slice(0, end));
  return cut && cut.host === parsed.host ? cut.url : parsed.url;
}
