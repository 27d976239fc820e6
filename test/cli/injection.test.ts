// Issue 7, "Terminal injection": nothing a user or a rule file gives reaches the
// terminal raw, whatever the command, and long values come back cut.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileRuleFile } from '../helpers/hostile-rules.js';
import { RAW_CONTROL, runMain } from './run-main.js';
import { tempFolder } from '../helpers/temp.js';

const ESC = '\x1b[2J\x1b]0;owned\x07';
const SHOWN = '\\x1b[2J\\x1b]0;owned\\x07';

describe('values from arguments and the environment are escaped', () => {
  it.each([
    ['the surface', ['taobao', `live${ESC}`, '2022-06-01'], {}, `unknown surface "live${SHOWN}" on kuaishou`],
    ['the date', ['taobao', 'live-cart', `2022-06-01${ESC}`], {}, `2022-06-01${SHOWN}`],
    ['-p', ['-p', `douyin${ESC}`, 'taobao', 'live-cart'], {}, `unknown platform "douyin${SHOWN}"`],
    ['LINKCHECK_PLATFORM', ['taobao', 'live-cart'], { LINKCHECK_PLATFORM: `douyin${ESC}` }, `unknown platform "douyin${SHOWN}"`],
    ['--as-known-on', ['taobao', 'live-cart', '--as-known-on', `2022${ESC}`], {}, `unrecognised day "2022${SHOWN}"`],
    ['an unknown option', [`--x${ESC}`, 'taobao', 'live-cart'], {}, `unknown option "--x${SHOWN}"`],
    ['an unknown subcommand', ['rules', `li${ESC}st`], {}, `unknown command "rules li${SHOWN}st"`],
    ['help for an unknown command', ['help', `x${ESC}`], {}, `unknown command "x${SHOWN}"`],
    ['a rules show id', ['rules', 'show', `x${ESC}`], {}, `no rule with id "x${SHOWN}"`],
    ['a rules list source filter', ['rules', 'list', '--source', `jd${ESC}`], {}, `unknown source "jd${SHOWN}"`],
    ['a rules list surface filter', ['rules', 'list', '--surface', `live${ESC}`], {}, `live${SHOWN}`],
    ['a rules list platform filter', ['rules', 'list', '-p', `dy${ESC}`], {}, `unknown platform "dy${SHOWN}"`],
    ['a rule-file path', ['--rules', `/nonexistent/${ESC}.json`, 'taobao', 'live-cart'], {}, `/nonexistent/${SHOWN}.json`],
    ['a lint path', ['rules', 'lint', `/nonexistent/${ESC}.json`], {}, `/nonexistent/${SHOWN}.json`],
    ['a bidirectional override', ['taobao', 'live\u202eexe.'], {}, 'live\\u202eexe.'],
    ['a C1 control', ['taobao', 'live\u009b2J'], {}, 'live\\x9b2J'],
    ['the source', [`taobao ${ESC} 淘宝`, 'live-cart'], {}, SHOWN],
  ])('%s', async (_, argv, env, shown) => {
    const run = await runMain(argv, { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(shown);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['text', []],
    ['--json', ['--json']],
  ])('escapes an argument in a %s error on stdout and stderr alike', async (_, flags) => {
    const run = await runMain(['taobao', `live${ESC}\u202e`, ...flags]);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('refuses a 131 KB argument, naming it and the limit, without echoing it', async () => {
    const run = await runMain(['taobao', 'live-cart', `${ESC}${'x'.repeat(131_000)}`]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: argument 3 is longer than 64 KiB (65536 bytes); give a shorter value\n' });
  });

  it.each([
    [['--platform', 'x'.repeat(70_000), 'taobao', 'live-cart'], {}, 'argument 2 (the value of --platform)'],
    [[`--platform=${'x'.repeat(70_000)}`, 'taobao', 'live-cart'], {}, 'the value of --platform'],
    [['taobao', 'live-cart'], { LINKCHECK_PLATFORM: '抖'.repeat(22_000) }, 'the environment variable LINKCHECK_PLATFORM'],
    [['rules', 'list'], { LINKCHECK_RULES: 'r'.repeat(65_537) }, 'the environment variable LINKCHECK_RULES'],
  ])('names case %# as too long', async (argv, env, what) => {
    const run = await runMain(argv, { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`linkcheck: ${what} is longer than 64 KiB (65536 bytes); give a shorter value\n`);
  });

  it.each([
    [['taobao', 'live-cart', 'x'.repeat(70_000), '--lang', 'zh'], {}, '第 3 个参数'],
    [['--lang', 'zh', '--platform', 'x'.repeat(70_000), 'taobao', 'live-cart'], {}, '第 4 个参数（--platform 的值）'],
    [['--lang', 'zh', `--platform=${'x'.repeat(70_000)}`, 'taobao', 'live-cart'], {}, '--platform 的值'],
    [['taobao', 'live-cart', '--lang', 'zh'], { LINKCHECK_PLATFORM: '抖'.repeat(22_000) }, '环境变量 LINKCHECK_PLATFORM'],
  ])('names case %# as too long in Chinese', async (argv, env, what) => {
    const run = await runMain(argv, { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`linkcheck: ${what} 超过 64 KiB（65536 字节）；请给出更短的值\n`);
  });

  it('cuts a long value quoted in a message worded by the date reader, and keeps the rest of it', async () => {
    const run = await runMain(['taobao', 'live-cart', `${'9'.repeat(60_000)}\x1b`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"9{99}…"/u);
    expect(run.stderr.length).toBeLessThan(600);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('takes an argument of exactly 64 KiB to the check', async () => {
    const run = await runMain(['taobao', 'x'.repeat(65_536)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^linkcheck: unknown surface "x{99}…" on kuaishou;/u);
  });
});

describe('values from rule files are escaped', () => {
  const folder = tempFolder('linkcheck-injection-');
  const file = join(folder, 'hostile.json');
  const evil = (text: string) => `${text}${ESC}\u202e\u009b`;
  writeFileSync(file, JSON.stringify(hostileRuleFile({ text: evil, name: evil })));

  it.each([
    ['a check', ['-p', 'evil-live', 'evil-store', 'cart', '2024-06-01'], 0],
    ['a check in JSON', ['-p', 'evil-live', 'evil-store', 'cart', '2024-06-01', '--json'], 0],
    ['a check with a link', ['-p', 'evil-live', 'https://shop.evil-store.example/x', 'cart', '2024-06-01'], 0],
    ['rules list', ['rules', 'list'], 0],
    ['rules list --json', ['rules', 'list', '--json'], 0],
    ['rules show', ['rules', 'show', 'evil-open'], 0],
    ['rules show --json', ['rules', 'show', 'evil-open', '--json'], 0],
    ['classify (which shows ids only)', ['classify', 'evil-store', 'https://shop.evil-store.example/x'], 0],
    ['classify --json', ['classify', 'evil-store', '--json'], 0],
    ['an unknown surface, listing the valid ones', ['-p', 'evil', 'evil-store', 'nosuch'], 2],
  ])('%s', async (_, argv, code) => {
    const run = await runMain(['--rules', file, ...argv]);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.code).toBe(code);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    if (!argv.includes('--json') && !argv.includes('classify') && code === 0) expect(run.stdout).toContain(SHOWN);
  });

  const clashing = join(folder, 'clashing.json');
  writeFileSync(
    clashing,
    JSON.stringify({
      sources: [
        { id: 'store-a', name: 'A', aliases: [evil('same')], domains: ['store-a.example'] },
        { id: 'store-b', name: 'B', aliases: [evil('same')], domains: ['store-b.example'] },
      ],
    }),
  );

  it.each([
    ['rules lint', ['rules', 'lint', clashing], 1, 'same\\x1b[2J'],
    ['rules lint --json', ['rules', 'lint', clashing, '--json'], 1, 'same\\u001b[2J'],
    ['a check that loads it', ['--rules', clashing, 'taobao', 'live-cart'], 2, 'same\\x1b[2J'],
  ])('a problem quoting a value: %s', async (_, argv, code, shown) => {
    const run = await runMain(argv);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toContain(shown);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('keeps the values exact in JSON, written as \\u escapes', async () => {
    const run = await runMain(['--rules', file, 'rules', 'show', 'evil-open', '--json']);
    expect(JSON.parse(run.stdout).summary).toBe(evil('Evil store opens.'));
    expect(run.stdout).toContain('\\u001b[2J');
    expect(run.stdout).toContain('\\u202e\\u009b');
  });
});
