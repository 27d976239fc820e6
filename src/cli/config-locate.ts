// Finding the configuration file (see config.ts), without reading it: the quick
// path asks only whether there is one, and loads neither zod nor the schema.
import { existsSync, readFileSync } from 'node:fs';
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
    if (existsSync(own)) return { file: own, inPackage: false };
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
    text = readFileSync(manifest, 'utf8');
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
