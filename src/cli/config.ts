// The configuration file: what a team sets once for every run in a project, in
// linkcheck.config.json or under a "linkcheck" key of package.json, found from the
// working directory upward. It stops at the first folder that is a git repository's
// root (a file above it belongs to another project), or at the filesystem's root.
// Its settings become defaults beneath the environment: command line > LINKCHECK_*
// variables > configuration file > built-in defaults.
import { readFileSync } from 'node:fs';
import { delimiter, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, inputError } from '../errors/errors.js';
import { errorMessage } from '../i18n/error-words.js';
import { parseStaleness } from '../time/staleness.js';
import { LANGS } from '../i18n/index.js';
import { parseFailOn } from '../batch/summary.js';
import { locateConfig } from './config-locate.js';

export { CONFIG_FILE } from './config-locate.js';

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The default platform (id or alias), as LINKCHECK_PLATFORM. */
  platform: z.string().min(1).optional(),
  /** Rule files or folders, relative to the configuration file, loaded beside the built-in rules. */
  rules: z.array(z.string().min(1)).optional(),
  /** Batch: the outcomes that fail the run, as --fail-on ("denied,stale" or ["denied", "stale"]). */
  failOn: z.union([z.string(), z.array(z.string())]).optional(),
  /** A check and a batch: as --max-staleness (365d, 18m, 2y). */
  maxStaleness: z.string().optional(),
  /** The language of the output, as --lang. */
  lang: z.enum(LANGS).optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;

export interface Config {
  /** Where it was read from. */
  file: string;
  settings: ConfigFile;
}

/** The configuration file that applies in `cwd`, if any: the nearest one, read and checked. */
export function findConfig(cwd: string): Config | undefined {
  const found = locateConfig(cwd);
  if (!found) return undefined;
  return { file: found.file, settings: readConfig(found.file, found.inPackage) };
}

function readConfig(file: string, inPackage: boolean): ConfigFile {
  const fail = (problem: string): never => {
    throw inputError('bad-config', { file, problem });
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const value = inPackage ? (parsed as Record<string, unknown>).linkcheck : parsed;
  const prefix = inPackage ? 'linkcheck.' : '';
  const result = configSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const valid = Object.keys(configSchema.shape).join(', ');
      return fail(`unknown key "${prefix}${[...issue.path.map(String), issue.keys[0]].join('.')}"; valid: ${valid}`);
    }
    return fail(at === '' ? `${inPackage ? '"linkcheck"' : 'the file'} must be an object of settings` : `"${prefix}${at}": ${issue.message}`);
  }
  const settings = result.data;
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

function failOnOf(settings: ConfigFile): string | undefined {
  return Array.isArray(settings.failOn) ? settings.failOn.join(',') : settings.failOn;
}

/**
 * The environment with the configuration's settings beneath it: a variable already set
 * wins. Rule files add up (the configuration's first), as LINKCHECK_RULES and --rules do.
 */
export function withConfig(env: Readonly<Record<string, string | undefined>>, config: Config): Record<string, string | undefined> {
  const { settings, file } = config;
  const base = dirname(file);
  const out: Record<string, string | undefined> = { ...env };
  const setDefault = (name: string, value: string | undefined) => {
    if (value !== undefined && (out[name] === undefined || out[name] === '')) out[name] = value;
  };
  setDefault('LINKCHECK_PLATFORM', settings.platform);
  setDefault('LINKCHECK_FAIL_ON', failOnOf(settings));
  setDefault('LINKCHECK_MAX_STALENESS', settings.maxStaleness);
  if (settings.rules && settings.rules.length > 0) {
    const own = settings.rules.map((path) => resolve(base, path));
    out.LINKCHECK_RULES = [...own, ...(env.LINKCHECK_RULES ?? '').split(delimiter).filter((path) => path !== '')].join(delimiter);
  }
  return out;
}
