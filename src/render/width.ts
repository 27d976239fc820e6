// How many terminal columns text takes: CJK characters, full-width forms and
// emoji take two, combining marks none. Enough to line up share texts in columns.
import { once } from '../model/once.js';

// Built when first needed: English labels are measured without them.
const WIDE = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u);
const ZERO = once(() => /[\p{M}\u200B-\u200F\uFE0F]/u);

/**
 * The width of text made only of printable ASCII (one column) and CJK punctuation but its tone
 * marks (U+302A–U+302F, combining), the unified ideographs and the full-width forms (two each): an
 * English or Chinese label or answer, measured without building the Unicode property classes
 * above, which took about a millisecond of a check in Chinese (#18); -1 for any other text.
 * test/render/width.test.ts holds every such character to those classes. A loop, not a regular
 * expression: V8 compiles a pattern at its first test and again at its second, about 0.03 ms of a
 * start for each.
 */
function commonWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x7e) width += 1;
    else if ((code >= 0x3000 && code <= 0x303f && (code < 0x302a || code > 0x302f)) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6)) width += 2;
    else return -1;
  }
  return width;
}

export function displayWidth(text: string): number {
  const common = commonWidth(text);
  if (common >= 0) return common;
  let width = 0;
  for (const character of text) width += ZERO().test(character) ? 0 : WIDE().test(character) ? 2 : 1;
  return width;
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
