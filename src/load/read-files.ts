// Reads rule files from disk: files as given, folders as their *.json files in
// name order. No validation here, so the check path stays free of zod.
// Only regular files under MAX_RULE_FILE_BYTES are read, and they must be UTF-8:
// a FIFO, a device or a huge file is refused before anything is read from it.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { utf16ByMark, utf16Unmarked } from '../batch/read/utf16.js';
import type { ProblemWording } from '../errors/ids.js';
import { readProblem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';

/** The largest rule file read, in bytes (4 MiB). */
export const MAX_RULE_FILE_BYTES = 4 * 1024 * 1024;

export interface RawFile {
  path: string;
  text: string;
}

export interface ReadResult {
  files: RawFile[];
  problems: Problem[];
}

export function readRuleTexts(paths: readonly string[]): ReadResult {
  const scratch: Scratch = {};
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  // A file named twice (t/mine.json and ./t/mine.json, or also in a folder given) is read once:
  // read twice, its ids would clash with themselves.
  const read = new Set<string>();
  for (const path of paths) {
    // An empty path ("", or spaces) is named quoted: as it is, the line would begin with its colon.
    if (path.trim() === '') {
      problems.push(readProblem('unreadable.empty-path', {}, JSON.stringify(path)));
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      problems.push(unreadable(path, error));
      continue;
    }
    let filePaths: string[];
    try {
      filePaths = isFolder ? listJson(path) : [path];
    } catch (error) {
      // A folder that may not be listed.
      problems.push(unreadable(path, error));
      continue;
    }
    if (isFolder && filePaths.length === 0) {
      problems.push(readProblem('unreadable.empty-folder', {}, path));
    }
    for (const filePath of filePaths) {
      const whole = resolve(filePath);
      if (read.has(whole)) continue;
      read.add(whole);
      const file = readRuleFile(filePath, scratch);
      if ('text' in file) files.push({ path: filePath, text: file.text });
      else problems.push(file.problem);
    }
  }
  return { files, problems };
}

/**
 * Where the files of one read are read into, one after another: a buffer of a file's size for
 * each made the system hand over fresh pages for every file, which cost as much as the reading (#18).
 */
interface Scratch {
  buffer?: Buffer;
}

/** One rule file's text, or why it cannot be used. */
export function readRuleFile(path: string, scratch: Scratch = {}): { text: string } | { problem: Problem } {
  let bytes: Buffer;
  try {
    bytes = readBounded(path, scratch);
  } catch (error) {
    if (error instanceof NotReadable) return { problem: readProblem(error.wording, error.wording === 'unreadable.too-large' ? { limit: String(MAX_RULE_FILE_BYTES / 1024 / 1024) } : {}, path) };
    return { problem: unreadable(path, error) };
  }
  return decodeRuleText(path, bytes);
}

/** Strict UTF-8 (a byte-order mark is dropped); invalid bytes are an error with their offset. */
export function decodeRuleText(path: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  // isUtf8 and toString: the strict decoder's answer at a fraction of its cost on large files; and
  // for a file all ASCII (most are), isAscii and latin1, cheaper still (#18).
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // UTF-16 without its mark is ASCII with a NUL beside every letter: named, not read as JSON that is not.
  const unmarked = utf16Unmarked(bytes);
  if (unmarked) return { problem: readProblem('invalid-utf8.utf16', { encoding: unmarked.toUpperCase() }, path) };
  if (isAscii(bytes)) return { text: buffer.toString('latin1') };
  if (isUtf8(bytes)) {
    const text = buffer.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const marked = utf16ByMark(bytes);
  if (marked) return { problem: readProblem('invalid-utf8.utf16-marked', { encoding: marked.toUpperCase() }, path) };
  const offset = invalidUtf8Offset(bytes);
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  return { problem: readProblem('invalid-utf8', { offset: String(offset) }, path, { line, column: offset - lineStart + 1 }) };
}

/**
 * The offset of the first byte of the first ill-formed sequence, by the table of
 * well-formed UTF-8 byte sequences (Unicode, table 3-7): no overlong forms, no
 * surrogates, nothing above U+10FFFF. One pass.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    if (lead < 0x80) {
      offset += 1;
      continue;
    }
    const form = UTF8_FORMS.find(([first, last]) => lead >= first && lead <= last);
    if (!form) return offset;
    const [, , more, low, high] = form;
    for (let k = 1; k <= more; k++) {
      const byte = bytes[offset + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return offset;
    }
    offset += more + 1;
  }
  return offset;
}

/** Lead bytes [first, last], how many bytes follow, and the range of the second byte. */
const UTF8_FORMS: readonly (readonly [number, number, number, number, number])[] = [
  [0xc2, 0xdf, 1, 0x80, 0xbf],
  [0xe0, 0xe0, 2, 0xa0, 0xbf],
  [0xe1, 0xec, 2, 0x80, 0xbf],
  [0xed, 0xed, 2, 0x80, 0x9f],
  [0xee, 0xef, 2, 0x80, 0xbf],
  [0xf0, 0xf0, 3, 0x90, 0xbf],
  [0xf1, 0xf3, 3, 0x80, 0xbf],
  [0xf4, 0xf4, 3, 0x80, 0x8f],
];

class NotReadable extends Error {
  constructor(readonly wording: Extract<ProblemWording, 'unreadable.is-folder' | 'unreadable.not-regular' | 'unreadable.too-large' | 'unreadable.changed'>) {
    super(wording);
  }
}

/** A file opened for reading without waiting: opening a FIFO with no writer must not wait for one (O_NONBLOCK). */
export const openNotWaiting = (path: string): number => openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));

/**
 * Whether the file at path holds exactly these bytes, read without waiting on a FIFO and no
 * further than one byte past them: that byte read shows the file ends there, with no stat of it
 * (one call fewer a file, at every start, #18); a folder fails to read. `scratch` is reused
 * between calls and must be longer than `bytes`.
 */
export function holdsBytes(path: string, bytes: Uint8Array, scratch: Buffer): boolean {
  let fd: number;
  try {
    fd = openNotWaiting(path);
  } catch {
    return false;
  }
  try {
    const read = readSync(fd, scratch, 0, bytes.length + 1, null);
    return read === bytes.length && scratch.subarray(0, read).equals(bytes);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file's bytes, read without waiting on a FIFO or reading past the size limit, into
 * the scratch buffer (valid until the next read); NotReadable says why not.
 */
function readBounded(path: string, scratch: Scratch): Buffer {
  const fd = openNotWaiting(path);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new NotReadable('unreadable.is-folder');
    if (!stat.isFile()) throw new NotReadable('unreadable.not-regular');
    if (stat.size > MAX_RULE_FILE_BYTES) throw tooLarge();
    // Read at most limit + 1 bytes, in case the file grew after the stat.
    const size = Math.min(stat.size, MAX_RULE_FILE_BYTES) + 1;
    if (scratch.buffer === undefined || scratch.buffer.length < size) scratch.buffer = Buffer.allocUnsafeSlow(Math.min(MAX_RULE_FILE_BYTES + 1, Math.max(size, 2 * (scratch.buffer?.length ?? 0))));
    const buffer = scratch.buffer;
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, size - length, null);
      if (read === 0) break;
      length += read;
      if (length === size) {
        if (length > MAX_RULE_FILE_BYTES) throw tooLarge();
        throw new NotReadable('unreadable.changed');
      }
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(): NotReadable {
  return new NotReadable('unreadable.too-large');
}

/** A folder's *.json files, in name order: the order rule files are read in. */
function listJson(folder: string): string[] {
  return jsonNames(folder).map((name) => join(folder, name));
}

/** The names of a folder's *.json files but hidden ones, in name order. */
export function jsonNames(folder: string): string[] {
  return (
    readdirSync(folder)
      // Not a hidden file: an editor's lock or backup (.#mine.json, a link to nowhere) is no rule file.
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .sort()
  );
}

function unreadable(path: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return readProblem('unreadable.missing', {}, path);
  if (code === 'EACCES' || code === 'EPERM') return readProblem('unreadable.permission', {}, path);
  if (code === 'EISDIR') return readProblem('unreadable.is-folder', {}, path);
  return readProblem('unreadable.other', { reason: String((error as Error).message) }, path);
}
