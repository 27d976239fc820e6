// The "rules" subcommands. Their modules load only when one of them runs.
import type { Command } from 'commander';
import { inputError } from '../errors/errors.js';
import { quoteChoices, suggest } from '../engine/resolve.js';
import { t, type Lang, type MessageId } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { jsonOption, langOption, noColorOption } from './shared-options.js';
import { platformFilter, sharedOptions } from './global-options.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';

export function addRulesCommands(program: Command, context: CliContext, lang: Lang, setExitCode: (code: number) => void): void {
  const say = (id: MessageId) => t(lang, id);
  const NO_COLOR = say('help.main.noColor');
  const LANG = say('help.lang');
  const rules = program
    .command('rules')
    .description(say('help.rulesGroup'))
    .argument('[command]', say('help.rulesGroup.command'))
    .usage('[options] <command>')
    .addHelpText('after', say('help.rules.examples'))
    .helpCommand('help [command]', say('help.helpCommand'))
    .addOption(noColorOption(NO_COLOR))
    .addOption(langOption(LANG))
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
      .description(say('help.lint'))
      .argument('[paths...]', say('help.lint.paths'))
      .addOption(jsonOption(say('help.lint.json')))
      .option('--bilingual', say('help.lint.bilingual'))
      .addOption(noColorOption(NO_COLOR))
      .addOption(langOption(LANG))
      .addHelpText('after', say('help.lint.examples')),
    say,
  ).action(async (paths: string[], options: { bilingual?: boolean }, command: Command) => {
    const { runLint } = await import('./rules-command.js');
    setExitCode(runLint(context, paths, { json: sharedOptions(command).json, lang, bilingual: options.bilingual === true, ...ruleOptionsOf(command) }));
  });

  rules
    .command('schema')
    .description(say('help.schema'))
    .addOption(jsonOption(say('help.schema.json')))
    .addOption(noColorOption(NO_COLOR))
    .addOption(langOption(LANG))
    .addHelpText('after', say('help.schema.examples'))
    .action(async () => {
      const { runSchema } = await import('./rules-command.js');
      setExitCode(runSchema(context));
    });

  addRuleOptions(
    rules
      .command('list')
      .description(say('help.list'))
      .option('-p, --platform <id>', say('help.list.platform'))
      .option('--source <id>', say('help.list.source'))
      .option('--surface <id>', say('help.list.surface'))
      .addOption(jsonOption(say('help.printJson')))
      .addOption(noColorOption(NO_COLOR))
      .addOption(langOption(LANG))
      .addHelpText('after', say('help.list.examples')),
    say,
  ).action(async (options: { platform?: string; source?: string; surface?: string }, command: Command) => {
    const { runList } = await import('./rules-command.js');
    const filters = {
      ...platformFilter(program, options.platform),
      ...(options.source !== undefined ? { source: options.source } : {}),
      ...(options.surface !== undefined ? { surface: options.surface } : {}),
    };
    setExitCode(await runList(context, { ...filters, json: sharedOptions(command).json, lang, ...ruleOptionsOf(command) }));
  });

  addRuleOptions(
    rules
      .command('show')
      .description(say('help.show'))
      .argument('<id>', say('help.show.id'))
      .addOption(jsonOption(say('help.printJson')))
      .addOption(noColorOption(NO_COLOR))
      .addOption(langOption(LANG))
      .addHelpText('after', say('help.show.examples')),
    say,
  ).action(async (id: string, _options, command: Command) => {
    const { runShow } = await import('./rules-command.js');
    setExitCode(await runShow(context, id, { json: sharedOptions(command).json, lang, ...ruleOptionsOf(command) }));
  });
}
