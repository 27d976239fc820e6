// UTF-16 told from its first bytes, for the readers that take UTF-8: a plan (decode.ts), which
// may then be read as the UTF-16 it is, and a rule file (src/load/read-files.ts), which must be
// UTF-8 and is refused with the encoding it is in, rather than as bytes that are not JSON.

/**
 * The encoding a plan's first bytes name by their byte order mark, when they open with UTF-16's: a
 * spreadsheet's "Unicode Text" export (Excel, WPS) is UTF-16 with one. UTF-8 and GB18030 text never
 * begins with the bytes FF FE or FE FF, so the mark cannot be mistaken.
 */
export function utf16ByMark(first: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (first.length < 2) return undefined;
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte order mark, by its first two characters: ASCII (a printable character, a
 * tab or a line break, as a JSON file opens with "{" and a line break) with a NUL after each (LE)
 * or before each (BE). UTF-8 text holds no NUL.
 */
export function utf16Unmarked(first: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (first.length < 4) return undefined;
  const ascii = (byte: number) => (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;
  if (ascii(first[0]!) && first[1] === 0 && ascii(first[2]!) && first[3] === 0) return 'utf-16le';
  if (first[0] === 0 && ascii(first[1]!) && first[2] === 0 && ascii(first[3]!)) return 'utf-16be';
  return undefined;
}
