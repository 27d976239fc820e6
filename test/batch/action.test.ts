// The GitHub Action (action.yml), run as the runner runs a composite action: each
// step's script in bash with the runner's flags, its env: expressions filled in,
// GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and GITHUB_PATH set, and the
// folders a step adds to GITHUB_PATH on the PATH of the steps after it. It installs
// linkcheck from the tarball npm pack makes of this repository: the packed release,
// into a prefix of its own, with production dependencies only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { allDocs } from '../helpers/docs.js';

/** The settings by which Node and npm reach the registry from this machine. */
const NETWORK = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'npm_config_cafile', 'npm_config_registry'];

interface Step {
  name: string;
  id?: string;
  shell?: string;
  env: Record<string, string>;
  run: string;
}

/** The steps of action.yml's runs.steps, in the shape this file writes them. */
function actionSteps(yaml: string): Step[] {
  const lines = yaml.split('\n');
  const steps: Step[] = [];
  let i = lines.indexOf('  steps:') + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ {4}- name: /.test(line)) steps.push({ name: line.slice('    - name: '.length), env: {}, run: '' });
    const step = steps.at(-1)!;
    const field = /^ {6}(id|shell): (.*)$/.exec(line);
    if (field) step[field[1] as 'id' | 'shell'] = field[2]!;
    const variable = /^ {8}([A-Z_]+): (.*)$/.exec(line);
    if (variable && lines.slice(0, i).reverse().find((previous) => /^ {6}\w/.test(previous))?.trim() === 'env:') step.env[variable[1]!] = variable[2]!;
    if (line === '      run: |') {
      const script: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1]!.startsWith('        ') || lines[i + 1] === '')) script.push(lines[++i]!.slice(8));
      step.run = `${script.join('\n').trimEnd()}\n`;
    }
  }
  return steps;
}

/** ${{ inputs.x }} and ${{ github.action_path }}, as the runner fills them in. */
function expression(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{ *(inputs\.([\w-]+)|github\.action_path) *\}\}/g, (_whole, _name, input: string | undefined) => (input === undefined ? ROOT : (inputs[input] ?? '')));
}

/** The action's default inputs, from its inputs: section. */
function defaults(yaml: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of yaml.matchAll(/^ {2}([\w-]+):\n(?: {4}\w+: .*\n)*? {4}default: '(.*)'$/gm)) found[match[1]!] = match[2]!;
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'linkcheck-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const yaml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
let tarball = '';

beforeAll(() => {
  // The packed release: the build is already in dist/ (npm test builds first), so no script runs.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  tarball = join(work, name);
}, 120_000);

/** Runs every step in a fresh workspace holding `files`; returns what the runner would keep. */
function runAction(files: Record<string, string>, given: Record<string, string>) {
  const workspace = mkdtempSync(join(work, 'workspace-'));
  const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  const summary = join(runnerTemp, 'step-summary.md');
  const path = join(runnerTemp, 'path');
  writeFileSync(summary, '');
  writeFileSync(path, '');
  const inputs = { ...defaults(yaml), tarball, ...given };
  const outputs: Record<string, Record<string, string>> = {};
  const results: { name: string; code: number | null; stdout: string; stderr: string }[] = [];
  for (const step of actionSteps(yaml)) {
    const output = join(runnerTemp, `output-${results.length}`);
    writeFileSync(output, '');
    const added = readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').reverse();
    const env: Record<string, string> = {
      PATH: [...added, process.env.PATH ?? ''].join(':'),
      HOME: process.env.HOME ?? workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_PATH: path,
      RUNNER_TEMP: runnerTemp,
      npm_config_prefer_offline: 'true',
      // A network that reaches the registry only through a proxy or its own certificate authority
      // (a company's, a sandbox's) is the machine's, not the runner's: kept, as a runner's would be.
      ...Object.fromEntries(NETWORK.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]]))),
      ...Object.fromEntries(Object.entries(step.env).map(([name, value]) => [name, expression(value, inputs)])),
    };
    expect(step.shell).toBe('bash');
    // The runner's bash: bash --noprofile --norc -eo pipefail {0}.
    const script = join(runnerTemp, `step-${results.length}.sh`);
    writeFileSync(script, step.run);
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    results.push({ name: step.name, code: run.status, stdout: run.stdout, stderr: run.stderr });
    if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter((line) => line.includes('=')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    if (run.status !== 0) break;
  }
  return { results, summary: readFileSync(summary, 'utf8'), outputs, prefix: join(runnerTemp, 'linkcheck'), workspace };
}

const readme = allDocs();
const workflow = /<!-- example: placements\.yml -->\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
/** The README's example plan: the CSV shown by "cat plan.csv". */
const README_PLAN = `${/\$ cat plan\.csv\n([\s\S]*?)\n\$ /.exec(readme)![1]!}\n`;

/** The README job's step that uses the action, and its with: inputs. */
function readmeInputs(): Record<string, string> {
  const lines = workflow.split('\n');
  const at = lines.findIndex((line) => /^ {6}- uses: [\w-]+\/linkcheck@/.test(line));
  const inputs: Record<string, string> = {};
  for (let i = at + 1; i < lines.length && !/^ {6}- /.test(lines[i]!); i++) {
    const input = /^ {10}([\w-]+): (.*)$/.exec(lines[i]!);
    if (input) inputs[input[1]!] = input[2]!;
  }
  return inputs;
}

describe("README's CI job", () => {
  it('uses the action after setting up a current Node.js, and reads only outputs the action sets', () => {
    expect(workflow.match(/^ {6}- uses: \S+/gm)).toEqual(['      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4', '      - uses: your-org/linkcheck@v0.1.0']);
    expect(workflow).toContain('node-version: lts/*');
    expect(workflow).not.toMatch(/npm install|npm ci|--no-save/);
    for (const [, output] of workflow.matchAll(/steps\.linkcheck\.outputs\.([\w-]+)/g)) expect(yaml).toMatch(new RegExp(`^  ${output}:$`, 'm'));
    expect(readmeInputs()).toMatchObject({ plan: 'plan.csv', tarball: expect.stringMatching(/\/releases\/download\/v0\.1\.0\/linkcheck-cli-0\.1\.0\.tgz$/) });
  });

  it("runs the action's steps on its inputs: a Markdown job summary, annotations, the counts, and the job fails on the denied row", { timeout: 180_000 }, () => {
    // The release asset it names is the tarball npm pack makes: the one packed here.
    const { results, summary, outputs, prefix } = runAction({ 'plan.csv': README_PLAN }, { ...readmeInputs(), tarball });
    expect(results.map((step) => [step.name, step.code])).toEqual([
      ['Install linkcheck', 0],
      ['Check the plan', 1],
    ]);
    expect(results[1]!.stderr.split('\n')).toEqual([
      '::error file=plan.csv,line=3,title=linkcheck%3A denied::denied: taobao · live-cart · 2022-06-01 (rule kuaishou-2022-03-taobao-cut)',
      '::error file=plan.csv,line=4,title=linkcheck%3A rolling-out::rolling-out: https://detail.tmall.com/item.htm?id=1 · 直播间购物车 · 2022-10-29 (rule kuaishou-2022-10-tmall-restored, rolling out until 2022-11-01 00:00; disputed)',
      '::warning file=plan.csv,line=5,title=linkcheck%3A unknown::unknown: pinduoduo · live-cart · 2022-06-01 (no rule on record)',
      '',
    ]);
    expect(summary).toBe(
      [
        '### linkcheck: plan.csv',
        '',
        '| outcome | rows |',
        '| --- | ---: |',
        '| allowed | 1 |',
        '| denied | 1 |',
        '| rolling-out | 1 |',
        '| unknown | 1 |',
        '| error | 0 |',
        '| stale (over 1y) | 0 |',
        '| **total** | **4** |',
        '',
        '**Fails** (exit 1): 2 failing, 1 warning; the run fails on: denied, rolling-out, error',
        '',
        '| line | status | outcome | row | why |',
        '| ---: | --- | --- | --- | --- |',
        '| 3 | ❌ fails | denied | taobao · live-cart · 2022-06-01 | rule kuaishou-2022-03-taobao-cut |',
        '| 4 | ❌ fails | rolling-out | https://detail.tmall.com/item.htm?id=1 · 直播间购物车 · 2022-10-29 | rule kuaishou-2022-10-tmall-restored, rolling out until 2022-11-01 00:00; disputed |',
        '| 5 | ⚠️ warning | unknown | pinduoduo · live-cart · 2022-06-01 | no rule on record |',
        '',
      ].join('\n'),
    );
    expect(outputs.check).toEqual({ 'exit-code': '1', rows: '4', allowed: '1', denied: '1', 'rolling-out': '1', unknown: '1', errors: '0', stale: '0', failing: '2', warnings: '1' });

    // The packed release, installed globally into a throw-away prefix: linkcheck on its PATH,
    // with production dependencies only.
    const run = spawnSync(join(prefix, 'bin', 'linkcheck'), ['taobao', 'live-cart', '2022-06-01'], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^denied {2}taobao-alliance \(group: taobao, tmall\) · kuaishou live-cart · on 2022-06-01/);
    const installed = join(prefix, 'lib', 'node_modules', '@linkcheck', 'cli');
    expect(existsSync(join(installed, 'dist', 'quick.cjs'))).toBe(true);
    for (const tool of ['esbuild', 'typescript', 'vitest']) expect(existsSync(join(installed, 'node_modules', tool))).toBe(false);
  });
});

describe('action.yml', () => {
  it('passes its inputs: a group whose members differ, fail-on, max-staleness, language, platform', { timeout: 180_000 }, () => {
    const plan = 'source,surface,date\nyouzan,short-video-cart,2026-12-12\n淘宝联盟,live-cart,2022-11-15\npinduoduo,live-cart,2020-11-01\n';
    const { results, summary, outputs } = runAction({ 'plan.csv': plan }, { plan: 'plan.csv', 'fail-on': 'stale', 'max-staleness': '2y', language: 'zh', platform: 'kuaishou' });
    expect(results.at(-1)!.code).toBe(3);
    expect(outputs.check).toMatchObject({ 'exit-code': '3', stale: '1', failing: '1', warnings: '2' });
    expect(summary).toContain('| 2 | ❌ 失败 | 允许 | youzan · short-video-cart · 2026-12-12 | 规则 kuaishou-2021-11-service-platforms-short-video-kept；有争议；证据过旧：最新证据为 2022年10月28日，早 4 年（超过 2y） |');
    expect(summary).toContain('| 3 | ⚠️ 警告 | 未知 | 淘宝联盟 · live-cart · 2022-11-15 | 成员结论不同：taobao 禁止（规则 kuaishou-2022-10-taobao-links-still-barred）、tmall 允许（规则 kuaishou-2022-10-tmall-restored） |');
    expect(results.at(-1)!.stderr).toContain('::warning file=plan.csv,line=3,title=linkcheck%3A unknown::unknown: 淘宝联盟 · live-cart · 2022-11-15 (成员结论不同：');
  });
});
