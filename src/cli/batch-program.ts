// "linkcheck batch": its options and help. The command's modules load only when it runs.
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { addRuleOptions, ruleOptionsOf } from './rule-options.js';

const BATCH_HELP = `
A plan is CSV with a header row (UTF-8 with or without BOM, CRLF or LF), JSON Lines, or .xlsx.
Columns: source (also link, url, 来源, 链接, 商品链接), surface (位置, 版位), date (日期, 时间,
开播时间), and optionally platform (平台); other columns are kept and shown under "row" in --ndjson.

Examples:
  $ linkcheck batch plan.csv
  $ linkcheck batch plan.csv --junit report.xml --fail-on denied
  $ linkcheck batch 投放计划.csv --encoding gb18030 --columns source=商品链接,surface=投放位置,date=开播日期
  $ linkcheck batch plan.xlsx --sheet 六月 --ndjson
  $ some-tool | linkcheck batch - --format jsonl --json

Exit codes:
  0  every row is allowed (or none fails under --fail-on)
  1  a row is denied
  2  a row is an error (missing column, bad date, unknown surface, a link that is not http(s)),
     or the plan cannot be read at all; an error row's line says why
  3  none is denied, but a row is rolling-out or unknown
`;

export function addBatchCommand(program: Command, context: CliContext, setExitCode: (code: number) => void): void {
  addRuleOptions(
    program
      .command('batch')
      .description('check every placement of a plan (CSV, JSON Lines or .xlsx) in one run')
      .argument('<file>', 'the plan; - reads standard input')
      .addOption(new Option('--format <format>', 'the plan\'s format (default: by extension; csv for standard input)').choices(['csv', 'jsonl', 'xlsx']))
      .option('--sheet <name>', 'the sheet of an .xlsx workbook (default: the first)')
      .option('--columns <map>', 'which headers hold which column: source=商品链接,surface=投放位置,date=开播日期')
      .option('--encoding <name>', 'the text encoding of a CSV or JSON Lines plan: utf-8 or gb18030 (gbk)', 'utf-8')
      .addOption(new Option('-p, --platform <id>', 'platform for rows without a platform column (快手, 抖音, …)').env('LINKCHECK_PLATFORM').default('kuaishou'))
      .option('--fail-on <verdicts>', 'verdicts that fail the run: denied, rolling-out, unknown, comma-separated, or none', 'denied,rolling-out,unknown')
      .option('--json', 'print one JSON report: counts, rows not allowed, error rows')
      .option('--ndjson', 'print one JSON object per row, in input order')
      .option('--junit <file>', 'also write a JUnit XML report, one test case per row')
      .option('--annotations', 'also print GitHub Actions annotations on stderr (on by default when GITHUB_ACTIONS=true)')
      .option('--as-known-on <date>', 'answer as the record stood on this day (YYYY-MM-DD)')
      .option('--no-color', 'never colour the output (also NO_COLOR)')
      .addHelpText('after', BATCH_HELP),
  ).action(async (file: string, options, command: Command) => {
    const { runBatchCommand } = await import('./batch-command.js');
    setExitCode(await runBatchCommand(context, file, { ...options, ...ruleOptionsOf(command) }));
  });
}
