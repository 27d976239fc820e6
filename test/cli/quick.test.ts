// The bin's quick path (a check with the common options, --version, --help) must behave exactly as the
// full CLI: the same stdout, stderr and exit code for every input, errors included (#18).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCacheVariant, HELP_COMMANDS, quickBatch, quickCheck, quickCommand, quickVersion, SHORT_PLAN, SUBCOMMANDS } from '../../src/cli/quick.js';
import { PROGRAM_HELP, quickHelp } from '../../src/cli/quick-help.js';
import { builtinPaths } from '../../src/load/builtin-files.js';
import { SNAPSHOT } from '../../src/load/snapshot.js';
import { ROOT } from '../helpers/catalog.js';
import { cli, linkcheck } from '../helpers/exec.js';
import { loadedBundles } from '../helpers/loaded.js';
import { tempFolder } from '../helpers/temp.js';

const CHECK = ['taobao', 'live-cart', '2022-06-01'];

/**
 * The bin answers as the full CLI. What is asked without a date is answered at the clock's minute:
 * the full CLI answers before and after the bin, and the bin must give what one of them gave (a
 * minute may begin between two runs).
 */
async function expectAsFullCli(argv: string[], env: Record<string, string>): Promise<void> {
  const before = await cli(argv, env);
  const answered = linkcheck(argv, env);
  if (JSON.stringify(answered) === JSON.stringify(before)) return;
  expect(answered).toEqual(await cli(argv, env));
}

describe('the quick path takes', () => {
  it.each([
    [CHECK, {}, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true }, lang: 'en' }],
    [['taobao', 'live-cart'], {}, { args: { source: 'taobao', surface: 'live-cart' }, options: { color: true }, lang: 'en' }],
    [[...CHECK, '--json', '-q', '--no-color'], {}, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: false, json: true, quiet: true }, lang: 'en' }],
    [['-p', 'douyin', 'taobao', '--as-known-on', '2022-10-15', 'live-cart', '--max-staleness', '365d'], {}, { args: { source: 'taobao', surface: 'live-cart' }, options: { color: true, platform: 'douyin', asKnownOn: '2022-10-15', maxStaleness: '365d' }, lang: 'en' }],
    [[...CHECK, '--platform', 'douyin', '--quiet'], {}, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true, platform: 'douyin', quiet: true }, lang: 'en' }],
    [[...CHECK, '--lang', 'zh'], {}, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true }, lang: 'zh' }],
    [[...CHECK, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true }, lang: 'en' }],
    [CHECK, { LANG: 'zh_CN.UTF-8' }, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true }, lang: 'zh' }],
    [CHECK, { LC_ALL: 'C', LANG: 'zh_CN' }, { args: { source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, options: { color: true }, lang: 'en' }],
  ])('%j with %j', (argv, env, taken) => {
    expect(quickCheck(argv, env)).toEqual(taken);
  });
});

describe('the quick path leaves to the full CLI', () => {
  it.each([
    [['taobao'], {}],
    [[...CHECK, 'x'], {}],
    [['classify', 'a', 'b'], {}],
    [['rules', 'list'], {}],
    [['batch', 'plan.csv'], {}],
    [['help', 'rules'], {}],
    [['-p', 'douyin', 'matrix', 'x'], {}],
    [['taobao', '', '2022-06-01'], {}],
    // Options it does not read, spellings it does not take, a value missing or looking like an option, an option given twice.
    [[...CHECK, '-v'], {}],
    [[...CHECK, '--explain'], {}],
    [[...CHECK, '--fail-on-stale'], {}],
    [[...CHECK, '--no-config'], {}],
    [[...CHECK, '--rules', 'x.json'], {}],
    [[...CHECK, '--no-builtin-rules'], {}],
    [[...CHECK, '--nope'], {}],
    [[...CHECK, '--json=1'], {}],
    [[...CHECK, '--lang=zh'], {}],
    [[...CHECK, '-qv'], {}],
    [[...CHECK, '-pdouyin'], {}],
    [[...CHECK, '-p'], {}],
    [[...CHECK, '-p', ''], {}],
    [[...CHECK, '-p', '--json'], {}],
    [[...CHECK, '--json', '--json'], {}],
    [[...CHECK, '-p', 'douyin', '--platform', 'kuaishou'], {}],
    [['--', ...CHECK], {}],
    [['taobao', '-', '2022-06-01'], {}],
    // An unsupported --lang is the full CLI's error to word.
    [[...CHECK, '--lang', 'fr'], {}],
    // Rule files, from the environment.
    [CHECK, { LINKCHECK_RULES: '' }],
    [CHECK, { LINKCHECK_RULES: 'shop.json', LINKCHECK_PLATFORM: 'douyin' }],
    [['x'.repeat(70_000), 'live-cart'], {}],
  ])('%j with %j', (argv, env) => {
    expect(quickCheck(argv, env)).toBeUndefined();
  });

  it('knows every subcommand the full CLI has', () => {
    const help = linkcheck(['--help']).stdout;
    const section = help.slice(help.indexOf('Commands:')).split('\n\n')[0]!;
    const commands = section.split('\n').slice(1).map((line) => /^ {2}(\S+)/.exec(line)?.[1]).filter((name): name is string => name !== undefined);
    expect(commands.length).toBeGreaterThan(1);
    for (const command of commands) expect(SUBCOMMANDS).toContain(command);
  });
});

// The bin (its quick path where it takes one) against the full CLI's main() in this process, in both languages.
const INPUTS: string[][] = [
  CHECK,
  ['jd', 'short-video-cart', '2022-06-01'],
  ['taobao', 'live-cart', '2022-10-29'],
  ['youzan', 'live-cart', '2021-11-05'],
  ['https://evil.example/x', 'live-cart', '2022-06-01'],
  ['https://item.taobao.com.evil.cn/item.htm?id=1', 'live-cart', '2022-06-01'],
  ['https://detail.tmall.com/item.htm?id=1', 'live-cart', '2022-06-01'],
  ['taobao', 'live-cart', '2099-01-01'],
  ['mokuai', 'short-video-cart'],
  [...CHECK, '--json'],
  [...CHECK, '--lang', 'zh'],
  [...CHECK, '--lang', 'en'],
  [...CHECK, '-q'],
  [...CHECK, '--quiet', '--json'],
  [...CHECK, '--no-color'],
  [...CHECK, '-p', 'kuaishou'],
  ['-p', 'douyin', 'pinduoduo', 'live-cart', '2020-11-01', '--json'],
  [...CHECK, '--as-known-on', '2022-10-15'],
  [...CHECK, '--as-known-on', '2022-02-22', '--json'],
  ['mokuai', 'short-video-cart', '--max-staleness', '365d'],
  // A dated one: --json gives the instant to the second, which a run without a date takes from the clock.
  ['mokuai', 'short-video-cart', '2026-01-01', '--max-staleness', '365d', '--json', '--lang', 'zh'],
  [...CHECK, '--max-staleness', '100y'],
  ['https://item.taobao.com.evil.cn/item.htm?id=1', 'live-cart', '2022-06-01', '--json'],
  // Errors: each leaves the quick path, and the full CLI words it.
  ['taobao', 'live-kart', '2022-06-01'],
  ['taobao', 'live-cart', '2022-02-30'],
  ['taobao', 'live-cart', '2022-02-30', '--json'],
  ['javascript:alert(1)', 'live-cart', '2022-06-01'],
  [...CHECK, '-p', 'nosuch'],
  [...CHECK, '-p', 'nosuch', '--json', '--lang', 'zh'],
  [...CHECK, '--lang', 'fr'],
  [...CHECK, '--max-staleness', '5x'],
  [...CHECK, '--max-staleness', '5x', '--json'],
  [...CHECK, '--as-known-on', 'soon'],
  [...CHECK, '--as-known-on', '2021-13-01', '--json'],
  [...CHECK, '--nope'],
  [...CHECK, '--nope', '--json'],
  [...CHECK, '-p'],
  ['douyin', 'live-cart', '2022-06-01'],
];

describe.each([
  ['English', {}],
  ['Chinese', { LANG: 'zh_CN.UTF-8' }],
])('the bin in %s answers as the full CLI', (_, env: Record<string, string>) => {
  it.each(INPUTS.map((argv) => [argv.join(' '), argv]))('%s', async (_name, argv) => {
    await expectAsFullCli(argv, env);
  });
});

describe('the environment the quick path reads', () => {
  it.each([
    [{ NO_COLOR: '', FORCE_COLOR: '1' }, CHECK],
    [{ NO_COLOR: '', FORCE_COLOR: '1' }, [...CHECK, '--no-color']],
    [{ NO_COLOR: '', FORCE_COLOR: '3', LANG: 'zh_CN.UTF-8' }, [...CHECK, '-p', 'douyin']],
    [{ LC_ALL: 'zh_TW', LANG: 'en_US.UTF-8' }, [...CHECK, '--as-known-on', '2022-10-15']],
    [{ LINKCHECK_PLATFORM: 'douyin' }, [...CHECK, '--json']],
    [{ LINKCHECK_PLATFORM: 'douyin' }, [...CHECK, '-p', 'kuaishou']],
    [{ LINKCHECK_PLATFORM: '' }, CHECK],
    [{ LINKCHECK_MAX_STALENESS: '1d' }, ['mokuai', 'short-video-cart', '2026-01-01']],
    [{ LINKCHECK_MAX_STALENESS: '1d', LANG: 'zh_CN.UTF-8' }, ['mokuai', 'short-video-cart', '2026-01-01', '--max-staleness', '20y']],
    [{ LINKCHECK_FAIL_ON: 'maybe' }, CHECK],
    // Values the check's own code refuses: the quick path fails, and the full CLI words them.
    [{ LINKCHECK_PLATFORM: 'weibo' }, CHECK],
    [{ LINKCHECK_PLATFORM: 'weibo', LANG: 'zh_CN.UTF-8' }, [...CHECK, '--json']],
    [{ LINKCHECK_MAX_STALENESS: 'soon' }, CHECK],
  ])('%j %j', async (env, argv) => {
    // Taken by the quick path, which reads the settings with the full CLI's own code.
    expect(quickCheck(argv, env)).toBeDefined();
    await expectAsFullCli(argv, env);
  });
});

describe('settings from the environment, on the quick paths', () => {
  const folder = tempFolder('linkcheck-quick-settings-');
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, 'plan.csv'), 'source,surface,date\ntaobao,live-cart,2022-06-01\n');
  it.each<[string[], Record<string, string>, string[]]>([
    [CHECK, { LINKCHECK_PLATFORM: 'douyin', LINKCHECK_MAX_STALENESS: '18m' }, ['plain-check.cjs']],
    [['matrix'], { LINKCHECK_PLATFORM: 'douyin', COLUMNS: '60' }, ['quick-matrix.cjs']],
    [['timeline'], { LINKCHECK_PLATFORM: 'xhs' }, ['quick-timeline.cjs']],
    [['batch', 'plan.csv'], { LINKCHECK_PLATFORM: 'douyin', LINKCHECK_FAIL_ON: 'denied,unknown', LINKCHECK_MAX_STALENESS: '18m' }, ['quick-batch.cjs']],
    // Refused by the command's own code, then worded by the full CLI.
    [CHECK, { LINKCHECK_PLATFORM: 'weibo' }, ['plain-check.cjs', 'cli.cjs']],
    // Rule files: the full CLI's from the start, which loads the rule loading to refuse the missing file.
    [['matrix'], { LINKCHECK_RULES: join(folder, 'none.json') }, ['quick-matrix.cjs', 'cli.cjs', 'load-rules.cjs']],
  ])('%j with %j: answered from %j', (argv, env, bundles) => {
    expect(loadedBundles(folder, argv, { NO_COLOR: '1', ...env })).toEqual(bundles);
  });
});

describe('--version', () => {
  it.each([
    [['--version'], {}],
    [['-V'], { LANG: 'zh_CN.UTF-8' }],
    [['--version', '--lang', 'zh'], {}],
  ])('%j with %j: as the full CLI', async (argv, env: Record<string, string>) => {
    await expectAsFullCli(argv, env);
  });

  it('is quick only alone', () => {
    expect(quickVersion(['--version'], {})).toEqual({ lang: 'en' });
    expect(quickVersion(['-V'], { LANG: 'zh_CN' })).toEqual({ lang: 'zh' });
    expect(quickVersion(['--version', '--lang', 'zh'], {})).toBeUndefined();
    expect(quickVersion(['version'], {})).toBeUndefined();
  });
});

describe('--help', () => {
  // Every text the build wrote, in both languages: the bin prints the file, main() runs commander.
  const asked = [PROGRAM_HELP, ...HELP_COMMANDS].map((name) => (name === PROGRAM_HELP ? ['--help'] : [name, '--help']));
  it.each<[string[], Record<string, string>]>([
    ...asked.map((argv): [string[], Record<string, string>] => [argv, {}]),
    ...asked.map((argv): [string[], Record<string, string>] => [argv, { LANG: 'zh_CN.UTF-8' }]),
    [['-h'], {}],
    [['rules', '-h'], { LC_ALL: 'zh_CN' }],
    [['timeline', '-h'], { NO_COLOR: '', FORCE_COLOR: '1' }],
  ])('%j with %j: as the full CLI', async (argv, env) => {
    expect(quickHelp(argv, env, HELP_COMMANDS)).toBeDefined();
    const run = linkcheck(argv, env);
    expect(run.code).toBe(0);
    expect(run).toEqual(await cli(argv, env));
  });

  it.each([
    [['--help'], {}, { name: 'linkcheck', lang: 'en' }],
    [['-h'], { LANG: 'zh_CN.UTF-8' }, { name: 'linkcheck', lang: 'zh' }],
    [['batch', '--help'], {}, { name: 'batch', lang: 'en' }],
    [['rules', '-h'], { LC_ALL: 'C', LANG: 'zh_CN' }, { name: 'rules', lang: 'en' }],
  ])('%j with %j is quick', (argv, env, taken) => {
    expect(quickHelp(argv, env, HELP_COMMANDS)).toEqual(taken);
  });

  // Anything else, the full CLI: other arguments, a width, a setting, help of help, a nested command.
  it.each([
    [['--help', '--lang', 'zh'], {}],
    [['--lang', 'zh', '--help'], {}],
    [['--json', '--help'], {}],
    [['help', '--help'], {}],
    [['help', 'batch'], {}],
    [['rules', 'list', '--help'], {}],
    [['nosuch', '--help'], {}],
    [['batch', '--help', 'x'], {}],
    [['--help=1'], {}],
    [['--help'], { COLUMNS: '40' }],
    [['matrix', '--help'], { COLUMNS: '200', LANG: 'zh_CN.UTF-8' }],
    [['--help'], { LINKCHECK_PLATFORM: 'douyin' }],
    [['batch', '--help'], { LINKCHECK_FAIL_ON: 'denied' }],
    [['batch', '--help'], { LINKCHECK_RULES: 'x'.repeat(70_000) }],
  ])('%j with %j goes to the full CLI, which answers the same', async (argv, env: Record<string, string>) => {
    expect(quickHelp(argv, env, HELP_COMMANDS)).toBeUndefined();
    await expectAsFullCli(argv, env);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const run = spawnSync('sh', ['-c', `"$0" "$@" | head -c 5`, process.execPath, join(ROOT, 'bin', 'linkcheck.js'), '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: 'Usage', stderr: '' });
  });
});

describe('matrix, timeline and rules list with no option', () => {
  // The clock is read anew by each: a run that crosses a minute may differ in the matrix's heading, so it is run again once.
  const same = async (argv: string[], env: Record<string, string>) => {
    for (let attempt = 0; ; attempt++) {
      const quick = linkcheck(argv, env);
      const full = await cli(argv, env);
      if (attempt === 1 || JSON.stringify(quick) === JSON.stringify(full)) return { quick, full };
    }
  };
  it.each<[string[], Record<string, string>]>([
    [['matrix'], {}],
    [['matrix'], { LANG: 'zh_CN.UTF-8' }],
    [['matrix'], { NO_COLOR: '', FORCE_COLOR: '1' }],
    [['timeline'], {}],
    [['timeline'], { LANG: 'zh_CN.UTF-8' }],
    [['timeline'], { NO_COLOR: '', FORCE_COLOR: '3' }],
    [['rules', 'list'], {}],
    [['rules', 'list'], { LC_ALL: 'zh_CN' }],
    // Settings from the environment, read by the command's own code as the full CLI reads them.
    [['matrix'], { LINKCHECK_PLATFORM: 'douyin' }],
    [['matrix'], { COLUMNS: '40', LINKCHECK_MAX_STALENESS: '1d', LINKCHECK_FAIL_ON: 'denied' }],
    [['timeline'], { COLUMNS: '200', LANG: 'zh_CN.UTF-8', LINKCHECK_PLATFORM: 'xhs' }],
  ])('%j with %j: as the full CLI', async (argv, env) => {
    expect(quickCommand(argv, env)).toEqual({ name: argv.join(' '), lang: env.LANG || env.LC_ALL ? 'zh' : 'en' });
    const { quick, full } = await same(argv, env);
    expect(quick.code).toBe(0);
    expect(quick).toEqual(full);
  });

  // Any option, argument or setting: the full CLI, which answers the same.
  it.each<[string[], Record<string, string>]>([
    [['matrix', '--json'], {}],
    [['matrix', '2022-06-01'], {}],
    [['--lang', 'zh', 'matrix'], {}],
    [['matrix', '-p', 'douyin'], {}],
    [['timeline', 'taobao'], {}],
    [['timeline', '--width', '100'], {}],
    [['rules', 'list', '-p', 'douyin'], {}],
    [['rules', 'list', '--json'], {}],
    [['rules', 'list'], { LINKCHECK_RULES: join(ROOT, 'test', 'cli', 'fixtures', 'nosuch.json') }],
    [['rules', 'list', 'x'], {}],
    [['rules'], {}],
    [['matrix', 'x'.repeat(70_000)], {}],
  ])('%j with %j goes to the full CLI', async (argv, env) => {
    expect(quickCommand(argv, env)).toBeUndefined();
    const { quick, full } = await same(argv, env);
    expect(quick).toEqual(full);
  });
});

describe('a short batch with no option', () => {
  const folder = mkdtempSync(join(tmpdir(), 'linkcheck-quick-batch-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const plan = (name: string, text: string): string => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const ROWS = 'source,surface,date\ntaobao,live-cart,2022-06-01\njd,live-cart,2022-06-01\nnosuch,live-cart,2022-06-01\ntaobao,live-cart,2099-01-01\n';
  const linked = (name: string, target: string): string => {
    const path = join(folder, name);
    symlinkSync(target, path);
    return path;
  };
  const fifo = (name: string): string => {
    const path = join(folder, name);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return path;
  };

  it.each<[string, () => string, Record<string, string>]>([
    ['one row', () => plan('one.csv', 'source,surface,date\ntaobao,live-cart,2022-06-01\n'), {}],
    ['rows denied, unknown, stale and in error', () => plan('rows.csv', ROWS), {}],
    ['the same in Chinese', () => plan('rows-zh.csv', ROWS), { LANG: 'zh_CN.UTF-8' }],
    ['the same in colour', () => plan('rows-colour.csv', ROWS), { NO_COLOR: '', FORCE_COLOR: '1' }],
    ['JSON Lines', () => plan('rows.jsonl', '{"source":"taobao","surface":"live-cart","date":"2022-06-01"}\n{"source":"jd","surface":"product-detail","date":"2021-01-01"}\n'), {}],
    ['a header without a surface (an error the full CLI words)', () => plan('bad.csv', 'source,date\ntaobao,2022-06-01\n'), {}],
    ['no rows', () => plan('empty.csv', 'source,surface,date\n'), {}],
    ['an .xlsx workbook', () => join(ROOT, 'test', 'cli', 'fixtures', 'plan.xlsx'), {}],
    ['a plan in GBK (an error the full CLI words)', () => join(ROOT, 'test', 'cli', 'fixtures', 'plan-gbk.csv'), {}],
    // Settings from the environment, read by the batch's own code as the full CLI reads them.
    ['a fail-on, a staleness and a platform', () => plan('settings.csv', ROWS), { LINKCHECK_FAIL_ON: 'unknown', LINKCHECK_MAX_STALENESS: '18m', LINKCHECK_PLATFORM: 'douyin' }],
    ['a fail-on it cannot read (the full CLI words it)', () => plan('bad-fail-on.csv', ROWS), { LINKCHECK_FAIL_ON: 'maybe' }],
    ['a platform no rule defines (the full CLI words it)', () => plan('bad-platform.csv', ROWS), { LINKCHECK_PLATFORM: 'weibo' }],
  ])('%s: as the full CLI', async (_name, make, env) => {
    const argv = ['batch', make()];
    const batch = quickBatch(argv, env);
    expect(batch).toMatchObject({ file: argv[1], lang: env.LANG ? 'zh' : 'en' });
    // Read whole, to know it is short: the batch reads these bytes, not the file again.
    expect(Buffer.from(batch!.bytes)).toEqual(readFileSync(argv[1]!));
    await expectAsFullCli(argv, env);
  });

  it('answers from the bytes read to take the quick path, not from the file read again', async () => {
    const file = plan('read-once.csv', 'source,surface,date\ntaobao,live-cart,2022-06-01\n');
    const { answerQuickBatch } = await import('../../src/cli/quick-batch.js');
    const out: string[] = [];
    const context = { env: {}, stdout: (text: string) => out.push(text), stderr: () => {}, stdoutIsTTY: false, now: Date.UTC(2026, 0, 1) };
    const bytes = new TextEncoder().encode('source,surface,date\njd,live-cart,2022-06-01\n');
    await answerQuickBatch(context, { file, lang: 'en', bytes });
    expect(out.join('')).toContain('jd');
    expect(out.join('')).not.toContain('taobao');
  });

  it('asks the status of the built-in files alone, once each (src/load/snapshot.ts statusOf): not the plan, nor its output', () => {
    const counter = plan('count-stats.cjs', `const fs = require('node:fs'); const asked = [];
      for (const name of ['statSync', 'fstatSync', 'lstatSync']) { const original = fs[name]; fs[name] = (...args) => (asked.push(name + ' ' + args[0]), original(...args)); }
      process.on('exit', () => require('node:fs').writeSync(3, JSON.stringify(asked)));`);
    const run = spawnSync(process.execPath, ['-r', counter, join(ROOT, 'bin', 'linkcheck.js'), 'batch', plan('stats.csv', 'source,surface,date\ntaobao,live-cart,2022-06-01\n')], { cwd: folder, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    expect(run.status).toBe(1);
    // None when the build recorded no status (files changed just before it): they are then compared byte for byte.
    const recorded = (JSON.parse(readFileSync(join(ROOT, SNAPSHOT), 'utf8')) as { status?: unknown }).status !== undefined;
    const builtin = recorded ? ['rules', ...builtinPaths(ROOT)].map((path) => `statSync ${join(ROOT, path)}`) : [];
    // Before them, the configuration file looked for in each folder up to the root, one lstat
    // each (src/cli/config-locate.ts: a link to nothing is the project's file too).
    const looked: string[] = [];
    for (let at = folder; ; at = dirname(at)) {
      looked.push(`lstatSync ${join(at, 'linkcheck.config.json')}`);
      if (dirname(at) === at) break;
    }
    expect(JSON.parse(run.output[3]!)).toEqual([...looked, ...builtin]);
  });

  it.each<[string, () => string[], Record<string, string>]>([
    ['a plan over the limit', () => ['batch', plan('long.csv', `source,surface,date\n${'taobao,live-cart,2022-06-01\n'.repeat(Math.ceil(SHORT_PLAN / 27))}`)], {}],
    ['standard input', () => ['batch', '-'], {}],
    ['a missing file', () => ['batch', join(folder, 'nosuch.csv')], {}],
    ['a folder', () => ['batch', folder], {}],
    ['an empty file', () => ['batch', plan('nothing.csv', '')], {}],
    ['a FIFO (not waited on)', () => ['batch', fifo('plan-fifo.csv')], {}],
    ['/dev/null, by a name in .csv', () => ['batch', linked('null.csv', '/dev/null')], {}],
    ['/dev/zero, a device that reads on, by a name in .csv', () => ['batch', linked('zero.csv', '/dev/zero')], {}],
    ['an option', () => ['batch', plan('json.csv', ROWS), '--json'], {}],
    ['GitHub Actions (annotations on stderr)', () => ['batch', plan('actions.csv', ROWS)], { GITHUB_ACTIONS: 'true' }],
    ['rule files', () => ['batch', plan('rule-files.csv', ROWS)], { LINKCHECK_RULES: join(ROOT, 'test', 'cli', 'fixtures', 'nosuch.json') }],
  ])('%s: the full CLI, which answers the same', async (_name, make, env) => {
    const argv = make();
    expect(quickBatch(argv, env)).toBeUndefined();
    await expectAsFullCli(argv, env);
  });
});

describe('with a configuration file', () => {
  const top = mkdtempSync(join(tmpdir(), 'linkcheck-quick-'));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  let count = 0;
  const project = (config: string): string => {
    const root = join(top, `p${count++}`);
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'linkcheck.config.json'), config);
    return root;
  };
  const bin = (cwd: string, args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it.each([
    ['{"platform": "douyin", "lang": "zh"}', CHECK],
    ['{"platform": "douyin", "lang": "zh"}', [...CHECK, '--json', '-p', 'kuaishou']],
    ['{"platform": "douyin", "lang": "zh"}', ['--version']],
    // Dated: a check without a date takes the minute from the clock, which may turn between the two runs.
    ['{"maxStaleness": "1d"}', ['mokuai', 'short-video-cart', '2026-01-01', '--lang', 'en']],
    ['{"platform": 3}', CHECK],
    ['{"platform": 3}', ['--version']],
    ['{"nope": 1}', [...CHECK, '--json']],
  ])('%s, %j: read as the full CLI reads it', async (config, argv) => {
    const root = project(config);
    // The check's bundle reads the file itself, for a check and for --version (test/cli/config.test.ts).
    expect((quickCheck(argv, {}, root) ?? quickVersion(argv, {}, root))?.config).toEqual({ file: join(root, 'linkcheck.config.json'), inPackage: false, langGiven: argv.includes('--lang') });
    expect(bin(root, argv)).toEqual(await cli(argv, {}, root));
  });

  it.each([
    ['{"lang": "zh"}', ['--help']],
    ['{"lang": "zh"}', ['batch', '--help']],
    ['{"platform": 3}', ['matrix', '--help']],
    ['{"platform": "douyin"}', ['matrix']],
    ['{"lang": "zh"}', ['timeline']],
    ['{"platform": 3}', ['rules', 'list']],
    ['{"platform": "douyin"}', ['batch', join(ROOT, 'test', 'cli', 'fixtures', 'plan-cut.csv')]],
  ])('%s, %j: help and the option-less commands read the file as the full CLI does', async (config, argv) => {
    const root = project(config);
    // Their bundles read it, help's the check's (test/cli/config.test.ts).
    expect((quickHelp(argv, {}, HELP_COMMANDS, root) ?? quickCommand(argv, {}, root) ?? quickBatch(argv, {}, root))?.config).toEqual({ file: join(root, 'linkcheck.config.json'), inPackage: false, langGiven: false });
    expect(bin(root, argv)).toEqual(await cli(argv, {}, root));
  });
});

describe('the bundle a start reads first (bin/linkcheck.js route)', () => {
  // The bin's guess changes only what is read: every start bundle holds the same decision. A wrong
  // guess would read and deserialise a second bundle; these hold it to what the decision takes.
  const bin = createRequire(import.meta.url)(join(ROOT, 'bin', 'linkcheck.js')) as { route: (argv: readonly string[]) => { bundle: string; variant?: string }; SUBCOMMANDS: readonly string[] };
  const root = tempFolder('linkcheck-route-');
  mkdirSync(join(root, '.git'));

  it('knows the subcommands the decision knows', () => {
    expect(bin.SUBCOMMANDS).toEqual(SUBCOMMANDS);
  });

  const starts = [...INPUTS, ['--version'], ['-V'], ['matrix'], ['timeline'], ['rules', 'list'], ['batch', 'plan.csv'], ['--help'], ['matrix', '--help'], ['rules', '--help'], ['help']];
  it.each(starts.map((argv) => [argv.join(' '), argv]))('%s', (_name, argv) => {
    const check = quickCheck(argv, {}, root);
    const command = quickCommand(argv, {}, root);
    const expected =
      quickHelp(argv, {}, HELP_COMMANDS, root) !== undefined
        ? { bundle: 'quick' }
        : check !== undefined
          ? { bundle: 'plain-check', ...(checkCacheVariant(check) !== undefined ? { variant: checkCacheVariant(check) } : {}) }
          : quickVersion(argv, {}, root) !== undefined
            ? { bundle: 'plain-check' }
            : command !== undefined
              ? { bundle: `quick-${command.name === 'rules list' ? 'rules' : command.name}` }
              : argv[0] === 'batch'
                ? { bundle: 'quick-batch' }
                : undefined;
    if (expected !== undefined) expect(bin.route(argv)).toEqual(expected);
  });
});

describe('the bundles read at start-up', () => {
  // One character past ASCII makes V8 hold the whole source as two bytes a character: measured, a
  // slower start for every command (#18). A character in a regular expression is written as an escape.
  it.each(['quick.cjs', 'plain-check.cjs', 'cli.cjs'])('dist/%s is ASCII', (name) => {
    const text = readFileSync(join(ROOT, 'dist', name), 'latin1');
    expect(text.split('\n').filter((line) => /[^\x00-\x7f]/.test(line))).toEqual([]);
  });
});

describe('standard output closed', () => {
  // Node then makes a stream that drops what it is given: the answer's exit code stands, on either path.
  it.each([
    [['matrix'], 0],
    [['timeline'], 0],
    [['--help'], 0],
    [CHECK, 1],
    [[...CHECK, '--json'], 1],
  ])('%j exits %i', (argv, code) => {
    const run = spawnSync('sh', ['-c', `"$0" "$@" >&-`, process.execPath, join(ROOT, 'bin', 'linkcheck.js'), ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect({ code: run.status, stderr: run.stderr }).toEqual({ code, stderr: '' });
  });
});

describe('a quick path ends the process once its output is settled', () => {
  // Through a pipe whose reader starts late, and through the socket a Node parent gives: every byte arrives.
  it.each([[['timeline']], [['rules', 'list']], [CHECK], [['--help']]])('%j', async (argv) => {
    const full = await cli(argv);
    const piped = spawnSync('sh', ['-c', `"$0" "$@" | (sleep 0.3; cat)`, process.execPath, join(ROOT, 'bin', 'linkcheck.js'), ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(piped.stdout).toBe(full.stdout);
    expect(linkcheck(argv).stdout).toBe(full.stdout);
  });
});

describe('the bin without its build', () => {
  // Each command starts from one bundle (bin/linkcheck.js route): a check from the check's, --help from dist/quick.cjs.
  it.each([
    [CHECK, 'plain-check'],
    [['--help'], 'quick'],
    [['matrix'], 'quick-matrix'],
  ])('%j exits 70 with one line, never 1', (argv, bundle) => {
    const copy = tempFolder('linkcheck-nobuild-');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    const run = spawnSync(process.execPath, [join(copy, 'bin', 'linkcheck.js'), ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`linkcheck: the build is missing (dist/${bundle}.cjs); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n`);
  });

  it.each([
    ['a folder', (file: string) => mkdirSync(file), 'linkcheck: cannot read dist/plain-check.cjs (EISDIR); reinstall linkcheck (npm ci in its folder)\n'],
    ['not JavaScript', (file: string) => writeFileSync(file, 'this is not ('), 'linkcheck: internal error, please report it:\n'],
  ])('exits 70 when dist/plain-check.cjs is %s, never 1', (_what, make, first) => {
    const copy = tempFolder('linkcheck-badbuild-');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    mkdirSync(join(copy, 'dist'));
    make(join(copy, 'dist', 'plain-check.cjs'));
    const run = spawnSync(process.execPath, [join(copy, 'bin', 'linkcheck.js'), ...CHECK], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.status).toBe(70);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(first)).toBe(true);
  });
});
