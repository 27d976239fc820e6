// Runs the built CLI's main() on each argument list read as JSON from standard input and
// prints { code, stdout, stderr } for each, for machine-zone.test.ts to compare under
// different TZ settings: one process per zone (Node reads TZ once, at start), not one per check.
import { readFileSync } from 'node:fs';
import { main } from '../../dist/cli.js';

const runs = [];
for (const args of JSON.parse(readFileSync(0, 'utf8'))) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: process.env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    now: Date.now(),
  });
  runs.push({ code, stdout, stderr });
}
process.stdout.write(JSON.stringify(runs));
