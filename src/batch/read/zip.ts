// Just enough of the ZIP format (APPNOTE.TXT) to read an .xlsx workbook: the
// central directory, and each part stored or deflated, unpacked as a stream with a
// limit on what it unpacks to, so that a small file cannot unpack to gigabytes.
// Web-standard: bytes are Uint8Arrays, read through a DataView, and a deflated part
// is unpacked by DecompressionStream('deflate-raw') unless the caller brings its own
// inflater (see Inflate), so the reader runs in a browser as in Node.
import { joinBytes } from './bytes.js';

/** Where the workbook's bytes are: a file read a piece at a time, or bytes in memory (standard input). */
export interface ZipSource {
  size: number;
  /** The bytes from position, fewer than length only at the end. */
  read(position: number, length: number): Uint8Array;
}

/** A workbook held in memory (standard input, a request's body, a dropped file). */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(Math.max(0, position), Math.max(0, position + length)) };
}

/**
 * Unpacks raw DEFLATE data (RFC 1951) given in pieces, yielding what it unpacks to as it
 * goes; throws, with the reason in its message, on data that is no DEFLATE stream. The
 * caller stops taking (return()) once it has had enough, and the inflater then stops.
 */
export type Inflate = (pieces: Iterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** The web platform's inflater: DecompressionStream, in Node (20.12 and later) as in every current browser. */
export const webInflate: Inflate = async function* (pieces) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed as it is taken, each piece once the stream has room for it, so no more than a few pieces wait.
  const fed = (async () => {
    try {
      for (const piece of pieces) {
        await writer.ready;
        // The write's own promise settles once the piece is unpacked and taken: ready says when to write the next.
        // The web platform's types take bytes over an ArrayBuffer only (a piece never lies over a SharedArrayBuffer).
        writer.write(piece as Uint8Array<ArrayBuffer>).catch(() => {});
      }
      await writer.close();
    } catch (error) {
      // The stream failed (the reader below says why) or was cancelled; or reading the pieces
      // failed, and the reader must hear of it rather than wait.
      await writer.abort(error).catch(() => {});
    }
  })();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
    await writer.abort().catch(() => {});
    await fed;
  }
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Why the bytes are no workbook (shown after "cannot be read as an .xlsx workbook: "). */
export class ZipError extends Error {}

/** A part unpacks to more than its limit. */
export class ZipLimitError extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part} unpacks to more than ${limit} bytes`);
  }
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The entries by lower-case name (part names are case-insensitive: ECMA-376 Part 2, 9.1.1). */
export function readDirectory(source: ZipSource): Map<string, ZipEntry> {
  const tail = Math.min(source.size, 22 + 0xffff);
  const end = view(source.read(source.size - tail, tail));
  let at = -1;
  for (let i = end.byteLength - 22; i >= 0; i--) {
    if (end.getUint32(i, true) === END_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError('it is not a ZIP archive');
  const count = end.getUint16(at + 10, true);
  const directorySize = end.getUint32(at + 12, true);
  const directoryOffset = end.getUint32(at + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, which is not read');
  if (directoryOffset + directorySize > source.size) throw new ZipError('its table of contents is cut short');
  const bytes = source.read(directoryOffset, directorySize);
  const directory = view(bytes);
  const names = new TextDecoder('utf-8', { ignoreBOM: true });
  const entries = new Map<string, ZipEntry>();
  let position = 0;
  for (let index = 0; index < count; index++) {
    if (position + 46 > directory.byteLength || directory.getUint32(position, true) !== ENTRY_SIGNATURE) throw new ZipError('its table of contents is damaged');
    const flags = directory.getUint16(position + 8, true);
    const method = directory.getUint16(position + 10, true);
    const compressedSize = directory.getUint32(position + 20, true);
    const size = directory.getUint32(position + 24, true);
    const nameLength = directory.getUint16(position + 28, true);
    const extraLength = directory.getUint16(position + 30, true);
    const commentLength = directory.getUint16(position + 32, true);
    const offset = directory.getUint32(position + 42, true);
    const name = names.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    position += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError('it is encrypted (save it without a password)');
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, which is not read');
    entries.set(name.toLowerCase(), { name, method, compressedSize, size, offset });
  }
  return entries;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where an entry's data starts, after its local header. */
function dataOffset(source: ZipSource, entry: ZipEntry): number {
  const header = view(source.read(entry.offset, 30));
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_SIGNATURE) throw new ZipError(`its part ${entry.name} is damaged`);
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  if (start + entry.compressedSize > source.size) throw new ZipError(`its part ${entry.name} is cut short`);
  return start;
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`its part ${entry.name} is compressed by method ${entry.method}, which is not read`);
}

/** A whole part, unpacked; ZipLimitError past `limit` bytes, whatever its header claims. */
export async function readEntry(source: ZipSource, entry: ZipEntry, limit: number, inflate: Inflate = webInflate): Promise<Uint8Array> {
  checkMethod(entry);
  if (entry.size > limit || entry.compressedSize > limit) throw new ZipLimitError(entry.name, limit);
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const piece of streamEntry(source, entry, limit, inflate)) {
    pieces.push(piece);
    total += piece.length;
  }
  return joinBytes(pieces, total);
}

/** A part unpacked a piece at a time, as it is read; ZipLimitError once more than `limit` bytes came out. */
export async function* streamEntry(source: ZipSource, entry: ZipEntry, limit: number, inflate: Inflate = webInflate): AsyncGenerator<Uint8Array> {
  checkMethod(entry);
  if (entry.size > limit) throw new ZipLimitError(entry.name, limit);
  const start = dataOffset(source, entry);
  const piece = 1 << 16;
  if (entry.method === 0) {
    if (entry.compressedSize > limit) throw new ZipLimitError(entry.name, limit);
    for (let at = 0; at < entry.compressedSize; at += piece) yield source.read(start + at, Math.min(piece, entry.compressedSize - at));
    return;
  }
  // Read as the inflater asks for them.
  const pieces = (function* () {
    for (let at = 0; at < entry.compressedSize; at += piece) yield source.read(start + at, Math.min(piece, entry.compressedSize - at));
  })();
  let total = 0;
  let unpacked: AsyncIterator<Uint8Array> | undefined;
  try {
    unpacked = inflate(pieces)[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await unpacked.next();
      } catch (error) {
        unpacked = undefined;
        throw new ZipError(`its part ${entry.name} cannot be unpacked (${(error as Error).message})`);
      }
      if (next.done) {
        unpacked = undefined;
        return;
      }
      total += next.value.length;
      if (total > limit) throw new ZipLimitError(entry.name, limit);
      yield next.value;
    }
  } finally {
    // Left early (the limit, an error, a reader that stopped): the inflater stops too.
    await unpacked?.return?.();
  }
}
