// Issue 7, "Rough edges a new user hits": each example with the answer it should have.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, runMain } from './run-main.js';
import { tempFolder } from '../helpers/temp.js';

const SOURCES = 'taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop';

describe('help', () => {
  it.each([
    [['help'], 'Usage: linkcheck [options] [command] <source> <surface> [date]'],
    [['help', 'rules'], 'Usage: linkcheck rules [options] <command>'],
    [['help', 'classify'], 'Usage: linkcheck classify [options] <input...>'],
    [['rules', 'help', 'list'], 'Usage: linkcheck rules list [options]'],
  ])('%j prints help on stdout and exits 0', async (argv, usage) => {
    const run = await runMain(argv);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith(usage)).toBe(true);
  });

  it.each([
    [['rules'], '"linkcheck rules" needs a subcommand: lint, schema, list, show (see "linkcheck rules --help")'],
    [['rules', 'lnt'], 'unknown command "rules lnt"; did you mean "rules lint"? see "linkcheck --help"'],
    [['help', 'nosuch'], 'unknown command "nosuch"; see "linkcheck --help"'],
    [['rules', 'help', 'nosuch'], 'unknown command "rules nosuch"; see "linkcheck --help"'],
    [['help', 'matirx'], 'unknown command "matirx"; did you mean "matrix"? see "linkcheck --help"'],
    [['rules', 'help', 'lnt'], 'unknown command "rules lnt"; did you mean "rules lint"? see "linkcheck --help"'],
    // An option's value before the help command is not a command: the topic is still refused in one line.
    [['--lang', 'zh', 'help', 'nosuch'], '未知命令 "nosuch"；见 "linkcheck --help"'],
    [['--lang', 'zh', 'help', 'timelin'], '未知命令 "timelin"；你是不是想输入 "timeline"？见 "linkcheck --help"'],
    [['-p', 'douyin', 'help', 'nosuch'], 'unknown command "nosuch"; see "linkcheck --help"'],
    [['rules', '--lang', 'en', 'help', 'nosuch'], 'unknown command "rules nosuch"; see "linkcheck --help"'],
    [['rules', 'list', 'extra'], 'too many arguments for "rules list": expected at most 0, got 1 (see "linkcheck rules list --help")'],
    [['rules', 'show', 'a', 'b'], 'too many arguments for "rules show": expected at most 1, got 2 (see "linkcheck rules show --help")'],
  ])('%j is one line on stderr, not a help', async (argv, line) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: ${line}\n` });
  });

  it('lists the help command and the new exit codes', async () => {
    const run = await runMain(['--help']);
    expect(run.stdout).toContain('help [command]');
    expect(run.stdout).toContain('74 standard output could not be written');
  });
});

describe('arguments in the wrong place', () => {
  it.each([
    [['快手', 'taobao', 'live-cart'], 'linkcheck: "快手" is a platform, not a source; did you mean -p 快手? (linkcheck -p 快手 <source> <surface> [date])'],
    [['快手', 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: too many arguments: expected at most 3 (source, surface, date), got 4; "快手" is a platform: did you mean -p 快手?'],
    [['live-cart', 'taobao', '2022-06-01'], 'linkcheck: "live-cart" is a surface and "taobao" a source: the source comes first (linkcheck taobao live-cart 2022-06-01)'],
    [['直播间购物车', '淘宝'], 'linkcheck: "直播间购物车" is a surface and "淘宝" a source: the source comes first (linkcheck 淘宝 直播间购物车 [date])'],
    [['复制这条信息', '￥AEpabxiRg0u￥', 'live-cart', '2022-06-01'], 'linkcheck: too many arguments: expected at most 3 (source, surface, date), got 4 (quote a share text that has spaces)'],
    // In Chinese, every word of it: the operands' names and the hint too.
    [['--lang', 'zh', '快手', 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: 参数过多：最多 3 个（来源、场景、日期），实际 4 个；"快手" 是平台：你是不是想用 -p 快手？'],
    [['--lang', 'zh', 'taobao', 'live-cart', '2022-06-01', 'x', 'y'], 'linkcheck: 参数过多：最多 3 个（来源、场景、日期），实际 5 个（含空格的分享文本请加引号）'],
  ])('%j says what was meant', async (argv, line) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe('options before a subcommand are honoured or refused', () => {
  it('--json before rules list prints JSON', async () => {
    const run = await runMain(['--json', 'rules', 'list']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).platforms).toHaveLength(4);
  });

  it.each([
    [['-p', 'douyin', 'rules', 'list', '--json']],
    [['rules', 'list', '-p', 'douyin', '--json']],
    [['-p', '抖音', 'rules', 'list', '-p', 'douyin', '--json']],
  ])('%j lists Douyin only', async (argv) => {
    const run = await runMain(argv);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.stdout);
    expect(listing.platforms.map((platform: { id: string }) => platform.id)).toEqual(['douyin']);
    expect(new Set(listing.rules.map((rule: { id: string }) => rule.id.split('-')[0]))).toEqual(new Set(['douyin']));
  });

  it.each([
    [['-p', 'douyin', 'rules', 'list', '-p', 'kuaishou'], '-p, --platform was given twice with different values, "douyin" and "kuaishou"; give it once'],
    // Twice at one level, with different values: commander would keep the last without a word.
    [['-p', 'douyin', '-p', 'kuaishou', 'tmall', 'live-cart', '2022-11-15'], '-p, --platform was given twice with different values, "douyin" and "kuaishou"; give it once'],
    [['--platform=douyin', '-pkuaishou', 'tmall', 'live-cart'], '-p, --platform was given twice with different values, "douyin" and "kuaishou"; give it once'],
    [['tmall', 'live-cart', '--as-known-on', '2022-01-01', '--as-known-on', '2022-02-01'], '--as-known-on was given twice with different values, "2022-01-01" and "2022-02-01"; give it once'],
    [['batch', 'plan.csv', '--fail-on', 'denied', '--fail-on', 'none'], '--fail-on was given twice with different values, "denied" and "none"; give it once'],
    [['-p', 'douyin', 'rules', 'show', 'douyin-own-shop'], '-p, --platform does not apply to "linkcheck rules show"; give it to a check or leave it out'],
    [['-p', 'douyin', 'classify', 'taobao'], '-p, --platform does not apply to "linkcheck classify"; give it to a check or leave it out'],
    [['--as-known-on', '2022-01-01', 'rules', 'list'], '--as-known-on does not apply to "linkcheck rules list"; give it to a check or leave it out'],
    [['--fail-on-stale', 'rules', 'lint'], '--fail-on-stale does not apply to "linkcheck rules lint"; give it to a check or leave it out'],
    [['--rules', 'x.json', 'rules', 'schema'], '--rules does not apply to "linkcheck rules schema"; give it to a check or leave it out'],
    [['-v', 'matrix'], '-v, --explain does not apply to "linkcheck matrix"; give it to a check or leave it out'],
    [['--explain', 'batch', 'plan.csv'], '-v, --explain does not apply to "linkcheck batch"; give it to a check or leave it out'],
    [['--max-staleness', '1d', 'rules', 'list'], '--max-staleness does not apply to "linkcheck rules list"; give it to a check or leave it out'],
    [['--fail-on-stale', 'batch', 'plan.csv'], '--fail-on-stale does not apply to "linkcheck batch"; give it to a check or leave it out'],
    // --json and the rule options, before a command that has no such option of its own.
    [['--rules', 'x.json', 'version'], '--rules does not apply to "linkcheck version"; give it to a check or leave it out'],
    [['--no-builtin-rules', 'version'], '--no-builtin-rules does not apply to "linkcheck version"; give it to a check or leave it out'],
    [['--no-builtin-rules', 'rules', 'schema'], '--no-builtin-rules does not apply to "linkcheck rules schema"; give it to a check or leave it out'],
  ])('%j is refused', async (argv, line) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: ${line}\n` });
  });

  it.each([
    [['--json', 'version'], 'version'],
    [['--json', 'completion', 'bash'], 'completion'],
  ])('%j is refused, in JSON on stdout too, not answered in text', async (argv, command) => {
    const line = `--json does not apply to "linkcheck ${command}"; give it to a check or leave it out`;
    const run = await runMain(argv);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${line}\n`]);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'option-not-for-command', message: line, exitCode: 2 } });
  });

  it.each([
    [['--json', 'classify', 'taobao']],
    [['--json', 'rules', 'schema']],
    [['--json', 'coverage', '-p', 'douyin']],
    [['--rules', 'rules', 'platforms', '--json']],
  ])('%j, a command with the option, takes it', async (argv) => {
    const run = await runMain(argv);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it.each([
    [['--json', 'serve', '--port', '70000'], 'bad-option-number'],
    [['--json', 'rules'], 'missing-command'],
    [['--json', 'rules', 'lnt'], 'unknown-command'],
  ])('%j prints its error as JSON: serve prints nothing else on stdout, "rules" alone only refuses', async (argv, code) => {
    const run = await runMain(argv);
    expect([run.code, JSON.parse(run.stdout).error.code]).toEqual([2, code]);
  });

  describe('the options "batch" shares with the program, given before it, are its own', () => {
    // No platform column, and days long after the record's evidence: -p and --max-staleness change the answers.
    const plan = join(tempFolder('linkcheck-batch-before-'), 'plan.csv');
    writeFileSync(plan, 'source,surface,date\ntaobao,live-cart,2022-06-01\njd,live-cart,2026-06-01\n');
    it.each([
      ['--json', ['--json', 'batch', plan], ['batch', plan, '--json']],
      ['-p', ['-p', 'douyin', 'batch', plan, '--json'], ['batch', plan, '-p', 'douyin', '--json']],
      ['--as-known-on', ['--as-known-on', '2021-01-01', 'batch', plan, '--json'], ['batch', plan, '--as-known-on', '2021-01-01', '--json']],
      ['--max-staleness', ['--max-staleness', '0d', 'batch', plan, '--json', '--fail-on', 'stale'], ['batch', plan, '--max-staleness', '0d', '--json', '--fail-on', 'stale']],
      ['-p after it, over the one before it', ['-p', 'kuaishou', 'batch', plan, '-p', 'douyin', '--json'], ['batch', plan, '-p', 'douyin', '--json']],
    ])('%s', async (name, before, after) => {
      // Without the option the answer differs: the test sees whether it was read.
      const without = name === '--json' ? ['batch', plan] : ['batch', plan, '--json'];
      const [given, expected, plain] = [await runMain(before), await runMain(after), await runMain(without)];
      expect(given).toEqual(expected);
      expect(given.stdout).not.toBe(plain.stdout);
    });
  });

  it.each([
    [['rules', 'list', '--no-color']],
    [['--no-color', 'rules', 'list']],
    [['rules', '--no-color', 'list']],
    [['rules', 'show', 'douyin-own-shop', '--no-color']],
    [['rules', 'lint', '--no-color']],
    [['rules', 'schema', '--no-color']],
    [['classify', 'taobao', '--no-color']],
    [['taobao', 'live-cart', '2022-02-01', '--no-color']],
  ])('%j takes --no-color', async (argv) => {
    // The clock's today: the built-in files were reviewed after NOW, which `rules lint` refuses (reviewed-in-future).
    const run = await runMain(argv, { tty: true, now: Date.now() });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).not.toMatch(RAW_CONTROL);
  });

  it.each([
    [['-q', 'rules', 'list'], 0],
    [['-q', 'classify', 'taobao'], 0],
    [['-q', 'rules', 'show', 'douyin-own-shop'], 0],
    [['-q', 'matrix', '2022-06-01'], 0],
    [['-q', 'diff', '2022-02-28', '2022-03-01'], 1],
    [['-q', 'timeline', 'jd', 'live-cart'], 0],
    [['-q', 'batch', fileURLToPath(new URL('./fixtures/plan.xlsx', import.meta.url))], 0],
  ])('%j prints nothing and exits %i', async (argv, code) => {
    expect(await runMain(argv)).toEqual({ code, stdout: '', stderr: '' });
  });

  it.each([
    [{}, 0],
    [{ LINKCHECK_PLATFORM: '' }, 0],
    [{ LINKCHECK_PLATFORM: 'douyin' }, 1],
    [{ LINKCHECK_PLATFORM: '抖音' }, 1],
  ])('batch takes the platform of rows without one from %j, as a check does', async (env, code) => {
    const plan = join(tempFolder('linkcheck-edges-'), 'plan.csv');
    writeFileSync(plan, 'source,surface,date\njd,live-cart,2021-06-01\n');
    expect((await runMain(['batch', plan], { env })).code).toBe(code);
    expect((await runMain(['jd', 'live-cart', '2021-06-01'], { env })).code).toBe(code);
  });
});

describe('suggestions only when close enough to help', () => {
  it.each([
    [['rules', 'show', 'kuaishou-2022-03-jd'], 'no rule with id "kuaishou-2022-03-jd"; did you mean "kuaishou-2022-03-jd-live-cart-cut" or "kuaishou-2022-03-jd-other-surfaces-kept"? "linkcheck rules list" lists them'],
    [['rules', 'show', 'douyin-own-shap'], 'no rule with id "douyin-own-shap"; did you mean "douyin-own-shop"? "linkcheck rules list" lists them'],
    // The choices joined in the reader's language.
    [['--lang', 'zh', 'rules', 'show', 'kuaishou-2022-03-jd'], '没有 id 为 "kuaishou-2022-03-jd" 的规则；你是不是想输入 "kuaishou-2022-03-jd-live-cart-cut" 或 "kuaishou-2022-03-jd-other-surfaces-kept"？"linkcheck rules list" 列出全部规则'],
    // Three choices, each whole: they are the record's ids, not what the user typed.
    [['rules', 'show', 'kuaishou-2022'], 'no rule with id "kuaishou-2022"; did you mean "kuaishou-2022-03-taobao-cut", "kuaishou-2022-03-jd-live-cart-cut" or "kuaishou-2022-03-jd-other-surfaces-kept"? "linkcheck rules list" lists them'],
    [['--lang', 'zh', 'rules', 'show', 'kuaishou-2022'], '没有 id 为 "kuaishou-2022" 的规则；你是不是想输入 "kuaishou-2022-03-taobao-cut"、"kuaishou-2022-03-jd-live-cart-cut" 或 "kuaishou-2022-03-jd-other-surfaces-kept"？"linkcheck rules list" 列出全部规则'],
    [['--lang', 'zh', 'rules', 'show', 'douyin-own-shap'], '没有 id 为 "douyin-own-shap" 的规则；你是不是想输入 "douyin-own-shop"？"linkcheck rules list" 列出全部规则'],
    [['rules', 'show', 'nothing-like-it'], 'no rule with id "nothing-like-it"; "linkcheck rules list" lists them'],
    [['苏宁', 'live-cart'], `unknown source "苏宁"; valid: ${SOURCES} ("linkcheck rules list" shows aliases)`],
    [['taobo', 'live-cart'], `unknown source "taobo"; did you mean "taobao"? valid: ${SOURCES} ("linkcheck rules list" shows aliases)`],
    [['jb', 'live-cart'], `unknown source "jb"; valid: ${SOURCES} ("linkcheck rules list" shows aliases)`],
  ])('%j', async (argv, line) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: ${line}\n` });
  });
});

describe('小黄车 names two surfaces', () => {
  const choices = '直播间小黄车 → live-cart, 短视频小黄车 → short-video-cart; say which';
  it.each([
    [['taobao', '小黄车', '2022-06-01'], `"小黄车" names more than one surface on kuaishou: ${choices}`],
    [['taobao', '小黃車', '2022-06-01'], `"小黃車" names more than one surface on kuaishou: ${choices}`],
    [['-p', '抖音', 'jd', '购物车'], `"购物车" names more than one surface on douyin: ${choices}`],
    [['rules', 'list', '--surface', '小黄车'], `"小黄车" names more than one surface on kuaishou: ${choices}`],
  ])('%j is refused with both', async (argv, line) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: ${line}\n` });
  });

  it.each([
    ['直播间小黄车', 1, 'denied'],
    ['直播間小黃車', 1, 'denied'],
    ['短视频小黄车', 0, 'allowed'],
    ['短視頻', 0, 'allowed'],
  ])('%s is one surface: jd on 2022-06-01 is %s', async (surface, code, verdict) => {
    const run = await runMain(['jd', surface, '2022-06-01']);
    expect(run.code).toBe(code);
    expect(run.stdout.startsWith(`${verdict} `)).toBe(true);
  });
});

describe('a stretch of time', () => {
  // 13:00-14:00 read as 13:00 at UTC-14:00 is 11:00 the next day in Beijing, when Tmall was rolling out.
  it('is refused, not read as its start at an offset west of UTC', async () => {
    const run = await runMain(['tmall', 'live-cart', '2022-10-27 13:00-14:00', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: 'bad-date', message: expect.stringMatching(/^"2022-10-27 13:00-14:00" is a stretch of time, not one moment: /u) });
    expect((await runMain(['tmall', 'live-cart', '2022-10-27 13:00'])).code).toBe(1);
    // The instant's own form is read as written: 13:00 at UTC-14:00.
    expect(JSON.parse((await runMain(['tmall', 'live-cart', '2022-10-27T13:00-14:00', '--json'])).stdout)).toMatchObject({ at: '2022-10-28T11:00:00+08:00', verdict: 'rolling-out' });
  });
});

describe('--json errors', () => {
  it.each([
    [['taobo', 'live-cart', '--json'], 'unknown-source', 'unknown source "taobo"; did you mean "taobao"?'],
    [['taobao', 'live-cart', '--json', '--colour'], 'unknown-option', 'unknown option "--colour"; see "linkcheck --help"'],
    [['--json', 'taobao'], 'missing-argument', 'missing required argument <surface> (see "linkcheck --help")'],
    [['taobao', '小黄车', '--json'], 'ambiguous-surface', '"小黄车" names more than one surface on kuaishou'],
    [['taobao', 'live-cart', '2022-13-01', '--json'], 'bad-date', '2022-13-01'],
    [['javascript:alert(1)', 'live-cart', '--json'], 'bad-source', '"javascript:alert(1)" is not a web link'],
    [['classify', 'taobao', 'data:text/html,hi', '--json'], 'bad-source', '"data:text/html,hi" is not a web link'],
    [['rules', 'show', 'nope', '--json'], 'unknown-rule', 'no rule with id "nope"'],
    [['--json', 'rules', 'list', '--source', 'nope'], 'unknown-source', 'unknown source "nope"'],
    [['--json', 'taobao', 'x'.repeat(70_000)], 'argument-too-long', 'argument 3 is longer than 64 KiB'],
  ])('%#: prints {"error": …} on stdout and one line on stderr', async (argv, code, message) => {
    const run = await runMain(argv);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.stdout);
    expect(error).toEqual({ code, message: expect.stringContaining(message), exitCode: 2 });
    expect(run.stderr).toBe(`linkcheck: ${error.message}\n`);
  });

  it.each([
    [['diff'], 'missing required argument <date1> (see "linkcheck diff --help")'],
    [['--platform', 'douyin', 'diff', '2022-01-01'], 'missing required argument <date2> (see "linkcheck diff --help")'],
    [['rules', 'show'], 'missing required argument <id> (see "linkcheck rules show --help")'],
    [['--lang=en', 'batch'], 'missing required argument <file> (see "linkcheck batch --help")'],
    [['rules', 'show', '--rules'], 'option --rules <path> needs a value (see "linkcheck rules show --help")'],
    [['rules', '--rules', 'x', 'show'], 'unknown option "--rules"; see "linkcheck rules --help"'],
    [['batch', '--bogus', 'plan.csv'], 'unknown option "--bogus"; see "linkcheck batch --help"'],
    [['taobao', 'live-cart', '--bogus'], 'unknown option "--bogus"; see "linkcheck --help"'],
    [['--lang', 'zh', 'diff'], '缺少必需参数 <date1>（见 "linkcheck diff --help"）'],
    // "--" ends a command's options; commander still runs the subcommand the word after it names.
    [['--', 'rules', 'show'], 'missing required argument <id> (see "linkcheck rules show --help")'],
    [['rules', '--', 'show'], 'missing required argument <id> (see "linkcheck rules show --help")'],
    [['--', 'taobao'], 'missing required argument <surface> (see "linkcheck --help")'],
  ])('%j points to the help of the command it runs', async (argv, message) => {
    const run = await runMain(argv);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${message}\n`]);
  });

  it('prints nothing on stdout for an error under --quiet', async () => {
    const run = await runMain(['taobo', 'live-cart', '--json', '--quiet']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('colour', () => {
  it.each([
    [{}, true],
    [{ TERM: 'dumb' }, false],
    [{ TERM: 'xterm-256color' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb', FORCE_COLOR: '1' }, true],
  ])('on a terminal with %j: coloured %s', async (env, coloured) => {
    const run = await runMain(['taobao', 'live-cart', '2022-06-01'], { env, tty: true });
    expect(run.code).toBe(1);
    expect(run.stdout.includes('\x1b[')).toBe(coloured);
  });
});

/** For each path in the JSON (array positions as []), the types of the values found there, null aside. */
function typesByPath(value: unknown, path = '', found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type !== 'null') found.set(path, (found.get(path) ?? new Set()).add(type));
  if (Array.isArray(value)) for (const item of value) typesByPath(item, `${path}[]`, found);
  else if (type === 'object') for (const [key, item] of Object.entries(value as object)) typesByPath(item, `${path}.${key}`, found);
  return found;
}

describe('JSON fields have one type', () => {
  it('in answers across rules, sources, surfaces and dates, and in rules list and rules show', async () => {
    const outputs: unknown[] = [];
    for (const source of ['taobao', 'jd', 'youzan', 'pinduoduo', 'https://evil.example/x', '复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈']) {
      for (const date of ['2019-12-25', '2021-11-05', '2022-06-01', '2022-10-29', '2022-11-15']) {
        outputs.push(JSON.parse((await runMain([source, 'live-cart', date, '--json'])).stdout));
      }
    }
    outputs.push(JSON.parse((await runMain(['-p', 'douyin', 'jd', 'live-cart', '2020-09-20', '--json'])).stdout));
    const listing = JSON.parse((await runMain(['rules', 'list', '--json'])).stdout);
    const shown = await Promise.all(listing.rules.map(async (rule: { id: string }) => JSON.parse((await runMain(['rules', 'show', rule.id, '--json'])).stdout)));
    for (const [name, values] of [['answers', outputs], ['rules list', [listing]], ['rules show', shown]] as const) {
      const mixed = [...typesByPath(values)].filter(([, types]) => types.size > 1);
      expect(mixed, name).toEqual([]);
    }
  });

  it('a start known only as a window has from and certainFrom', async () => {
    const run = await runMain(['rules', 'show', 'kuaishou-2021-11-service-platforms-cut', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: '2021-11-01T00:00:00+08:00', certainFrom: '2021-11-11T00:00:00+08:00' });
  });

  it('evidence[].published is always {date, earliest, latest, basis}', async () => {
    const run = await runMain(['taobao', 'live-cart', '2022-06-01', '--json']);
    const published = JSON.parse(run.stdout).evidence.map((evidence: { published: unknown }) => evidence.published);
    expect(published).toContainEqual({ date: '2022-02-23', earliest: '2022-02-23', latest: '2022-02-23', basis: null });
    expect(published).toContainEqual({ date: null, earliest: '2022-10-20', latest: '2022-10-24', basis: expect.stringContaining('No date is printed') });
  });

  it('every platform in rules list --json has ambiguousNames', async () => {
    const run = await runMain(['rules', 'list', '--json']);
    for (const platform of JSON.parse(run.stdout).platforms) expect(Array.isArray(platform.ambiguousNames)).toBe(true);
  });
});
