// One model of "the link in this text": the link a person would open by tapping
// it. A hand-written scanner, linear in the length of the text (no regular
// expression runs over the input), so a megabyte of pasted text costs little.
// See the README, "Links as input", and issue 7.
import { once } from '../model/once.js';

/** A character as the scanner compares it: full-width and other compatibility forms folded to ASCII by NFKC, ideographic dots to '.'. */
const folded = new Map<number, string>();
function fold(character: string): string {
  const code = character.codePointAt(0)!;
  if (code < 0x80) return character;
  // The URL parser maps these to '.' inside a host (UTS 46): item。taobao。com is item.taobao.com.
  if (code === 0x3002 || code === 0xff0e || code === 0xff61) return '.';
  let mapped = folded.get(code);
  if (mapped === undefined) {
    const nfkc = character.normalize('NFKC');
    mapped = nfkc.length === 1 && nfkc.charCodeAt(0) < 0x80 ? nfkc : character;
    folded.set(code, mapped);
  }
  return mapped;
}

/** The text split into code points, each with its folded form. */
interface Chars {
  raw: string[];
  flat: string[];
}

function charsOf(text: string): Chars {
  const raw = Array.from(text);
  return { raw, flat: raw.map(fold) };
}

/**
 * The WHATWG URL parser's own preprocessing, applied to the whole text before
 * anything else: leading and trailing C0 controls and spaces stripped, every tab,
 * CR and LF removed (java\nscript: is javascript:; \x1fjavascript: is javascript:).
 */
export function urlPreprocess(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  let out = '';
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x09 && code !== 0x0a && code !== 0x0d) out += text[index];
  }
  return out;
}

const WHITE_SPACE = once(() => /^\p{White_Space}$/u);
/** \p{White_Space}; in ASCII, tab to carriage return and the space. */
const isSpace = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE().test(character);
};
const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isAsciiAlnum = (c: string): boolean => isAsciiLetter(c) || (c >= '0' && c <= '9');
const isSchemeChar = (c: string): boolean => isAsciiAlnum(c) || c === '+' || c === '-' || c === '.';

const CJK = once(() => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u);
const LETTER_OR_DIGIT = once(() => /^[\p{L}\p{N}\p{M}]$/u);
const PUNCTUATION_OR_SYMBOL = once(() => /^[\p{P}\p{S}]$/u);

/** A character that may be part of a host name as the scanner reads one: letters and digits of non-CJK scripts, '-', and dots. */
function isHostChar(flat: string): boolean {
  if (flat.length === 1 && flat.charCodeAt(0) < 0x80) return isAsciiAlnum(flat) || flat === '-' || flat === '.';
  return LETTER_OR_DIGIT().test(flat) && !CJK().test(flat);
}

/** Characters that end an authority for http and https, as the URL parser splits them (ASCII only: ／ does not). */
const AUTHORITY_END = new Set(['/', '\\', '?', '#']);

/**
 * Before a bare host, inside the same run of non-space characters, only CJK text and
 * punctuation may come ("【淘宝】item.taobao.com/x", "看看这个：item.jd.com/1.html"): a letter,
 * a digit or one of . / \ @ % ? # means the host would be part of something else.
 */
function isLeadIn(raw: string, flat: string): boolean {
  if (CJK().test(raw)) return true;
  if (!PUNCTUATION_OR_SYMBOL().test(raw)) return false;
  return !['.', '/', '\\', '@', '%', '?', '#'].includes(flat);
}

/** Schemes that run script or read local data: refused even when a digit follows the colon (javascript:0,…). */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'view-source']);

export interface SchemeFound {
  /** Lower-case, as the URL parser would read it. */
  scheme: string;
  /** Index in code points. */
  at: number;
}

/**
 * Every place the text names a scheme: ASCII letters (after folding) followed by ':'
 * and something that is not a space. `JD: https://…` is a word and a link, `eOK:/ ` a
 * Douyin share code, `item.jd.com:8080` and `10:30` a port and a time.
 */
function schemesIn(chars: Chars): SchemeFound[] {
  const { flat } = chars;
  const found: SchemeFound[] = [];
  let index = 0;
  while (index < flat.length) {
    if (!isSchemeChar(flat[index]!)) {
      index++;
      continue;
    }
    let start = index;
    while (index < flat.length && isSchemeChar(flat[index]!)) index++;
    if (flat[index] !== ':') continue;
    while (start < index && !isAsciiLetter(flat[start]!)) start++;
    if (start === index) continue;
    const scheme = flat.slice(start, index).join('').toLowerCase();
    // A full-width colon ends a scheme only for the web and script schemes (ｈｔｔｐｓ：／／, ｊａｖａｓｃｒｉｐｔ：):
    // JD：https://… is a word and a link.
    if (chars.raw[index] !== ':' && scheme !== 'http' && scheme !== 'https' && !SCRIPT_SCHEMES.has(scheme)) continue;
    const next = flat[index + 1];
    if (next === undefined || isSpace(next)) continue;
    if (next === '/' && (flat[index + 2] === undefined || isSpace(flat[index + 2]!))) continue;
    const slashes = next === '/' && flat[index + 2] === '/';
    if (next >= '0' && next <= '9' && !SCRIPT_SCHEMES.has(scheme.slice(scheme.lastIndexOf('.') + 1))) continue;
    // A run with a dot and no // after the colon is a host and port, or a word and a colon.
    if (scheme.includes('.') && !slashes && !SCRIPT_SCHEMES.has(scheme.slice(scheme.lastIndexOf('.') + 1))) continue;
    found.push({ scheme, at: start });
  }
  return found;
}

export interface LinkCandidate {
  /** The candidate as the URL parser is given it: https:// prefixed to a bare host, the scheme folded to ASCII. */
  text: string;
  /** The candidate with the rest of the text after it, which an address bar would read whole. */
  toEnd: string;
  /** What comes before the authority in text: the scheme and slashes. */
  prefix: string;
  /** The part after the scheme and slashes, up to the end of the authority, as written. */
  authority: string;
  /** Index in code points where the link starts. */
  at: number;
  bare: boolean;
}

export interface ScanResult {
  /** Schemes other than http and https, in order. */
  otherSchemes: SchemeFound[];
  link: LinkCandidate | null;
}

/** The first link in the text, and every other scheme the text names. Linear in the length of the text. */
export function scanText(text: string): ScanResult {
  const chars = charsOf(text);
  const otherSchemes: SchemeFound[] = [];
  const httpAt = new Map<number, string>();
  for (const found of schemesIn(chars)) {
    if (found.scheme === 'http' || found.scheme === 'https') httpAt.set(found.at, found.scheme);
    else otherSchemes.push(found);
  }
  return { otherSchemes, link: firstLink(chars, httpAt) };
}

function firstLink(chars: Chars, httpAt: Map<number, string>): LinkCandidate | null {
  const { raw, flat } = chars;
  let chunkStart = 0;
  /** Whether only lead-in characters have come since the start of this run of non-space characters. */
  let leadIn = true;
  for (let index = 0; index < flat.length; index++) {
    const c = flat[index]!;
    if (isSpace(raw[index]!)) {
      chunkStart = index + 1;
      leadIn = true;
      continue;
    }
    const scheme = httpAt.get(index);
    if (scheme !== undefined) return withScheme(chars, index, scheme);
    if (leadIn && isHostChar(c)) {
      const bare = bareHost(chars, index, index === 0 && chunkEnd(raw, 0) === raw.length);
      if (bare) return bare;
    }
    if (leadIn && index === chunkStart && index === 0 && c === '/' && flat[1] === '/' && chunkEnd(raw, 0) === raw.length) {
      return candidate(chars, 'https:', index + 2, index, true);
    }
    if (!isLeadIn(raw[index]!, c)) leadIn = false;
  }
  return null;
}

function chunkEnd(raw: string[], from: number): number {
  let end = from;
  while (end < raw.length && !isSpace(raw[end]!)) end++;
  return end;
}

function withScheme(chars: Chars, at: number, scheme: string): LinkCandidate {
  let index = at + scheme.length + 1;
  while (chars.flat[index] === '/' || chars.flat[index] === '\\') index++;
  return candidate(chars, `${scheme}://`, index, at, false);
}

/**
 * A host written without a scheme where a link may start. It must look like a host
 * (a dot between labels, a letter in the last label, or four numbers); inside a longer
 * text it must be followed by a path, query or fragment, so "6.99" and "c@a.aN" are not links.
 */
function bareHost(chars: Chars, at: number, whole: boolean): LinkCandidate | null {
  const { raw, flat } = chars;
  let end = at;
  while (end < flat.length && isHostChar(flat[end]!)) end++;
  const labels = flat.slice(at, end).join('').split('.');
  if (labels[labels.length - 1] === '') labels.pop();
  if (labels.length < 2 || labels.includes('')) return null;
  const last = labels[labels.length - 1]!;
  const ipv4 = labels.length === 4 && labels.every((label) => /^[0-9]{1,3}$/.test(label));
  if (!ipv4 && !/[^0-9]/.test(last)) return null;
  if (!whole) {
    const stop = chunkEnd(raw, at);
    let delimited = false;
    for (let index = end; index < stop && !delimited; index++) delimited = AUTHORITY_END.has(raw[index]!);
    if (!delimited) return null;
  }
  return candidate(chars, 'https://', at, at, true);
}

function candidate(chars: Chars, prefix: string, from: number, at: number, bare: boolean): LinkCandidate {
  const { raw } = chars;
  const stop = chunkEnd(raw, from);
  let authorityEnd = from;
  while (authorityEnd < stop && !AUTHORITY_END.has(raw[authorityEnd]!)) authorityEnd++;
  const rest = raw.slice(from, stop).join('');
  return {
    text: prefix + rest,
    prefix,
    toEnd: prefix + raw.slice(from).join(''),
    authority: raw.slice(from, authorityEnd).join(''),
    at,
    bare,
  };
}

/**
 * The host the scanner reads in an authority: after the last '@', without a port,
 * folded and lower-case; null when it holds anything but host characters (a quote,
 * CJK, an emoji, '%', an invisible character), where the scanner and the URL parser
 * could disagree.
 */
export function scannedHost(authority: string): string | null {
  const hostPort = Array.from(authority.slice(authority.lastIndexOf('@') + 1), fold);
  let colon = hostPort.lastIndexOf(':');
  for (let index = colon + 1; colon >= 0 && index < hostPort.length; index++) {
    if (!(hostPort[index]! >= '0' && hostPort[index]! <= '9')) colon = -1;
  }
  const host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  return host.every(isHostChar) ? host.join('').toLowerCase() : null;
}
