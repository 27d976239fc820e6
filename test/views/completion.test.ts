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
const hasFish = spawnSync('fish', ['-c', 'exit 0']).status === 0;

// A folder with files to complete: a plan and a rule file.
const files = mkdtempSync(join(tmpdir(), 'linkcheck-completion-files-'));
for (const name of ['plan.csv', 'plan.xlsx', 'rules.json', 'report.xml']) writeFileSync(join(files, name), '');

/** What the bash function offers for a command line whose last word is being completed. */
function bashOffers(file: string, words: string[], env: Record<string, string> = {}): string[] {
  const quoted = words.map((word) => `'${word}'`).join(' ');
  const result = spawnSync('bash', ['-c', `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _linkcheck; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: files, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder, ...env } });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** What zsh's _linkcheck offers, with compadd and _files recorded rather than shown. */
function zshOffers(file: string, words: string[], env: Record<string, string> = {}): string[] {
  const line = words.map((word) => `'${word}'`).join(' ');
  const result = spawnSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source '${file}' && compadd() { local prefix=''; [[ "$1" == -P ]] && { prefix="$2"; shift 2; }; shift; for w in "$@"; do print -r -- "$prefix$w"; done; } && _files() { print -r -- '<files>'; } && words=(${line}) && CURRENT=${words.length} && _linkcheck`], { cwd: files, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder, ...env } });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((printed) => printed !== '');
}

/** What fish offers for a command line (the last word is completed), sorted as fish sorts them. */
function fishOffers(file: string, line: string, env: Record<string, string> = {}): string[] {
  const result = spawnSync('fish', ['--no-config', '-c', `source '${file}'; complete -C '${line}'`], { cwd: files, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder, ...env } });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((printed) => printed !== '').map((printed) => printed.split('\t')[0]!);
}

const KUAISHOU_LIVE = ['直播间购物车', '直播间小黄车', '直播间', '直播間購物車', '直播間小黃車', '直播間'];
const XHS = ['note-link', '笔记', '笔记带货', 'note', 'post', 'note-ad-link', '广告挂链', '种草直达', 'ad-link', 'live-cart', '直播间购物车', '直播间', 'live-room-cart', 'live', 'pinned-message', '置顶消息', '置顶', 'pinned', 'comment', '评论', '評論', 'comments', 'profile', '用户资料', '个人主页', '用戶資料', '個人主頁', 'personal-page'];
const PLATFORMS = ['kuaishou', '快手', 'ks', 'kwai', 'douyin', '抖音', 'dy', 'xiaohongshu', '小红书', '小紅書', 'xhs', 'red', 'rednote', 'little-red-book', 'wechat', '微信', 'weixin', 'wx'];

/** The cases every shell must complete alike: the words of the line, and what is offered for the last one (sorted). */
const CASES: [string, string[], string[], Record<string, string>?][] = [
  ['commands', ['linkcheck', 'ma'], ['matrix']],
  ['platforms after -p', ['linkcheck', '-p', ''], PLATFORMS],
  ['platforms after --platform', ['linkcheck', 'matrix', '--platform', 'd'], ['douyin', 'dy']],
  ['a flag', ['linkcheck', 'timeline', '--ev'], ['--evidence']],
  ['sources after nothing, with every alias and group', ['linkcheck', '淘宝'], ['淘宝', '淘宝网', '淘宝联盟']],
  ['a group by its id', ['linkcheck', 'taobao-al'], ['taobao-alliance']],
  ['surfaces after a source, not sources', ['linkcheck', 'taobao', '直播'], KUAISHOU_LIVE],
  ['no source after a source', ['linkcheck', 'taobao', 'tm'], []],
  ["the surfaces of -p's platform", ['linkcheck', '-p', 'xhs', 'taobao', ''], XHS],
  ['-p after the source', ['linkcheck', 'taobao', '-p', '小红书', 'note'], ['note-link', 'note', 'note-ad-link']],
  ['the surfaces of LINKCHECK_PLATFORM', ['linkcheck', 'taobao', 'note'], ['note-link', 'note', 'note-ad-link'], { LINKCHECK_PLATFORM: 'xiaohongshu' }],
  ['no date offered', ['linkcheck', 'taobao', 'live-cart', ''], []],
  ['timeline: a source, then a surface', ['linkcheck', 'timeline', 'taobao', 'live'], ['live-cart', 'live-room-cart', 'live']],
  ['rules subcommands', ['linkcheck', 'rules', 'l'], ['lint', 'list']],
  ['shells', ['linkcheck', 'completion', ''], ['bash', 'zsh', 'fish']],
  ['languages', ['linkcheck', 'diff', '--lang', ''], ['en', 'zh']],
  ['--format', ['linkcheck', 'batch', 'plan.csv', '--format', ''], ['csv', 'jsonl', 'xlsx']],
  ['--fail-on', ['linkcheck', 'batch', 'plan.csv', '--fail-on', 'd'], ['denied']],
  ['--fail-on after a comma', ['linkcheck', 'batch', 'plan.csv', '--fail-on', 'denied,st'], ['denied,stale']],
  ['help topics', ['linkcheck', 'help', 'ba'], ['batch']],
  ['jd', ['linkcheck', 'jd'], ['jd', 'jd-alliance']],
];

/** Cases of file names: the line, and the files expected. */
const FILE_CASES: [string, string[], string[]][] = [
  ['a plan for batch', ['linkcheck', 'batch', 'plan.'], ['plan.csv', 'plan.xlsx']],
  ['--rules', ['linkcheck', '--rules', 'ru'], ['rules.json']],
  ['--junit', ['linkcheck', 'batch', 'plan.csv', '--junit', 'rep'], ['report.xml']],
  ['--markdown', ['linkcheck', 'batch', 'plan.csv', '--markdown', 'rep'], ['report.xml']],
];

const sorted = (list: string[]) => [...new Set(list)].sort();

describe('completion bash', () => {
  it('parses and registers a completion for linkcheck', async () => {
    const file = await script('bash');
    expect(shell('bash', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    expect(shell('bash', ['-c', `source '${file}' && complete -p linkcheck`])).toEqual({ code: 0, stdout: 'complete -F _linkcheck linkcheck\n', stderr: '' });
  });

  it.each(CASES)('%s: %j', async (_name, words, expected, env) => {
    expect(sorted(bashOffers(await script('bash'), words, env))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', async (_name, words, expected) => {
    expect(sorted(bashOffers(await script('bash'), words))).toEqual(expected);
  });

  it('completes the names in --rules files', async () => {
    const file = await script('bash', '--rules', MIDDAY);
    expect(bashOffers(file, ['linkcheck', '-p', 'test'])).toEqual(['testshop']);
    expect(bashOffers(file, ['linkcheck', '-p', 'testshop', 'taobao', 'sh'])).toEqual(['shelf']);
    expect(bashOffers(file, ['linkcheck', 'taobao', 'sh'])).toEqual(['short-video-cart', 'short-video']);
  });
});

describe.skipIf(!hasZsh)('completion zsh (skipped where zsh is not installed; .ci/run installs it)', () => {
  it('parses, and registers _linkcheck with compinit', async () => {
    const file = await script('zsh');
    expect(shell('zsh', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    const loaded = shell('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source '${file}' && print -r -- $_comps[linkcheck]`]);
    expect(loaded).toEqual({ code: 0, stdout: '_linkcheck\n', stderr: '' });
  });

  it.each(CASES)('%s: %j', async (_name, words, expected, env) => {
    // zsh filters by the typed prefix itself: compadd is given every candidate.
    const offered = zshOffers(await script('zsh'), words, env);
    const typed = words.at(-1)!;
    expect(sorted(offered.filter((word) => word.startsWith(typed)))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', async (_name, words) => {
    expect(zshOffers(await script('zsh'), words)).toEqual(['<files>']);
  });

  it('offers flags after a dash', async () => {
    expect(zshOffers(await script('zsh'), ['linkcheck', 'diff', '--'])).toContain('--as-known-on');
  });
});

describe.skipIf(!hasFish)('completion fish (skipped where fish is not installed; .ci/run installs it)', () => {
  it.each(CASES)('%s: %j', async (_name, words, expected, env) => {
    expect(sorted(fishOffers(await script('fish'), words.join(' '), env))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', async (_name, words, expected) => {
    expect(sorted(fishOffers(await script('fish'), words.join(' ')))).toEqual(expected);
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
