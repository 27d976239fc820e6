// --rules, LINKCHECK_RULES and --no-builtin-rules: which rule files a command uses.
import { delimiter } from 'node:path';
import type { Command } from 'commander';
import { inputError } from '../errors/errors.js';
import { ENGLISH } from '../i18n/words.js';
import type { LoadOptions } from '../load/load-catalog.js';
import type { CliContext } from './context.js';

export interface RuleOptions {
  rules: string[];
  builtinRules: boolean;
}

/** The options, described in the reader's language (English by default). */
export function addRuleOptions(command: Command, say: (id: 'help.rules' | 'help.noBuiltinRules' | 'help.noConfig') => string = (id) => ENGLISH.say(id)): Command {
  const withRules = command
    .option('--rules <path>', say('help.rules'), (path: string, paths: string[]) => [...paths, path], [] as string[])
    .option('--no-builtin-rules', say('help.noBuiltinRules'));
  // Read before parsing (main.ts); declared wherever rule files are, so that it is accepted there.
  return command.options.some((option) => option.long === '--no-config') ? withRules : withRules.option('--no-config', say('help.noConfig'));
}

/**
 * The rule options of a command and of the commands above it, so that
 * "linkcheck --rules x rules list" and "linkcheck rules list --rules x" agree.
 */
export function ruleOptionsOf(command: Command): RuleOptions {
  const chain: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) chain.unshift(current);
  const levels = chain.map((level) => level.opts<Partial<RuleOptions>>());
  return {
    rules: levels.flatMap((level) => level.rules ?? []),
    builtinRules: levels.every((level) => level.builtinRules !== false),
  };
}

/** Paths from the configuration file, then from LINKCHECK_RULES, then from --rules. */
export function extraRulePaths(context: CliContext, options: RuleOptions): string[] {
  const fromEnv = (context.env.LINKCHECK_RULES ?? '').split(delimiter).filter((path) => path !== '');
  return [...(context.configRules ?? []), ...fromEnv, ...options.rules];
}

export function loadOptions(context: CliContext, options: RuleOptions): LoadOptions {
  const rules = extraRulePaths(context, options);
  if (!options.builtinRules && rules.length === 0) {
    throw inputError('no-rules', {});
  }
  return {
    rules,
    builtin: options.builtinRules,
    ...(context.root ? { root: context.root } : {}),
    ...(context.fallback ? { fallback: context.fallback } : {}),
  };
}
