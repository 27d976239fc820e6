// What every start decides (run): each bundle a command starts from holds it (bin/linkcheck.js
// chooses the bundle; scripts/build.mjs startEntry), and dist/quick.cjs is it alone, for the help
// texts and the commands no quick path answers. CommonJS, so that a check starts without Node's
// ES module loader. A check (`linkcheck <source> <surface> [date]`) with none but the common
// options below, and no settings in the environment, is answered by dist/plain-check.cjs
// (plain-check.ts), without the argument parser; `--help` of the program or of a subcommand is
// printed from the text the build wrote (quick-help.ts); `matrix`, `timeline` and `rules list`
// with no option are answered each by a bundle of its own (quick-commands.ts), and `batch <file>`
// of a short plan by dist/quick-batch.cjs (quick-batch.ts). A configuration file found (see
// config-locate.ts) sends every command to the full CLI, which reads it. Anything else, or any
// failure there (an error included), goes to the full CLI, which then does all the work again:
// behaviour is the full CLI's in every case. Kept small: every start runs it.
import { exceedsArgumentLimit } from './argument-limit.js';
import { preferCache } from './code-cache.js';
import { resolveLang } from '../i18n/lang.js';
import { foundConfig } from './config-locate.js';
import type { QuickCheck, QuickVersion } from './plain-check.js';
import { helpFile, quickEnvironment, printHelp, quickHelp } from './quick-help.js';
import { plainDescriptor, quickOutput } from './direct-output.js';
import type { QuickCommand } from './quick-commands.js';
import type { QuickBatch } from './quick-batch.js';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';

// For the build, which writes the code caches of the bundles.
export { cacheFileFor, loadWithCodeCache, WRAPPER } from './code-cache.js';
export { helpFile, PROGRAM_HELP } from './quick-help.js';

/** The subcommand names: a first argument among them is never a check (test/cli/quick.test.ts keeps this in step with --help). */
export const SUBCOMMANDS: readonly string[] = ['batch', 'classify', 'completion', 'coverage', 'diff', 'help', 'matrix', 'platforms', 'rules', 'serve', 'sources', 'surfaces', 'timeline', 'version'];
/** The subcommands whose --help the build writes out (quick-help.ts): all but help. */
export const HELP_COMMANDS: readonly string[] = SUBCOMMANDS.filter((name) => name !== 'help');

type Flag = 'json' | 'quiet' | 'noColor';
type Valued = 'platform' | 'lang' | 'asKnownOn' | 'maxStaleness';
// Only these spellings: anything else (--json=x, -qp, -pkuaishou, --, -v…) is left to the full CLI.
const FLAGS = new Map<string, Flag>([['--json', 'json'], ['-q', 'quiet'], ['--quiet', 'quiet'], ['--no-color', 'noColor']]);
const VALUED = new Map<string, Valued>([['-p', 'platform'], ['--platform', 'platform'], ['--lang', 'lang'], ['--as-known-on', 'asKnownOn'], ['--max-staleness', 'maxStaleness']]);

export function quickCheck(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): QuickCheck | undefined {
  const positional: string[] = [];
  const flags = new Set<Flag>();
  const values = new Map<Valued, string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '') return undefined;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const flag = FLAGS.get(arg);
    const valued = VALUED.get(arg);
    // Given twice: the full CLI decides which one counts.
    if (flag !== undefined && !flags.has(flag)) flags.add(flag);
    else if (valued !== undefined && !values.has(valued)) {
      // A value that is missing, empty or looks like an option: the full CLI says what is wrong.
      const value = argv[++index];
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      values.set(valued, value);
    } else return undefined;
  }
  if (positional.length < 2 || positional.length > 3) return undefined;
  if (SUBCOMMANDS.includes(positional[0]!)) return undefined;
  if (exceedsArgumentLimit(argv, env)) return undefined;
  // An unsupported --lang is an error the full CLI words.
  const lang = resolveLang(env, values.get('lang'));
  if (lang === undefined) return undefined;
  // LINKCHECK_PLATFORM and LINKCHECK_MAX_STALENESS the check reads as the full CLI does (see
  // quickEnvironment); rule files are the full CLI's. A configuration file is read by the check's
  // bundle (quick-config.ts), which leaves to the full CLI one it would refuse or that names rule files.
  if (env.LINKCHECK_RULES !== undefined) return undefined;
  const [source, surface, date] = positional as [string, string, string?];
  const platform = values.get('platform');
  const asKnownOn = values.get('asKnownOn');
  const maxStaleness = values.get('maxStaleness');
  return {
    args: { source, surface, ...(date !== undefined ? { date } : {}) },
    options: {
      color: !flags.has('noColor'),
      ...(flags.has('json') ? { json: true } : {}),
      ...(flags.has('quiet') ? { quiet: true } : {}),
      ...(platform !== undefined ? { platform } : {}),
      ...(asKnownOn !== undefined ? { asKnownOn } : {}),
      ...(maxStaleness !== undefined ? { maxStaleness } : {}),
    },
    lang,
    ...foundConfig(cwd, values.has('lang')),
  };
}

/**
 * The variants of the check's code cache (code-cache.ts preferCache), by name, each with the options
 * of the check it is written after, alone in its process (scripts/warm-starts.mjs): it holds what
 * that start runs. The plain check's cache leaves out what these options alone run, 9 KB of cache
 * for --as-known-on and 5 KB for --json, which was compiled from the bundle's text at every such
 * start; written into the plain check's cache, it made every plain check slower (#18). The other
 * options run a few hundred bytes of it, not worth a cache of their own (docs/benchmark.md).
 */
export const CHECK_CACHE_VARIANTS: Readonly<Record<string, readonly string[]>> = { 'known-on': ['--as-known-on', '2022-10-15'], json: ['--json'] };

/** The variant of the check's cache a check asks for (CHECK_CACHE_VARIANTS): as known on a day first, then --json. */
export function checkCacheVariant({ options }: QuickCheck): string | undefined {
  return options.asKnownOn !== undefined ? 'known-on' : options.json ? 'json' : undefined;
}

/**
 * `linkcheck --version` alone: answered from the check's bundle, which reads a configuration file
 * when there is one (its language, or a problem the full CLI words).
 */
export function quickVersion(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): QuickVersion | undefined {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return undefined;
  if (exceedsArgumentLimit(argv, env)) return undefined;
  return { lang: resolveLang(env) ?? 'en', ...foundConfig(cwd) };
}

/**
 * `matrix`, `timeline` or `rules list` with no option, in an environment a quick path takes (see
 * quickEnvironment): answered by dist/quick-matrix.cjs, dist/quick-timeline.cjs or
 * dist/quick-rules.cjs, which read a configuration file when there is one.
 */
export function quickCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): QuickCommand | undefined {
  const name = argv.length === 1 && (argv[0] === 'matrix' || argv[0] === 'timeline') ? argv[0] : argv.length === 2 && argv[0] === 'rules' && argv[1] === 'list' ? 'rules list' : undefined;
  if (name === undefined || !quickEnvironment(argv, env)) return undefined;
  return { name, lang: resolveLang(env) ?? 'en', ...foundConfig(cwd) };
}

/** The largest plan `batch <file>` takes the quick path for: its report is held until the batch has finished. */
export const SHORT_PLAN = 64 * 1024;

/**
 * `batch <file>` with no option, a file of 1 to SHORT_PLAN bytes (shortPlan), an environment a
 * quick path takes (see quickEnvironment) and no GITHUB_ACTIONS: answered by dist/quick-batch.cjs,
 * from the bytes read here, which reads a configuration file when there is one.
 */
export function quickBatch(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): QuickBatch | undefined {
  if (argv.length !== 2 || argv[0] !== 'batch') return undefined;
  const file = argv[1]!;
  if (file === '' || file.startsWith('-') || env.GITHUB_ACTIONS !== undefined || !quickEnvironment(argv, env)) return undefined;
  const bytes = shortPlan(resolve(cwd, file));
  return bytes === undefined ? undefined : { file, lang: resolveLang(env) ?? 'en', bytes, ...foundConfig(cwd) };
}

/**
 * The bytes of a file that reads as 1 to SHORT_PLAN bytes from its start, read whole; undefined
 * for anything else, which the full CLI reads or words: a longer or empty file, a folder (EISDIR),
 * a FIFO, pipe, socket or terminal (opened without waiting on a writer; a read at a position,
 * pread, is refused there: ESPIPE, or ENXIO when opened), a device that reads on (/dev/zero) or
 * reads nothing (/dev/null), a missing or unreadable file. The plan is known for a file without
 * asking its status: the first stat of a process costs a start about 0.3 ms of Node compiling
 * its Stats (#18). A block device of at most SHORT_PLAN bytes (a loop device on a small file)
 * reads as such a file too, and is read as a plan where the full CLI refuses it.
 */
function shortPlan(path: string): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.allocUnsafe(SHORT_PLAN + 1);
    const read = readSync(fd, bytes, 0, bytes.length, 0);
    return read > 0 && read <= SHORT_PLAN ? bytes.subarray(0, read) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The end of a quick path, once its output is settled (every write handed to the system, or
 * failed and said): the process exits with the code at once. Node's teardown of a process that
 * has loaded a bundle and the record (its heap, its threads) otherwise took about a tenth of a
 * check's run (measured, #18). The full CLI, whose commands may leave work running (a service, a
 * stream being closed), ends as Node ends it.
 */
function exitSettled(code: number): never {
  process.exit(code);
}

/**
 * The modules of the bundles a start goes on to, each loaded when first asked: a start's own bundle
 * gives its module here (scripts/build.mjs startEntry), as it is already loaded.
 */
export interface StartModules {
  'plain-check'?: typeof import('./plain-check.js');
  'quick-matrix'?: typeof import('./quick-matrix.js');
  'quick-timeline'?: typeof import('./quick-timeline.js');
  'quick-rules'?: typeof import('./quick-rules.js');
  'quick-batch'?: typeof import('./quick-batch.js');
}

/** A bundle's module: the start's own as given, or another loaded (once; the bundles cache themselves as modules do). */
const loaded = <T>(own: T | undefined, load: () => Promise<T>): Promise<T> => (own !== undefined ? Promise.resolve(own) : load());

/** What every start runs (bin/linkcheck.js): a quick path, or the full CLI. */
export async function run(argv: readonly string[], own: StartModules = {}): Promise<void> {
  const checkBundle = () => loaded(own['plain-check'], () => import('./plain-check.js'));
  const help = quickHelp(argv, process.env, HELP_COMMANDS);
  // With a configuration file, its language; undefined when the full CLI must word a problem in it
  // or load its rule files, or wrap the help to a terminal (printHelp), which is asked first.
  const helpLang =
    help === undefined || help.config === undefined || !plainDescriptor(1) ? help?.lang : await checkBundle().then(({ configured }) => configured(help.config, help.lang)?.lang).catch(() => undefined);
  if (help !== undefined && helpLang !== undefined) {
    const stdout = await printHelp(helpFile(import.meta.dirname, { name: help.name, lang: helpLang })).catch(() => undefined);
    if (stdout !== undefined) {
      // A failed write (other than a closed pipe) is worded as the full CLI words it.
      const { failure } = await stdout.settled();
      exitSettled(failure === undefined ? 0 : await checkBundle().then(({ settleOutput, standardOutput }) => settleOutput(stdout, standardOutput(2), 0, helpLang)));
    }
  }
  const version = quickVersion(argv, process.env);
  if (version !== undefined) {
    const code = await checkBundle().then(({ plainVersion }) => plainVersion(version)).catch(() => undefined);
    if (code !== undefined) exitSettled(code);
  }
  const command = quickCommand(argv, process.env);
  // On a terminal known as one, coloured and fitted to its width as the full CLI would; on any other device the full CLI answers.
  const commandOutput = command === undefined ? undefined : quickOutput(1);
  if (command !== undefined && commandOutput !== undefined) {
    // Each command's bundle alone: the other two's code is neither read nor deserialised.
    const bundle =
      command.name === 'matrix'
        ? loaded(own['quick-matrix'], () => import('./quick-matrix.js'))
        : command.name === 'timeline'
          ? loaded(own['quick-timeline'], () => import('./quick-timeline.js'))
          : loaded(own['quick-rules'], () => import('./quick-rules.js'));
    const code = await bundle.then(({ runQuick }) => runQuick(command, { stdoutIsTTY: commandOutput === 'terminal' })).catch(() => undefined);
    if (code !== undefined) exitSettled(code);
  }
  const batch = quickBatch(argv, process.env);
  // Standard error may be a terminal as well as standard output: a short plan's progress (drawn
  // once a run has taken a second, at every 4,096 rows) is held with the rest, as it is written.
  const batchOut = batch === undefined ? undefined : quickOutput(1);
  const batchErr = batchOut === undefined ? undefined : quickOutput(2);
  if (batch !== undefined && batchOut !== undefined && batchErr !== undefined) {
    const terminals = { stdoutIsTTY: batchOut === 'terminal', stderrIsTTY: batchErr === 'terminal' };
    const code = await loaded(own['quick-batch'], () => import('./quick-batch.js')).then(({ runQuickBatch }) => runQuickBatch(batch, terminals)).catch(() => undefined);
    if (code !== undefined) exitSettled(code);
  }
  const check = quickCheck(argv, process.env);
  if (check !== undefined) {
    const variant = checkCacheVariant(check);
    if (variant !== undefined) preferCache('plain-check', variant);
    // Any failure, loading the bundle included, leaves the answer to the full CLI.
    const code = await checkBundle().then(({ plainCheck }) => plainCheck(check)).catch(() => undefined);
    if (code !== undefined) exitSettled(code);
  }
  // The full CLI's own bundle (dist/cli.cjs, with its code cache), not a second copy of it.
  const { runCli } = await import('./main.js');
  await runCli(argv);
}
