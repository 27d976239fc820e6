// Bytes to text, strictly: invalid UTF-8 stops the run with one line naming the
// likely encoding instead of turning into U+FFFD. Line ends are folded to \n so
// that every physical line of the file counts once (see read-csv.ts).
import { InputError, inputError } from '../../errors/errors.js';
import { ownEntry } from '../../model/own.js';
import { utf16ByMark, utf16Unmarked } from './utf16.js';

export { utf16ByMark };

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** The encodings by the names they are given: UTF-16 without an order is little-endian, as a spreadsheet saves it (a byte order mark says otherwise). */
export const ENCODINGS: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** The encodings' names as a refusal lists them (gbk and gb2312 are read as gb18030, utf-16 as utf-16le). */
export const ENCODING_NAMES = 'utf-8, gb18030, utf-16, utf-16le, utf-16be';

/** The encoding of this name, or undefined when none has it. */
export function knownEncoding(name: string): Encoding | undefined {
  return ownEntry(ENCODINGS, name.trim().toLowerCase());
}

export function encodingOf(name: string): Encoding {
  const found = knownEncoding(name);
  if (!found) throw inputError('bad-encoding', { value: name, valid: ENCODING_NAMES });
  return found;
}

/**
 * A platform's own reading of a chunk of UTF-8 that holds only ASCII, as its text; undefined for
 * any other chunk. Node's (src/cli/plan-input.ts) checks and copies the bytes natively, where the
 * first TextDecoder of a process costs a start about 0.3 ms (#18). Without one, each such chunk is
 * decoded whole by a TextDecoder.
 */
export type AsciiText = (chunk: Uint8Array) => string | undefined;


/**
 * Decoded text in chunks, a leading BOM dropped, CRLF and lone CR read as LF. Text read as UTF-8
 * (the default) or UTF-16 that opens with UTF-16's byte order mark is read as the UTF-16 it names
 * (utf16ByMark).
 */
export async function* decodeChunks(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, given: Encoding, name: string, asciiText?: AsciiText): AsyncGenerator<string> {
  let encoding = given;
  const marked = given !== 'gb18030';
  // While every chunk so far was ASCII, a chunk is first read as ASCII (asciiText) or decoded
  // whole, either several times faster than a streaming decode (#18). The first that is not (its
  // text is shorter than its bytes, or it cannot be decoded alone) goes to a streaming decoder made
  // then, in the state the one decoder of every chunk would be in after ASCII alone (nothing
  // pending, and a byte order mark past the first byte read as a character), and so does every
  // chunk after it.
  let whole: InstanceType<typeof TextDecoder> | undefined;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let offset = 0;
  let carriage = false;
  for await (const chunk of marked ? markWhole(bytes) : bytes) {
    let text: string | undefined;
    if (offset === 0 && marked) encoding = utf16ByMark(chunk) ?? encoding;
    if (offset === 0 && encoding === given && (given === 'utf-16le' || given === 'utf-16be') && isUtf8NotUtf16(chunk)) {
      throw inputError('plan-not-decodable', { file: name, encoding, offset: '0', utf8: 'true' });
    }
    // UTF-16 without its mark reads as UTF-8 with a NUL between letters: no plan holds one.
    if (offset === 0 && encoding === 'utf-8') {
      const unmarked = utf16Unmarked(chunk) ?? utf16ByNuls(chunk);
      if (unmarked) throw inputError('plan-not-decodable', { file: name, encoding, offset: '0', utf16: unmarked });
    }
    if (decoder === undefined && encoding === 'utf-8') {
      if (asciiText) text = asciiText(chunk);
      else {
        whole ??= new TextDecoder(encoding, { fatal: true });
        try {
          text = whole.decode(chunk);
        } catch {
          text = undefined;
        }
        if (text !== undefined && text.length !== chunk.length) text = undefined;
      }
    }
    if (text === undefined) {
      decoder ??= new TextDecoder(encoding, { fatal: true, ignoreBOM: offset > 0 });
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw notDecodable(name, encoding, chunk, offset);
      }
    }
    offset += chunk.length;
    if (carriage) text = `\r${text}`;
    carriage = text.endsWith('\r');
    if (carriage) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    if (text !== '') yield text;
  }
  let rest: string;
  try {
    rest = decoder?.decode() ?? '';
  } catch {
    throw inputError('plan-cut-short', { file: name, encoding });
  }
  if (carriage) rest = `\r${rest}`;
  if (rest !== '') yield rest.replace(/\r\n?/g, '\n');
}


/** The chunks, a first one of one byte that may open UTF-16's mark joined to the next, so that utf16ByMark sees both bytes. */
async function* markWhole(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let opening: number | undefined;
  let started = false;
  for await (const chunk of bytes) {
    if (started || chunk.length === 0) {
      if (chunk.length > 0) yield chunk;
      continue;
    }
    if (opening === undefined && chunk.length === 1 && (chunk[0] === 0xff || chunk[0] === 0xfe)) {
      opening = chunk[0];
      continue;
    }
    started = true;
    if (opening === undefined) yield chunk;
    else {
      const joined = new Uint8Array(chunk.length + 1);
      joined[0] = opening;
      joined.set(chunk, 1);
      yield joined;
    }
  }
  if (!started && opening !== undefined) yield Uint8Array.of(opening);
}

/** The first bytes of an OLE2 compound file, as an old Excel workbook (.xls) is. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Bytes of a plan's first chunk looked at for NULs (utf16ByNuls). */
const NULS_SEEN = 4096;

/**
 * UTF-16 without a mark whose first characters are not ASCII (a Chinese header): UTF-16 puts a NUL
 * beside each ASCII character (a separator, a line break), after it at an odd offset (LE) or
 * before it at an even one (BE). Every NUL seen on one side names it, unless the bytes are UTF-8:
 * a Chinese character's UTF-16 is not, while a UTF-8 plan with a few stray NULs (a field padded
 * with them) is, and is read as the UTF-8 it is, its NULs shown in the cells that hold them.
 */
function utf16ByNuls(chunk: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let odd = 0;
  let even = 0;
  const end = Math.min(chunk.length, NULS_SEEN);
  for (let i = 0; i < end; i++) if (chunk[i] === 0) (i % 2 === 1 ? odd++ : even++);
  const side = odd >= 2 && even === 0 ? 'utf-16le' : even >= 2 && odd === 0 ? 'utf-16be' : undefined;
  return side !== undefined && !isUtf8(chunk.subarray(0, end)) ? side : undefined;
}

/** Bytes a plan named UTF-16 must have before its first bytes can show it is not (isUtf8NotUtf16). */
const UTF16_SEEN = 32;

/**
 * UTF-8 (or ASCII) text named UTF-16 (`charset=utf-16`, `--encoding utf-16`): a UTF-16 plan puts a
 * NUL beside each separator and line break, so 16 characters of one without a NUL would be a
 * header's first name of 16 Chinese characters. Read as UTF-16, such bytes are Chinese characters
 * that name no column, and the refusal would ask to rename columns that are right.
 */
function isUtf8NotUtf16(chunk: Uint8Array): boolean {
  if (chunk.length < UTF16_SEEN) return false;
  const seen = chunk.subarray(0, NULS_SEEN);
  return !seen.includes(0) && isUtf8(seen);
}

/** Whether the bytes are UTF-8, but perhaps for a character cut at their end. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function notDecodable(name: string, encoding: Encoding, chunk: Uint8Array, offset: number): InputError {
  // An old Excel workbook (.xls) renamed or exported as .csv: no text, and no .xlsx either.
  if (offset === 0 && OLE2.every((byte, at) => chunk[at] === byte)) return inputError('plan-not-decodable', { file: name, encoding, offset: '0', xls: 'true' });
  // A ZIP archive's signature (PK\x03\x04) where the plan begins: a workbook read as text, whatever its name.
  if (offset === 0 && chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) {
    return inputError('plan-not-decodable', { file: name, encoding, offset: '0', workbook: 'true' });
  }
  if (encoding !== 'utf-8') return inputError('plan-not-decodable', { file: name, encoding, offset: String(offset) });
  const at = firstInvalidUtf8(chunk);
  const byte = at < 0 ? {} : { byte: chunk[at]!.toString(16).toUpperCase().padStart(2, '0') };
  return inputError('plan-not-decodable', { file: name, encoding, offset: String(offset + Math.max(at, 0)), ...byte, ...(looksLikeGb18030(chunk) ? { looksGb: 'true' } : {}) });
}

function looksLikeGb18030(chunk: Uint8Array): boolean {
  try {
    // The chunk may end inside a character; its last 3 bytes are not held against it.
    new TextDecoder('gb18030', { fatal: true }).decode(chunk.subarray(0, Math.max(0, chunk.length - 3)));
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that cannot start or continue a UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return -1; // cut by the chunk: the next one may complete it
    const second = bytes[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}
