// Everything the CLI takes from the process, passed in so tests can supply it.
import type { Lang } from '../i18n/lang.js';
import type { LoadOptions } from '../load/load-catalog.js';

export interface CliContext {
  env: Readonly<Record<string, string | undefined>>;
  /** May return a promise, resolved once the text is taken: a batch waits on it (back-pressure). */
  stdout: (text: string) => unknown;
  /**
   * stdout for text already encoded as UTF-8 (a batch report's spooled rows), resolving once
   * the bytes are handed on so that their buffer can be filled again; without it, such bytes
   * are decoded for stdout.
   */
  stdoutBytes?: (bytes: Uint8Array) => Promise<void>;
  stderr: (text: string) => unknown;
  /** Standard input, read by a batch whose plan is "-"; process.stdin when not given. */
  stdin?: AsyncIterable<Uint8Array>;
  /** True once stdout can take no more (its reader closed the pipe, or a write failed): a batch then stops reading. */
  stdoutStopped?: () => boolean;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (a long batch shows its progress there). */
  stderrIsTTY?: boolean;
  /**
   * The terminal's width in columns, when stdout is a terminal: asked only by what fits text to it
   * (process.stdout.columns, whose stream classes a start does not otherwise load).
   */
  columns?: () => number | undefined;
  /**
   * The configuration file's language, when it gives one (main.ts): a command speaks it unless
   * --lang names another, before the locale's.
   */
  lang?: Lang;
  /** The current instant, for queries without a date. */
  now: number;
  /** The working directory, where the configuration file is looked for and a batch's files are; process.cwd() when not given. */
  cwd?: string;
  /** The package root (rules/, seeds/), when not the installed one. */
  root?: string;
  /**
   * The process is the CLI's alone (main.ts runCli, the program linkcheck): it may set V8's flags,
   * which are the whole process's (a large CSV plan's reading holds the young generation,
   * reader-thread.ts). Not for the library, the service or a test, whose process runs code of its own.
   */
  ownProcess?: boolean;
  /** The rule files a configuration file names, resolved from its folder (config-env.ts configRules): loaded before LINKCHECK_RULES's and --rules'. */
  configRules?: readonly string[];
  /** The reader's language, and the one notice on stderr when the user's rule files lack it (src/load/load-catalog.ts). */
  fallback?: LoadOptions['fallback'];
}

/** Which of standard output and error are terminals: the rest are written plainly. */
export interface Terminals {
  stdoutIsTTY: boolean;
  /** Read by a batch alone (its progress): a quick path asks it only for a batch, and then false. */
  stderrIsTTY?: boolean;
}

/**
 * What a command takes from this process, its writers aside, with these terminals: the full CLI's
 * (main.ts runCli) and a quick path's alike. On a terminal, its width, asked only by what fits text
 * to it (process.stdout.columns, whose stream classes a start does not otherwise load).
 */
export function processContext({ stdoutIsTTY, stderrIsTTY = false }: Terminals, env: CliContext['env']): Omit<CliContext, 'stdout' | 'stderr'> {
  return { env, stdoutIsTTY, stderrIsTTY, ...(stdoutIsTTY ? { columns: () => process.stdout.columns } : {}), now: Date.now() };
}
