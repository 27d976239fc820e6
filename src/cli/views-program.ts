// The views (matrix, timeline, diff), the listings (platforms, sources, surfaces)
// and completion. Help is in the reader's language; each command's module loads
// only when it runs.
import { Command, Option } from 'commander';
import { chosenLang, resolveLang, t, type Lang, type MessageId } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { jsonOption, langOption, noColorOption } from './shared-options.js';
import { langFlag } from './lang-option.js';
import { addRuleOptions } from './rule-options.js';

/** The language for help text: --lang as typed on the line, else the configuration file's, else the locale. */
export function helpLang(context: CliContext, argv: readonly string[]): Lang {
  return chosenLang(context.env, langFlag(argv), context.lang) ?? resolveLang(context.env) ?? 'en';
}

export function addViewCommands(program: Command, context: CliContext, argv: readonly string[], setExitCode: (code: number) => void): void {
  const lang = helpLang(context, argv);
  const say = (id: MessageId) => t(lang, id);

  /** The rule options, described in the reader's language. */
  const ruleOptions = (command: Command) => {
    addRuleOptions(command);
    for (const option of command.options) {
      if (option.long === '--rules') option.description = say('help.rules');
      if (option.long === '--no-builtin-rules') option.description = say('help.noBuiltinRules');
      if (option.long === '--no-config') option.description = say('help.noConfig');
    }
    return command;
  };
  /** A subcommand with the options every view and listing shares. */
  const view = (name: string, description: MessageId, examples: MessageId) =>
    ruleOptions(
      program
        .command(name)
        .description(say(description))
        .addHelpText('after', say(examples)),
    )
      .addOption(jsonOption(say('help.json')))
      .addOption(langOption(say('help.lang')))
      .addOption(noColorOption(say('help.noColor')));
  // LINKCHECK_PLATFORM is read from the context (view-options.ts), not by commander.
  const platformOption = () => new Option('-p, --platform <id>', say('help.platform'));
  const platformFilter = () => new Option('-p, --platform <id>', say('help.platformFilter'));
  const run = (load: () => Promise<(context: CliContext, args: string[], command: Command) => Promise<number>>) =>
    async function (this: Command, ...args: unknown[]) {
      const command = args.at(-1) as Command;
      const positional = args.slice(0, -2).flat().filter((arg): arg is string => typeof arg === 'string');
      setExitCode(await (await load())(context, positional, command));
    };

  view('matrix', 'help.matrix', 'help.matrix.examples')
    .argument('[date]', say('help.matrix.date'))
    .addOption(platformOption())
    .option('--ascii', say('help.ascii'))
    .option('--as-known-on <date>', say('help.asKnownOn'))
    .action(run(async () => (await import('./matrix-command.js')).runMatrix));

  view('timeline', 'help.timeline', 'help.timeline.examples')
    .argument('[source]', say('help.timeline.source'))
    .argument('[surface]', say('help.timeline.surface'))
    .addOption(platformFilter())
    .option('--from <date>', say('help.timeline.from'))
    .option('--to <date>', say('help.timeline.to'))
    .option('--width <columns>', say('help.timeline.width'))
    .option('--evidence', say('help.timeline.evidence'))
    .option('--svg <file>', say('help.timeline.svg'))
    .option('--ascii', say('help.ascii'))
    .option('--as-known-on <date>', say('help.asKnownOn'))
    .action(run(async () => (await import('./timeline-command.js')).runTimeline));

  view('diff', 'help.diff', 'help.diff.examples')
    .argument('<date1>', say('help.diff.first'))
    .argument('<date2>', say('help.diff.second'))
    .addOption(platformFilter())
    .option('--ascii', say('help.ascii'))
    .option('--as-known-on <date>', say('help.asKnownOn'))
    .action(run(async () => (await import('./diff-command.js')).runDiff));

  view('platforms', 'help.platforms', 'help.listings.examples').action(run(async () => (await import('./listings-command.js')).runPlatforms));
  view('sources', 'help.sources', 'help.listings.examples').action(run(async () => (await import('./listings-command.js')).runSources));
  view('surfaces', 'help.surfaces', 'help.listings.examples')
    .addOption(platformFilter())
    .action(run(async () => (await import('./listings-command.js')).runSurfaces));

  view('coverage', 'help.coverage', 'help.coverage.examples')
    .addOption(platformFilter())
    .action(run(async () => (await import('./listings-command.js')).runCoverage));

  ruleOptions(
    program
      .command('completion')
      .description(say('help.completion'))
      .addHelpText('after', say('help.completion.examples')),
  )
    .argument('<shell>', say('help.completion.shell'))
    .addOption(langOption(say('help.lang')))
    .action(run(async () => {
      const { runCompletion } = await import('./completion-command.js');
      return (context, args, command) => runCompletion(context, args, command, program);
    }));
}

