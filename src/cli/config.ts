// The configuration file: what a team sets once for every run in a project, in
// linkcheck.config.json or under a "linkcheck" key of package.json, found from the
// working directory upward. It stops at the first folder that is a git repository's
// root (a file above it belongs to another project), or at the filesystem's root.
// Its settings become defaults beneath the environment: command line > LINKCHECK_*
// variables > configuration file > built-in defaults.
import { repeatedKeys } from '../batch/read/json-keys.js';
import { InputError, quotedError } from '../errors/errors.js';
import { parseStaleness } from '../time/staleness.js';
import { parseFailOn } from '../batch/summary.js';
import { ConfigUnreadable, locateConfig, MAX_CONFIG_BYTES, readConfigText, withoutMark, type ConfigLocation } from './config-locate.js';
import { acceptConfig } from './config-accept.js';
import { readConfigSettings, type ConfigFile, type ConfigRefusal } from './config-schema.js';
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
  const fail = (refused: ConfigRefusal): never => {
    throw new InputError('bad-config', { code: 'bad-config', params: { ...refused, file } });
  };
  let parsed: unknown;
  let text: string;
  try {
    text = withoutMark(readConfigText(file));
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(error instanceof SyntaxError ? { problem: 'not-json', detail: error.message } : unreadable(error));
  }
  const value = inPackage ? (parsed as Record<string, unknown>).linkcheck : parsed;
  const prefix = inPackage ? 'linkcheck.' : '';
  // A key written twice, which JSON.parse resolves to the last: which value is meant is not known.
  // In a package.json, only the linkcheck key and what is in it are the configuration's.
  const repeated = repeatedKeys(text, CONFIG_NESTING);
  if (repeated === 'too-deep') return fail({ problem: 'too-deep', levels: String(CONFIG_NESTING) });
  const twice = repeated.find(({ path }) => !inPackage || path[0] === 'linkcheck');
  if (twice) return fail({ problem: 'twice', at: twice.path.join('.') });
  // The schema (and zod with it) only for settings the quick acceptance leaves to it.
  const accepted = acceptConfig(value);
  const read = accepted !== undefined ? { settings: accepted } : readConfigSettings(value, inPackage);
  if ('refused' in read) return fail(read.refused);
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
      // The reader's refusal quoted, worded at the edge in the reader's language.
      const { params, worded } = quotedError(error);
      throw new InputError('bad-config', { code: 'bad-config', params: { ...params, file, key: `${prefix}${key}` }, worded });
    }
  }
  return settings;
}

/** Why a configuration file cannot be read, for the catalogues to word (ConfigProblem unreadable). */
function unreadable(error: unknown): ConfigRefusal {
  if (error instanceof ConfigUnreadable) return error.reason === 'too-large' ? { problem: 'unreadable', cause: error.reason, mib: String(MAX_CONFIG_BYTES / 1024 / 1024) } : { problem: 'unreadable', cause: error.reason };
  const code = (error as NodeJS.ErrnoException).code;
  const cause = code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'EISDIR' ? 'folder' : code === 'ENOENT' ? 'dangling' : code === 'ELOOP' ? 'loop' : (code ?? 'error');
  return { problem: 'unreadable', cause };
}
