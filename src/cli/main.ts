// The command line: parse, hand over to a command, map failures to exit codes.
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { DataError, EXIT, InputError, inputError } from '../engine/errors.js';
import { formatMessage } from '../engine/messages.js';
import { errorJson, errorLine } from '../render/error.js';
import { resolveLang } from '../i18n/index.js';
import { safe } from '../render/safe.js';
import { oversizedArgument } from './argument-limit.js';
import { fromCommander } from './commander-errors.js';
import type { CliContext } from './context.js';
import { addBatchCommand } from './batch-program.js';
import { refuseUnusedOptions, sharedOptions } from './global-options.js';
import { guardedOutput, settleOutput } from './output.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';
import { addRulesCommands } from './rules-program.js';
import { addViewCommands } from './views-program.js';

export const INTERNAL_ERROR = EXIT.internal;

const EXAMPLES = `
Examples:
  $ linkcheck taobao live-cart 2022-06-01          denied: Kuaishou barred Taobao links from 2022-03-01
  $ linkcheck jd short-video-cart 2022-06-01       allowed: JD stayed on short videos
  $ linkcheck 淘宝 直播间购物车 2022-02-28T23:59      allowed: a minute before the cut (Beijing time)
  $ linkcheck taobao live-cart 2022-02-28T16:00:00Z  denied: that instant is 2022-03-01 00:00 in Beijing
  $ linkcheck -p douyin pinduoduo live-cart 2020-11-01 --json
  $ linkcheck taobao live-cart 2022-06-01 --as-known-on 2022-02-22   unknown: the notice was not yet quoted
  $ linkcheck -p xiaohongshu taobao note-ad-link 2025-06-01   allowed: the Red Cat plan (红猫计划)
  $ linkcheck jd short-video-cart --max-staleness 365d   exit 3 when the newest evidence is over a year old
  $ linkcheck rules list --source jd                 the rules on record for JD links

Links and share texts as the source:
  $ linkcheck "https://detail.tmall.com/item.htm?id=1" live-cart 2022-06-01   denied: a Tmall link, barred with Taobao's
  $ linkcheck item.jd.com/100012043978.html short-video-cart 2022-06-01      allowed: a JD link
  $ linkcheck "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" live-cart 2022-06-01     denied: a Taobao share token
  $ linkcheck https://evil.example/x live-cart 2022-06-01                    unknown: no source lists that host

Exit codes:
  0  allowed
  1  denied
  2  usage or input error (bad argument, a link that is not http(s), unreadable or invalid rule data)
  3  rolling-out or unknown (no rule on record, or the record is not precise enough)
  70 internal error (a bug, or an installation without its build)
  74 standard output could not be written (a full disk); a closed pipe (| head) is not an error

"linkcheck classify --help" shows how to ask what a link is recognised as.
`;

const CLASSIFY_EXAMPLES = `
Examples:
  $ linkcheck classify "https://detail.tmall.com/item.htm?id=1"
  https://detail.tmall.com/item.htm?id=1  tmall  (host detail.tmall.com matches tmall.com)

  $ linkcheck classify item.jd.com/100012043978.html https://item.taobao.com.evil.example/x
  item.jd.com/100012043978.html           jd            (host item.jd.com matches jd.com)
  https://item.taobao.com.evil.example/x  unrecognised  (host item.taobao.com.evil.example is under no domain listed for a source)

  $ linkcheck classify "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" --json

Exit codes:
  0  every input was recognised
  2  usage or input error: no input, a link that is not http(s) (javascript:, data:, mailto:, …),
     or a word that is neither a source name nor a link; no answer is printed on stdout
  3  at least one input is a link or share token of no known source (its line says why)
`;

export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  const json = given(argv, '--json');
  let quiet = given(argv, '--quiet') || given(argv, '-q');
  // Errors in the reader's language: --lang when it names one, else the locale.
  const langAt = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const langFlag = langAt < 0 ? undefined : argv[langAt]!.startsWith('--lang=') ? argv[langAt]!.slice(7) : argv[langAt + 1];
  const lang = (langFlag === undefined ? undefined : resolveLang(context.env, langFlag)) ?? resolveLang(context.env) ?? 'en';
  const fail = (error: InputError | DataError): number => {
    context.stderr(errorLine(error, lang));
    if (json && !quiet) context.stdout(errorJson(error, lang));
    return error.exitCode;
  };
  // Before anything parses them, so that no work grows with a huge argument.
  const oversized = oversizedArgument(argv, context.env);
  if (oversized) return fail(oversized);

  let exitCode: number = EXIT.allowed;
  // Subcommands print through this: --quiet before them means nothing on stdout.
  const io: CliContext = { ...context, stdout: (text) => (quiet ? undefined : context.stdout(text)) };
  if (context.stdoutBytes) {
    const bytes = context.stdoutBytes;
    io.stdoutBytes = (chunk) => (quiet ? Promise.resolve() : bytes(chunk));
  }
  const program = new Command('linkcheck')
    .description('Can a product link from a source appear on a surface of a platform at a given time? Answers with the evidence.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show help for a command')
    .argument('<source>', 'the link (https://item.jd.com/100012043978.html, item.jd.com/100012043978.html), a share text pasted from an app, or where the link leads: taobao (the Taobao Alliance: Taobao and Tmall), tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, or an alias (淘宝, 京东, …)')
    .argument('<surface>', 'where it is placed: live-cart, short-video-cart, product-detail (on xiaohongshu: note-link, note-ad-link, live-cart), or an alias (直播间购物车, 短视频购物车, 商详页, 笔记, …); 小黄车 means either cart: say 直播间小黄车 or 短视频小黄车')
    .argument('[date]', '2022-06-01, 2022/6/1 or 2022年6月1日 (a day in the platform\'s time zone), "2022-06-01 10:30" (local time there), an instant with Z or an offset, "today", "yesterday"; default: now')
    // LINKCHECK_PLATFORM is read from the context, not by commander (which reads process.env).
    .addOption(new Option('-p, --platform <id>', 'platform id or alias (快手, 抖音, 小红书, …); default: LINKCHECK_PLATFORM, else kuaishou'))
    .option('--json', 'print one JSON object on stdout (errors too, as {"error": …})')
    .option('-q, --quiet', 'print nothing, warnings included; only set the exit code')
    .option('--no-color', 'never colour the output (also NO_COLOR, TERM=dumb)')
    .option('--as-known-on <date>', 'answer as the record stood on this day (2022-10-15, 2022年10月15日, yesterday)')
    .option('--max-staleness <duration>', 'exit 3 when the queried day is more than this past the newest evidence for the query: 365d, 8w, 18m, 2y')
    .option('--fail-on-stale', 'deprecated: the same as --max-staleness 0d')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: context.stderr,
      // Usage errors are printed with the others, below, from the CommanderError.
      outputError: () => undefined,
    })
    // Options after a subcommand are its own: linkcheck classify x --json, linkcheck rules lint --json.
    .enablePositionalOptions()
    .hook('preAction', (_program, command) => {
      refuseUnusedOptions(program, command);
      quiet ||= sharedOptions(command).quiet;
    })
    .action(async (source: string, surface: string, date: string | undefined, options, command: Command) => {
      const { runCheck } = await import('./check-command.js');
      const extra = command.args.slice(3);
      exitCode = await runCheck(context, { source, surface, ...(date !== undefined ? { date } : {}), extra }, options);
    });
  addRuleOptions(program);
  addRulesCommands(program, io, (code) => {
    exitCode = code;
  });
  addBatchCommand(program, context, (code) => {
    exitCode = code;
  });

  // Created after the settings above, which it inherits (exit override, output, suggestions).
  addRuleOptions(
    program
      .command('classify')
      .description('Say which source each link, share text or name belongs to, and why: one line each')
      .argument('<input...>', 'links, hosts and paths, share texts or source names')
      .option('--json', 'print a JSON array, one object per input')
      .option('--no-color', 'never colour the output (also NO_COLOR, TERM=dumb)')
      .addHelpText('after', CLASSIFY_EXAMPLES),
  ).action(async (inputs: string[], _options, command: Command) => {
    const { runClassify } = await import('./classify-command.js');
    const { json, color } = sharedOptions(command);
    exitCode = await runClassify(io, inputs, { json, color, ...ruleOptionsOf(command) });
  });
  addViewCommands(program, context, argv, (code) => {
    exitCode = code;
  });

  // Extra arguments get a hint from the check (a platform given as a source, a share text not quoted).
  // Set after the subcommands are made, which copy the settings and must refuse extra arguments.
  program.allowExcessArguments(true);

  try {
    refuseUnknownHelpTopic(program, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a help printed because something was missing is a usage error.
      if (error.exitCode === 0) return EXIT.allowed;
      if (error.code === 'commander.help') return EXIT.usage;
      return fail(fromCommander(error, program));
    }
    if (error instanceof InputError || error instanceof DataError) return fail(error);
    throw error;
  }
}

/** A flag anywhere before a "--" that ends the options, for errors found before commander has parsed them. */
function given(argv: readonly string[], flag: string): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes(flag);
}

/** "linkcheck help nosuch", "linkcheck rules help nosuch": commander would print a help on stderr; say the command is unknown. */
function refuseUnknownHelpTopic(program: Command, argv: readonly string[]): void {
  let command = program;
  const path: string[] = [];
  for (const [index, word] of argv.entries()) {
    if (word.startsWith('-')) continue;
    if (word === 'help') {
      const topic = argv[index + 1];
      if (topic !== undefined && !command.commands.some((sub) => sub.name() === topic)) {
        throw inputError('unknown-command', { command: [...path, topic].join(' ') });
      }
      return;
    }
    const sub = command.commands.find((candidate) => candidate.name() === word);
    if (!sub) return;
    command = sub;
    path.push(word);
  }
}

/** Runs the CLI in this process and sets its exit code. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const stdout = guardedOutput(process.stdout);
  const stderr = guardedOutput(process.stderr);
  const context: CliContext = {
    env: process.env,
    stdout: stdout.write,
    stdoutBytes: stdout.write,
    stderr: stderr.write,
    stdoutIsTTY: process.stdout.isTTY === true,
    now: Date.now(),
  };
  let code: number;
  try {
    code = await main(argv, context);
  } catch (error) {
    // Not an expected failure: a bug. Keep the stack so it can be reported, escaped like any output.
    const stack = String((error as Error)?.stack ?? error);
    stderr.write(`linkcheck: ${formatMessage('internal-error', {})}\n${stack.split('\n').map((line) => safe(line)).join('\n')}\n`);
    code = EXIT.internal;
  }
  process.exitCode = await settleOutput(stdout, stderr, code);
}
