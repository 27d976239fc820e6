// The command line: parse, hand over to a command, map failures to exit codes.
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { DataError, EXIT, InputError } from '../engine/errors.js';
import type { CliContext } from './context.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';
import { addRulesCommands } from './rules-program.js';

export const INTERNAL_ERROR = 70;

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
     or a word that is neither a source name nor a link; nothing is printed on stdout
  3  at least one input is a link or share token of no known source (its line says why)
`;

export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode: number = EXIT.allowed;
  const program = new Command('linkcheck')
    .description('Can a product link from a source appear on a surface of a platform at a given time? Answers with the evidence.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('<source>', 'the link (https://item.jd.com/100012043978.html, item.jd.com/100012043978.html), a share text pasted from an app, or where the link leads: taobao (the Taobao Alliance: Taobao and Tmall), tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, or an alias (淘宝, 京东, …)')
    .argument('<surface>', 'where it is placed: live-cart, short-video-cart, product-detail (on xiaohongshu: note-link, note-ad-link, live-cart), or an alias (直播间购物车, 短视频购物车, 商详页, 笔记, …)')
    .argument('[date]', 'YYYY-MM-DD (a day in the platform\'s time zone), YYYY-MM-DDTHH:mm (local time there), an instant with Z or an offset, "today"; default: now')
    .addOption(new Option('-p, --platform <id>', 'platform id or alias (快手, 抖音, 小红书, …)').env('LINKCHECK_PLATFORM').default('kuaishou'))
    .option('--json', 'print one JSON object on stdout')
    .option('-q, --quiet', 'print nothing, warnings included; only set the exit code')
    .option('--no-color', 'never colour the output (also NO_COLOR)')
    .option('--as-known-on <date>', 'answer as the record stood on this day (YYYY-MM-DD)')
    .option('--max-staleness <duration>', 'exit 3 when the queried day is more than this past the newest evidence for the query: 365d, 8w, 18m, 2y')
    .option('--fail-on-stale', 'deprecated: the same as --max-staleness 0d')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: context.stdout,
      writeErr: context.stderr,
      outputError: (message, write) => write(`linkcheck: ${message.replace(/^error: /, '').trimEnd()} (see "linkcheck --help")\n`),
    })
    // Options after a subcommand are its own: linkcheck classify x --json, linkcheck rules lint --json.
    .enablePositionalOptions()
    .action(async (source: string, surface: string, date: string | undefined, options) => {
      const { runCheck } = await import('./check-command.js');
      exitCode = await runCheck(context, { source, surface, ...(date !== undefined ? { date } : {}) }, options);
    });
  addRuleOptions(program);
  addRulesCommands(program, context, (code) => {
    exitCode = code;
  });

  // Created after the settings above, which it inherits (exit override, output, suggestions).
  addRuleOptions(
    program
      .command('classify')
      .description('Say which source each link, share text or name belongs to, and why: one line each')
      .argument('<input...>', 'links, hosts and paths, share texts or source names')
      .option('--json', 'print a JSON array, one object per input')
      .option('--no-color', 'never colour the output (also NO_COLOR)')
      .addHelpText('after', CLASSIFY_EXAMPLES),
  ).action(async (inputs: string[], options: { json?: boolean; color: boolean }, command: Command) => {
    const { runClassify } = await import('./classify-command.js');
    // linkcheck --json classify x: the option was given before the subcommand.
    const before = program.opts<{ json?: boolean; color: boolean }>();
    const json = options.json === true || before.json === true;
    exitCode = await runClassify(context, inputs, { json, color: options.color && before.color, ...ruleOptionsOf(command) });
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.allowed : EXIT.usage;
    }
    if (error instanceof InputError || error instanceof DataError) {
      context.stderr(`linkcheck: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** Runs the CLI in this process and sets its exit code. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const context: CliContext = {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    now: Date.now(),
  };
  try {
    process.exitCode = await main(argv, context);
  } catch (error) {
    // Not an expected failure: a bug. Keep the stack so it can be reported.
    process.stderr.write(`linkcheck: internal error, please report it:\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = INTERNAL_ERROR;
  }
}
