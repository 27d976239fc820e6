// "linkcheck serve": its options and help. The command's modules (Hono, the
// Node adapter, the handler) load only when it runs.
import type { Command } from 'commander';
import { t, type Lang, type MessageId } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { langOption } from './shared-options.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';

export function addServeCommand(program: Command, context: CliContext, lang: Lang, setExitCode: (code: number) => void): void {
  const say = (id: MessageId) => t(lang, id);
  addRuleOptions(
    program
      .command('serve')
      .description(say('help.serve'))
      .option('--port <number>', say('help.serve.port'))
      .option('--host <address>', say('help.serve.host'))
      .option('--cors <origin>', say('help.serve.cors'), (origin: string, origins: string[] | undefined) => [...(origins ?? []), origin])
      .option('--site <folder>', say('help.serve.site'))
      .option('--max-body <bytes>', say('help.serve.maxBody'))
      .option('--max-plan <bytes>', say('help.serve.maxPlan'))
      .option('--max-queries <number>', say('help.serve.maxQueries'))
      .option('--max-concurrent <number>', say('help.serve.maxConcurrent'))
      .option('--headers-timeout <seconds>', say('help.serve.headersTimeout'))
      .option('--request-timeout <seconds>', say('help.serve.requestTimeout'))
      .option('--body-timeout <seconds>', say('help.serve.bodyTimeout'))
      .option('--body-deadline <seconds>', say('help.serve.bodyDeadline'))
      .option('--keep-alive-timeout <seconds>', say('help.serve.keepAliveTimeout'))
      .option('--stop-timeout <seconds>', say('help.serve.stopTimeout'))
      .addOption(langOption(say('help.lang')))
      .addHelpText('after', say('help.serve.examples')),
    say,
  ).action(async (options, command: Command) => {
    const { runServe } = await import('./serve-command.js');
    setExitCode(await runServe(context, { ...options, ...ruleOptionsOf(command), lang }));
  });
}
