// The bin's entry (built as dist/quick.cjs, CommonJS, so that a plain check
// starts without Node's ES module loader; see scripts/build.mjs). It only decides:
// a plain check (`linkcheck <source> <surface> [date]`, no options, no settings in
// the environment) is answered by dist/plain-check.cjs (plain-check.ts), loaded
// with its code cache, without the argument parser. A configuration file found
// (see config-locate.ts) sends every check to the full CLI, which reads it. Anything else, or any failure
// there, goes to the full CLI, which then does all the work again: behaviour is the
// full CLI's in every case. Kept small: it is compiled on every start.
import { exceedsArgumentLimit } from './argument-limit.js';
import { resolveLang } from '../i18n/index.js';
import { locateConfig } from './config-locate.js';

// For the build, which writes the code cache of the plain check's bundle.
export { cacheFileFor, loadWithCodeCache } from './code-cache.js';

/** The subcommand names: a first argument among them is never a plain check (test/cli/quick.test.ts keeps this in step with --help). */
export const SUBCOMMANDS: readonly string[] = ['batch', 'classify', 'completion', 'coverage', 'diff', 'help', 'matrix', 'platforms', 'rules', 'serve', 'sources', 'surfaces', 'timeline', 'version'];

export function isPlainCheck(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): boolean {
  if (argv.length < 2 || argv.length > 3) return false;
  if (argv.some((arg) => arg.startsWith('-') || arg === '')) return false;
  if (SUBCOMMANDS.includes(argv[0]!)) return false;
  if (exceedsArgumentLimit(argv, env)) return false;
  // A Chinese locale: the full CLI prints the answer in the reader's language.
  if (resolveLang(env) !== 'en') return false;
  // Settings the full CLI reads from the environment, or from a configuration file.
  if (env.LINKCHECK_PLATFORM !== undefined || env.LINKCHECK_RULES !== undefined || env.LINKCHECK_MAX_STALENESS !== undefined) return false;
  return locateConfig(cwd) === undefined;
}

/** `linkcheck --version` alone, for an English reader, with the built-in rules only: answered from the plain check's bundle. */
export function isPlainVersion(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V') && resolveLang(env) === 'en';
}

export async function run(argv: readonly string[]): Promise<void> {
  if (isPlainVersion(argv, process.env)) {
    const code = await import('./plain-check.js').then(({ plainVersion }) => plainVersion()).catch(() => undefined);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  if (isPlainCheck(argv, process.env)) {
    // Any failure, loading the bundle included, leaves the answer to the full CLI.
    const code = await import('./plain-check.js').then(({ plainCheck }) => plainCheck(argv)).catch(() => undefined);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  // The full CLI's own bundle (dist/cli.js), not a second copy of it.
  const { runCli } = (await import(new URL('./cli.js', import.meta.url).href)) as typeof import('./main.js');
  await runCli(argv);
}
