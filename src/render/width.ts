// How many terminal columns text takes: CJK characters, full-width forms and
// emoji take two, combining marks none. Enough to line up share texts in columns.
import { once } from '../model/once.js';

// Built when first needed: English labels are measured without them.
const WIDE = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u);
const ZERO = once(() => /[\p{M}\u200B-\u200F\uFE0F]/u);

// Made once: a regular expression literal is a new object each time it is evaluated (#18).
/**
 * Printable ASCII (one column) with CJK punctuation but its tone marks (U+302A–U+302F, combining),
 * the unified ideographs and the full-width forms (two each): a Chinese label or answer, measured
 * without building the Unicode property classes above, which took about a millisecond of a check
 * in Chinese (#18). test/render/width.test.ts holds every such character to those classes.
 */
const ASCII_AND_COMMON_WIDE = /^[\x20-\x7e\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*$/;

export function displayWidth(text: string): number {
  // Printable ASCII is one column a character.
  if (isPrintableAscii(text)) return text.length;
  if (ASCII_AND_COMMON_WIDE.test(text)) {
    let width = 0;
    for (let index = 0; index < text.length; index++) width += text.charCodeAt(index) <= 0x7e ? 1 : 2;
    return width;
  }
  let width = 0;
  for (const character of text) width += ZERO().test(character) ? 0 : WIDE().test(character) ? 2 : 1;
  return width;
}

/**
 * Whether every character is printable ASCII (U+0020 to U+007E). A loop, not a regular expression:
 * V8 compiles a pattern at its first test and again at its second, about 0.03 ms of a start (#18).
 */
function isPrintableAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Runs of spaces by their length, each made once: the labels of a column are padded by a few lengths, again and again (#18). */
const SPACES: string[] = [];
const LONGEST_KEPT = 256;

export function padEndToWidth(text: string, width: number): string {
  const missing = width - displayWidth(text);
  return missing <= 0 ? text : text + spaces(missing);
}

/** `count` spaces (none for zero or fewer). */
export function spaces(count: number): string {
  if (count <= 0) return '';
  return count < LONGEST_KEPT ? (SPACES[count] ??= ' '.repeat(count)) : ' '.repeat(count);
}
