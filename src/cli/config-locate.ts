// Finding the configuration file (see config.ts), without reading it: the quick
// path asks only whether there is one, and loads neither zod nor the schema.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'linkcheck.config.json';

/** Where a configuration file was found: the file, and whether it is a package.json's "linkcheck" key. */
export interface ConfigLocation {
  file: string;
  inPackage: boolean;
}

/** A configuration file a quick path found (quick.ts), for its bundle to read; whether --lang was given, whose language it overrules. */
export interface FoundConfig extends ConfigLocation {
  langGiven: boolean;
}

/** The nearest linkcheck.config.json, or package.json with a "linkcheck" key, up to a git root. */
export function locateConfig(cwd: string): ConfigLocation | undefined {
  for (let folder = resolve(cwd); ; ) {
    const own = join(folder, CONFIG_FILE);
    // Whatever is there, a link to nothing or to a pipe included, is the project's file: it is
    // read, and refused if it cannot be, never passed over for a file further up.
    if (isThere(own)) return { file: own, inPackage: false };
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && hasLinkcheckKey(manifest)) return { file: manifest, inPackage: true };
    const parent = dirname(folder);
    if (parent === folder || existsSync(join(folder, '.git'))) return undefined;
    folder = parent;
  }
}

/** `config` when a configuration file is found from `cwd` (see FoundConfig), for a quick path's bundle to read; nothing otherwise. */
export function foundConfig(cwd: string, langGiven = false): { config?: FoundConfig } {
  const found = locateConfig(cwd);
  return found === undefined ? {} : { config: { ...found, langGiven } };
}

/**
 * Whether a package.json holds a "linkcheck" key; one that cannot be read is no configuration (npm
 * reports it). One that is not valid JSON but names the key is taken for one, so that the error
 * is said (config.ts), not the settings left out without a word.
 */
export function hasLinkcheckKey(manifest: string): boolean {
  let text: string;
  try {
    text = readConfigText(manifest);
  } catch {
    return false;
  }
  try {
    const parsed: unknown = JSON.parse(withoutMark(text));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'linkcheck' in parsed;
  } catch {
    return text.includes('"linkcheck"');
  }
}


/** The text without a byte order mark before it, as Windows editors write one: no part of the JSON (a rule file's is dropped so too). */
export const withoutMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Whether anything is at the path, not following a symbolic link: one to nothing is there too. */
function isThere(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

/** The most a configuration file, or a package.json holding one, may hold: as a rule file (4 MiB). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Why a configuration file's text is not read: it is no regular file (a pipe, a device), is larger than MAX_CONFIG_BYTES, or is not UTF-8. */
export class ConfigUnreadable extends Error {
  constructor(readonly reason: 'not-regular' | 'too-large' | 'not-utf8') {
    super(reason);
  }
}

/**
 * A configuration file's text (a byte order mark kept), read as a rule file is: only a regular
 * file, opened without waiting (a pipe with no writer would hold the run for ever) and read no
 * further than MAX_CONFIG_BYTES (/dev/zero never ends), as strict UTF-8 (a bad byte is never read
 * as U+FFFD). Throws ConfigUnreadable, or the system's error (ENOENT, EACCES, EISDIR, ELOOP).
 */
export function readConfigText(file: string): string {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    if (!stat.isFile()) throw new ConfigUnreadable('not-regular');
    if (stat.size > MAX_CONFIG_BYTES) throw new ConfigUnreadable('too-large');
    // One byte past the limit shows a file that grew, or that reports no size (as /proc's do), is too large.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size === 0 ? MAX_CONFIG_BYTES : stat.size, MAX_CONFIG_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > MAX_CONFIG_BYTES) throw new ConfigUnreadable('too-large');
    const bytes = buffer.subarray(0, length);
    if (!isUtf8(bytes)) throw new ConfigUnreadable('not-utf8');
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
