// A link found in a text, as the scanner (scan.ts) hands it on: where it starts, its authority as
// written, and what makes its host doubtful; a host written without a scheme is one only when it
// looks like a host. Linear in the length of the text, as the scanner is.
import { flatCode, infoOf, LEAD_IN, SPACE, widthOf } from './code-points.js';
import { BACKSLASH, DASH, DOT, isDigitCode, SLASH } from './schemes.js';

const AT = 0x40;
const QUESTION = 0x3f;
const HASH = 0x23;

export interface LinkCandidate {
  /** The candidate as the URL parser is given it: https:// prefixed to a bare host, the scheme folded to ASCII. */
  text: string;
  /**
   * When the authority runs up to white space: the candidate with the white space after it
   * dropped and the rest of the text after it, as a reader who took the break for an accident
   * (or an address bar) would read on, or as the URL parser reads on past a tab or a line break.
   * Null when nothing follows, the host ends before the white space, or what follows it could not
   * continue a host (好物推荐, 【, an emoji: continuesHost).
   */
  readOn: string | null;
  /**
   * The candidate with the white space after it dropped and the text's next run of non-space
   * characters after that: the link read on past a break anywhere in it (a tab a sheet wrote, a
   * line a chat broke), where readOn reads on only past a break that ends the host. Null when
   * nothing follows.
   */
  joined: string | null;
  /**
   * Where the link stands makes its host doubtful, whatever it parses to: it comes after a
   * character that makes it part of another link (evil.example/?u=https://…) or after a web
   * link broken by white space (https:/ /evil.example), a bare host follows text it would
   * join without the white space before it (10:30 item.jd.com), a bidi control in its
   * paragraph, before the end of its host, reorders what a reader sees, or a backslash ends its
   * host with an '@' after it, before the path (https://item.taobao.com\@evil.example/: the URL
   * parser, as a browser, reads item.taobao.com; Python's urllib.parse reads evil.example),
   * with or without white space between them.
   */
  doubtful: boolean;
  /** What comes before the authority in text: the scheme and slashes. */
  prefix: string;
  /** The part after the scheme and slashes, up to the end of the authority, as written. */
  authority: string;
  /** Index in code units where the link starts. */
  at: number;
  bare: boolean;
}

/** Where the run of non-space characters from the index ends. */
export function chunkEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    if (unit < 0x80) {
      if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)) break;
      end++;
      continue;
    }
    const code = text.codePointAt(end)!;
    if (infoOf(code) & SPACE) break;
    end += widthOf(code);
  }
  return end;
}

/** Where the white space from the index ends. */
function spaceEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    if (!(infoOf(code) & SPACE)) break;
    end += widthOf(code);
  }
  return end;
}

/** The app link from the index up to the next white space. */
export function linkUpToSpace(text: string, at: number): string {
  return text.slice(at, chunkEnd(text, at));
}

/** Whether the code unit ends an authority for http and https, as the URL parser splits them (ASCII only: ／ does not): / \ ? #. */
const isAuthorityEnd = (unit: number): boolean => unit === SLASH || unit === BACKSLASH || unit === QUESTION || unit === HASH;

/**
 * A host written without a scheme where a link may start. It must look like a host
 * (a dot between labels, a letter in the last label, or four numbers); inside a longer
 * text it must be followed by a path, query or fragment, so "6.99" and "c@a.aN" are not links.
 */
export function bareHost(text: string, at: number, end: number, whole: boolean, joined: boolean): LinkCandidate | null {
  // The labels between the dots, read once: how many, whether one is empty, whether each of
  // those so far and the last two are one to three digits, whether the last two have a non-digit.
  let labels = 0;
  let empty = false;
  let allNumbers = true;
  let length = 0;
  let number = true;
  let other = false;
  let previousNumber = true;
  let previousOther = false;
  for (let index = at; index <= end; ) {
    const code = index < end ? text.codePointAt(index)! : -1;
    const c = code < 0 ? DOT : flatCode(infoOf(code));
    if (code < 0 || c === DOT) {
      labels++;
      if (code >= 0 && length === 0) empty = true;
      if (code < 0) break;
      allNumbers &&= number && length >= 1 && length <= 3;
      previousNumber = number && length >= 1 && length <= 3;
      previousOther = other;
      length = 0;
      number = true;
      other = false;
      index += widthOf(code);
      continue;
    }
    length++;
    if (!isDigitCode(c)) {
      number = false;
      other = true;
    }
    index += widthOf(code);
  }
  // A trailing dot (item.jd.com.) ends the last label; any other empty label is no host.
  let lastNumber = number && length >= 1 && length <= 3;
  let lastOther = other;
  if (length === 0) {
    labels--;
    lastNumber = previousNumber;
    lastOther = previousOther;
  } else {
    allNumbers &&= lastNumber;
  }
  if (labels < 2 || empty) return null;
  const ipv4 = labels === 4 && allNumbers;
  if (!ipv4 && !lastOther) return null;
  if (!whole) {
    const stop = chunkEnd(text, at);
    let delimited = false;
    for (let index = end; index < stop && !delimited; index++) delimited = isAuthorityEnd(text.charCodeAt(index));
    if (!delimited) return null;
  }
  return candidate(text, 'https://', at, at, { bare: true, doubtful: joined });
}

/**
 * Whether an '@' comes after `from` before a '/', '?' or '#': after a backslash that ends a host
 * for the URL parser, a parser that does not read a backslash as a slash (Python's urllib.parse)
 * still reads an authority there, white space and all, and its host after that '@'.
 */
function atBeforePath(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit === AT) return true;
    if (unit !== BACKSLASH && isAuthorityEnd(unit)) return false;
  }
  return false;
}

/**
 * Whether what stands at the index, after white space that ends a host, could continue it were the
 * white space an accident, or the URL parser's to drop (a tab, a line break): .jd.com,
 * @evil.example, a letter, a digit, an invisible character the parser drops; anything but CJK text
 * and punctuation or symbols other than . / \ @ % ? # - _ (LEAD_IN). Before 好物推荐, 【 or an emoji
 * the host ends where a reader sees it end, as a link does at white space.
 */
function continuesHost(text: string, index: number): boolean {
  const info = infoOf(text.codePointAt(index)!);
  const c = flatCode(info);
  return !(info & LEAD_IN) || c === DASH || c === 0x5f;
}

/** Where a paragraph ends for the bidi algorithm (UAX #9, class B), and with it every override: \n \r \x1c–\x1e \x85 \u2029. */
const isParagraphEnd = (unit: number): boolean => unit === 0x0a || unit === 0x0d || (unit >= 0x1c && unit <= 0x1e) || unit === 0x85 || unit === 0x2029;
/** Controls that make a text show in another order than it is read (Trojan Source, CVE-2021-42574). */
const isBidiControl = (unit: number): boolean => unit === 0x061c || unit === 0x200e || unit === 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);

export function candidate(text: string, prefix: string, from: number, at: number, place: { bare: boolean; doubtful: boolean }): LinkCandidate {
  const stop = chunkEnd(text, from);
  let authorityEnd = from;
  while (authorityEnd < stop && !isAuthorityEnd(text.charCodeAt(authorityEnd))) authorityEnd++;
  const rest = text.slice(from, stop);
  const next = spaceEnd(text, stop);
  const readOn = authorityEnd === stop && next < text.length && continuesHost(text, next) ? prefix + rest + text.slice(next) : null;
  const joined = next < text.length ? prefix + rest + text.slice(next, chunkEnd(text, next)) : null;
  // An override, embedding, isolate or mark reorders what follows it up to the end of its paragraph
  // (UAX #9), so one between the paragraph's start and the end of the host puts the link in doubt;
  // after the host it reorders only the path.
  let paragraph = at;
  while (paragraph > 0 && !isParagraphEnd(text.charCodeAt(paragraph - 1))) paragraph--;
  let bidi = false;
  for (let index = paragraph; index < authorityEnd && !bidi; index++) bidi = isBidiControl(text.charCodeAt(index));
  // Where the host ends, for a reader who reads on past white space (readOn).
  const hostEnd = authorityEnd === stop ? next : authorityEnd;
  const backslashed = text.charCodeAt(hostEnd) === BACKSLASH && atBeforePath(text, hostEnd);
  return {
    text: prefix + rest,
    prefix,
    readOn,
    joined,
    doubtful: place.doubtful || bidi || backslashed,
    authority: text.slice(from, authorityEnd),
    at,
    bare: place.bare,
  };
}

/** The most code points before a link that can hold a mark and white space around it. */
export const MARK_TEXT = 128;

/** How many code points come before the index (in code units), counted only as far as MARK_TEXT + 1. */
export function codePointsBefore(text: string, index: number): number {
  if (index <= MARK_TEXT) return index;
  let count = 0;
  for (let unit = 0; unit < index && count <= MARK_TEXT; unit += text.codePointAt(unit)! > 0xffff ? 2 : 1) count++;
  return count;
}
