// Properties of the command line as a whole (issue 7): whatever the arguments,
// main() returns a documented exit code, throws nothing, and prints nothing a
// terminal could act on. Seeded and bounded here; "npm run fuzz" runs longer
// (FUZZ_RUNS, FUZZ_SEED).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, runMain } from './run-main.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const DOCUMENTED = [0, 1, 2, 3];
/** Generous: a run takes a few milliseconds, and a slow machine must not fail the suite. */
const TIMEOUT = 30_000 + RUNS * 50;

/** Characters that have broken terminals and parsers. */
const hostile = fc.constantFrom('\x1b', '\x1b[2J', '\x1b]0;x\x07', '\u009b', '\u0085', '\u202e', '\u2066', '\u200b', '\ufeff', '\n', '\r', '\t', '\0', '\x7f', '\u2028', '\ud800', '：', '．', '。', '￥', '👉', '%0a', '\\', '"', "'");
const unit = fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 1 }) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) }, { weight: 2, arbitrary: hostile });
const text = fc.string({ unit, maxLength: 40 });

const NAMES = ['taobao', 'jd', '淘宝', '京東', 'live-cart', '小黄车', '直播间小黄车', 'short-video-cart', '商详页', 'kuaishou', '快手', '抖音', 'douyin', 'douyin-own-shop', 'kuaishou-2022-03-jd', 'today', 'now', '2022-06-01', '2022-02-28T16:00Z', 'https://item.jd.com/1.html', 'item.taobao.com/x', '复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'javascript:alert(1)', 'help'];
const OPTIONS = [
  '--json', '-q', '--quiet', '--no-color', '--fail-on-stale', '-p', '--platform', '--as-known-on', '--source', '--surface', '--no-builtin-rules', '-h', '--help', '-V', '--', '--colour', '-x', '--json=1', '-pq',
  '--lang', 'zh', '--ndjson', '--annotations', '--fail-on', '--columns', '--encoding', '--sheet', '--ascii', '--evidence', '--rules', 'test/cli/fixtures/no-platforms.json', 'test/cli/fixtures/plan-cut.csv',
];

/** Options that do not exist, some with values and escapes in their names. */
const randomOption = fc.oneof(text.map((name) => `--${name}`), text.map((name) => `-${name}`), fc.tuple(fc.constantFrom(...OPTIONS), text).map(([option, value]) => `${option}=${value}`));

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...OPTIONS) },
  { weight: 1, arbitrary: randomOption },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), hostile, text).map((parts) => parts.join('')) },
);
/** Now and then one argument far past the 64 KiB limit, or just under it. */
const huge = fc.constantFrom('x'.repeat(70_000), '\x1b'.repeat(66_000), '淘'.repeat(21_845), `${'a'.repeat(65_530)}\u202e`);

/** Every command; a plain check most often. */
const COMMANDS: string[][] = [
  [], [], [], ['classify'], ['rules', 'list'], ['rules', 'show'], ['rules', 'schema'], ['rules', 'lint'], ['help'], ['rules'],
  ['batch'], ['batch', 'test/cli/fixtures/plan-invalid.csv'], ['batch', 'test/cli/fixtures/plan.xlsx'], ['matrix'], ['timeline'], ['diff'], ['platforms'], ['sources'], ['surfaces'], ['completion'],
];
const argv = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 6 }), fc.option(huge, { freq: 8 }), fc.nat())
  .map(([command, rest, big, at]) => {
    const args = [...command, ...rest];
    if (big !== null) args.splice(at % (args.length + 1), 0, big);
    return args;
  });
const env = fc.record({ LINKCHECK_PLATFORM: fc.oneof(fc.constantFrom('', 'douyin', '抖音', 'weibo'), text) }, { requiredKeys: [] });

describe('main(argv) for any arguments', () => {
  it('returns a documented exit code and prints nothing raw', async () => {
    await fc.assert(
      fc.asyncProperty(argv, env, async (args, environment) => {
        const run = await runMain(args, { env: environment });
        expect(DOCUMENTED).toContain(run.code);
        expect(run.stdout).not.toMatch(RAW_CONTROL);
        expect(run.stderr).not.toMatch(RAW_CONTROL);
        // An error is one line; no stack trace ever. (A batch whose rows hold errors exits 2 with its report on stdout.)
        expect(run.stderr).not.toMatch(/\n\s+at /u);
        if (run.code === 2) expect(run.stderr).toMatch(/^(linkcheck: [^\n]+\n)?$/u);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);

  // Help, the version and --quiet print no JSON by design.
  it('with --json, prints JSON on stdout whatever happens', async () => {
    const jsonArgv = argv.filter((args) => !args.includes('--') && !args.some((arg) => /^(-[hVq]|--(help|quiet|version)|-pq)/u.test(arg)) && !args.includes('help'));
    await fc.assert(
      fc.asyncProperty(jsonArgv, async (args) => {
        // Right after the command, so that no option before it takes --json for its value (-p --json).
        const at = COMMANDS.reduce((longest, command) => (command.length > longest && command.every((word, index) => args[index] === word) ? command.length : longest), 0);
        const run = await runMain([...args.slice(0, at), '--json', ...args.slice(at)]);
        expect(DOCUMENTED).toContain(run.code);
        if (run.stdout !== '') expect(() => JSON.parse(run.stdout)).not.toThrow();
        // Exit 2 is an error object, or the report of a batch whose rows hold errors.
        const printed = run.stdout === '' ? null : JSON.parse(run.stdout);
        if (run.code === 2 && printed?.error === undefined) expect(args[0]).toBe('batch');
        else if (run.code === 2) expect(printed.error.exitCode).toBe(2);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT);
});
