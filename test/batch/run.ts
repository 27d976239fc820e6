// Runs "linkcheck batch" as a user would, on a plan written to a temporary folder: batch()
// through main() in this process, batchProcess() with the built bin in a process of its own
// (for what only a process shows, such as a plan piped to its standard input).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/catalog.js';
import { cli, type Run } from '../helpers/exec.js';

export const folder = mkdtempSync(join(tmpdir(), 'linkcheck-batch-test-'));

/** Writes the plan and returns its name, which batch() finds: it runs in the plan's folder. */
export function plan(name: string, content: string | Uint8Array): string {
  // Test files share this module when they share a worker (isolate: false), and each removes the
  // folder when it ends: the next one makes it again.
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), content);
  return name;
}

interface BatchSetup {
  input?: string | Uint8Array;
  env?: Record<string, string>;
}

/** What batchProcess() gives, from main() in this process: the same environment, folder, standard input and clock. */
export async function batch(args: string[], options: BatchSetup = {}): Promise<Run> {
  mkdirSync(folder, { recursive: true });
  const input = typeof options.input === 'string' ? new TextEncoder().encode(options.input) : (options.input ?? new Uint8Array());
  return cli(['batch', ...args], options.env, folder, input);
}

export function batchProcess(args: string[], options: BatchSetup = {}): Run {
  mkdirSync(folder, { recursive: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), 'batch', ...args], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The --ndjson output as objects. */
export function rows(run: Run): Record<string, unknown>[] {
  return run.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}
