// Runs the CLI as a user would, with a minimal environment: linkcheck() in a process of
// its own (the built bin), cli() through main() in this one. Use linkcheck() only for what
// only a process shows (the bin's start-up path, exit codes as the shell sees them, pipes,
// signals); cli() gives the same stdout, stderr and exit code for everything else (#15).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT } from './catalog.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function linkcheck(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * What linkcheck() gives, from main() in this process: the same environment, folder (or cwd) and clock,
 * stdout and stderr not a terminal; standard input, when given, holds those bytes.
 */
export async function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT, input?: Uint8Array): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: { NO_COLOR: '1', ...env },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: Date.now(),
    cwd,
    ...(input === undefined
      ? {}
      : {
          stdin: (async function* () {
            if (input.length > 0) yield input;
          })(),
        }),
    root: ROOT,
  });
  return { code, stdout, stderr };
}
