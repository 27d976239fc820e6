// Runs the CLI in this process with a fixed clock and no colour, as the views' tests need.
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/catalog.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** 2026-01-01T00:00Z: "now" for every test. */
export const NOW = Date.UTC(2026, 0, 1);

export async function run(args: string[], env: Record<string, string> = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: { NO_COLOR: '1', ...env },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    now: NOW,
    root: ROOT,
  });
  return { code, stdout, stderr };
}
