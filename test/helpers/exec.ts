// Runs the built CLI as a user would, with a minimal environment.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
