// The bin's entry (built as dist/quick.cjs, CommonJS, so that a plain check
// starts without Node's ES module loader; see scripts/build.mjs). A plain check
// (`linkcheck <source> <surface> [date]`, no options, no settings in the
// environment) runs without the argument parser, through runCheck, the same
// function the full CLI calls; its output is held until it has succeeded.
// Anything else, or any failure, goes to the full CLI, which then does all the
// work again: behaviour is the full CLI's in every case.
import { fstatSync } from 'node:fs';
import { oversizedArgument } from './argument-limit.js';
import { colourNeedsTerminal } from './colour.js';
import type { CliContext } from './context.js';
import { resolveLang } from '../i18n/index.js';
import { directOutput, settleOutput } from './output.js';

// For the build, which writes the code cache of the plain check's bundle.
export { cacheFileFor, loadWithCodeCache } from './code-cache.js';

/** The subcommand names: a first argument among them is never a plain check (test/cli/quick.test.ts keeps this in step with --help). */
export const SUBCOMMANDS: readonly string[] = ['batch', 'classify', 'completion', 'diff', 'help', 'matrix', 'platforms', 'rules', 'sources', 'surfaces', 'timeline'];

export function isPlainCheck(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  if (argv.length < 2 || argv.length > 3) return false;
  if (argv.some((arg) => arg.startsWith('-') || arg === '')) return false;
  if (SUBCOMMANDS.includes(argv[0]!)) return false;
  if (oversizedArgument(argv, env)) return false;
  // A Chinese locale: the full CLI prints the answer in the reader's language.
  if (resolveLang(env) !== 'en') return false;
  // Settings the full CLI reads from the environment.
  return env.LINKCHECK_PLATFORM === undefined && env.LINKCHECK_RULES === undefined;
}

export async function run(argv: readonly string[]): Promise<void> {
  if (isPlainCheck(argv, process.env)) {
    const code = await plainCheck(argv);
    if (code !== undefined) {
      process.exitCode = code;
      return;
    }
  }
  // The full CLI's own bundle (dist/cli.js), not a second copy of it.
  const { runCli } = (await import(new URL('./cli.js', import.meta.url).href)) as typeof import('./main.js');
  await runCli(argv);
}

async function plainCheck([source, surface, date]: readonly string[]): Promise<number | undefined> {
  const out: string[] = [];
  const err: string[] = [];
  const context: CliContext = {
    env: process.env,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    // Asked only when the environment leaves colour to it (see isTerminal).
    stdoutIsTTY: colourNeedsTerminal(process.env) && isTerminal(1),
    now: Date.now(),
  };
  let code: number;
  try {
    const { runCheck } = await import('./check-command.js');
    code = await runCheck(context, { source: source!, surface: surface!, ...(date !== undefined ? { date } : {}) }, { platform: 'kuaishou', color: true, rules: [], builtinRules: true });
  } catch {
    return undefined;
  }
  const stdout = directOutput(1, () => process.stdout);
  const stderr = directOutput(2, () => process.stderr);
  if (out.length > 0) stdout.write(out.join(''));
  if (err.length > 0) stderr.write(err.join(''));
  return settleOutput(stdout, stderr, code);
}

/**
 * process.stdout.isTTY, without making process.stdout (and loading the stream
 * classes behind it) when the answer is plain: a file, a pipe or a socket is no
 * terminal; only a character device is asked through node:tty.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
