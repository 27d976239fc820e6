// The command line: parse, hand over to a command, map failures to exit codes.
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { DataError, EXIT, InputError, inputError } from '../errors/errors.js';
import { formatMessage } from '../i18n/en-errors.js';
import { formatMessageZh } from '../i18n/zh-errors.js';
import { withProblem } from '../i18n/error-words.js';
import { errorJson, errorLine, type PrintableError } from '../render/error.js';
import { chosenLang, resolveLang, t, wordsFor, type Lang, type MessageId } from '../i18n/index.js';
import { safe } from '../render/safe.js';
import { oversizedArgument, oversizedConfigRule } from './argument-limit.js';
import { fromCommander } from './commander-errors.js';
import { quoteChoices, suggest } from '../engine/resolve.js';
import { processContext, type CliContext } from './context.js';
import { jsonOption, langOption, noColorOption } from './shared-options.js';
import { addBatchCommand } from './batch-program.js';
import { addServeCommand } from './serve-program.js';
import { refuseRepeatedOptions, refuseUnusedOptions, sharedOptions } from './global-options.js';
import { configRules, findConfig, withConfig, type Config } from './config.js';
import { argvLang, langFlag, localiseHelp } from './lang-option.js';
import { isTerminal, settleOutput, standardOutput } from './output.js';
import { terminalWidth } from './terminal-width.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';
import { addRulesCommands } from './rules-program.js';
import { addViewCommands } from './views-program.js';

export const INTERNAL_ERROR = EXIT.internal;

export async function main(argv: readonly string[], outer: CliContext): Promise<number> {
  const json = given(argv, '--json');
  let quiet = given(argv, '--quiet') || given(argv, '-q');
  // The configuration file's settings, beneath the environment's (see config.ts); a bad one is refused.
  let config: Config | undefined;
  let configError: InputError | undefined;
  try {
    config = given(argv, '--no-config') ? undefined : findConfig(outer.cwd ?? process.cwd());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    configError = error;
  }
  const configured: CliContext = config ? { ...outer, env: withConfig(outer.env, config), configRules: configRules(config), ...(config.settings.lang ? { lang: config.settings.lang } : {}) } : outer;
  // Help and errors in the reader's language: --lang when it names one, else the configuration's, else the locale.
  const chosen = chosenLang(configured.env, langFlag(argv), config?.settings.lang);
  const lang = chosen ?? resolveLang(configured.env) ?? 'en';
  const say = (id: MessageId) => t(lang, id);
  // A user's rule file that gives some texts only in the other language: said once, on stderr.
  const context: CliContext = {
    ...configured,
    fallback: {
      lang,
      notice: ({ files, texts }) => {
        if (!quiet) configured.stderr(`linkcheck: ${wordsFor(lang).say('load.fallback', { files: files.map((file) => safe(file)).join(', '), count: texts })}\n`);
      },
    },
  };
  const fail = async (error: InputError | DataError): Promise<number> => {
    const shown = await inReaderWords(error, lang);
    context.stderr(errorLine(shown, lang));
    if (json && !quiet) context.stdout(errorJson(shown, lang));
    return error.exitCode;
  };
  // Before anything parses them, so that no work grows with a huge argument.
  const oversized = oversizedArgument(argv, context.env) ?? (config && oversizedConfigRule(config));
  if (oversized) return fail(oversized);
  if (configError) return fail(configError);
  if (chosen === undefined) return fail(inputError('bad-lang', { value: langFlag(argv) ?? '' }));

  let exitCode: number = EXIT.allowed;
  // Subcommands print through this: --quiet before them means nothing on stdout.
  const io: CliContext = { ...context, stdout: (text) => (quiet ? undefined : context.stdout(text)) };
  if (context.stdoutBytes) {
    const bytes = context.stdoutBytes;
    io.stdoutBytes = (chunk) => (quiet ? Promise.resolve() : bytes(chunk));
  }
  // The record's date is read only when the version is asked for.
  const version = given(argv, '--version') || given(argv, '-V') ? await (await import('./version.js')).versionText(wordsFor(lang), context.root) : packageJson.version;
  const program = localiseHelp(new Command('linkcheck'), lang)
    .description(say('help.main'))
    .version(version, '-V, --version', say('help.version'))
    .argument('<source>', say('help.main.source'))
    .argument('<surface>', say('help.main.surface'))
    .argument('[date]', say('help.main.date'))
    // LINKCHECK_PLATFORM is read from the context, not by commander (which reads process.env).
    .addOption(new Option('-p, --platform <id>', say('help.main.platform')))
    .addOption(jsonOption(say('help.main.json')))
    .option('-v, --explain', say('help.main.explain'))
    .option('-q, --quiet', say('help.quiet'))
    .addOption(noColorOption(say('help.main.noColor')))
    .option('--as-known-on <date>', say('help.main.asKnownOn'))
    .option('--max-staleness <duration>', say('help.maxStaleness'))
    .option('--fail-on-stale', say('help.failOnStale'))
    .option('--no-config', say('help.noConfig'))
    .addHelpText('after', say('help.main.examples'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: context.stderr,
      // Help wraps to the terminal (or COLUMNS); 80 columns when it goes to a pipe or a file.
      getOutHelpWidth: () => terminalWidth(context) ?? 80,
      getErrHelpWidth: () => terminalWidth(context) ?? 80,
      // Usage errors are printed with the others, below, from the CommanderError.
      outputError: () => undefined,
    })
    // Options after a subcommand are its own: linkcheck classify x --json, linkcheck rules lint --json.
    .enablePositionalOptions()
    .hook('preAction', (_program, command) => {
      refuseRepeatedOptions(program, argv);
      refuseUnusedOptions(program, command);
      quiet ||= sharedOptions(command).quiet;
    })
    .action(async (source: string, surface: string, date: string | undefined, options, command: Command) => {
      const { runCheck } = await import('./check-command.js');
      const extra = command.args.slice(3);
      exitCode = await runCheck(context, { source, surface, ...(date !== undefined ? { date } : {}), extra }, { ...options, words: wordsFor(lang) });
    });
  addRuleOptions(program, say).addOption(langOption(say('help.lang')));
  addRulesCommands(program, io, lang, (code) => {
    exitCode = code;
  });
  addBatchCommand(program, io, lang, (code) => {
    exitCode = code;
  });
  addServeCommand(program, io, lang, (code) => {
    exitCode = code;
  });

  // "linkcheck version": what --version prints, as the word people type too.
  program
    .command('version')
    .description(say('help.version'))
    .action(async () => {
      io.stdout(`${await (await import('./version.js')).versionText(wordsFor(lang), context.root)}\n`);
    });

  // Created after the settings above, which it inherits (exit override, output, suggestions, help).
  addRuleOptions(
    program
      .command('classify')
      .description(say('help.classify'))
      .argument('<input...>', say('help.classify.input'))
      .addOption(jsonOption(say('help.classify.json')))
      .addOption(noColorOption(say('help.main.noColor')))
      .addOption(langOption(say('help.lang')))
      .addHelpText('after', say('help.classify.examples')),
    say,
  ).action(async (inputs: string[], _options, command: Command) => {
    const { runClassify } = await import('./classify-command.js');
    const { json, color } = sharedOptions(command);
    exitCode = await runClassify(io, inputs, { json, color, lang, ...ruleOptionsOf(command) });
  });
  addViewCommands(program, io, argv, (code) => {
    exitCode = code;
  });

  // Extra arguments get a hint from the check (a platform given as a source, a share text not quoted).
  // Set after the subcommands are made, which copy the settings and must refuse extra arguments.
  program.allowExcessArguments(true);

  try {
    const helpOfHelp = helpOfHelpCommand(program, argv);
    if (helpOfHelp !== undefined) {
      io.stdout(`${say('help.usage')} ${helpOfHelp} [command]\n\n${say('help.helpCommand')}\n`);
      return EXIT.allowed;
    }
    refuseUnknownHelpTopic(program, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a help printed because something was missing is a usage error.
      if (error.exitCode === 0) return EXIT.allowed;
      if (error.code === 'commander.help') return EXIT.usage;
      return fail(fromCommander(error, program, argv));
    }
    if (error instanceof InputError || error instanceof DataError) return fail(error);
    throw error;
  }
}

/** The error as printed: a rule-file problem it quotes is worded in the reader's language (English as it is). */
async function inReaderWords(error: InputError | DataError, lang: Lang): Promise<PrintableError> {
  const printable: PrintableError = { code: error.code, message: error.message, exitCode: error.exitCode, params: error.params, ...(error instanceof InputError ? { worded: error.worded } : {}) };
  // The rule-file problem it quotes: in English as the library words it, else in the reader's words.
  if (lang === 'en' || !error.problem || !printable.params) return { ...printable, params: withProblem({ ...printable, problem: error.problem }) };
  const { problemWorded } = await import('../render/problems.js');
  return problemWorded(printable, error.problem, wordsFor(lang));
}

/** A flag anywhere before a "--" that ends the options, for errors found before commander has parsed them. */
function given(argv: readonly string[], flag: string): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes(flag);
}

/** For "linkcheck help help" (or "rules help help"): the help command's own name, "linkcheck help"; commander has no help for it. */
function helpOfHelpCommand(program: Command, argv: readonly string[]): string | undefined {
  const words = argv.filter((word) => !word.startsWith('-'));
  const at = words.indexOf('help');
  if (at === -1 || words[at + 1] !== 'help' || words.length !== at + 2) return undefined;
  // The commands before it; other words there are option values (--lang zh).
  let command = program;
  const path: string[] = [];
  for (const word of words.slice(0, at)) {
    const sub = command.commands.find((candidate) => candidate.name() === word);
    if (!sub) continue;
    command = sub;
    path.push(word);
  }
  return ['linkcheck', ...path, 'help'].join(' ');
}

/** "linkcheck help nosuch", "linkcheck rules help nosuch": commander would print a help on stderr; say the command is unknown. */
function refuseUnknownHelpTopic(program: Command, argv: readonly string[]): void {
  let command = program;
  const path: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]!;
    if (word.startsWith('-')) {
      // An option's value is not a command (linkcheck --lang zh help nosuch).
      if (takesNextWord(command, word)) index++;
      continue;
    }
    if (word === 'help') {
      const topic = argv[index + 1];
      if (topic !== undefined && !command.commands.some((sub) => sub.name() === topic)) {
        const guess = suggest(command.commands.map((sub) => ({ id: sub.name(), aliases: [] })), topic);
        throw inputError('unknown-command', { command: [...path, topic].join(' '), ...(guess ? { suggestion: quoteChoices([[...path, guess].join(' ')]) } : {}) });
      }
      return;
    }
    const sub = command.commands.find((candidate) => candidate.name() === word);
    if (!sub) return;
    command = sub;
    path.push(word);
  }
}

/** Whether an option as written (--lang, -p; not --lang=zh or -pdouyin) takes the next word as its value. */
function takesNextWord(command: Command, word: string): boolean {
  if (word.includes('=') || (!word.startsWith('--') && word.length > 2)) return false;
  for (let level: Command | null = command; level; level = level.parent) {
    const option = level.options.find((candidate) => candidate.long === word || candidate.short === word);
    if (option) return option.required || option.optional;
  }
  return false;
}

/** Runs the CLI in this process and sets its exit code. */
export async function runCli(argv: readonly string[]): Promise<void> {
  // Written with fs.writeSync, as Node writes to a file, a pipe, a socket or a terminal on Linux:
  // process.stdout and process.stderr are made only for a terminal, a descriptor that is not open or
  // one that would block (see output.ts).
  const stdout = standardOutput(1);
  const stderr = standardOutput(2);
  const context: CliContext = {
    ...processContext({ stdoutIsTTY: isTerminal(1), stderrIsTTY: isTerminal(2) }, process.env),
    stdout: stdout.write,
    stdoutBytes: stdout.write,
    stderr: stderr.write,
    stdoutStopped: stdout.stopped,
    ownProcess: true,
  };
  const lang = argvLang(argv, process.env) ?? resolveLang(process.env);
  let code: number;
  try {
    code = await main(argv, context);
  } catch (error) {
    // Not an expected failure: a bug. Keep the stack so it can be reported, escaped like any output.
    const stack = String((error as Error)?.stack ?? error);
    stderr.write(`linkcheck: ${lang === 'zh' ? formatMessageZh('internal-error', {}) : formatMessage('internal-error', {})}\n${stack.split('\n').map((line) => safe(line)).join('\n')}\n`);
    code = EXIT.internal;
  }
  process.exitCode = await settleOutput(stdout, stderr, code, lang);
}
