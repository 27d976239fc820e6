// Bounded work: an argument or environment value over the limit is refused
// before anything parses it (issue 7, "Bounded work").
import { type InputError, inputError } from '../errors/errors.js';
import { exceedsField, MAX_FIELD } from '../model/field-length.js';

/** The most bytes (UTF-8) one argument or environment value may have: what a batch cell or a request field may (MAX_FIELD). */
export const ARGUMENT_LIMIT = MAX_FIELD;

/** The environment variables linkcheck reads. */
export const ENV_VARIABLES = ['LINKCHECK_PLATFORM', 'LINKCHECK_RULES', 'LINKCHECK_FAIL_ON', 'LINKCHECK_MAX_STALENESS'] as const;

export function oversizedArgument(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): InputError | undefined {
  const limit = `${ARGUMENT_LIMIT / 1024} KiB (${ARGUMENT_LIMIT} bytes)`;
  for (const [index, value] of argv.entries()) {
    if (!exceedsField(value)) continue;
    const option = /^(--?[A-Za-z][\w-]*)=/u.exec(value)?.[1];
    const previous = argv[index - 1];
    const what = option ? `the value of ${option}` : previous?.startsWith('-') && !previous.includes('=') ? `argument ${index + 1} (the value of ${previous})` : `argument ${index + 1}`;
    return inputError('argument-too-long', { what, limit });
  }
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (value !== undefined && exceedsField(value)) return inputError('argument-too-long', { what: `the environment variable ${name}`, limit });
  }
  return undefined;
}

/** Whether oversizedArgument would refuse something, without making the error. */
export function exceedsArgumentLimit(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.some(exceedsField) || ENV_VARIABLES.some((name) => env[name] !== undefined && exceedsField(env[name]));
}
