// The completion scripts load in the shells they are for, and complete from the rules in use.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shellWord } from '../../src/cli/completion-spec.js';
import { ROOT } from '../helpers/catalog.js';
import { run } from './run.js';
import { tempFolder } from '../helpers/temp.js';

const folder = tempFolder('linkcheck-completion-');
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
const files = tempFolder('linkcheck-completion-files-');
for (const name of ['plan.csv', 'plan.xlsx', 'rules.json', 'report.xml']) writeFileSync(join(files, name), '');

type Line = { words: string[]; env?: Record<string, string> | undefined };

/** The key of a line's offers in what offersOf() returns. */
const keyOf = ({ words, env }: Line) => JSON.stringify([words, env ?? {}]);

/** A marker the shell prints on stdout and on stderr after each line's completion: no offer contains it. */
const MARK = '\u001e';

/**
 * Completes every line in one shell process (a shell, and zsh's compinit above all, takes a
 * good part of a second to start), each in a subshell or block of its own with its own
 * environment; each line's offers and stderr are what the shell printed before its marker.
 */
function offersOf(command: string, args: string[], lines: Line[]): Map<string, { offers: string[]; stderr: string }> {
  const result = spawnSync(command, args, { cwd: files, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder } });
  const outs = result.stdout.split(`${MARK}\n`);
  const errs = result.stderr.split(`${MARK}\n`);
  expect(outs.length).toBe(lines.length + 1);
  return new Map(lines.map((line, index) => [keyOf(line), { offers: outs[index]!.split('\n').filter((printed) => printed !== ''), stderr: errs[index] ?? '' }]));
}

const quoted = (list: string[]) => list.map((word) => `'${word}'`).join(' ');
const exports = (env: Record<string, string> = {}) => Object.entries(env).map(([name, value]) => `export ${name}='${value}'; `).join('');

/** What the bash function offers for each command line whose last word is being completed. */
function bashOffers(file: string, lines: Line[]) {
  const cases = lines.map((line) => `(${exports(line.env)}COMP_WORDS=(${quoted(line.words)}); COMP_CWORD=${line.words.length - 1}; _linkcheck; printf '%s\\n' "\${COMPREPLY[@]}"); printf '\\036\\n'; printf '\\036\\n' >&2`);
  return offersOf('bash', ['-c', [`source '${file}'`, ...cases].join('\n')], lines);
}

/** What zsh's _linkcheck offers for each line, with compadd and _files recorded rather than shown. */
function zshOffers(file: string, lines: Line[]) {
  const setup = `autoload -U compinit && compinit -u -D && source '${file}' && compadd() { local prefix=''; [[ "$1" == -P ]] && { prefix="$2"; shift 2; }; shift; for w in "$@"; do print -r -- "$prefix$w"; done; } && _files() { print -r -- '<files>'; }`;
  const cases = lines.map((line) => `(${exports(line.env)}words=(${quoted(line.words)}) && CURRENT=${line.words.length} && _linkcheck); print '\\036'; print '\\036' >&2`);
  return offersOf('zsh', ['-f', '-c', [setup, ...cases].join('\n')], lines);
}

/** What fish offers for each line (the last word is completed), sorted as fish sorts them. */
function fishOffers(file: string, lines: Line[]) {
  const cases = lines.map((line) => {
    const env = Object.entries(line.env ?? {});
    const set = env.map(([name, value]) => `set -gx ${name} '${value}'; `).join('');
    const unset = env.map(([name]) => `; set -e ${name}`).join('');
    return `${set}complete -C '${line.words.join(' ')}'${unset}; printf '\\x1e\\n'; printf '\\x1e\\n' >&2`;
  });
  const offered = offersOf('fish', ['--no-config', '-c', [`source '${file}'`, ...cases].join('\n')], lines);
  for (const result of offered.values()) result.offers = result.offers.map((printed) => printed.split('\t')[0]!);
  return offered;
}

const KUAISHOU_LIVE = ['直播间购物车', '直播间小黄车', '直播间', '直播間購物車', '直播間小黃車', '直播間'];
// With the shown names taken as input (笔记挂链, 笔记广告挂链, 用户资料（个人主页）).
const XHS = ['note-link', '笔记', '笔记带货', 'note', 'post', '笔记挂链', 'note-ad-link', '广告挂链', '种草直达', 'ad-link', '笔记广告挂链', 'live-cart', '直播间购物车', '直播间', 'live-room-cart', 'live', 'pinned-message', '置顶消息', '置顶', 'pinned', 'comment', '评论', '評論', 'comments', 'profile', '用户资料', '个人主页', '用戶資料', '個人主頁', 'personal-page', '用户资料（个人主页）'];
const PLATFORMS = ['kuaishou', '快手', 'ks', 'kwai', 'douyin', '抖音', 'dy', 'xiaohongshu', '小红书', '小紅書', 'xhs', 'red', 'rednote', 'little-red-book', 'wechat', '微信', 'weixin', 'wx', '视频号', '視頻號', '微信视频号', '微信和视频号'];

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
  ['a shown name, taken as input', ['linkcheck', '-p', 'xhs', 'taobao', '笔记挂'], ['笔记挂链']],
  ["a group's shown name, beside its aliases", ['linkcheck', '第三方'], ['第三方', '第三方服务平台', '第三方电商平台和服务']],
];

/** Cases of file names: the line, and the files expected. */
const FILE_CASES: [string, string[], string[]][] = [
  ['a plan for batch', ['linkcheck', 'batch', 'plan.'], ['plan.csv', 'plan.xlsx']],
  ['--rules', ['linkcheck', '--rules', 'ru'], ['rules.json']],
  ['--junit', ['linkcheck', 'batch', 'plan.csv', '--junit', 'rep'], ['report.xml']],
  ['--markdown', ['linkcheck', 'batch', 'plan.csv', '--markdown', 'rep'], ['report.xml']],
];

const sorted = (list: string[]) => [...new Set(list)].sort();

/** Every line of CASES and FILE_CASES (and the extra ones given), completed by one shell process before the shell's tests run. */
function completedLines(complete: (file: string, lines: Line[]) => Map<string, { offers: string[]; stderr: string }>, shellName: string, extra: Line[] = []) {
  let offered = new Map<string, { offers: string[]; stderr: string }>();
  beforeAll(async () => {
    offered = complete(await script(shellName), [...CASES.map(([, words, , env]) => ({ words, env })), ...FILE_CASES.map(([, words]) => ({ words })), ...extra]);
  });
  return (words: string[], env?: Record<string, string>): string[] => {
    const result = offered.get(keyOf({ words, env }));
    expect(result?.stderr).toBe('');
    return result!.offers;
  };
}

describe('completion bash', () => {
  const offers = completedLines(bashOffers, 'bash');

  it('parses and registers a completion for linkcheck', async () => {
    const file = await script('bash');
    expect(shell('bash', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    expect(shell('bash', ['-c', `source '${file}' && complete -p linkcheck`])).toEqual({ code: 0, stdout: 'complete -F _linkcheck linkcheck\n', stderr: '' });
  });

  it.each(CASES)('%s: %j', (_name, words, expected, env) => {
    expect(sorted(offers(words, env))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', (_name, words, expected) => {
    expect(sorted(offers(words))).toEqual(expected);
  });

  it('completes the names in --rules files', async () => {
    const lines = [['linkcheck', '-p', 'test'], ['linkcheck', '-p', 'testshop', 'taobao', 'sh'], ['linkcheck', 'taobao', 'sh']].map((words) => ({ words }));
    const offered = bashOffers(await script('bash', '--rules', MIDDAY), lines);
    expect(lines.map((line) => offered.get(keyOf(line)))).toEqual([
      { offers: ['testshop'], stderr: '' },
      { offers: ['shelf'], stderr: '' },
      { offers: ['short-video-cart', 'short-video'], stderr: '' },
    ]);
  });
});

const DASH = ['linkcheck', 'diff', '--'];

describe.skipIf(!hasZsh)('completion zsh (skipped where zsh is not installed; .ci/run installs it)', () => {
  const offers = completedLines(zshOffers, 'zsh', [{ words: DASH }]);

  it('parses, and registers _linkcheck with compinit', async () => {
    const file = await script('zsh');
    expect(shell('zsh', ['-n', file])).toMatchObject({ code: 0, stderr: '' });
    const loaded = shell('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source '${file}' && print -r -- $_comps[linkcheck]`]);
    expect(loaded).toEqual({ code: 0, stdout: '_linkcheck\n', stderr: '' });
  });

  it.each(CASES)('%s: %j', (_name, words, expected, env) => {
    // zsh filters by the typed prefix itself: compadd is given every candidate.
    const typed = words.at(-1)!;
    expect(sorted(offers(words, env).filter((word) => word.startsWith(typed)))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', (_name, words) => {
    expect(offers(words)).toEqual(['<files>']);
  });

  it('offers flags after a dash', () => {
    expect(offers(DASH)).toContain('--as-known-on');
  });
});

describe.skipIf(!hasFish)('completion fish (skipped where fish is not installed; .ci/run installs it)', () => {
  const offers = completedLines(fishOffers, 'fish');

  it.each(CASES)('%s: %j', (_name, words, expected, env) => {
    expect(sorted(offers(words, env))).toEqual(sorted(expected));
  });

  it.each(FILE_CASES)('file names: %s', (_name, words, expected) => {
    expect(sorted(offers(words))).toEqual(expected);
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
