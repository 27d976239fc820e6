// A regular file's bytes, read as rule files are (read-files.ts) and the configuration file is
// (cli/config-locate.ts): opened without waiting on a FIFO, refused when it is no regular file,
// and read no further than MAX_RULE_FILE_BYTES. Apart from the reading of rule files, so that a
// start that only looks for a configuration file loads this alone.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ProblemWording } from '../errors/problem-ids.js';

/** The largest rule file read, in bytes (4 MiB); a configuration file's too. */
export const MAX_RULE_FILE_BYTES = 4 * 1024 * 1024;

/** Why a file's bytes were not read, as the problem it is in a rule file. */
export class NotReadable extends Error {
  constructor(readonly wording: Extract<ProblemWording, 'unreadable.is-folder' | 'unreadable.not-regular' | 'unreadable.too-large' | 'unreadable.changed'>) {
    super(wording);
  }
}

/** A file opened for reading without waiting: opening a FIFO with no writer must not wait for one (O_NONBLOCK). */
export const openNotWaiting = (path: string): number => openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));

/**
 * Where the files of one read are read into, one after another: a buffer of a file's size for
 * each made the system hand over fresh pages for every file, which cost as much as the reading (#18).
 */
export interface Scratch {
  buffer?: Buffer;
}

/**
 * A regular file's bytes, read without waiting on a FIFO or reading past the size limit, into
 * the scratch buffer (valid until the next read), and which file it is; NotReadable says why not. A file that reports
 * a size of 0 (a file of /proc or /sys, which the kernel makes as it is read) is read to its end,
 * within the limit: its size says nothing of what it holds.
 */
export function readBounded(path: string, scratch: Scratch): { bytes: Buffer; identity: string } {
  const fd = openNotWaiting(path);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new NotReadable('unreadable.is-folder');
    if (!stat.isFile()) throw new NotReadable('unreadable.not-regular');
    if (stat.size > MAX_RULE_FILE_BYTES) throw tooLarge();
    const unsized = stat.size === 0;
    // Read at most limit + 1 bytes, in case the file grew after the stat.
    let size = unsized ? UNSIZED_STEP : Math.min(stat.size, MAX_RULE_FILE_BYTES) + 1;
    let buffer = room(scratch, size, 0);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, size - length, null);
      if (read === 0) break;
      length += read;
      if (length === size) {
        if (length > MAX_RULE_FILE_BYTES) throw tooLarge();
        if (!unsized) throw new NotReadable('unreadable.changed');
        size = Math.min(2 * size, MAX_RULE_FILE_BYTES + 1);
        buffer = room(scratch, size, length);
      }
    }
    return { bytes: buffer.subarray(0, length), identity: identityOf(stat) };
  } finally {
    closeSync(fd);
  }
}

/** How much of a file that reports no size is read at first; then twice as much each time, up to the limit. */
const UNSIZED_STEP = 64 * 1024;

/** The scratch buffer with room for `size` bytes, its first `keep` bytes kept. */
function room(scratch: Scratch, size: number, keep: number): Buffer {
  const old = scratch.buffer;
  if (old !== undefined && old.length >= size) return old;
  const buffer = Buffer.allocUnsafeSlow(Math.min(MAX_RULE_FILE_BYTES + 1, Math.max(size, 2 * (old?.length ?? 0))));
  if (old !== undefined && keep > 0) old.copy(buffer, 0, 0, keep);
  scratch.buffer = buffer;
  return buffer;
}

function tooLarge(): NotReadable {
  return new NotReadable('unreadable.too-large');
}

/** Which file a stat names: its device and inode. */
export function identityOf(stat: { dev: number; ino: number }): string {
  return `${stat.dev}:${stat.ino}`;
}
