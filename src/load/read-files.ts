// Reads rule files from disk: files as given, folders as their *.json files in
// name order. No validation here, so the check path stays free of zod.
// Only regular files under MAX_RULE_FILE_BYTES are read, and they must be UTF-8:
// a FIFO, a device or a huge file is refused before anything is read from it.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { utf16ByMark, utf16Unmarked } from '../batch/read/utf16.js';
import { readProblem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
import { identityOf, MAX_RULE_FILE_BYTES, NotReadable, openNotWaiting, readBounded, type Scratch } from './read-bounded.js';

export { MAX_RULE_FILE_BYTES, openNotWaiting } from './read-bounded.js';

export interface RawFile {
  path: string;
  text: string;
  /** Which file this is, whatever path names it (its device and inode): the same file by a link or another path is read once. */
  identity?: string;
}

export interface ReadResult {
  files: RawFile[];
  problems: Problem[];
}

/**
 * The texts of the rule files and folders given. A file named twice (t/mine.json and
 * ./t/mine.json, a link to it, or also in a folder given) is read once: read twice, its ids would
 * clash with themselves. Nor is a file `already` read (the built-in files, given again with
 * --rules): asked only once a file is read.
 */
export function readRuleTexts(paths: readonly string[], already?: () => ReadonlySet<string>): ReadResult {
  const scratch: Scratch = {};
  const files: RawFile[] = [];
  const problems: Problem[] = [];
  const named = new Set<string>();
  const identities = new Set<string>();
  let before: ReadonlySet<string> | undefined;
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
      if (named.has(whole)) continue;
      named.add(whole);
      const file = readRuleFile(filePath, scratch);
      if (!('text' in file)) {
        problems.push(file.problem);
        continue;
      }
      if (identities.has(file.identity)) continue;
      identities.add(file.identity);
      before ??= already?.();
      if (before?.has(file.identity)) continue;
      files.push({ path: filePath, text: file.text, identity: file.identity });
    }
  }
  return { files, problems };
}

/** Which file is at a path, as RawFile's identity names it; undefined when it cannot be told (no such file). */
export function fileIdentity(path: string): string | undefined {
  try {
    return identityOf(statSync(path));
  } catch {
    return undefined;
  }
}


/** One rule file's text and which file it is (RawFile's identity), or why it cannot be used. */
export function readRuleFile(path: string, scratch: Scratch = {}): { text: string; identity: string } | { problem: Problem } {
  let read: { bytes: Buffer; identity: string };
  try {
    read = readBounded(path, scratch);
  } catch (error) {
    if (error instanceof NotReadable) return { problem: readProblem(error.wording, error.wording === 'unreadable.too-large' ? { limit: String(MAX_RULE_FILE_BYTES / 1024 / 1024) } : {}, path) };
    return { problem: unreadable(path, error) };
  }
  const decoded = decodeRuleText(path, read.bytes);
  return 'text' in decoded ? { text: decoded.text, identity: read.identity } : decoded;
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
  if (code === 'ELOOP') return readProblem('unreadable.loop', {}, path);
  if (code === 'ENOTDIR') return readProblem('unreadable.not-folder', {}, path);
  // The code, not the system's sentence: that is English, and names the path again.
  return readProblem('unreadable.other', { reason: typeof code === 'string' ? code : String((error as Error).message) }, path);
}
