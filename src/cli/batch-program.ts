// "linkcheck batch": its options and help. The command's modules load only when it runs.
import { Option, type Command } from 'commander';
import { t, type Lang, type MessageId } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { jsonOption, langOption, noColorOption } from './shared-options.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';
import type { BatchOptions } from './batch-command.js';
import { BATCH_TAKES } from './global-options.js';

export function addBatchCommand(program: Command, context: CliContext, lang: Lang, setExitCode: (code: number) => void): void {
  const say = (id: MessageId) => t(lang, id);
  addRuleOptions(
    program
      .command('batch')
      .description(say('help.batch'))
      .argument('<file>', say('help.batch.file'))
      .addOption(new Option('--format <format>', say('help.batch.format')).choices(['csv', 'jsonl', 'xlsx']))
      .option('--sheet <name>', say('help.batch.sheet'))
      // Repeated, its maps are read together (columnNames refuses a column mapped twice to different headers).
      .option('--columns <map>', say('help.batch.columns'), (map: string, before?: string) => (before === undefined ? map : `${before},${map}`))
      .option('--encoding <name>', say('help.batch.encoding'), 'utf-8')
      .addOption(new Option('-p, --platform <id>', say('help.batch.platform')))
      .option('--fail-on <outcomes>', say('help.batch.failOn'))
      .option('--max-staleness <duration>', say('help.batch.maxStaleness'))
      .addOption(jsonOption(say('help.batch.json')))
      .option('--ndjson', say('help.batch.ndjson'))
      .option('--junit <file>', say('help.batch.junit'))
      .option('--markdown <file>', say('help.batch.markdown'))
      .option('--annotations', say('help.batch.annotations'))
      .option('--as-known-on <date>', say('help.asKnownOn'))
      .addOption(noColorOption(say('help.noColor')))
      .addOption(langOption(say('help.lang')))
      .addHelpText('after', say('help.batch.examples')),
    say,
  ).action(async (file: string, options: BatchOptions, command: Command) => {
    const { runBatchCommand } = await import('./batch-command.js');
    setExitCode(await runBatchCommand(context, file, { ...options, ...programOptionsOf(command, options), ...ruleOptionsOf(command), lang }));
  });
}

/**
 * The options "batch" shares with the program (BATCH_TAKES: -p, --json, --as-known-on,
 * --max-staleness) given only before it, as in linkcheck --json batch plan.csv: read as its own,
 * never ignored (docs/usage.md). Given after it too, the one after it counts.
 */
function programOptionsOf(command: Command, own: BatchOptions): Partial<BatchOptions> {
  const program = command.parent;
  if (!program) return {};
  return Object.fromEntries(BATCH_TAKES.filter((name) => own[name] === undefined && program.getOptionValueSource(name) === 'cli').map((name) => [name, program.getOptionValue(name) as unknown]));
}
