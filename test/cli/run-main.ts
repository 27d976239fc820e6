// Calls the CLI entry point in this process, with an environment of the test's
// choosing and stdout and stderr collected.
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/catalog.js';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MainSetup {
  env?: Record<string, string>;
  tty?: boolean;
  /** The clock, NOW when not given. */
  now?: number;
}

/** 2026-01-01T00:00:00Z, so that queries without a date do not depend on the clock. */
export const NOW = Date.UTC(2026, 0, 1);

export async function runMain(argv: readonly string[], setup: MainSetup = {}): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    env: setup.env ?? {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: setup.tty ?? false,
    now: setup.now ?? NOW,
    root: ROOT,
  });
  return { code, stdout, stderr };
}

/** Any character a terminal could act on or hide, other than the line break. */
export const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}]/u;
