// The completion scripts load in the shells they are for, and complete from the rules in use.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/render/completion.js';
import { ROOT } from '../helpers/catalog.js';
import { run } from './run.js';

const folder = mkdtempSync(join(tmpdir(), 'linkcheck-completion-'));
const MIDDAY = join(ROOT, 'test', 'fixtures', 'views', 'midday.json');

async function script(shell: string, ...args: string[]): Promise<string> {
  const result = await run(['completion', shell, ...args]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const file = join(folder, `linkcheck.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

function shell(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hasZsh = spawnSync('zsh', ['-c', 'exit 0']).status === 0;

/** What the bash function offers for a command line whose last word is being completed. */
function bashOffers(file: string, words: string[]): string[] {
  const quoted = words.map((word) => `'${word}'`).join(' ');
  const result = shell('bash', ['-c', `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _linkcheck; printf '%s\\n' "\${COMPREPLY[@]}"`]);
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

describe('completion bash', () => {
  it('parses and registers a completion for linkcheck', async () => {
    const file = await script('bash');
    expect(shell('bash', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    expect(shell('bash', ['-c', `source '${file}' && complete -p linkcheck`])).toEqual({ code: 0, stdout: 'complete -F _linkcheck linkcheck\n', stderr: '' });
  });

  it.each([
    [['linkcheck', 'ma'], ['matrix']],
    [['linkcheck', '-p', ''], ['kuaishou', '快手', 'ks', 'kwai', 'douyin', '抖音', 'dy', 'xiaohongshu', '小红书', '小紅書', 'xhs', 'red', 'rednote', 'little-red-book', 'wechat', '微信', 'weixin', 'wx']],
    [['linkcheck', 'matrix', '--platform', 'd'], ['douyin', 'dy']],
    [['linkcheck', 'timeline', '--ev'], ['--evidence']],
    [['linkcheck', 'timeline', 'taobao', 'live'], ['live-cart', 'live-room-cart', 'live']],
    [['linkcheck', 'taobao', '直播'], ['直播间购物车', '直播间小黄车', '直播间', '直播間購物車', '直播間小黃車', '直播間']],
    [['linkcheck', 'rules', 'l'], ['lint', 'list']],
    [['linkcheck', 'completion', ''], ['bash', 'zsh', 'fish']],
    [['linkcheck', 'diff', '--lang', ''], ['en', 'zh']],
    [['linkcheck', 'jd'], ['jd', 'jd-alliance']],
  ])('%j offers %j', async (words, expected) => {
    expect(bashOffers(await script('bash'), words)).toEqual(expected);
  });

  it('completes the names in --rules files', async () => {
    const file = await script('bash', '--rules', MIDDAY);
    expect(bashOffers(file, ['linkcheck', '-p', 'test'])).toEqual(['testshop']);
    expect(bashOffers(file, ['linkcheck', 'taobao', 'sh'])).toEqual(['short-video-cart', 'short-video', 'shelf']);
  });
});

describe.skipIf(!hasZsh)('completion zsh (skipped where zsh is not installed; .ci/run would need to install it)', () => {
  it('parses, and registers _linkcheck with compinit', async () => {
    const file = await script('zsh');
    expect(shell('zsh', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    const loaded = shell('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source '${file}' && print -r -- $_comps[linkcheck]`]);
    expect(loaded).toEqual({ code: 0, stdout: '_linkcheck\n', stderr: '' });
  });

  it('offers platforms after -p and flags after a dash', async () => {
    const file = await script('zsh');
    const offers = (words: string[]) =>
      shell('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source '${file}' && compadd() { print -r -- "$@"; } && words=(${words.map((word) => `'${word}'`).join(' ')}) && CURRENT=${words.length} && _linkcheck`]);
    expect(offers(['linkcheck', '-p', ''])).toEqual({ code: 0, stdout: '-- kuaishou 快手 ks kwai douyin 抖音 dy xiaohongshu 小红书 小紅書 xhs red rednote little-red-book wechat 微信 weixin wx\n', stderr: '' });
    expect(offers(['linkcheck', 'diff', '--']).stdout).toMatch(/^-- -h --help --rules --no-builtin-rules --json --lang --no-color -p --platform --ascii --as-known-on\n$/);
  });
});

describe('completion fish', () => {
  it('completes commands, platforms and languages', async () => {
    const { stdout } = await run(['completion', 'fish']);
    expect(stdout).toContain("complete -c linkcheck -n __fish_use_subcommand -a 'rules batch classify matrix timeline diff platforms sources surfaces coverage completion'");
    expect(stdout).toContain("complete -c linkcheck -l platform -x -a 'kuaishou 快手 ks kwai douyin 抖音 dy xiaohongshu 小红书 小紅書 xhs red rednote little-red-book wechat 微信 weixin wx'");
    expect(stdout).toContain("complete -c linkcheck -l lang -x -a 'en zh'");
  });
});

describe('completion', () => {
  it('refuses an unknown shell', async () => {
    expect(await run(['completion', 'powershell'])).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: unknown shell "powershell"; use bash, zsh or fish\n' });
  });

  it.each([
    ['taobao', true],
    ['淘宝联盟', true],
    ['a b', false],
    ["it's", false],
    ['$(rm)', false],
    ['a;b', false],
  ])('%j can go into a script as it is: %s', (word, expected) => {
    expect(shellWord(word)).toBe(expected);
  });
});
