// A check (`linkcheck <source> <surface> [date]` with none but the common options, no
// settings in the environment; see quick.ts) without the argument parser: the entry of dist/plain-check.cjs,
// which quick.ts loads with its code cache. It reads a configuration file as the full CLI does
// (config.ts), calls runCheck as the full CLI does, and holds the output until the check has
// succeeded: on any failure nothing has been printed and the full CLI does the work again.
import { runCheck } from './check-command.js';
import { colourNeedsTerminal } from './colour.js';
import { configured, type FoundConfig } from './quick-config.js';
import { answerHeld } from './held-output.js';
import { isTerminal, settleOutput, standardOutput } from './output.js';
import { versionText } from './version.js';
import { checkWordsFor } from '../i18n/check-words.js';
import type { Lang } from '../i18n/lang.js';

// For tests, which load the bundle.
export { runCheck };
// For the quick path's help (quick.ts): a configuration file read for its language, and, when
// writing the help failed, the failure worded as the full CLI words it.
export { configured, settleOutput, standardOutput };

/** A check the quick path answers (quick.ts): its arguments, the options as the full CLI's parser gives them to runCheck, and the language. */
export interface QuickCheck {
  args: { source: string; surface: string; date?: string };
  options: { json?: true; quiet?: true; color: boolean; platform?: string; asKnownOn?: string; maxStaleness?: string };
  /** --lang's, else the locale's: a configuration file's language comes between them (see config). */
  lang: Lang;
  /** A configuration file was found: read here, as the full CLI reads it. */
  config?: FoundConfig;
}

/** `linkcheck --version` (quick.ts): the locale's language, and the configuration file found, if any. */
export interface QuickVersion {
  /** The locale's: a configuration file's language comes before it. */
  lang: Lang;
  config?: FoundConfig;
}

/** linkcheck --version: the version and the record's date; undefined when the full CLI must answer. */
export async function plainVersion({ lang: locale, config }: QuickVersion): Promise<number | undefined> {
  const lang = configured(config, locale)?.lang;
  if (lang === undefined) return undefined;
  let text: string;
  try {
    text = await versionText(checkWordsFor(lang));
  } catch {
    return undefined;
  }
  const stdout = standardOutput(1);
  stdout.write(`${text}\n`);
  return settleOutput(stdout, standardOutput(2), 0, lang);
}

/** The exit code, or undefined when the full CLI must answer instead. */
export async function plainCheck({ args, options, lang: asked, config }: QuickCheck): Promise<number | undefined> {
  const settings = configured(config, asked);
  if (settings === undefined) return undefined;
  const { env, lang } = settings;
  const context = {
    env,
    // Asked only when the environment leaves colour to it (see isTerminal).
    stdoutIsTTY: colourNeedsTerminal(process.env) && isTerminal(1),
    now: Date.now(),
  };
  return answerHeld(context, (held) => runCheck(held, args, { ...options, rules: [], builtinRules: true, words: checkWordsFor(lang) }), lang);
}
