// A configuration file, for a quick path (plain-check.ts, quick-commands.ts, quick-batch.ts): read as
// the full CLI reads it (config.ts, which the start bundles load apart, as dist/config-read.cjs, when
// there is a file), its settings beneath the environment's as the commands read them (config-env.ts),
// its language beneath --lang's and above the locale's, as chosenLang (i18n/lang.ts) has it.
import type { Lang } from '../i18n/lang.js';
import { exceedsArgumentLimit } from './argument-limit.js';
import { readConfigAt } from './config.js';
import { withConfig, type Config } from './config-env.js';
import type { FoundConfig } from './config-locate.js';

export type { FoundConfig } from './config-locate.js';

/** The environment and language a command runs with. */
export interface Settings {
  env: Readonly<Record<string, string | undefined>>;
  lang: Lang;
}

/**
 * The settings under the configuration file, when one was found; undefined when the full CLI
 * must read it: a problem in it, which the full CLI words, rule files, which it loads, or a setting
 * longer than an argument may be, which it refuses (main.ts oversizedArgument) before any command.
 */
export function configured(found: FoundConfig | undefined, lang: Lang): Settings | undefined {
  if (found === undefined) return { env: process.env, lang };
  let config: Config;
  try {
    // Read where quick.ts found it, not looked for again.
    config = readConfigAt(found);
  } catch {
    return undefined;
  }
  if (config.settings.rules !== undefined) return undefined;
  const env = withConfig(process.env, config);
  if (exceedsArgumentLimit([], env)) return undefined;
  return { env, lang: !found.langGiven && config.settings.lang ? config.settings.lang : lang };
}
