// What the link scanner (scan.ts) asks of a code point: its folded ASCII character, and whether it
// is white space, part of a host name, CJK or a lead-in before a bare host. Worked out the first
// time a code point is met and kept in a table, so that the scanner reads a string by code unit.
import { CJK } from '../model/keyword-fold.js';
import { once } from '../model/once.js';

/** A character as the scanner compares it: full-width and other compatibility forms folded to ASCII by NFKC, ideographic dots to '.'. */
function fold(character: string): string {
  const code = character.codePointAt(0)!;
  if (code < 0x80) return character;
  // The URL parser maps these to '.' inside a host (UTS 46): item。taobao。com is item.taobao.com.
  if (code === 0x3002 || code === 0xff0e || code === 0xff61) return '.';
  const nfkc = character.normalize('NFKC');
  return nfkc.length === 1 && nfkc.charCodeAt(0) < 0x80 ? nfkc : character;
}

// What the scanner asks of a code point, worked out the first time it meets it and kept in a
// table (one entry a BMP code point, a map beyond): its folded ASCII character in the low
// byte, and one bit a question. The scanner then reads the string by code unit, with no array
// of characters and no regular expression per character (#18).
export const ASCII = 1 << 8;
export const SPACE = 1 << 9;
const FLAT_SPACE = 1 << 10;
export const HOST = 1 << 11;
export const CJK_CHAR = 1 << 12;
export const LEAD_IN = 1 << 13;
const KNOWN = 1 << 14;
const bmp = new Uint16Array(0x10000);
const astral = new Map<number, number>();

export function infoOf(code: number): number {
  if (code < 0x10000) {
    const known = bmp[code]!;
    if (known !== 0) return known;
    return (bmp[code] = describe(code));
  }
  let known = astral.get(code);
  if (known === undefined) astral.set(code, (known = describe(code)));
  return known;
}

function describe(code: number): number {
  const raw = String.fromCodePoint(code);
  const flat = fold(raw);
  let info = KNOWN;
  if (flat.length === 1 && flat.charCodeAt(0) < 0x80) info |= ASCII | flat.charCodeAt(0);
  if (isSpace(raw)) info |= SPACE;
  if (isSpace(flat)) info |= FLAT_SPACE;
  if (isHostChar(flat)) info |= HOST;
  if (CJK().test(raw)) info |= CJK_CHAR;
  if (isLeadIn(raw, flat)) info |= LEAD_IN;
  return info;
}

/** The folded ASCII code of a code point's info, or -1 when it folds to no ASCII character. */
export const flatCode = (info: number): number => (info & ASCII ? info & 0xff : -1);
/** How many code units the code point takes. */
export const widthOf = (code: number): number => (code > 0xffff ? 2 : 1);

const WHITE_SPACE = once(() => /^\p{White_Space}$/u);
/** \p{White_Space}; in ASCII, tab to carriage return and the space. */
const isSpace = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE().test(character);
};
const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isAsciiAlnum = (c: string): boolean => isAsciiLetter(c) || (c >= '0' && c <= '9');

const LETTER_OR_DIGIT = once(() => /^[\p{L}\p{N}\p{M}]$/u);
const PUNCTUATION_OR_SYMBOL = once(() => /^[\p{P}\p{S}]$/u);

/** A character that may be part of a host name as the scanner reads one: letters and digits of non-CJK scripts, '-', and dots. */
function isHostChar(flat: string): boolean {
  if (flat.length === 1 && flat.charCodeAt(0) < 0x80) return isAsciiAlnum(flat) || flat === '-' || flat === '.';
  return LETTER_OR_DIGIT().test(flat) && !CJK().test(flat);
}

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

/** The folded ASCII code of the code point at the index, -1 for one that folds to none, -2 past the end. */
export function flatAt(text: string, index: number): number {
  return index < text.length ? flatCode(infoOf(text.codePointAt(index)!)) : -2;
}

/** Whether the code point at the index folds to white space; false past the end. */
export function flatSpaceAt(text: string, index: number): boolean {
  return index < text.length && (infoOf(text.codePointAt(index)!) & FLAT_SPACE) !== 0;
}

/** The code point that ends just before the index (a surrogate pair read whole). */
export function codePointBefore(text: string, index: number): number {
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const first = text.charCodeAt(index - 2);
    if (first >= 0xd800 && first <= 0xdbff) return ((first - 0xd800) << 10) + (last - 0xdc00) + 0x10000;
  }
  return last;
}
