// --lang, read from the arguments before commander parses them: help is built in
// the reader's language, and errors found before or while parsing are printed in it.
import type { Command } from 'commander';
import { Help } from 'commander';
import { stripVTControlCharacters } from 'node:util';
import { format, resolveLang, t, type Lang, type MessageId } from '../i18n/index.js';
import { displayWidth } from '../render/width.js';

/** The value of the last --lang before a "--" that ends the options, as typed. */
export function langFlag(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  let flag: string | undefined;
  (end === -1 ? argv : argv.slice(0, end)).forEach((arg, index, args) => {
    if (arg === '--lang') flag = args[index + 1];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  });
  return flag;
}

/** The language to print in: --lang as typed, else the locale; undefined when --lang names no supported language. */
export function argvLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  return resolveLang(env, langFlag(argv));
}

/**
 * Help wraps its descriptions to the width commander is given (the terminal's; see
 * helpWidth in main.ts), however wide the column of terms: commander's own floor of 40
 * columns left long lines unwrapped beside "timeline [options] [source] [surface]".
 */
export const HELP_LAYOUT = { minWidthToWrap: 24 } as const;

const TITLES: Readonly<Record<string, MessageId>> = { 'Usage:': 'help.usage', 'Arguments:': 'help.arguments', 'Options:': 'help.options', 'Commands:': 'help.commands' };
const EXTRAS: Readonly<Record<string, MessageId>> = { default: 'help.default', choices: 'help.choices', env: 'help.env' };

/**
 * Help in the reader's language: commander's titles and the notes it adds to an
 * option (default, choices, env), the -h and help command descriptions. Subcommands
 * made after this inherit it.
 */
export function localiseHelp(command: Command, lang: Lang): Command {
  return command
    .helpOption('-h, --help', t(lang, 'help.help'))
    .helpCommand('help [command]', t(lang, 'help.helpCommand'))
    .configureHelp({
      ...HELP_LAYOUT,
      styleTitle: (title: string) => (TITLES[title] ? t(lang, TITLES[title]) : title),
      // Han characters take two columns: wrap by what the terminal shows, not by string length.
      displayWidth: (text: string) => displayWidth(stripVTControlCharacters(text)),
      optionDescription(this: Help, option) {
        const text = Help.prototype.optionDescription.call(this, option);
        if (lang === 'en') return text;
        return text.replace(/\b(default|choices|env): /gu, (whole, extra: string) => (EXTRAS[extra] ? format(lang, EXTRAS[extra], { value: '' }) : whole));
      },
    });
}
