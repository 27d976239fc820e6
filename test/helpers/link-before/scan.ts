// The link reader as it was before it scanned strings by code unit (src/link/scan.ts then), kept
// unchanged as the reference test/link/differential.test.ts compares the reader with (#18).
// One model of "the link in this text": the link a person would open by tapping
// it. A hand-written scanner, linear in the length of the text (no regular
// expression runs over the input), so a megabyte of pasted text costs little.
// See docs/links.md.
import { once } from '../../../src/model/once.js';

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
 * The text trimmed as the WHATWG URL parser trims it: leading and trailing C0
 * controls and spaces (\x1fjavascript: is javascript:). Tabs, CR and LF inside
 * are kept: the parser would drop them and join what they separate
 * (https://evil.cn\n.jd.com is evil.cn.jd.com to it), but a reader sees the pieces
 * apart, so here every kind of white space ends a link (issue 14).
 */
export function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
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
function schemesIn(chars: Chars, broken: number[]): SchemeFound[] {
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
    // https: or https:/ and white space: a web link broken in two, which puts any link after it in doubt.
    const cut = next === undefined || isSpace(next) || (next === '/' && (flat[index + 2] === undefined || isSpace(flat[index + 2]!)));
    if (cut && (scheme === 'http' || scheme === 'https')) broken.push(start);
    if (cut) continue;
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
  /**
   * When the authority runs up to white space: the candidate with the white space after it
   * dropped and the rest of the text after it, as a reader who took the break for an
   * accident (or an address bar) would read on. Null when nothing follows or the host ends
   * before the white space.
   */
  readOn: string | null;
  /**
   * Where the link stands makes its host doubtful, whatever it parses to: it comes after a
   * character that makes it part of another link (evil.example/?u=https://…) or after a web
   * link broken by white space (https:/ /evil.example), a bare host follows text it would
   * join without the white space before it (10:30 item.jd.com), or a bidi control in its
   * paragraph, before the end of its host, reorders what a reader sees.
   */
  doubtful: boolean;
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
  const broken: number[] = [];
  for (const found of schemesIn(chars, broken)) {
    if (found.scheme === 'http' || found.scheme === 'https') httpAt.set(found.at, found.scheme);
    else otherSchemes.push(found);
  }
  const link = firstLink(chars, httpAt);
  if (link && broken.length > 0 && broken[0]! < link.at) link.doubtful = true;
  return { otherSchemes, link };
}

/** Characters after which, in the same run of non-space characters, a link is part of another one (…/?u=https://…). */
const INSIDE_LINK = new Set(['/', '\\', '@', '%', '?', '#', '=', '&']);
const isDash = (flat: string): boolean => flat === '-';

function firstLink(chars: Chars, httpAt: Map<number, string>): LinkCandidate | null {
  const { raw, flat } = chars;
  let chunkStart = 0;
  /** Whether only lead-in characters have come since the start of this run of non-space characters. */
  let leadIn = true;
  /** Whether a character that makes a link part of another one has come since the start of this run. */
  let inside = false;
  /** Whether a character a host could join onto (a letter, a digit, a dot, '/', '@'…) has come since the last CJK character, across white space. */
  let word = false;
  /**
   * Whether the text before the white space ends in CJK text and lead-in punctuation only, so
   * that a bare host after it would not join onto a word were the white space not there: after
   * "10:30 " or "evil.com 【 " the host is in doubt (a reader may see one word, #14).
   */
  let joinsCleanly = true;
  /** The end of the run of host characters the last bare-host attempt read, so that a run is read at most twice. */
  let runStart = -1;
  let runEnd = -1;
  for (let index = 0; index < flat.length; index++) {
    const c = flat[index]!;
    if (isSpace(raw[index]!)) {
      if (chunkStart < index) joinsCleanly = !word;
      chunkStart = index + 1;
      leadIn = true;
      inside = false;
      continue;
    }
    const scheme = httpAt.get(index);
    if (scheme !== undefined) return withScheme(chars, index, scheme, inside);
    if (leadIn && isHostChar(c)) {
      if (index >= runEnd) {
        runStart = index;
        runEnd = hostEnd(flat, index);
      }
      // Inside a run of host characters only its start and the first character after its
      // leading dashes can start a host: from any other dash the labels read the same as from
      // the start, so a run of dashes costs its length once, not its length squared (#14).
      if (index === runStart || (!isDash(c) && isDash(flat[index - 1]!))) {
        const whole = index === 0 && chunkEnd(raw, 0) === raw.length;
        const bare = bareHost(chars, index, runEnd, whole, !joinsCleanly);
        if (bare) return bare;
      }
    }
    if (leadIn && index === chunkStart && index === 0 && c === '/' && flat[1] === '/' && chunkEnd(raw, 0) === raw.length) {
      return candidate(chars, 'https:', index + 2, index, { bare: true, doubtful: false });
    }
    if (!isLeadIn(raw[index]!, c)) leadIn = false;
    if (INSIDE_LINK.has(c)) inside = true;
    word = CJK().test(raw[index]!) ? false : word || isHostChar(c) || !isLeadIn(raw[index]!, c);
  }
  return null;
}

function hostEnd(flat: string[], from: number): number {
  let end = from;
  while (end < flat.length && isHostChar(flat[end]!)) end++;
  return end;
}

function chunkEnd(raw: string[], from: number): number {
  let end = from;
  while (end < raw.length && !isSpace(raw[end]!)) end++;
  return end;
}

function withScheme(chars: Chars, at: number, scheme: string, inside: boolean): LinkCandidate {
  let index = at + scheme.length + 1;
  while (chars.flat[index] === '/' || chars.flat[index] === '\\') index++;
  return candidate(chars, `${scheme}://`, index, at, { bare: false, doubtful: inside });
}

/**
 * A host written without a scheme where a link may start. It must look like a host
 * (a dot between labels, a letter in the last label, or four numbers); inside a longer
 * text it must be followed by a path, query or fragment, so "6.99" and "c@a.aN" are not links.
 */
function bareHost(chars: Chars, at: number, end: number, whole: boolean, joined: boolean): LinkCandidate | null {
  const { raw, flat } = chars;
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
  return candidate(chars, 'https://', at, at, { bare: true, doubtful: joined });
}

/** Where a paragraph ends for the bidi algorithm (UAX #9, class B), and with it every override. */
const PARAGRAPH_END = new Set(['\n', '\r', '\u001c', '\u001d', '\u001e', '\u0085', '\u2029']);
/** Controls that make a text show in another order than it is read (Trojan Source, CVE-2021-42574). */
const BIDI_CONTROL = once(() => /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);

function candidate(chars: Chars, prefix: string, from: number, at: number, place: { bare: boolean; doubtful: boolean }): LinkCandidate {
  const { raw } = chars;
  const stop = chunkEnd(raw, from);
  let authorityEnd = from;
  while (authorityEnd < stop && !AUTHORITY_END.has(raw[authorityEnd]!)) authorityEnd++;
  const rest = raw.slice(from, stop).join('');
  let next = stop;
  while (next < raw.length && isSpace(raw[next]!)) next++;
  const readOn = authorityEnd === stop && next < raw.length ? prefix + rest + raw.slice(next).join('') : null;
  // An override, embedding, isolate or mark reorders what follows it up to the end of its paragraph
  // (UAX #9), so one between the paragraph's start and the end of the host puts the link in doubt;
  // after the host it reorders only the path.
  let paragraph = at;
  while (paragraph > 0 && !PARAGRAPH_END.has(raw[paragraph - 1]!)) paragraph--;
  const bidi = BIDI_CONTROL().test(raw.slice(paragraph, authorityEnd).join(''));
  return {
    text: prefix + rest,
    prefix,
    readOn,
    doubtful: place.doubtful || bidi,
    authority: raw.slice(from, authorityEnd).join(''),
    at,
    bare: place.bare,
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
