// The "rules" subcommands. Their modules load only when one of them runs.
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';

export function addRulesCommands(program: Command, context: CliContext, setExitCode: (code: number) => void): void {
  const rules = program.command('rules').description('inspect and check the rule data (lint, schema, list, show)');

  addRuleOptions(
    rules
      .command('lint')
      .description('validate rule files and report every problem with its file, JSON path and a hint; exit 0 clean, 1 problems, 2 unreadable')
      .argument('[paths...]', 'rule files or folders (default: the rules in use)')
      .option('--json', 'print the problems as JSON'),
  ).action(async (paths: string[], options, command: Command) => {
    const { runLint } = await import('./rules-command.js');
    setExitCode(runLint(context, paths, { ...options, ...ruleOptionsOf(command) }));
  });

  rules
    .command('schema')
    .description('print the JSON Schema of rule files')
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
      .option('--json', 'print JSON'),
  ).action(async (options, command: Command) => {
    const { runList } = await import('./rules-command.js');
    setExitCode(await runList(context, { ...options, ...ruleOptionsOf(command) }));
  });

  addRuleOptions(
    rules
      .command('show')
      .description('show one rule with its evidence')
      .argument('<id>', 'the rule id (see "linkcheck rules list")')
      .option('--json', 'print JSON'),
  ).action(async (id: string, options, command: Command) => {
    const { runShow } = await import('./rules-command.js');
    setExitCode(await runShow(context, id, { ...options, ...ruleOptionsOf(command) }));
  });
}
