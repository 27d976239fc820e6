// A setting a LINKCHECK_* variable of the environment gives, read where the command reads it (a
// check, a batch; the quick paths go through the same code): a value that cannot be read is
// refused naming the variable it came from, as the configuration file's are refused naming the
// file and key (config.ts), not an option never typed ("--fail-on takes …" for
// LINKCHECK_FAIL_ON=maybe). The configuration's values reach here as variables too, already
// checked where the file is read.
import type { Catalog } from '../engine/catalog.js';
import { InputError, quotedError } from '../errors/errors.js';
import type { Platform } from '../model/types.js';
import { resolvePlatform } from '../query/index.js';
import { fromConfig } from './config-origin.js';

/**
 * The variable's value read by `read`; undefined when it is unset or empty (no setting). The
 * refusal quotes the reader's, worded at the edge in the reader's language (i18n/inner-message.ts).
 */
export function fromEnvironment<T>(env: Readonly<Record<string, string | undefined>>, name: string, read: (text: string) => T): T | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  try {
    return read(value);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A worded refusal (the reading of a span of time) words the reason; a catalogue's is quoted by its id and values.
    const { params, worded } = quotedError(error);
    // A value the configuration file gave (withConfig): refused naming the file and its key, not a variable never set.
    const given = fromConfig.get(env)?.get(name);
    if (given) throw new InputError('bad-config', { code: 'bad-config', params: { ...params, file: given.file, key: given.key }, worded });
    throw new InputError('bad-environment', { code: 'bad-environment', params: { ...params, name }, worded });
  }
}

/**
 * The platform -p names, else LINKCHECK_PLATFORM (a bad one refused naming the variable);
 * undefined when neither gives one, and the caller's default applies: a check's is kuaishou, a
 * batch's is only the platform of a row without one, so rules without kuaishou can answer a
 * plan whose every row names its platform.
 */
export function givenPlatform(catalog: Catalog, option: string | undefined, env: Readonly<Record<string, string | undefined>>): Platform | undefined {
  if (option !== undefined) return resolvePlatform(catalog, option);
  return fromEnvironment(env, 'LINKCHECK_PLATFORM', (text) => resolvePlatform(catalog, text));
}
