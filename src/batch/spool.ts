// Text a report prints after the summary (the rows of the text report, the JSON
// report's arrays, the JUnit test cases): encoded as UTF-8 once, into a buffer of
// a megabyte, then into a temporary file, so that a plan of any size runs in flat
// memory. It is handed back as those bytes, never decoded and encoded again.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes kept in memory before they go to the file; outside the JavaScript heap, so they cost no collection. */
const IN_MEMORY = 1024 * 1024;
/** UTF-16 code units of text gathered before they are encoded together: small enough to die young. */
const PART_LIMIT = 16 * 1024;

/** Texts up to this long, in ASCII, are copied into the buffer a character at a time: a call to the encoder costs more. */
const SHORT = 32;

export class Spool {
  private buffer: Buffer | undefined;
  private used = 0;
  /** Texts not yet encoded, and their length. */
  private parts: string[] = [];
  private length = 0;
  private file: { folder: string; fd: number } | undefined;
  count = 0;

  add(text: string): void {
    this.count++;
    if (this.parts.length === 0 && text.length <= SHORT && this.ascii(text)) return;
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= PART_LIMIT) this.encode();
  }

  /**
   * Bytes that many calls add (a report's words for an answer, see encoded()), encoded once by
   * the caller and kept where it keeps the answer: a map from the text to its bytes, searched
   * for every row, cost more than copying them.
   */
  addEncoded(bytes: Uint8Array, at = 0, length = bytes.length): void {
    this.count++;
    this.encode();
    const part = at === 0 && length === bytes.length ? bytes : bytes.subarray(at, at + length);
    if (this.used + length > IN_MEMORY) {
      this.flush();
      if (length > IN_MEMORY) {
        this.append(part);
        return;
      }
    }
    this.buffer ??= Buffer.allocUnsafe(IN_MEMORY);
    this.buffer.set(part, this.used);
    this.used += length;
  }

  /**
   * A row of the text report in one call: `before`, `number` in decimal, `after`, spaces up to
   * `width` columns for the number (none when it is as wide or wider), a space, then `length` bytes
   * of `bytes` from `at`. It adds what the calls for each of those would, as one text, with one
   * check of the buffer where they made five: the realistic plan's text report lists 807,707
   * rows, and one call a row took about 3 % off its batch's CPU time in English, and a fifth off
   * its time in Chinese, where each row's words around its number were filled in and measured as
   * a text of its own (#18, docs/benchmark.md).
   */
  addLine(before: Uint8Array, number: number, after: Uint8Array, width: number, bytes: Uint8Array, at: number, length: number): void {
    // A number below 2^32 has at most ten digits.
    const most = before.length + Math.max(10, width) + after.length + 1 + length;
    if (!(Number.isInteger(number) && number >= 0 && number < 2 ** 32) || most > IN_MEMORY) {
      const digits = String(number);
      this.addEncoded(before);
      this.add(digits);
      this.addEncoded(after);
      this.add(`${' '.repeat(Math.max(0, width - digits.length))} `);
      this.addEncoded(bytes, at, length);
      this.count -= 4;
      return;
    }
    this.count++;
    this.encode();
    if (this.used + most > IN_MEMORY) this.flush();
    const buffer = (this.buffer ??= Buffer.allocUnsafe(IN_MEMORY));
    let used = this.used;
    for (let i = 0; i < before.length; i++) buffer[used + i] = before[i]!;
    used += before.length;
    const digits = digitCount(number);
    // The digits from the last; `>>> 0` truncates a quotient below 2^32, as Math.floor would, without a call.
    for (let rest = number, digit = used + digits; digit > used; ) {
      const tenth = (rest / 10) >>> 0;
      buffer[--digit] = 0x30 + rest - tenth * 10;
      rest = tenth;
    }
    used += digits;
    for (let i = 0; i < after.length; i++) buffer[used + i] = after[i]!;
    used += after.length;
    for (let space = digits; space < width; space++) buffer[used++] = 0x20;
    buffer[used++] = 0x20;
    buffer.set(at === 0 && length === bytes.length ? bytes : bytes.subarray(at, at + length), used);
    this.used = used + length;
  }

  /** Copies a short text into the buffer if it is all ASCII; false, and nothing copied, if not. */
  private ascii(text: string): boolean {
    if (this.used + text.length > IN_MEMORY) this.flush();
    const buffer = (this.buffer ??= Buffer.allocUnsafe(IN_MEMORY));
    const at = this.used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) return false;
      buffer[at + i] = code;
    }
    this.used = at + text.length;
    return true;
  }

  /** The texts added since the last call, into the buffer, in one encoding call (one per text cost more than the encoding). */
  private encode(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.length = 0;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > IN_MEMORY) {
      this.flush();
      if (text.length * 3 > IN_MEMORY) {
        this.append(Buffer.from(text));
        return;
      }
    }
    this.buffer ??= Buffer.allocUnsafe(IN_MEMORY);
    this.used += this.buffer.write(text, this.used);
  }

  /**
   * Hands every kept byte back in order, in chunks of at most a megabyte read into one
   * buffer, each once the writer is done with the one before; then frees the spool.
   * (A new buffer for each chunk piled up outside the heap until a collection came.)
   */
  async drain(write: (bytes: Uint8Array) => void | Promise<void>): Promise<void> {
    this.encode();
    if (this.file) {
      this.flush();
      const { fd, folder } = this.file;
      const chunk = this.buffer ?? Buffer.allocUnsafe(IN_MEMORY);
      try {
        for (let position = 0, read = 0; (read = readSync(fd, chunk, 0, chunk.length, position)) > 0; position += read) {
          await write(chunk.subarray(0, read));
        }
      } finally {
        closeSync(fd);
        rmSync(folder, { recursive: true, force: true });
        this.file = undefined;
      }
    } else if (this.used > 0) {
      await write(this.buffer!.subarray(0, this.used));
    }
    this.buffer = undefined;
    this.used = 0;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.append(this.buffer!.subarray(0, this.used));
    this.used = 0;
  }

  private append(bytes: Uint8Array): void {
    if (!this.file) {
      // node:os only here: a plan short enough to stay in memory never loads it.
      const folder = mkdtempSync(join(process.getBuiltinModule('node:os').tmpdir(), 'linkcheck-'));
      this.file = { folder, fd: openSync(join(folder, 'spool'), 'w+') };
    }
    for (let at = 0; at < bytes.length; ) at += writeSync(this.file.fd, bytes, at);
  }
}

/** The digits of a whole number below 2^32 in decimal. */
function digitCount(number: number): number {
  let digits = 1;
  for (let power = 10; digits < 10 && number >= power; power *= 10) digits++;
  return digits;
}

const encoder = new TextEncoder();

/** Bytes of the slabs encoded() fills. */
const SLAB = 64 * 1024;
let slab = new Uint8Array(SLAB);
let slabUsed = 0;

/** Where a text's UTF-8 bytes lie (see placeEncoded): in `wordsSlab`, from `wordsAt`, `wordsLength` bytes. */
export interface PlacedWords {
  wordsSlab?: Uint8Array | undefined;
  wordsAt?: number;
  wordsLength?: number;
}

/**
 * A text as UTF-8, for Spool#addEncoded: short texts one after another in a slab of 64 KiB.
 * Twenty thousand answers' words, each in a buffer of its own, cost more memory than their
 * bytes, and lay them all over it; and the slab and where they lie in it are kept in the
 * answer itself (`into`), so that copying them reads no view in between, as a line of memory
 * no cache holds.
 */
export function placeEncoded(text: string, into: PlacedWords): void {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8.
  const most = text.length * 3;
  if (most > SLAB / 16) {
    const bytes = encoder.encode(text);
    into.wordsSlab = bytes;
    into.wordsAt = 0;
    into.wordsLength = bytes.length;
    return;
  }
  if (slabUsed + most > SLAB) {
    slab = new Uint8Array(SLAB);
    slabUsed = 0;
  }
  const { written } = encoder.encodeInto(text, slab.subarray(slabUsed));
  into.wordsSlab = slab;
  into.wordsAt = slabUsed;
  into.wordsLength = written;
  slabUsed += written;
}

/** A text as UTF-8, placed as placeEncoded places it, as a view of its bytes. */
export function encoded(text: string): Uint8Array {
  const placed: PlacedWords = {};
  placeEncoded(text, placed);
  return placed.wordsSlab!.subarray(placed.wordsAt!, placed.wordsAt! + placed.wordsLength!);
}
