// A text as UTF-16 bytes with its byte order mark first, as a spreadsheet's "Unicode Text" export
// saves it (Node encodes only little-endian).

export function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.set(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff], 2 + i * 2);
  }
  return bytes;
}
