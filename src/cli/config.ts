// The configuration file: what a team sets once for every run in a project, in
// linkcheck.config.json or under a "linkcheck" key of package.json, found from the
// working directory upward. It stops at the first folder that is a git repository's
// root (a file above it belongs to another project), or at the filesystem's root.
// Its settings become defaults beneath the environment: command line > LINKCHECK_*
// variables > configuration file > built-in defaults.
import { repeatedKeys } from '../batch/read/json-keys.js';
import { InputError, inputError } from '../errors/errors.js';
import { errorMessage } from '../i18n/error-words.js';
import { parseStaleness } from '../time/staleness.js';
import { parseFailOn } from '../batch/summary.js';
import { ConfigUnreadable, locateConfig, MAX_CONFIG_BYTES, readConfigText, withoutMark, type ConfigLocation } from './config-locate.js';
import { acceptConfig } from './config-accept.js';
import { readConfigSettings, type ConfigFile } from './config-schema.js';
import { failOnOf, type Config } from './config-env.js';

export { CONFIG_FILE } from './config-locate.js';
export type { ConfigFile } from './config-schema.js';
export { configRules, withConfig, type Config } from './config-env.js';

/** The configuration file that applies in `cwd`, if any: the nearest one, read and checked. */
export function findConfig(cwd: string): Config | undefined {
  const found = locateConfig(cwd);
  return found === undefined ? undefined : readConfigAt(found);
}

/** The configuration file where it was found (locateConfig), read and checked. */
export function readConfigAt({ file, inPackage }: ConfigLocation): Config {
  return { file, inPackage, settings: readConfig(file, inPackage) };
}

/** The deepest a configuration file is read: its settings are a level or two deep. */
const CONFIG_NESTING = 64;

function readConfig(file: string, inPackage: boolean): ConfigFile {
  const fail = (problem: string): never => {
    throw inputError('bad-config', { file, problem });
  };
  let parsed: unknown;
  let text: string;
  try {
    text = withoutMark(readConfigText(file));
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${unreadableReason(error)}`);
  }
  const value = inPackage ? (parsed as Record<string, unknown>).linkcheck : parsed;
  const prefix = inPackage ? 'linkcheck.' : '';
  // A key written twice, which JSON.parse resolves to the last: which value is meant is not known.
  // In a package.json, only the linkcheck key and what is in it are the configuration's.
  const repeated = repeatedKeys(text, CONFIG_NESTING);
  if (repeated === 'too-deep') return fail(`nested more than ${CONFIG_NESTING} levels deep`);
  const twice = repeated.find(({ path }) => !inPackage || path[0] === 'linkcheck');
  if (twice) return fail(`"${twice.path.join('.')}" is written twice: which value is meant cannot be known; write it once`);
  // The schema (and zod with it) only for settings the quick acceptance leaves to it.
  const accepted = acceptConfig(value);
  const read = accepted !== undefined ? { settings: accepted } : readConfigSettings(value, inPackage);
  if ('problem' in read) return fail(read.problem);
  const { settings } = read;
  // Values are checked here, so that the error names the file rather than an option never typed.
  for (const [key, check] of [
    ['maxStaleness', () => settings.maxStaleness !== undefined && parseStaleness(settings.maxStaleness)],
    ['failOn', () => settings.failOn !== undefined && parseFailOn(failOnOf(settings)!)],
  ] as const) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fail(`"${prefix}${key}": ${errorMessage(error)}`);
    }
  }
  return settings;
}

/** Why a configuration file cannot be read, in words. */
function unreadableReason(error: unknown): string {
  if (error instanceof ConfigUnreadable) {
    if (error.reason === 'not-regular') return 'not a regular file (a pipe, socket or device)';
    if (error.reason === 'too-large') return `larger than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB limit`;
    return 'not valid UTF-8 (save the file as UTF-8)';
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'no such file (a link to a file that is not there)';
  if (code === 'ELOOP') return 'its links lead round in a loop';
  return code ?? 'error';
}
