// Bounded work: an argument or environment value over the limit is refused
// before anything parses it (issue 7, "Bounded work").
import { type InputError, inputError } from '../errors/errors.js';

/** The most bytes (UTF-8) one argument or environment value may have. */
export const ARGUMENT_LIMIT = 64 * 1024;

/** The environment variables linkcheck reads. */
export const ENV_VARIABLES = ['LINKCHECK_PLATFORM', 'LINKCHECK_RULES', 'LINKCHECK_FAIL_ON', 'LINKCHECK_MAX_STALENESS'] as const;

export function oversizedArgument(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): InputError | undefined {
  const limit = `${ARGUMENT_LIMIT / 1024} KiB (${ARGUMENT_LIMIT} bytes)`;
  for (const [index, value] of argv.entries()) {
    if (!tooLong(value)) continue;
    const option = /^(--?[A-Za-z][\w-]*)=/u.exec(value)?.[1];
    const previous = argv[index - 1];
    const what = option ? `the value of ${option}` : previous?.startsWith('-') && !previous.includes('=') ? `argument ${index + 1} (the value of ${previous})` : `argument ${index + 1}`;
    return inputError('argument-too-long', { what, limit });
  }
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (value !== undefined && tooLong(value)) return inputError('argument-too-long', { what: `the environment variable ${name}`, limit });
  }
  return undefined;
}

/** Whether oversizedArgument would refuse something, without making the error. */
export function exceedsArgumentLimit(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.some(tooLong) || ENV_VARIABLES.some((name) => env[name] !== undefined && tooLong(env[name]));
}

function tooLong(value: string): boolean {
  // A UTF-16 unit is at most 3 bytes: skip the count for values that cannot be over.
  return value.length > ARGUMENT_LIMIT / 3 && Buffer.byteLength(value, 'utf8') > ARGUMENT_LIMIT;
}
