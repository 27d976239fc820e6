// How many terminal columns text takes: CJK characters, full-width forms and
// emoji take two, combining marks none. Enough to line up share texts in columns.
import { once } from '../model/once.js';

// Built when first needed: English labels are measured without them.
const WIDE = once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u);
const ZERO = once(() => /[\p{M}\u200B-\u200F\uFE0F]/u);

// Made once: a regular expression literal is a new object each time it is evaluated (#18).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  // Printable ASCII is one column a character.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const character of text) width += ZERO().test(character) ? 0 : WIDE().test(character) ? 2 : 1;
  return width;
}

export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
