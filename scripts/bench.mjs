// Start-up benchmark: one cold check of the CLI against a bare `node -e 0`,
// interleaved in one run so that a noisy machine affects both alike. Prints
// medians and their ratio; the goal is a ratio of at most 1.3.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_RUNS ?? 40);
const cli = fileURLToPath(new URL('../bin/linkcheck.js', import.meta.url));
const env = { PATH: process.env.PATH, NO_COLOR: '1' };
const subjects = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'linkcheck taobao live-cart 2022-06-01': [process.execPath, [cli, 'taobao', 'live-cart', '2022-06-01']],
  'linkcheck --version': [process.execPath, [cli, '--version']],
};

const times = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, [command, args]] of Object.entries(subjects)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { env, stdio: 'ignore' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}`);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(times['node -e 0']);
console.log(`start-up, median of ${runs} interleaved runs`);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}×`);
}
