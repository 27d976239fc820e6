// The "rules" subcommands. Their modules load only when one of them runs.
import type { Command } from 'commander';
import { inputError } from '../engine/errors.js';
import { quoteChoices, suggest } from '../engine/resolve.js';
import type { CliContext } from './context.js';
import { platformFilter, sharedOptions } from './global-options.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';

const NO_COLOR = 'never colour the output (also NO_COLOR, TERM=dumb)';

export function addRulesCommands(program: Command, context: CliContext, setExitCode: (code: number) => void): void {
  const rules = program
    .command('rules')
    .description('inspect and check the rule data (lint, schema, list, show)')
    .argument('[command]', 'lint, schema, list or show')
    .usage('[options] <command>')
    .helpCommand('help [command]', 'show help for a command')
    .option('--no-color', NO_COLOR)
    // Reached only without a known subcommand: one line saying which there are, not the help on stderr.
    .action((name: string | undefined) => {
      const valid = rules.commands.map((command) => command.name()).filter((command) => command !== 'help');
      if (name === undefined) throw inputError('missing-command', { command: 'rules', valid: valid.join(', ') });
      const guess = suggest(valid.map((id) => ({ id, aliases: [] })), name);
      throw inputError('unknown-command', { command: `rules ${name}`, ...(guess ? { suggestion: quoteChoices([`rules ${guess}`]) } : {}) });
    });

  addRuleOptions(
    rules
      .command('lint')
      .description('validate rule files and report every problem with its file, JSON path and a hint; exit 0 clean, 1 problems, 2 unreadable')
      .argument('[paths...]', 'rule files or folders (default: the rules in use)')
      .option('--json', 'print the problems as JSON')
      .option('--no-color', NO_COLOR),
  ).action(async (paths: string[], _options, command: Command) => {
    const { runLint } = await import('./rules-command.js');
    setExitCode(runLint(context, paths, { json: sharedOptions(command).json, ...ruleOptionsOf(command) }));
  });

  rules
    .command('schema')
    .description('print the JSON Schema of rule files')
    .option('--json', 'print JSON (it always is)')
    .option('--no-color', NO_COLOR)
    .action(async () => {
      const { runSchema } = await import('./rules-command.js');
      setExitCode(runSchema(context));
    });

  addRuleOptions(
    rules
      .command('list')
      .description('list platforms, surfaces, sources (with aliases) and rules')
      .option('-p, --platform <id>', 'only this platform')
      .option('--source <id>', 'only rules that cover this source')
      .option('--surface <id>', 'only rules for this surface')
      .option('--json', 'print JSON')
      .option('--no-color', NO_COLOR),
  ).action(async (options: { platform?: string; source?: string; surface?: string }, command: Command) => {
    const { runList } = await import('./rules-command.js');
    const filters = {
      ...platformFilter(program, options.platform),
      ...(options.source !== undefined ? { source: options.source } : {}),
      ...(options.surface !== undefined ? { surface: options.surface } : {}),
    };
    setExitCode(await runList(context, { ...filters, json: sharedOptions(command).json, ...ruleOptionsOf(command) }));
  });

  addRuleOptions(
    rules
      .command('show')
      .description('show one rule with its evidence')
      .argument('<id>', 'the rule id (see "linkcheck rules list")')
      .option('--json', 'print JSON')
      .option('--no-color', NO_COLOR),
  ).action(async (id: string, _options, command: Command) => {
    const { runShow } = await import('./rules-command.js');
    setExitCode(await runShow(context, id, { json: sharedOptions(command).json, ...ruleOptionsOf(command) }));
  });
}
