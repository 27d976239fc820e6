// Options the views and listings share, read the same way by each: --lang, --json,
// --ascii, --no-color, --platform, and the rule options, whether given before the
// subcommand (linkcheck --json matrix) or after it.
import type { Command } from 'commander';
import { inputError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { chosenLang, type Lang } from '../i18n/index.js';
import { readKnownOn } from '../query/known-on.js';
import type { Glyphs } from '../render/verdict-marks.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { ruleOptionsOf, type RuleOptions } from './rule-options.js';

export interface ViewSettings extends RuleOptions {
  lang: Lang;
  json: boolean;
  glyphs: Glyphs;
  colourLevel: 0 | 1 | 2 | 3;
  /** --platform on the command or before it, else LINKCHECK_PLATFORM; the command supplies its default (kuaishou for a matrix). */
  platform: string | undefined;
  /** --platform as a filter (timeline, diff, surfaces): only when typed; the environment does not narrow a listing. */
  platformFilter: string | undefined;
  asKnownOn: string | undefined;
}

/** The commands from the program down to this one. */
function chain(command: Command): Command[] {
  const commands: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) commands.unshift(current);
  return commands;
}

/** The value of an option as the user set it on this command or one above it; else this command's own default. */
function given<T>(command: Command, name: string, sources: readonly string[] = ['cli']): { value: T | undefined; given: boolean } {
  for (const level of chain(command).reverse()) {
    const source = level.getOptionValueSource(name);
    if (source !== undefined && sources.includes(source)) return { value: level.getOptionValue(name) as T, given: true };
  }
  return { value: command.getOptionValue(name) as T | undefined, given: false };
}

/** --lang's language, else the configuration file's, else the locale's; a --lang not offered is refused. */
export function langOf(context: CliContext, flag: string | undefined): Lang {
  const lang = chosenLang(context.env, flag, context.lang);
  if (!lang) throw inputError('bad-lang', { value: shownInput(flag ?? '') });
  return lang;
}

export function viewSettings(context: CliContext, command: Command): ViewSettings {
  const lang = langOf(context, given<string>(command, 'lang').value);
  const json = given<boolean>(command, 'json').value === true;
  const colour = chain(command).every((level) => level.getOptionValue('color') !== false);
  return {
    ...ruleOptionsOf(command),
    lang,
    json,
    glyphs: given<boolean>(command, 'ascii').value === true ? 'ascii' : 'unicode',
    colourLevel: colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: colour, json }),
    // LINKCHECK_PLATFORM read from the context, not by commander from process.env; set but empty counts as unset.
    platform: given<string>(command, 'platform', ['cli']).value ?? (context.env.LINKCHECK_PLATFORM || undefined),
    platformFilter: given<string>(command, 'platform', ['cli']).value,
    asKnownOn: given<string>(command, 'asKnownOn').value,
  };
}

/** What viewSettings gives when no option is given at any level: the quick path's (quick-commands.ts). */
export function plainViewSettings(context: CliContext, lang: Lang): ViewSettings {
  return {
    rules: [],
    builtinRules: true,
    lang,
    json: false,
    glyphs: 'unicode',
    colourLevel: colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: true, json: false }),
    platform: context.env.LINKCHECK_PLATFORM || undefined,
    platformFilter: undefined,
    asKnownOn: undefined,
  };
}

/** --as-known-on takes any day a check's date takes, read in the zone of the platform asked about. */
export function knownOn(settings: ViewSettings, timeZone: string, now: number): string | undefined {
  return settings.asKnownOn === undefined ? undefined : readKnownOn(settings.asKnownOn, timeZone, now);
}
