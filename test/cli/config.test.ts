// The configuration file: found from the working directory up to a git root,
// refused with its path and the bad key, beneath the environment and the command line.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quickCheck } from '../../src/cli/quick.js';
import { ROOT } from '../helpers/catalog.js';
import { allDocs } from '../helpers/docs.js';
import { cli } from '../helpers/exec.js';
import { loadedBundles } from '../helpers/loaded.js';
import { withinOneMinute } from '../helpers/one-minute.js';

const top = mkdtempSync(join(tmpdir(), 'linkcheck-config-'));
afterAll(() => rmSync(top, { recursive: true, force: true }));

let count = 0;
/** A fresh project (a git root) with these files; returns it and a folder two levels inside. */
function project(files: Record<string, string>): { root: string; inside: string } {
  const root = join(top, `p${count++}`);
  mkdirSync(join(root, '.git'), { recursive: true });
  const inside = join(root, 'a', 'b');
  mkdirSync(inside, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return { root, inside };
}

/** The bin in a process of its own, for a plain check: its quick path must leave a project with a configuration file to the full CLI. */
function linkcheck(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** main() in this process, in that folder. */
const inFolder = (cwd: string, args: string[], env: Record<string, string> = {}) => cli(args, env, cwd);

// On 2021-06-01 Youzan links were denied in Douyin's live cart and allowed in Kuaishou's.
const CHECK = ['youzan', 'live-cart', '2021-06-01', '--quiet'];
const PLAIN = ['youzan', 'live-cart', '2021-06-01'];

describe('a configuration file', () => {
  it('changes the defaults, found from a folder below it, a plain check included', async () => {
    const { root, inside } = project({ 'linkcheck.config.json': '{"platform": "douyin"}' });
    // The check's bundle reads it (see "a plain check with a configuration file").
    expect(quickCheck(PLAIN, {}, inside)?.config).toEqual({ file: join(root, 'linkcheck.config.json'), inPackage: false, langGiven: false });
    expect((await inFolder(inside, CHECK)).code).toBe(1);
    expect(linkcheck(inside, PLAIN).stdout).toMatch(/^denied {2}youzan · douyin live-cart/);
  });

  it('is overridden by the environment and the command line, and ignored with --no-config', async () => {
    const { inside } = project({ 'linkcheck.config.json': '{"platform": "douyin"}' });
    expect((await inFolder(inside, CHECK, { LINKCHECK_PLATFORM: 'kuaishou' })).code).toBe(0);
    expect((await inFolder(inside, [...CHECK, '-p', 'kuaishou'])).code).toBe(0);
    expect((await inFolder(inside, [...CHECK, '--no-config'])).code).toBe(0);
  });

  it('as a "linkcheck" key of package.json: fail-on, max-staleness and the language for a batch', async () => {
    const plan = 'source,surface,date\npinduoduo,live-cart,2022-06-01\njd,short-video-cart,2026-12-12\n';
    const { root } = project({ 'package.json': JSON.stringify({ name: 'shop', linkcheck: { failOn: ['denied', 'unknown'], maxStaleness: '5y', lang: 'zh' } }), 'plan.csv': plan });
    const run = await inFolder(root, ['batch', 'plan.csv']);
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n')).toEqual([
      'plan.csv：2 行：允许 0、禁止 0、逐步生效中 0、未知 2、错误 0',
      '第 2 行      未知        pinduoduo · live-cart · 2022-06-01  无记录在案的规则',
      '第 3 行      未知        jd · short-video-cart · 2026-12-12  无记录在案的规则',
      '',
    ]);
    expect((await inFolder(root, ['batch', 'plan.csv', '--fail-on', 'denied', '--lang', 'en'])).stdout).toMatch(/no rule on record \(warning\)\n$/);
  });

  it('gives the views, the listings and their help its language, beneath --lang', async () => {
    const { inside } = project({ 'linkcheck.config.json': '{"lang": "zh"}' });
    expect((await inFolder(inside, ['matrix', '2022-06-01'])).stdout).toMatch(/^快手 · 2022年6月1日（Asia\/Shanghai）\n/);
    expect((await inFolder(inside, ['matrix', '2022-06-01', '--lang', 'en'])).stdout).toMatch(/^kuaishou · 2022-06-01 \(Asia\/Shanghai\)\n/);
    expect((await inFolder(inside, ['platforms'])).stdout).toMatch(/^ID +名称 +时区/);
    expect((await inFolder(inside, ['matrix', '--help'])).stdout).toMatch(/^用法： linkcheck matrix/);
    expect((await inFolder(inside, ['matrix', '--help', '--lang', 'en'])).stdout).toMatch(/^Usage: linkcheck matrix/);
  });

  it('loads rule files relative to itself', async () => {
    const { root, inside } = project({ 'linkcheck.config.json': '{"rules": ["rules/shop.json"]}' });
    mkdirSync(join(root, 'rules'));
    cpSync(join(ROOT, 'test', 'fixtures', 'views', 'midday.json'), join(root, 'rules', 'shop.json'));
    expect((await inFolder(inside, ['platforms'])).stdout).toMatch(/^testshop /m);
  });

  // Kept apart from LINKCHECK_RULES, whose paths are split at the delimiter (: or ;).
  it.each([`our${delimiter}rules.json`, `rules${delimiter}2024/shop.json`])('loads a rule file whose path holds the delimiter, %s, with LINKCHECK_RULES beside it', async (name) => {
    const { root, inside } = project({ 'linkcheck.config.json': JSON.stringify({ rules: [name] }) });
    mkdirSync(join(root, name, '..'), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'views', 'midday.json'), join(root, name));
    expect((await inFolder(inside, ['platforms'])).stdout).toMatch(/^testshop /m);
    // The lint reads it too (this file's quotes say too little).
    expect((await inFolder(inside, ['rules', 'lint'])).stdout).toContain(`${join(root, name)}: rules[0].evidence[0].quote: the quote says too little`);
    const beside = join(root, 'none.json');
    expect((await inFolder(inside, ['platforms'], { LINKCHECK_RULES: beside })).stderr).toBe(`linkcheck: ${beside}: cannot read: no such file or folder (give the path of a rule file or a folder of *.json files)\n`);
  });

  it.each([
    ['linkcheck.config.json', { rules: ['r'.repeat(70_000)] }, '"rules"'],
    ['package.json', { name: 'shop', linkcheck: { rules: Array.from({ length: 7_000 }, (_, index) => `r${index}.json`).concat(['r'.repeat(70_000)]) } }, '"linkcheck.rules"'],
  ])('%s: a rule file path past 64 KiB is refused naming the file and its key, not LINKCHECK_RULES', async (name, json, key) => {
    const { root, inside } = project({ [name]: JSON.stringify(json) });
    const run = await inFolder(inside, PLAIN);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `linkcheck: ${join(root, name)}: ${key} is longer than 64 KiB (65536 bytes); give a shorter value\n`]);
    expect(linkcheck(inside, PLAIN)).toEqual({ code: 2, stdout: '', stderr: run.stderr });
  });

  it.each([
    ['linkcheck.config.json', '{"platform": "douyin", "failon": "denied"}', 'linkcheck.config.json: unknown key "failon"; valid: $schema, platform, rules, failOn, maxStaleness, lang'],
    ['linkcheck.config.json', '{"rules": "mine.json"}', 'linkcheck.config.json: "rules" takes a list of rule files or folders, each a text, e.g. ["rules/shop.json"], not "mine.json";'],
    ['linkcheck.config.json', '{"rules": ["mine.json", 3]}', 'linkcheck.config.json: "rules.1" takes a list of rule files or folders, each a text, e.g. ["rules/shop.json"], not 3;'],
    ['linkcheck.config.json', '{"platform": ""}', 'linkcheck.config.json: "platform" takes a platform\'s id or alias as a text, e.g. "douyin", not "";'],
    ['linkcheck.config.json', '{"maxStaleness": {"days": 365}}', 'linkcheck.config.json: "maxStaleness" takes a span of time as a text, e.g. "365d" or "2y", not an object;'],
    ['linkcheck.config.json', '["douyin"]', 'linkcheck.config.json: the file must be an object of settings;'],
    ['package.json', '{"linkcheck": true}', 'package.json: "linkcheck" must be an object of settings;'],
    ['linkcheck.config.json', '{"platform": "douyin",}', 'linkcheck.config.json: not valid JSON: '],
    ['linkcheck.config.json', '{"failOn": "denied,maybe"}', 'linkcheck.config.json: "failOn": --fail-on takes outcomes separated by commas'],
    ['package.json', '{"linkcheck": {"maxStaleness": "2 years"}}', 'package.json: "linkcheck.maxStaleness": --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit'],
    ['linkcheck.config.json', '{"maxStaleness": "100000d"}', 'linkcheck.config.json: "maxStaleness": --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "100000d"'],
    ['package.json', '{"linkcheck": {"lang": "fr"}}', 'package.json: "linkcheck.lang" takes "en" or "zh", not "fr";'],
    ['package.json', `{"linkcheck": {"lang": "${'x'.repeat(1000)}"}}`, `package.json: "linkcheck.lang" takes "en" or "zh", not "${'x'.repeat(40)}…";`],
    // A platform no rules define, known only once the rules are loaded: still the file's, not a variable's.
    ['linkcheck.config.json', '{"platform": "weibo"}', 'linkcheck.config.json: "platform": unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat'],
    ['package.json', '{"linkcheck": {"platform": "weibo"}}', 'package.json: "linkcheck.platform": unknown platform "weibo"'],
    // A key written twice: JSON.parse would keep the last, silently.
    ['linkcheck.config.json', '{"platform": "douyin", "platform": "kuaishou"}', 'linkcheck.config.json: "platform" is written twice: which value is meant cannot be known; write it once'],
    ['package.json', '{"name": "x", "linkcheck": {"platform": "douyin"}, "linkcheck": {}}', 'package.json: "linkcheck" is written twice: which value is meant cannot be known; write it once'],
    ['package.json', '{"linkcheck": {"failOn": "denied", "failOn": "none"}}', 'package.json: "linkcheck.failOn" is written twice'],
    // A package.json that is no valid JSON but names the key: the settings are not left out without a word.
    ['package.json', '{"name": "x", "linkcheck": {"platform": "douyin"},}', 'package.json: not valid JSON: '],
  ])('%s %s is refused with its path and key, exit 2', async (name, text, message) => {
    const { root, inside } = project({ [name]: text });
    const run = await inFolder(inside, CHECK);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(`linkcheck: ${join(root, message)}`)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // --no-config: the file is not read at all.
    expect((await inFolder(inside, [...CHECK, '--no-config'])).code).toBe(0);
  });

  // Worded in the reader's language, as every error is: the file's problems and the values its readers refuse.
  it.each([
    ['{"platform": "douyin",}', '：不是有效的 JSON：'],
    ['{"platform": "douyin", "platform": "kuaishou"}', '："platform" 写了两次：无法知道要用哪个值；请只写一次；'],
    ['{"platfrom": "douyin"}', '：未知的键 "platfrom"；有效的键：$schema, platform, rules, failOn, maxStaleness, lang；'],
    ['{"rules": "mine.json"}', '："rules" 应为规则文件或文件夹的列表，每项为文本，例如 ["rules/shop.json"]，而不是 "mine.json"；'],
    ['{"rules": {"shop": "mine.json"}}', '："rules" 应为规则文件或文件夹的列表，每项为文本，例如 ["rules/shop.json"]，而不是一个对象；'],
    ['["douyin"]', '：文件内容必须是一个设置对象；'],
    ['{"failOn": "denied,maybe"}', '："failOn"：--fail-on 需要以逗号分隔的结果（denied, rolling-out, unknown, stale, error），或 "none"、"all"，而不是 "maybe"；'],
    ['{"maxStaleness": "2 years"}', '："maxStaleness"：--max-staleness 需要'],
  ])('%s is refused in Chinese with --lang zh, exit 2', async (text, message) => {
    const { root, inside } = project({ 'linkcheck.config.json': text });
    const run = await inFolder(inside, [...CHECK, '--lang', 'zh']);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(`linkcheck: ${join(root, 'linkcheck.config.json')}${message}`)).toBe(true);
    expect(run.stderr).toMatch(/见 README 的 "Configuration file"（--no-config 忽略该文件）\n$/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([['linkcheck.config.json', '\uFEFF{"platform": "douyin"}'], ['package.json', '\uFEFF{"name": "x", "linkcheck": {"platform": "douyin"}}']])('%s with a byte order mark, as Windows editors write it, is read', async (name, text) => {
    const { inside } = project({ [name]: text });
    const run = await inFolder(inside, ['taobao', 'live-cart', '2022-06-01', '--json']);
    expect([run.code, JSON.parse(run.stdout).platform]).toEqual([1, 'douyin']);
  });

  it('a key written twice elsewhere in a package.json is npm\'s, not the configuration\'s', async () => {
    const { inside } = project({ 'package.json': '{"name": "x", "version": "1.0.0", "version": "1.0.1", "linkcheck": {"platform": "douyin"}}' });
    const run = await inFolder(inside, ['taobao', 'live-cart', '2022-06-01', '--json']);
    expect([run.code, JSON.parse(run.stdout).platform]).toEqual([1, 'douyin']);
  });

  it('a configuration file that cannot be read says why in words: a folder, or one the user may not read', async () => {
    const folder = project({});
    mkdirSync(join(folder.root, 'linkcheck.config.json'));
    const run = await inFolder(folder.inside, CHECK);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${join(folder.root, 'linkcheck.config.json')}: cannot be read: it is a folder; see "Configuration file" in the README (--no-config ignores the file)\n`]);
    expect((await inFolder(folder.inside, [...CHECK, '--lang', 'zh'])).stderr).toBe(`linkcheck: ${join(folder.root, 'linkcheck.config.json')}：无法读取：这是一个文件夹；见 README 的 "Configuration file"（--no-config 忽略该文件）\n`);
    // As root every file can be read.
    if (process.getuid?.() === 0) return;
    const secret = project({});
    writeFileSync(join(secret.root, 'linkcheck.config.json'), '{}', { mode: 0o000 });
    expect((await inFolder(secret.inside, CHECK)).stderr).toContain('linkcheck.config.json: cannot be read: permission denied;');
  });

  // Read as a rule file is: a pipe with no writer would hold the run for ever, /dev/zero never
  // ends, a bad byte would be read as U+FFFD; and a link to nothing is the project's file, not
  // one to pass over for a file further up.
  it.each([
    ['a pipe', (file: string) => spawnSync('mkfifo', [file]), 'not a regular file (a pipe, socket or device)'],
    ['a link to /dev/zero', (file: string) => symlinkSync('/dev/zero', file), 'not a regular file (a pipe, socket or device)'],
    ['a file past 4 MiB', (file: string) => writeFileSync(file, `{"platform": "douyin"${' '.repeat(4 * 1024 * 1024)}}`), 'larger than the 4 MiB limit'],
    ['a file not in UTF-8', (file: string) => writeFileSync(file, Buffer.from('{"platform": "douyin\xff"}', 'latin1')), 'not valid UTF-8 (save the file as UTF-8)'],
    ['a link to nothing', (file: string) => symlinkSync('gone.json', file), 'no such file (a link to a file that is not there)'],
    ['a loop of links', (file: string) => symlinkSync('linkcheck.config.json', file), 'its links lead round in a loop'],
  ])('a configuration file that is %s is refused in one line, exit 2, at once', async (_what, make, reason) => {
    // A file above that would answer otherwise: the project's own is not passed over for it.
    const { root } = project({ 'linkcheck.config.json': '{"platform": "douyin"}' });
    const inner = join(root, 'inner');
    mkdirSync(join(inner, '.git'), { recursive: true });
    make(join(inner, 'linkcheck.config.json'));
    const run = await inFolder(inner, CHECK);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `linkcheck: ${join(inner, 'linkcheck.config.json')}: cannot be read: ${reason}; see "Configuration file" in the README (--no-config ignores the file)\n`]);
    expect(linkcheck(inner, PLAIN)).toEqual({ code: 2, stdout: '', stderr: run.stderr });
    expect((await inFolder(inner, [...CHECK, '--no-config'])).code).toBe(0);
  });

  it('a package.json that is a pipe holds no configuration, and is not waited on', async () => {
    const { inside } = project({});
    spawnSync('mkfifo', [join(inside, 'package.json')]);
    expect((await inFolder(inside, CHECK)).code).toBe(0);
    expect(linkcheck(inside, PLAIN).code).toBe(0);
  });

  // A LINKCHECK_* variable the command reads is refused naming the variable, not an option never
  // typed, as the file's keys are; the option, when given, is what is read; an empty one is no setting.
  it.each([
    ['LINKCHECK_MAX_STALENESS', '2 years', 'check', '--max-staleness', '1y', 'LINKCHECK_MAX_STALENESS in the environment: --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit', '环境变量 LINKCHECK_MAX_STALENESS：--max-staleness 需要一个最多五位的整数（0 到 99999）加单位'],
    ['LINKCHECK_MAX_STALENESS', '100000d', 'check', '--max-staleness', '1y', 'LINKCHECK_MAX_STALENESS in the environment: --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "100000d"', '环境变量 LINKCHECK_MAX_STALENESS：--max-staleness 需要一个最多五位的整数（0 到 99999）加单位：d（天）、w（周）、m（月）或 y（年），如 365d 或 2y，而不是 "100000d"'],
    ['LINKCHECK_MAX_STALENESS', '2 years', 'batch', '--max-staleness', '1y', 'LINKCHECK_MAX_STALENESS in the environment: --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit', '环境变量 LINKCHECK_MAX_STALENESS：--max-staleness 需要一个最多五位的整数（0 到 99999）加单位'],
    ['LINKCHECK_PLATFORM', 'weibo', 'check', '-p', 'kuaishou', 'LINKCHECK_PLATFORM in the environment: unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat', '环境变量 LINKCHECK_PLATFORM：未知平台 "weibo"'],
    ['LINKCHECK_PLATFORM', 'weibo', 'batch', '-p', 'kuaishou', 'LINKCHECK_PLATFORM in the environment: unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat', '环境变量 LINKCHECK_PLATFORM：未知平台 "weibo"'],
    ['LINKCHECK_FAIL_ON', 'maybe', 'batch', '--fail-on', 'denied', 'LINKCHECK_FAIL_ON in the environment: --fail-on takes outcomes separated by commas (denied, rolling-out, unknown, stale, error), or "none" or "all"; not "maybe"', '环境变量 LINKCHECK_FAIL_ON：--fail-on 需要以逗号分隔的结果'],
  ])('%s=%s for a %s is refused with its name, exit 2, unless its option is given', async (name, value, command, option, given, english, chinese) => {
    const { root, inside } = project({ 'plan.csv': 'source,surface,date\nyouzan,live-cart,2021-06-01\n' });
    const args = command === 'check' ? PLAIN : ['batch', join(root, 'plan.csv')];
    const run = await inFolder(inside, args, { [name]: value });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr.startsWith(`linkcheck: ${english}`)).toBe(true);
    expect(run.stderr.trimEnd()).toMatch(/; correct the variable or unset it$/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const json = await inFolder(inside, [...args, '--json'], { [name]: value });
    expect((JSON.parse(json.stdout) as { error: { code: string } }).error.code).toBe('bad-environment');
    const zh = await inFolder(inside, [...args, '--lang', 'zh'], { [name]: value });
    expect(zh.stderr.startsWith(`linkcheck: ${chinese}`)).toBe(true);
    expect(zh.stderr.trimEnd()).toMatch(/；请改正该变量，或取消设置$/);
    expect((await inFolder(inside, [...args, option, given], { [name]: value })).code).not.toBe(2);
    expect((await inFolder(inside, args, { [name]: '' })).code).not.toBe(2);
    // Through the bin as a user runs it, the quick paths included.
    const bin = linkcheck(inside, args, { [name]: value });
    expect([bin.code, bin.stderr]).toEqual([2, run.stderr]);
  });

  it.each([
    ['linkcheck.config.json', { failOn: `denied${','.repeat(70_000)}` }, '"failOn"'],
    ['package.json', { name: 'shop', linkcheck: { platform: 'a'.repeat(70_000) } }, '"linkcheck.platform"'],
  ])('%s: a setting past 64 KiB is refused naming the file and its key, exit 2', async (name, json, key) => {
    const { root, inside } = project({ [name]: JSON.stringify(json) });
    const run = await inFolder(inside, PLAIN);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `linkcheck: ${join(root, name)}: ${key} is longer than 64 KiB (65536 bytes); give a shorter value\n`]);
    expect((await inFolder(inside, [...PLAIN, '--lang', 'zh'])).stderr).toBe(`linkcheck: ${join(root, name)}：${key} 超过 64 KiB（65536 字节）；请给出更短的值\n`);
    // Through the bin as a user runs it, the quick paths included.
    expect(linkcheck(inside, PLAIN)).toEqual({ code: 2, stdout: '', stderr: run.stderr });
  });

  it('leaves a variable the command does not read unread: LINKCHECK_FAIL_ON for a check', async () => {
    const { inside } = project({});
    expect((await inFolder(inside, PLAIN, { LINKCHECK_FAIL_ON: 'maybe' })).code).toBe(0);
    expect(linkcheck(inside, PLAIN, { LINKCHECK_FAIL_ON: 'maybe' }).code).toBe(0);
  });

  it("README's example: Douyin by default, its rule file, zh, the batch policy", async () => {
    const readme = allDocs();
    const example = /<!-- example: linkcheck\.config\.json -->\n```json\n([\s\S]*?)```/.exec(readme)![1]!;
    const { root, inside } = project({ 'linkcheck.config.json': example, 'plan.csv': 'source,surface,date\npinduoduo,live-cart,2020-11-01\n' });
    mkdirSync(join(root, 'placements'));
    cpSync(join(ROOT, 'test', 'fixtures', 'views', 'midday.json'), join(root, 'placements', 'our-rules.json'));
    expect(linkcheck(inside, PLAIN).stdout).toMatch(/^禁止  有赞 · 抖音 直播间购物车/);
    expect((await inFolder(inside, ['platforms'])).stdout).toMatch(/^testshop /m);
    expect((await inFolder(root, ['batch', 'plan.csv'])).code).toBe(1);
  });

  it('stops at the git root: a file above the repository is not read', async () => {
    const { root } = project({ 'linkcheck.config.json': '{"platform": "douyin"}' });
    const repository = join(root, 'repo');
    mkdirSync(join(repository, '.git'), { recursive: true });
    expect((await inFolder(repository, CHECK)).code).toBe(0);
    expect(quickCheck(PLAIN, {}, repository)).toBeDefined();
  });
});

// The quick paths read a configuration file as the full CLI does (src/cli/quick-config.ts): the
// same answer, byte for byte, from their own bundle and dist/config-read.cjs beside it; a file with
// a problem, or that names rule files, is left to the full CLI, which words the problem or loads the files.
describe('a quick path with a configuration file', () => {
  const SHOP = readFileSync(join(ROOT, 'test', 'fixtures', 'views', 'midday.json'), 'utf8');
  const PLAN = 'source,surface,date\nyouzan,live-cart,2021-06-01\njd,short-video-cart,2026-06-01\n';
  it.each<[string, Record<string, string>, string[], Record<string, string>, string | undefined]>([
    ['a platform', { 'linkcheck.config.json': '{"platform": "douyin"}' }, PLAIN, {}, 'plain-check.cjs'],
    ['a platform, with -p', { 'linkcheck.config.json': '{"platform": "douyin"}' }, [...PLAIN, '-p', 'kuaishou', '--json'], {}, 'plain-check.cjs'],
    ['its language', { 'linkcheck.config.json': '{"platform": "douyin", "lang": "zh"}' }, PLAIN, { LANG: 'en_US.UTF-8' }, 'plain-check.cjs'],
    ['its language, with --lang', { 'linkcheck.config.json': '{"lang": "zh"}' }, [...PLAIN, '--lang', 'en'], {}, 'plain-check.cjs'],
    ['a staleness and a batch\'s fail-on', { 'linkcheck.config.json': '{"maxStaleness": "18m", "failOn": ["denied", "unknown"]}' }, ['jd', 'short-video-cart', '2026-06-01'], {}, 'plain-check.cjs'],
    ['a staleness, with --max-staleness', { 'linkcheck.config.json': '{"maxStaleness": "18m"}' }, ['jd', 'short-video-cart', '2026-06-01', '--max-staleness', '20y'], {}, 'plain-check.cjs'],
    ['a "linkcheck" key of package.json', { 'package.json': '{"name": "shop", "version": "1.0.0", "version": "1.0.1", "linkcheck": {"platform": "douyin"}}' }, PLAIN, {}, 'plain-check.cjs'],
    ['a byte order mark', { 'linkcheck.config.json': '\uFEFF{"platform": "douyin", "$schema": "x"}' }, PLAIN, {}, 'plain-check.cjs'],
    ['matrix, its platform and language', { 'linkcheck.config.json': '{"platform": "douyin", "lang": "zh"}' }, ['matrix'], {}, 'quick-matrix.cjs'],
    ['timeline, its platform', { 'linkcheck.config.json': '{"platform": "xiaohongshu"}' }, ['timeline'], {}, 'quick-timeline.cjs'],
    ['rules list, its language', { 'package.json': '{"linkcheck": {"lang": "zh"}}' }, ['rules', 'list'], {}, 'quick-rules.cjs'],
    ['a batch, its platform, staleness and fail-on', { 'linkcheck.config.json': '{"platform": "douyin", "maxStaleness": "18m", "failOn": "denied,unknown,stale"}', 'plan.csv': PLAN }, ['batch', 'plan.csv'], {}, 'quick-batch.cjs'],
    ['a batch, its language', { 'linkcheck.config.json': '{"lang": "zh", "failOn": ["denied"]}', 'plan.csv': PLAN }, ['batch', 'plan.csv'], {}, 'quick-batch.cjs'],
    ['--version, its language', { 'linkcheck.config.json': '{"platform": "douyin", "lang": "zh"}' }, ['--version'], { LANG: 'en_US.UTF-8' }, 'plain-check.cjs'],
    ['-V, a "linkcheck" key of package.json without a language', { 'package.json': '{"name": "shop", "linkcheck": {"failOn": "denied"}}' }, ['-V'], { LANG: 'zh_CN.UTF-8' }, 'plain-check.cjs'],
    // A platform is known only once a command loads the rules: --version loads none but the built-in record's.
    ['--version, an unknown platform', { 'linkcheck.config.json': '{"platform": "weibo"}' }, ['--version'], {}, 'plain-check.cjs'],
    // Left to the full CLI. A platform no rule defines is known only once the rules are loaded: the
    // check fails, and the full CLI refuses it naming the file.
    ['an unknown platform', { 'linkcheck.config.json': '{"platform": "weibo"}' }, PLAIN, {}, undefined],
    ['an unknown platform in package.json', { 'package.json': '{"linkcheck": {"platform": "weibo"}}' }, [...PLAIN, '--json'], {}, undefined],
    ['a batch, an unknown platform', { 'linkcheck.config.json': '{"platform": "weibo"}', 'plan.csv': PLAN }, ['batch', 'plan.csv'], {}, undefined],
    ['rule files', { 'linkcheck.config.json': '{"rules": ["shop.json"]}', 'shop.json': SHOP }, ['youzan', 'live-cart', '2021-06-01', '-p', 'testshop'], {}, undefined],
    ['matrix, rule files', { 'linkcheck.config.json': '{"rules": ["shop.json"], "platform": "testshop"}', 'shop.json': SHOP }, ['matrix'], {}, undefined],
    ['a rule file that is not there', { 'linkcheck.config.json': '{"rules": ["none.json"]}' }, PLAIN, {}, undefined],
    ['an empty platform', { 'linkcheck.config.json': '{"platform": ""}' }, PLAIN, {}, undefined],
    ['an unknown key', { 'linkcheck.config.json': '{"platfrom": "douyin"}' }, PLAIN, {}, undefined],
    ['rules list, a language not offered', { 'package.json': '{"linkcheck": {"lang": "fr"}}' }, ['rules', 'list'], {}, undefined],
    ['a key written twice', { 'linkcheck.config.json': '{"platform": "douyin", "platform": "kuaishou"}' }, PLAIN, {}, undefined],
    ['a staleness it cannot read', { 'linkcheck.config.json': '{"maxStaleness": "2 years"}' }, PLAIN, {}, undefined],
    ['a batch, a fail-on it cannot read', { 'linkcheck.config.json': '{"failOn": "denied,maybe"}', 'plan.csv': PLAN }, ['batch', 'plan.csv'], {}, undefined],
    ['no JSON', { 'linkcheck.config.json': '{"platform": "douyin",}' }, ['timeline'], {}, undefined],
    ['--version, an unknown key', { 'linkcheck.config.json': '{"platfrom": "douyin"}' }, ['--version'], {}, undefined],
    ['--version, a language not offered', { 'package.json': '{"linkcheck": {"lang": "fr"}}' }, ['-V'], {}, undefined],
    ['--version, rule files', { 'linkcheck.config.json': '{"rules": ["shop.json"], "lang": "zh"}', 'shop.json': SHOP }, ['--version'], {}, undefined],
    // A setting longer than an argument may be is refused before any command, whether it reads it or not.
    ['a fail-on past 64 KiB, for a check that does not read it', { 'linkcheck.config.json': JSON.stringify({ failOn: `denied${','.repeat(70_000)}` }) }, PLAIN, {}, undefined],
    ['a platform past 64 KiB, for --version', { 'linkcheck.config.json': JSON.stringify({ platform: 'a'.repeat(70_000) }) }, ['--version'], {}, undefined],
    ['a staleness past 64 KiB, for a batch', { 'linkcheck.config.json': JSON.stringify({ maxStaleness: '1'.repeat(70_000) }), 'plan.csv': PLAN }, ['batch', 'plan.csv'], {}, undefined],
    ['a fail-on past 64 KiB, for matrix', { 'package.json': JSON.stringify({ linkcheck: { failOn: `denied${','.repeat(70_000)}` } }) }, ['matrix'], {}, undefined],
  ])('%s: the full CLI\'s answer', async (_name, files, argv, env, bundle) => {
    const { root } = project(files);
    const { bin, main } = await withinOneMinute(async () => ({ bin: linkcheck(root, argv, env), main: await inFolder(root, argv, env) }));
    expect(bin).toEqual(main);
    const loaded = loadedBundles(root, argv, { NO_COLOR: '1', ...env });
    const own = loaded[0]!;
    expect(loaded.slice(1, 2)).toEqual(['config-read.cjs']);
    // Answered by its own bundle, or by the full CLI after it.
    expect(loaded.includes('cli.cjs') ? undefined : own).toEqual(bundle);
  });

  // Help is printed from the text the build wrote (dist/help), in the file's language: the check's
  // bundle reads the file first, and a file with a problem or rule files leaves help to the full CLI.
  it.each<[string, Record<string, string>, string[], Record<string, string>, boolean]>([
    ['its language', { 'linkcheck.config.json': '{"lang": "zh"}' }, ['--help'], { LANG: 'en_US.UTF-8' }, true],
    ['a "linkcheck" key of package.json', { 'package.json': '{"name": "shop", "linkcheck": {"platform": "douyin", "failOn": "denied", "maxStaleness": "18m"}}' }, ['batch', '--help'], {}, true],
    ['its platform and language', { 'linkcheck.config.json': '{"platform": "douyin", "lang": "zh"}' }, ['matrix', '-h'], { LANG: 'en_US.UTF-8' }, true],
    ['no language, a Chinese locale', { 'linkcheck.config.json': '{"platform": "wechat"}' }, ['timeline', '--help'], { LANG: 'zh_CN.UTF-8' }, true],
    ['an unknown key', { 'linkcheck.config.json': '{"platfrom": "douyin"}' }, ['--help'], {}, false],
    ['a platform of another type', { 'linkcheck.config.json': '{"platform": 3}' }, ['matrix', '--help'], {}, false],
    ['no JSON', { 'linkcheck.config.json': '{"lang": "zh",}' }, ['rules', '-h'], {}, false],
    ['rule files', { 'linkcheck.config.json': '{"rules": ["shop.json"], "lang": "zh"}', 'shop.json': SHOP }, ['rules', '--help'], {}, false],
    ['a platform past 64 KiB', { 'linkcheck.config.json': JSON.stringify({ platform: 'a'.repeat(70_000), lang: 'zh' }) }, ['--help'], {}, false],
  ])('help, %s: the full CLI\'s text', async (_name, files, argv, env, quick) => {
    const { root } = project(files);
    expect(linkcheck(root, argv, env)).toEqual(await inFolder(root, argv, env));
    const loaded = loadedBundles(root, argv, { NO_COLOR: '1', ...env });
    expect(loaded.slice(0, 3)).toEqual(['quick.cjs', 'plain-check.cjs', 'config-read.cjs']);
    expect(loaded.includes('cli.cjs')).toBe(!quick);
  });
});
