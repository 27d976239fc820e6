// Finding the configuration file (see config.ts), without reading it: the quick
// path asks only whether there is one, and loads neither zod nor the schema.
import { isUtf8 } from 'node:buffer';
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MAX_RULE_FILE_BYTES, NotReadable, readBounded } from '../load/read-bounded.js';

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
export const MAX_CONFIG_BYTES = MAX_RULE_FILE_BYTES;

/** Why a configuration file's text is not read: a folder, no regular file (a pipe, a device), larger than MAX_CONFIG_BYTES, changed while read, or not UTF-8. */
export class ConfigUnreadable extends Error {
  constructor(readonly reason: 'folder' | 'not-regular' | 'too-large' | 'changed' | 'not-utf8') {
    super(reason);
  }
}

/** A rule file's refusal (read-bounded.ts) as the configuration file's. */
const REASONS = { 'unreadable.is-folder': 'folder', 'unreadable.not-regular': 'not-regular', 'unreadable.too-large': 'too-large', 'unreadable.changed': 'changed' } as const;

/**
 * A configuration file's text (a byte order mark kept), read as a rule file is (readBounded): only
 * a regular file, opened without waiting (a pipe with no writer would hold the run for ever) and
 * read no further than MAX_CONFIG_BYTES (/dev/zero never ends), as strict UTF-8 (a bad byte is
 * never read as U+FFFD). Throws ConfigUnreadable, or the system's error (ENOENT, EACCES, ELOOP).
 */
export function readConfigText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readBounded(file, {}).bytes;
  } catch (error) {
    if (error instanceof NotReadable) throw new ConfigUnreadable(REASONS[error.wording]);
    throw error;
  }
  if (!isUtf8(bytes)) throw new ConfigUnreadable('not-utf8');
  return bytes.toString('utf8');
}
