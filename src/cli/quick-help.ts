// `linkcheck --help` and `linkcheck <command> --help` without the full CLI: the build writes
// what the full CLI prints for each (dist/help/<lang>/<name>.txt, scripts/build.mjs), and the
// quick path (quick.ts) copies that file to standard output. Only where the text cannot differ:
// standard output a file, a pipe or /dev/null (help wraps to a terminal's width, or to COLUMNS),
// and no LINKCHECK_* setting. A configuration file may set the language or be refused: the
// check's bundle reads it first (quick.ts). Anything else is left to the full CLI;
// test/cli/quick.test.ts and test/cli/config.test.ts compare the two.
import { readFileSync } from 'node:fs';
import { exceedsArgumentLimit } from './argument-limit.js';
import { foundConfig, type FoundConfig } from './config-locate.js';
import { directOutput, plainDescriptor, type GuardedOutput } from './direct-output.js';
import { resolveLang, type Lang } from '../i18n/lang.js';

/** The program's own help is linkcheck.txt; a subcommand's is <command>.txt. */
export const PROGRAM_HELP = 'linkcheck';

/** Help the build wrote (helpFile): the program's or one subcommand's, in the locale's language, and the configuration file found, if any. */
export interface QuickHelp {
  name: string;
  /** The locale's: a configuration file's language comes before it. */
  lang: Lang;
  config?: FoundConfig;
}

/** The help the build wrote that answers these arguments; undefined when the full CLI must answer. */
export function quickHelp(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, commands: readonly string[], cwd = process.cwd()): QuickHelp | undefined {
  const asked = argv.at(-1);
  if (asked !== '--help' && asked !== '-h') return undefined;
  let name: string;
  if (argv.length === 1) name = PROGRAM_HELP;
  else if (argv.length === 2 && commands.includes(argv[0]!)) name = argv[0]!;
  else return undefined;
  if (!nothingSet(argv, env)) return undefined;
  return { name, lang: resolveLang(env) ?? 'en', ...foundConfig(cwd) };
}

/**
 * Whether nothing outside the arguments and a configuration file could change help's text: no
 * COLUMNS, no LINKCHECK_ setting, and no argument the full CLI would refuse as too long.
 */
function nothingSet(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.COLUMNS !== undefined || Object.keys(env).some((key) => key.startsWith('LINKCHECK_'))) return false;
  return !exceedsArgumentLimit(argv, env);
}

/**
 * Whether a quick command may answer in this environment. What it reads there (COLUMNS,
 * LINKCHECK_PLATFORM, LINKCHECK_MAX_STALENESS, LINKCHECK_FAIL_ON) it reads with the full CLI's own
 * code, and a value that code refuses fails the quick path, leaving the refusal to the full CLI;
 * rule files (LINKCHECK_RULES) the full CLI loads, and an argument or setting too long it refuses.
 */
export function quickEnvironment(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return env.LINKCHECK_RULES === undefined && !exceedsArgumentLimit(argv, env);
}

/** Where the build writes a help text: dist/help/<lang>/<name>.txt. */
export const helpFile = (dist: string, { name, lang }: { name: string; lang: Lang }): string => `${dist}/help/${lang}/${name}.txt`;

/**
 * Writes the help as the full CLI writes it (output.ts: a closed pipe ends quietly, a pipe that
 * would block takes the rest through the stream), for the caller to settle; undefined, with
 * nothing written, when the full CLI must answer: no such file, or standard output not one the
 * text is sure for.
 */
export async function printHelp(file: string): Promise<GuardedOutput | undefined> {
  if (!plainDescriptor(1)) return undefined;
  let text: Buffer;
  try {
    text = readFileSync(file);
  } catch {
    return undefined;
  }
  const stdout = directOutput(1, () => process.stdout);
  await stdout.write(text);
  return stdout;
}
