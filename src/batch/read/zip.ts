// Just enough of the ZIP format (APPNOTE.TXT) to read an .xlsx workbook: the
// central directory, and each part stored or deflated, inflated by node:zlib with
// a limit on what it unpacks to, so that a small file cannot unpack to gigabytes.
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** Where the workbook's bytes are: a file read a piece at a time, or bytes in memory (standard input). */
export interface ZipSource {
  size: number;
  read(position: number, length: number): Buffer;
}

/** A workbook held in memory (standard input, a request's body, a dropped file). */
export function bytesSource(bytes: Uint8Array): ZipSource {
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { size: whole.length, read: (position, length) => whole.subarray(Math.max(0, position), Math.max(0, position + length)) };
}

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
  const end = source.read(source.size - tail, tail);
  let at = -1;
  for (let i = end.length - 22; i >= 0; i--) {
    if (end.readUInt32LE(i) === END_SIGNATURE) {
      at = i;
      break;
    }
  }
  if (at === -1) throw new ZipError('it is not a ZIP archive');
  const count = end.readUInt16LE(at + 10);
  const directorySize = end.readUInt32LE(at + 12);
  const directoryOffset = end.readUInt32LE(at + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, which is not read');
  if (directoryOffset + directorySize > source.size) throw new ZipError('its table of contents is cut short');
  const directory = source.read(directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let position = 0;
  for (let index = 0; index < count; index++) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== ENTRY_SIGNATURE) throw new ZipError('its table of contents is damaged');
    const flags = directory.readUInt16LE(position + 8);
    const method = directory.readUInt16LE(position + 10);
    const compressedSize = directory.readUInt32LE(position + 20);
    const size = directory.readUInt32LE(position + 24);
    const nameLength = directory.readUInt16LE(position + 28);
    const extraLength = directory.readUInt16LE(position + 30);
    const commentLength = directory.readUInt16LE(position + 32);
    const offset = directory.readUInt32LE(position + 42);
    const name = directory.toString('utf8', position + 46, position + 46 + nameLength);
    position += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipError('it is encrypted (save it without a password)');
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipError('it is a ZIP64 archive, which is not read');
    entries.set(name.toLowerCase(), { name, method, compressedSize, size, offset });
  }
  return entries;
}

/** Where an entry's data starts, after its local header. */
function dataOffset(source: ZipSource, entry: ZipEntry): number {
  const header = source.read(entry.offset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipError(`its part ${entry.name} is damaged`);
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > source.size) throw new ZipError(`its part ${entry.name} is cut short`);
  return start;
}

function checkMethod(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`its part ${entry.name} is compressed by method ${entry.method}, which is not read`);
}

/** A whole part, unpacked; ZipLimitError past `limit` bytes, whatever its header claims. */
export function readEntry(source: ZipSource, entry: ZipEntry, limit: number): Buffer {
  checkMethod(entry);
  if (entry.size > limit || entry.compressedSize > limit) throw new ZipLimitError(entry.name, limit);
  const data = source.read(dataOffset(source, entry), entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipLimitError(entry.name, limit);
    return data;
  }
  try {
    return inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ZipLimitError(entry.name, limit);
    throw new ZipError(`its part ${entry.name} cannot be unpacked (${(error as Error).message})`);
  }
}

/** A part unpacked a piece at a time, as it is read; ZipLimitError once more than `limit` bytes came out. */
export async function* streamEntry(source: ZipSource, entry: ZipEntry, limit: number): AsyncGenerator<Buffer> {
  checkMethod(entry);
  if (entry.size > limit) throw new ZipLimitError(entry.name, limit);
  const start = dataOffset(source, entry);
  const piece = 1 << 16;
  if (entry.method === 0) {
    for (let at = 0; at < entry.compressedSize; at += piece) yield source.read(start + at, Math.min(piece, entry.compressedSize - at));
    return;
  }
  const inflate = createInflateRaw({ chunkSize: piece });
  let failure: Error | undefined;
  inflate.on('error', (error) => (failure ??= error));
  // Fed as it is read, each piece once the one before is taken in, so no more than a few pieces wait.
  const feed = async () => {
    try {
      for (let at = 0; at < entry.compressedSize && failure === undefined && !inflate.destroyed; at += piece) {
        const bytes = source.read(start + at, Math.min(piece, entry.compressedSize - at));
        if (!inflate.write(bytes)) await drained(inflate);
      }
      if (!inflate.destroyed) inflate.end();
    } catch (error) {
      inflate.destroy(error as Error);
    }
  };
  const fed = feed();
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new ZipLimitError(entry.name, limit);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipLimitError) throw error;
    throw new ZipError(`its part ${entry.name} cannot be unpacked (${(failure ?? (error as Error)).message})`);
  } finally {
    inflate.destroy();
    await fed;
  }
  if (failure) throw new ZipError(`its part ${entry.name} cannot be unpacked (${failure.message})`);
}

/** Resolves once the stream takes more, or is closed; no listener is left behind. */
function drained(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
