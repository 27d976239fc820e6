// Bounded work: an argument or environment value over the limit is refused
// before anything parses it (issue 7, "Bounded work").
import { type InputError, inputError } from '../errors/errors.js';
import { exceedsField, MAX_FIELD } from '../model/field-length.js';
import { fromConfig } from './config-origin.js';
import type { Config } from './config-env.js';

/** The most bytes (UTF-8) one argument or environment value may have: what a batch cell or a request field may (MAX_FIELD). */
export const ARGUMENT_LIMIT = MAX_FIELD;

/** The environment variables linkcheck reads. */
export const ENV_VARIABLES = ['LINKCHECK_PLATFORM', 'LINKCHECK_RULES', 'LINKCHECK_FAIL_ON', 'LINKCHECK_MAX_STALENESS'] as const;

/**
 * The first argument or setting over the limit, named as the reader gave it: an argument by its
 * position (and the option it is the value of), an `--option=value` by its option, a variable by
 * its name, and a setting of the configuration file by the file and its key.
 */
export function oversizedArgument(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): InputError | undefined {
  const bytes = String(ARGUMENT_LIMIT);
  for (const [index, value] of argv.entries()) {
    if (!exceedsField(value)) continue;
    const option = /^(--?[A-Za-z][\w-]*)=/u.exec(value)?.[1];
    const previous = argv[index - 1];
    const position = String(index + 1);
    if (option) return inputError('argument-too-long', { what: 'option', name: option, bytes });
    if (previous?.startsWith('-') && !previous.includes('=')) return inputError('argument-too-long', { what: 'option-value', position, name: previous, bytes });
    return inputError('argument-too-long', { what: 'argument', position, bytes });
  }
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (value === undefined || !exceedsField(value)) continue;
    const given = fromConfig.get(env)?.get(name);
    return inputError('argument-too-long', given ? { what: 'config', file: given.file, name: given.key, bytes } : { what: 'variable', name, bytes });
  }
  return undefined;
}

/** The configuration file's first rule file whose path is over the limit, named by the file and its key. */
export function oversizedConfigRule(config: Config): InputError | undefined {
  if (!config.settings.rules?.some(exceedsField)) return undefined;
  return inputError('argument-too-long', { what: 'config', file: config.file, name: config.inPackage ? 'linkcheck.rules' : 'rules', bytes: String(ARGUMENT_LIMIT) });
}

/** Whether oversizedArgument would refuse something, without making the error. */
export function exceedsArgumentLimit(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.some(exceedsField) || ENV_VARIABLES.some((name) => env[name] !== undefined && exceedsField(env[name]));
}
