// The batch's edges: the plan file (refused unless a regular file, or - for
// standard input) and its bytes, and output written with back-pressure, so that a
// plan of any size runs in bounded memory into a slow pipe, and a report file that
// cannot be written stops the run with one line and exit 74.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, InputError, inputError } from '../errors/errors.js';
import { formatMessage } from '../i18n/en-errors.js';
import { shownInput } from '../link/named-input.js';
import { heldBytes, WORKBOOK_HELD_LIMIT } from '../batch/read/plan-bytes.js';
import { bytesSource, type ZipSource } from '../batch/read/zip.js';

/** Bytes handed to a writer and not yet taken: past this, reading waits. */
const HIGH_WATER = 1 << 20;
/** Bytes gathered before they are written together: a million rows are not a million writes. */
const BLOCK = 1 << 16;

export interface Flow {
  /** Text, and bytes up to a quarter of a block, are gathered into blocks; more bytes (a spooled report) go out as they are, and the promise says when they are taken. */
  write(text: string | Uint8Array): void | Promise<void>;
  flush(): void;
  /** A promise while more than HIGH_WATER bytes wait to be taken; resolves once fewer than half do. */
  backlog(): Promise<void> | undefined;
}

/**
 * Writes through `writeBytes`, which may return a promise resolved once the bytes are taken
 * (see output.ts). Text is encoded straight into blocks of BLOCK bytes: joining the texts
 * first and encoding the whole copied every character twice.
 */
export function flowing(writeBytes: (bytes: Uint8Array) => unknown): Flow {
  let block: Buffer | undefined;
  let used = 0;
  let waiting = 0;
  let waiters: (() => void)[] = [];
  const track = (result: unknown, length: number): void | Promise<void> => {
    if (!(result instanceof Promise)) return;
    waiting += length;
    return result.then(() => {
      waiting -= length;
      if (waiting <= HIGH_WATER / 2 && waiters.length > 0) {
        const ready = waiters;
        waiters = [];
        for (const resolve of ready) resolve();
      }
    });
  };
  const flush = () => {
    if (block === undefined || used === 0) return;
    // A new block for what comes next: this one is the writer's until it is taken.
    void track(writeBytes(block.subarray(0, used)), used);
    block = undefined;
    used = 0;
  };
  // The block, with room for `most` more bytes: the one filled so far handed on when they would not fit.
  const roomFor = (most: number): Buffer => {
    if (block !== undefined && used + most > BLOCK) flush();
    return (block ??= Buffer.allocUnsafe(BLOCK));
  };
  return {
    write: (text) => {
      if (typeof text !== 'string') {
        // A short run of bytes (a JSON row's answer, kept as UTF-8) is copied in with the texts
        // around it: handed on as it is, each would be a write of its own.
        if (text.length <= BLOCK / 4) {
          roomFor(text.length).set(text, used);
          used += text.length;
          return;
        }
        flush();
        return track(writeBytes(text), text.length);
      }
      // A UTF-16 code unit is at most 3 bytes in UTF-8.
      if (text.length * 3 > BLOCK) {
        flush();
        void track(writeBytes(Buffer.from(text)), text.length);
        return;
      }
      const into = roomFor(text.length * 3);
      used += into.write(text, used);
    },
    flush,
    backlog: () => (waiting > HIGH_WATER ? new Promise<void>((resolve) => waiters.push(resolve)) : undefined),
  };
}

/** For a writer of text only: bytes decoded, a character cut between two chunks kept whole. */
export function decoding(write: (text: string) => unknown): (bytes: Uint8Array) => unknown {
  const decoder = new TextDecoder();
  return (bytes) => write(decoder.decode(bytes, { stream: true }));
}

/** A report file (--junit): written synchronously, so it never waits in memory; a failed write is exit 74 naming it (as given, at path). */
export function reportFile(name: string, kind: 'JUnit' | 'Markdown', path = name, taken: readonly ReportTaken[] = []) {
  if (name.trim() === '') throw inputError('unwritable-report', { kind, file: shownInput(name), reason: 'empty' });
  // - is standard output for a plan and for --markdown, never a file of that name; the JUnit report cannot share it with the report there.
  if (name === '-') throw inputError('unwritable-report', { kind, file: name, reason: 'stdout' });
  // Opened for writing empties the file: never the plan about to be read, nor a report already opened.
  const clash = taken.find((other) => sameFile(path, other));
  if (clash) throw inputError('unwritable-report', { kind, file: shownInput(name), reason: clash.what });
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw inputError('unwritable-report', { kind, file: shownInput(name), reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  const put = (bytes: Uint8Array) => {
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    } catch (error) {
      const params = { file: shownInput(name), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
      throw new InputError(formatMessage('report-write-error', params), { code: 'report-write-error', params, exitCode: EXIT.ioError });
    }
  };
  const out = flowing(put);
  let open = true;
  return {
    write: out.write,
    close: () => {
      if (!open) return;
      open = false;
      try {
        out.flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** A file a report may not be written to: the plan (`plan`; `fd` 0 for one read from standard input), or another report's (`report`). */
export interface ReportTaken {
  path?: string;
  fd?: number;
  what: 'plan' | 'report';
}

/**
 * Whether the report's path names the taken file: the same file on disk (through a link, another
 * spelling of its path, or standard input redirected from it), or, where either does not exist
 * yet, the same path once resolved.
 */
function sameFile(path: string, taken: ReportTaken): boolean {
  try {
    const report = statSync(path, { throwIfNoEntry: false });
    const other = report && (taken.fd !== undefined ? fstatSync(taken.fd) : taken.path !== undefined ? statSync(taken.path, { throwIfNoEntry: false }) : undefined);
    if (report && other) return report.dev === other.dev && report.ino === other.ino;
  } catch {
    // A path that cannot be asked about (a part of it is no folder, no permission): compared as written.
  }
  return taken.path !== undefined && resolve(path) === resolve(taken.path);
}

/** Refuses a plan that is not a regular file (a folder, a device such as /dev/zero, a pipe, a socket): only - reads a stream. Named as given, read at path. */
export function checkPlanFile(file: string, path = file): void {
  let reason: string;
  try {
    const stat = statSync(path);
    reason = stat.isFile() ? '' : stat.isDirectory() ? 'folder' : 'special';
    // Opened once now: a file the user may not read is refused here, before any row, not where it is read.
    if (reason === '') closeSync(openSync(path, 'r'));
  } catch (error) {
    reason = readReason(error);
  }
  if (reason !== '') throw inputError('unreadable-plan', { file: shownInput(file), reason });
}

/** Why a plan cannot be read, as unreadable-plan words it: missing, permission, or the system's code. */
function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'permission' : (code ?? 'error');
}

/**
 * A file's bytes, 64 KiB at a time, read synchronously into one buffer, each read once the
 * one before is decoded. A stream's reads go through libuv's thread pool and came back late
 * when the machine was busy, leaving the batch waiting: a tenth of a million-row run.
 * (Larger reads made the strings larger and the run slower.)
 */
export function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A workbook file, read where the reader asks (a ZIP's table of contents is at its end), never whole. */
export function fileSource(file: string): ZipSource & { close(): void } {
  const fd = openSync(file, 'r');
  return {
    size: fstatSync(fd).size,
    read(position, length) {
      const bytes = Buffer.allocUnsafe(Math.max(0, length));
      let got = 0;
      while (got < length) {
        const read = readSync(fd, bytes, got, length - got, position + got);
        if (read === 0) break;
        got += read;
      }
      return bytes.subarray(0, got);
    },
    close: () => closeSync(fd),
  };
}

/** A workbook from standard input, held in memory up to WORKBOOK_HELD_LIMIT. */
export async function stdinSource(stream: AsyncIterable<Uint8Array>): Promise<ZipSource> {
  const tooLarge = () => inputError('unreadable-workbook', { file: 'standard input', reason: 'more than 100 MiB came on standard input; give the path of the file instead' });
  return bytesSource(await heldBytes(stream, WORKBOOK_HELD_LIMIT, tooLarge));
}

/** The chunks as they come, each one's length counted as it is read (for the progress line). */
export function* countedChunks(chunks: Iterable<Uint8Array>, counted: (bytes: number) => void): Generator<Uint8Array> {
  for (const chunk of chunks) {
    counted(chunk.length);
    yield chunk;
  }
}

/** A text's UTF-16 code units at once (text-keys.ts UnitsOf): Node copies a string's UTF-16 whole (a 64 KiB chunk in a few µs). */
export function bufferUnits(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le');
  // A short text's bytes may lie in Node's pool at an odd offset: a view needs an even one.
  return bytes.byteOffset % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1) : new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/**
 * A chunk of only ASCII as its text, checked and copied by Node itself (decode.ts AsciiText): a
 * plan in ASCII is then read without a TextDecoder, whose first use costs a start about 0.3 ms.
 */
export function asciiText(chunk: Uint8Array): string | undefined {
  if (!isAscii(chunk)) return undefined;
  return (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)).toString('latin1');
}
