// Where a text names a scheme (https:, javascript:, taobao:…), read as the URL parser would read
// it after folding, and the characters a scheme and a host are made of (scan.ts, scanned-host.ts).
import { codePointBefore, flatAt, flatCode, flatSpaceAt, infoOf, widthOf } from './code-points.js';

/** Schemes that run script or read local data: refused even when a digit follows the colon (javascript:0,…). */
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'about', 'view-source']);

/** Whether the scheme runs script or reads local data (see SCRIPT_SCHEMES). */
export const isScriptScheme = (scheme: string): boolean => SCRIPT_SCHEMES.has(scheme);

/**
 * Schemes that open something with no // after their colon (mailto:a@b, tel:+86…, intent:#Intent;…),
 * besides those that run script: `word:` before anything but // is such a scheme, or one a source
 * lists (schemesIn's appSchemes), or it is a word and a colon (Color:white, note:好, tk:abc).
 */
const SLASHLESS_SCHEMES = new Set([...SCRIPT_SCHEMES, 'mailto', 'tel', 'sms', 'intent']);

const NO_SCHEMES: ReadonlySet<string> = new Set();

export interface SchemeFound {
  /** Lower-case, as the URL parser would read it. */
  scheme: string;
  /** Index in code units. */
  at: number;
  /**
   * Set by scanText for a scheme other than http and https that stands inside another link: after
   * / \ @ % ? # = or & in its run of non-space characters (…/?u=taobao://…), or anywhere after a
   * web link broken by white space (https:/ /…).
   */
  inside?: true;
  /** Set by scanText for a scheme that stands in another link's run of non-space characters, after / \ @ % ? # = or & (…?spm=a:b, https://user:pw@…). */
  inLink?: true;
}

/** A scheme found, and the index in code units just after its colon. */
export interface SchemeAt extends SchemeFound {
  after: number;
}

export const isAsciiLetterCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** An ASCII letter or digit, '+', '-' or '.'. */
const isSchemeCode = (c: number): boolean => isAsciiLetterCode(c) || isDigitCode(c) || c === 0x2b || c === 0x2d || c === 0x2e;
export const SLASH = 0x2f;
export const BACKSLASH = 0x5c;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const DOT = 0x2e;

/** The scheme's folded characters, lower-case. */
function schemeText(text: string, from: number, to: number): string {
  let ascii = true;
  for (let index = from; index < to && ascii; index++) ascii = text.charCodeAt(index) < 0x80;
  if (ascii) return text.slice(from, to).toLowerCase();
  let scheme = '';
  for (let index = from; index < to; ) {
    const code = text.codePointAt(index)!;
    scheme += String.fromCharCode(flatCode(infoOf(code)));
    index += widthOf(code);
  }
  return scheme.toLowerCase();
}

/** Whether two slashes (or backslashes, which the URL parser reads as slashes in a web link) follow the index, folded. */
function isSlashed(text: string, from: number): boolean {
  const first = flatAt(text, from);
  if (first !== SLASH && first !== BACKSLASH) return false;
  const second = flatAt(text, from + widthOf(text.codePointAt(from)!));
  return second === SLASH || second === BACKSLASH;
}

/** The characters NFKC folds to ':' (test/link/scan-tables.test.ts checks the list against NFKC). */
const COLONS = /[:\ufe13\ufe55\uff1a]/g;

/** Where the next character that folds to ':' stands from the index, or -1. */
function nextColon(text: string, from: number): number {
  COLONS.lastIndex = from;
  return COLONS.exec(text)?.index ?? -1;
}

/**
 * Every place the text names a scheme: ASCII letters (after folding) followed by ':'
 * and something that is not a space. `JD: https://…` is a word and a link, `eOK:/ ` a
 * Douyin share code, `item.jd.com:8080` and `10:30` a port and a time. A word and a colon
 * are a scheme only when two slashes follow (`ftp://`, `weixin://`, backslashes as the URL
 * parser reads them), when the word is http or https, or when it is a scheme that opens
 * something without slashes (SLASHLESS_SCHEMES, and the app schemes given): `Color:white`
 * and `tk:abc` in a product title are words.
 */
export function schemesIn(text: string, broken: number[], appSchemes: ReadonlySet<string> = NO_SCHEMES): SchemeAt[] {
  const found: SchemeAt[] = [];
  const length = text.length;
  // A scheme ends at a colon: the text is searched for those natively, and from each the
  // scheme characters before it are read back to the start of their run.
  for (let index = nextColon(text, 0); index >= 0; index = nextColon(text, index + 1)) {
    let start = index;
    while (start > 0) {
      const before = codePointBefore(text, start);
      if (!isSchemeCode(before < 0x80 ? before : flatCode(infoOf(before)))) break;
      start -= widthOf(before);
    }
    if (start === index) continue;
    while (start < index) {
      const first = text.codePointAt(start)!;
      if (isAsciiLetterCode(flatCode(infoOf(first)))) break;
      start += widthOf(first);
    }
    if (start === index) continue;
    const scheme = schemeText(text, start, index);
    // A full-width colon ends a scheme only for the web and script schemes (ｈｔｔｐｓ：／／, ｊａｖａｓｃｒｉｐｔ：):
    // JD：https://… is a word and a link.
    if (text.charCodeAt(index) !== COLON && scheme !== 'http' && scheme !== 'https' && !SCRIPT_SCHEMES.has(scheme)) continue;
    const colonEnd = index + widthOf(text.codePointAt(index)!);
    const next = flatAt(text, colonEnd);
    // https: or https:/ and white space: a web link broken in two, which puts any link after it in doubt.
    let cut = next === -2 || flatSpaceAt(text, colonEnd);
    const second = next === SLASH ? colonEnd + widthOf(text.codePointAt(colonEnd)!) : -1;
    if (!cut && next === SLASH) cut = second >= length || flatSpaceAt(text, second);
    if (cut && (scheme === 'http' || scheme === 'https')) broken.push(start);
    if (cut) continue;
    const slashes = next === SLASH && flatAt(text, second) === SLASH;
    if (isDigitCode(next) && !SCRIPT_SCHEMES.has(scheme.slice(scheme.lastIndexOf('.') + 1))) continue;
    if (!isSlashed(text, colonEnd) && scheme !== 'http' && scheme !== 'https' && !SLASHLESS_SCHEMES.has(scheme) && !appSchemes.has(scheme) && !SCRIPT_SCHEMES.has(scheme.slice(scheme.lastIndexOf('.') + 1))) continue;
    // A run with a dot and no // after the colon is a host and port, or a word and a colon.
    if (scheme.includes('.') && !slashes && !SCRIPT_SCHEMES.has(scheme.slice(scheme.lastIndexOf('.') + 1))) continue;
    found.push({ scheme, at: start, after: colonEnd });
  }
  return found;
}
