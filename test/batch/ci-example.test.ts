// The README's example plan and its text report. (Its CI job, which uses the
// action, is run in test/batch/action.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { allDocs } from '../helpers/docs.js';
import { linkcheck } from '../helpers/exec.js';

const readme = allDocs();
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
    const shown = /\$ linkcheck batch plan\.csv\n([\s\S]*?)\n(?:\$ |```)/.exec(readme)![1]!;
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), 'batch', 'plan.csv'], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(run.stdout).toBe(`${shown}\n`);
    expect(run.status).toBe(1);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('without the README job', () => {
  it('the old loop could never fail: linkcheck exits non-zero on a denied row, and "|| echo" hid it', () => {
    expect(linkcheck(['--quiet', 'taobao', 'live-cart', '2022-06-01']).code).toBe(1);
    expect(readme).not.toMatch(/\|\| echo/);
  });
});
