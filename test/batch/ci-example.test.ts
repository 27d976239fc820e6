// The README's CI job, run as a script: its shell steps, in order, in a fresh
// project with a copy of this repository as the checkout of linkcheck. The
// steps that use actions (checkout, setup-node, upload-artifact) are what a
// runner provides; the test provides their effect.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const project = mkdtempSync(join(tmpdir(), 'linkcheck-ci-example-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function block(marker: string): string {
  const match = new RegExp(`<!-- example: ${marker.replace('.', '\\.')} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no example ${marker}`);
  return match[1]!;
}

/** The steps of the job: each with its name and its shell script, or the action it uses. */
function steps(yaml: string): { name: string; run?: string; uses?: string; path?: string }[] {
  const found: { name: string; run?: string; uses?: string; path?: string }[] = [];
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ {6}- /.test(line)) found.push({ name: '' });
    const step = found.at(-1);
    if (!step) continue;
    const field = /^ {6}[- ] (name|uses|run): ?(.*)$/.exec(line);
    if (field?.[1] === 'name') step.name = field[2]!;
    if (field?.[1] === 'uses') step.uses = field[2]!.replace(/\s+#.*$/, '');
    if (field?.[1] === 'run') {
      if (field[2] !== '|') step.run = field[2]!;
      else {
        const script: string[] = [];
        while (i + 1 < lines.length && /^ {10}/.test(lines[i + 1]!)) script.push(lines[++i]!.slice(10));
        step.run = script.join('\n');
      }
    }
    const path = /^ {10}path: (.*)$/.exec(line);
    if (path) step.path = path[1]!;
  }
  return found;
}

/** The README's example plan: the CSV shown by "cat plan.csv". */
function examplePlan(): string {
  const match = /\$ cat plan\.csv\n([\s\S]*?)\n\$ /.exec(readme);
  if (!match) throw new Error('README shows no plan.csv');
  return `${match[1]}\n`;
}

describe('the README', () => {
  it('shows the text report of its example plan as linkcheck prints it, exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'linkcheck-readme-plan-'));
    writeFileSync(join(folder, 'plan.csv'), examplePlan());
    const shown = /\$ npx linkcheck batch plan\.csv\n([\s\S]*?)\n```/.exec(readme)![1]!;
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), 'batch', 'plan.csv'], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(run.stdout).toBe(`${shown}\n`);
    expect(run.status).toBe(1);
    rmSync(folder, { recursive: true, force: true });
  });

  it('CI job installs linkcheck from a checkout, fails on the denied row and leaves the JUnit report it uploads', { timeout: 600_000 }, () => {
    const job = steps(block('placements.yml'));
    expect(job.map((step) => step.uses ?? step.name)).toEqual([
      'actions/checkout@v4',
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'Install linkcheck',
      'Check the placement plan',
      'actions/upload-artifact@v4',
    ]);
    // actions/checkout: the project with its plan, and linkcheck's repository in .linkcheck.
    writeFileSync(join(project, 'plan.csv'), examplePlan());
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'placements', private: true }));
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((path) => path !== '' && existsSync(join(ROOT, path)));
    for (const path of tracked) {
      mkdirSync(dirname(join(project, '.linkcheck', path)), { recursive: true });
      cpSync(join(ROOT, path), join(project, '.linkcheck', path));
    }
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? project, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    const run = (script: string) => spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: project, encoding: 'utf8', env, maxBuffer: 1 << 26 });

    const install = run(job[3]!.run!);
    expect(install.status, install.stderr).toBe(0);
    const check = run(job[4]!.run!);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^plan.csv: 4 rows: 1 allowed, 1 denied, 1 rolling-out, 1 unknown, 0 errors\n/);
    // actions/upload-artifact keeps the report the check wrote.
    const report = readFileSync(join(project, job[5]!.path!), 'utf8');
    expect(report.match(/<testcase /g)).toHaveLength(4);
    expect(report).toMatch(/<failure type="denied"/);
  });
});

describe('without the README job', () => {
  it('the old loop could never fail: linkcheck exits non-zero on a denied row, and "|| echo" hid it', () => {
    expect(linkcheck(['--quiet', 'taobao', 'live-cart', '2022-06-01']).code).toBe(1);
    expect(readme).not.toMatch(/\|\| echo/);
  });
});
