// How long a text linkcheck reads may be: 64 KiB of UTF-8, as the command line counts an
// argument, for a check's argument, a batch's cell and a request's field alike.

/** Longest argument or field read, in bytes of UTF-8 as the command line counts them: longer ones are refused before any parsing. */
export const MAX_FIELD = 64 * 1024;

/** The text's length in bytes of UTF-8 (a lone surrogate as the three of U+FFFD), counted only past MAX_FIELD as far as needed. */
export function utf8Length(text: string, stopPast = Infinity): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= stopPast; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a text of this many UTF-16 code units may be longer than MAX_FIELD bytes of UTF-8: one of at most a third of it never is. */
export function mayExceedField(units: number): boolean {
  return units * 3 > MAX_FIELD;
}

/** Whether a field is longer than MAX_FIELD bytes of UTF-8. */
export function exceedsField(text: string): boolean {
  if (text.length > MAX_FIELD) return true;
  return mayExceedField(text.length) && utf8Length(text, MAX_FIELD) > MAX_FIELD;
}
