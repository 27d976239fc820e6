// A rule file that cannot be read is unreadable-rules in every command that takes --rules, as
// "rules lint" names it (docs/errors.md), never invalid-rule-data.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp.js';
import { runMain } from './run-main.js';

const MISSING = 'no/such/rules.json';
const LINE = `linkcheck: ${MISSING}: cannot read: no such file or folder (give the path of a rule file or a folder of *.json files)\n`;
const PLAN = join(import.meta.dirname, 'fixtures', 'plan.xlsx');

describe('a rule file that cannot be read', () => {
  it.each([
    [['taobao', 'live-cart', '2022-06-01']],
    [['rules', 'list']],
    [['rules', 'show', 'kuaishou-own-shop']],
    [['matrix', '2022-06-01']],
    [['timeline', 'taobao', 'live-cart']],
    [['classify', 'taobao.com']],
    [['diff', '2022-01-01', '2022-06-01']],
    [['sources']],
    [['batch', PLAN]],
  ])('%j: unreadable-rules, one line, exit 2', async (args) => {
    expect(await runMain(['--rules', MISSING, ...args])).toEqual({ code: 2, stdout: '', stderr: LINE });
  });

  it('is the same error object with --json, as rules lint gives', async () => {
    const error = { error: { code: 'unreadable-rules', message: LINE.slice('linkcheck: '.length, -1), exitCode: 2 } };
    const check = await runMain(['--rules', MISSING, 'taobao', 'live-cart', '2022-06-01', '--json']);
    expect([check.code, JSON.parse(check.stdout)]).toEqual([2, error]);
    const lint = await runMain(['rules', 'lint', MISSING, '--json']);
    expect([lint.code, JSON.parse(lint.stdout)]).toEqual([2, error]);
  });

  it('is worded in Chinese', async () => {
    expect(await runMain(['--rules', MISSING, 'taobao', 'live-cart', '2022-06-01', '--lang', 'zh'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `linkcheck: ${MISSING}：无法读取：没有这个文件或文件夹（请给出规则文件的路径，或含 *.json 文件的文件夹）\n`,
    });
  });

  it.runIf(process.platform !== 'win32')('a FIFO, counting the others that cannot be read, before any problem of a file that was read', async () => {
    const fifo = join(tempFolder('linkcheck-unreadable-'), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const run = await runMain(['--rules', 'test/fixtures/lint/schema.json', '--rules', fifo, '--rules', MISSING, 'taobao', 'live-cart', '2022-06-01', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`linkcheck: ${fifo}: cannot read: not a regular file (a pipe, socket or device) (give the path of a regular rule file) (and 1 more that cannot be read)\n`);
    expect(JSON.parse(run.stdout).error.code).toBe('unreadable-rules');
  });

  it('leaves a file that was read but is refused invalid-rule-data', async () => {
    const run = await runMain(['--rules', 'test/fixtures/lint/schema.json', 'taobao', 'live-cart', '2022-06-01', '--json']);
    expect([run.code, JSON.parse(run.stdout).error.code]).toEqual([2, 'invalid-rule-data']);
  });
});
