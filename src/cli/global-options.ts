// Options given before a subcommand (linkcheck --json rules list) are the
// program's. Each is honoured by the subcommand or refused: never ignored.
import type { Command } from 'commander';
import { inputError } from '../errors/errors.js';

export interface SharedOptions {
  json: boolean;
  quiet: boolean;
  /** false when --no-color was given at any level. */
  color: boolean;
}

/** Program options that only a check uses, by attribute name and flag. */
const CHECK_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['asKnownOn', '--as-known-on'],
  ['maxStaleness', '--max-staleness'],
  ['explain', '-v, --explain'],
  ['failOnStale', '--fail-on-stale'],
];

/** Program options "batch" takes too, given before it: read as its own (batch-program.ts programOptionsOf). */
export const BATCH_TAKES = ['platform', 'json', 'asKnownOn', 'maxStaleness'] as const;

/** Program options a subcommand honours given before it only when it has the option itself. */
const OWN_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['json', '--json'],
  ['rules', '--rules'],
  ['builtinRules', '--no-builtin-rules'],
];

/** Subcommands that take -p and --as-known-on given before them. */
const VIEWS: readonly string[] = ['matrix', 'timeline', 'diff', 'surfaces'];
/** Subcommands that take only -p given before them. */
const PLATFORM_FILTERED: readonly string[] = ['coverage'];

/** --json, --quiet and --no-color at any level from the program down to the command. */
export function sharedOptions(command: Command): SharedOptions {
  const levels: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) levels.push(current);
  const options = levels.map((level) => level.opts<{ json?: boolean; quiet?: boolean; color?: boolean }>());
  return {
    json: options.some((level) => level.json === true),
    quiet: options.some((level) => level.quiet === true),
    color: options.every((level) => level.color !== false),
  };
}

/** The full name of a subcommand: "rules list". */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/**
 * Before a subcommand runs: refuse the program options it cannot honour. -p is
 * a filter for "rules list" and the views, a batch's default platform, and means nothing to the
 * others; -v, --max-staleness and --as-known-on are a check's (a batch takes the last two, the
 * views --as-known-on); --json, --rules and --no-builtin-rules mean nothing to a command without them.
 */
export function refuseUnusedOptions(program: Command, command: Command): void {
  if (command === program) return;
  const path = commandPath(command);
  const given = (name: string) => program.getOptionValueSource(name) === 'cli';
  // The views read -p and --as-known-on from any level (see view-options.ts), "batch" the options it shares with the program.
  const view = VIEWS.includes(path);
  const batch = path === 'batch';
  const refused = CHECK_ONLY.filter(([name]) => !(view && name === 'asKnownOn') && !(batch && (BATCH_TAKES as readonly string[]).includes(name)));
  if (path !== 'rules list' && !view && !batch && !PLATFORM_FILTERED.includes(path)) refused.push(['platform', '-p, --platform']);
  // --json and the rule options mean something only to a command that has them itself: not to "version"
  // or "completion" (--json), nor to "version" or "rules schema" (--rules, --no-builtin-rules). "serve"
  // prints nothing on stdout, so --json before it makes its start-up errors JSON; "rules" alone only
  // says which subcommand it needs, an error --json prints as JSON.
  const own = new Set(command.options.map((option) => option.attributeName()));
  if (path !== 'serve' && command.commands.length === 0) for (const [name, flag] of OWN_ONLY) if (!own.has(name)) refused.push([name, flag]);
  for (const [name, flag] of refused) {
    if (given(name)) throw inputError('option-not-for-command', { option: flag, command: path });
  }
}

/** -p before "rules list" and after it: the platform filter, and the other one when both were given. */
export function platformFilter(program: Command, own: string | undefined): { platform?: string; otherPlatform?: string } {
  const before = program.getOptionValueSource('platform') === 'cli' ? program.opts<{ platform?: string }>().platform : undefined;
  if (own === undefined) return before === undefined ? {} : { platform: before };
  return before === undefined ? { platform: own } : { platform: own, otherPlatform: before };
}

/** Options that may be given more than once, each adding to the others. */
const REPEATABLE: readonly string[] = ['--rules', '--columns'];

/**
 * An option that takes a value, given twice at one level (before a subcommand, or after it) with
 * different values: refused, as commander would keep the last one without a word
 * (linkcheck -p douyin -p kuaishou tmall live-cart). Given before and after a subcommand that
 * takes it, the one after counts (batch, the views), or "rules list" refuses the two (platformFilter).
 */
export function refuseRepeatedOptions(program: Command, argv: readonly string[]): void {
  let level: Command = program;
  let seen = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === '--') return;
    if (!token.startsWith('-') || token === '-') {
      const sub = level.commands.find((command) => command.name() === token || command.aliases().includes(token));
      if (sub) {
        level = sub;
        seen = new Map();
      }
      continue;
    }
    const equals = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = equals > 0 ? token.slice(0, equals) : token.startsWith('--') ? token : token.slice(0, 2);
    const option = level.options.find((candidate) => candidate.long === flag || candidate.short === flag);
    if (!option || !(option.required || option.optional) || REPEATABLE.includes(option.long ?? '')) continue;
    // The value: after =, joined to a short flag (-pdouyin), or the next argument.
    const value = equals > 0 ? token.slice(equals + 1) : !token.startsWith('--') && token.length > 2 ? token.slice(2) : argv[++index];
    if (value === undefined) return;
    const name = option.attributeName();
    const before = seen.get(name);
    if (before !== undefined && before !== value) throw inputError('conflicting-options', { option: option.flags.replace(/ [<[].*$/u, ''), first: before, second: value });
    seen.set(name, value);
  }
}
