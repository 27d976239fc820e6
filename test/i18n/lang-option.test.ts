// --lang and the locale, run as a user would (colour off, no terminal): the check,
// classify, the batch report and --help in Chinese; --lang en under a Chinese
// locale; a bad --lang refused in one line. JSON stays as it is in every language.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { batch, folder, plan } from '../batch/run.js';
import { cli } from '../helpers/exec.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ZH = { LANG: 'zh_CN.UTF-8' };

describe('the check in Chinese', () => {
  it.each([
    [
      'allowed',
      ['--lang', 'zh', 'jd', 'short-video-cart', '2022-06-01'],
      0,
      [
        '允许  京东联盟 · 快手 短视频购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告、有争议',
        '  原因         2022年3月的公告保留了京东联盟链接在短视频购物车和商品详情页的使用，直到2022年10月的时间段。',
      ],
    ],
    [
      'denied',
      ['jd', 'live-cart', '2022-06-01', '--lang', 'zh'],
      1,
      [
        '禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告',
        '  原因         自北京时间2022年3月1日0时起，快手禁止京东联盟链接进入直播间购物车，直到2022年10月恢复。',
      ],
    ],
    [
      'denied, a group, from the locale',
      ['taobao', 'live-cart', '2022-06-01'],
      1,
      [
        '禁止  淘宝联盟（组：淘宝、天猫） · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告',
        '  原因         自北京时间2022年3月1日0时起，快手禁止淘宝联盟链接进入直播间购物车、短视频购物车和商品详情页，直到2022年10月恢复。',
        '  成员         淘宝：禁止，依据 kuaishou-2022-03-taobao-cut（平台公告）',
        '               天猫：禁止，依据 kuaishou-2022-03-taobao-cut（平台公告）',
      ],
    ],
    [
      'in full, with --explain',
      ['jd', 'live-cart', '2022-06-01', '--lang', 'zh', '--explain'],
      1,
      [
        '禁止  京东联盟 · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai） · 平台公告',
        '  规则         kuaishou-2022-03-jd-live-cart-cut：禁止，自 2022年3月1日 00:00 起至 2022年10月28日 00:00（平台公告）',
        '               自北京时间2022年3月1日0时起，快手禁止京东联盟链接进入直播间购物车，直到2022年10月恢复。',
      ],
    ],
    [
      'unknown, after the last rule',
      ['--lang=zh', 'jd', 'live-cart', '2022-12-15'],
      3,
      [
        '未知  京东联盟 · 快手 直播间购物车 · 2022年12月15日（Asia/Shanghai）',
        '  原因         此时没有记录在案的规则涵盖 快手 直播间购物车 上的 京东联盟',
        '               有记录的最后一条相关规则 kuaishou-2022-10-jd-live-cart-restored（允许）于 2022年12月1日 00:00 结束；之后没有记录',
        '',
      ],
    ],
    [
      'rolling-out',
      ['--lang', 'zh', 'tmall', 'live-cart', '2022-10-29'],
      3,
      [
        '逐步生效中  天猫 · 快手 直播间购物车 · 2022年10月29日（Asia/Shanghai） · 据报道、有争议',
        '  原因         规则 kuaishou-2022-10-tmall-restored 自 2022年10月28日 00:00 起逐步推行，直到 2022年11月1日 00:00；某个链接此时可能已生效，也可能尚未生效',
      ],
    ],
    [
      'a link of no known source',
      ['--lang', 'zh', 'https://evil.example/x', 'live-cart', '2022-06-01', '-v'],
      3,
      [
        '未知  无法识别的链接 evil.example · 快手 直播间购物车 · 2022年6月1日（Asia/Shanghai）',
        '  链接         evil.example → 无已知来源（没有来源列出此主机的域名）',
        '               来源无法识别的链接只适用针对任何来源的规则',
        '  原因         此时没有记录在案的规则涵盖 快手 直播间购物车 上的 evil.example',
        '',
      ],
    ],
    [
      'a share token',
      ['--lang', 'zh', '复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'live-cart', '2022-02-01'],
      0,
      [
        '允许  分享口令 ￥AEpabxiRg0u￥ → 淘宝联盟（组：淘宝、天猫） · 快手 直播间购物车 · 2022年2月1日（Asia/Shanghai） · 据报道',
        '  原因         在2022年切断之前，淘宝联盟（淘宝和天猫）与京东的外链在快手上是开放的。',
        '  成员         淘宝：允许，依据 kuaishou-alliance-links-open-2021（据报道）',
      ],
    ],
  ])('%s', async (_name, args, code, lines) => {
    const run = await cli(args, args.some((arg) => arg.startsWith('--lang')) ? {} : ZH);
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n').slice(0, lines.length)).toEqual(lines);
  });

  it('warns in Chinese when the record is old', async () => {
    const run = await cli(['--lang', 'zh', 'jd', 'live-cart', '2022-12-15']);
    expect(run.stderr).toMatch(/^linkcheck: 警告：快手 直播间购物车 上的 京东联盟 最新的证据来自 2022年10月28日，比所查日期早 1 个月；答案可能已过时（其规则最后审核于 \d{4}年\d{1,2}月\d{1,2}日）\n$/u);
  });

  it.each([
    [['--lang', 'zh', 'taobao', 'live-cart', '2022-02-30'], 'linkcheck: 不存在的日期或时间 "2022-02-30"；可用：2022-06-01、'],
    [['--lang', 'zh', 'javascript:alert(1)', 'live-cart'], 'linkcheck: "javascript:alert(1)" 不是网页链接（不接受 javascript: 链接）；请给出来源 ID 或别名（'],
    [['--lang', 'zh', 'taobao', 'live-cart', '--as-known-on', '2022-10'], 'linkcheck: --as-known-on 需要一个日历日：无法识别的日期 "2022-10"；'],
    [['--lang', 'zh', 'taobao', 'live-cart', '--max-staleness', '3q'], 'linkcheck: --max-staleness 需要一个最多五位的整数（0 到 99999）加单位：'],
  ])('words the reader\'s error in Chinese: %j', async (args, start) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(start)).toBe(true);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('keeps the JSON as it is, the error code too', async () => {
    const args = ['jd', 'live-cart', '2022-06-01', '--json'];
    expect((await cli([...args, '--lang', 'zh'])).stdout).toBe((await cli(args)).stdout);
    const error = JSON.parse((await cli(['--lang', 'zh', 'taobao', 'live-cart', '2022-02-30', '--json'])).stdout) as { error: { code: string } };
    expect(error.error.code).toBe('bad-date');
  });
});

describe('--lang en', () => {
  it.each([
    [['--lang', 'en', 'jd', 'live-cart', '2022-06-01'], 'denied  jd · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced'],
    [['jd', 'live-cart', '2022-06-01', '--lang=en'], 'denied  jd · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced'],
    [['--lang', 'en', '--help'], 'Usage: linkcheck [options] [command] <source> <surface> [date]'],
    [['classify', '京东', '--lang', 'en'], '京东  jd  (alias of jd)'],
  ])('forces English under LANG=zh_CN.UTF-8: %j', async (args, first) => {
    expect((await cli(args, ZH)).stdout.split('\n')[0]).toBe(first);
  });

  it('forces English errors too', async () => {
    expect((await cli(['--lang', 'en', 'nosuch', 'live-cart'], ZH)).stderr).toMatch(/^linkcheck: unknown source "nosuch";/u);
  });
});

describe('a bad --lang', () => {
  it.each([
    [['--lang', 'fr', 'taobao', 'live-cart', '2022-06-01'], {}, 'linkcheck: unsupported --lang "fr"; use en or zh\n'],
    [['taobao', 'live-cart', '--lang=de'], {}, 'linkcheck: unsupported --lang "de"; use en or zh\n'],
    [['classify', 'jd', '--lang', 'fr'], {}, 'linkcheck: unsupported --lang "fr"; use en or zh\n'],
    [['rules', 'list', '--lang', 'fr'], {}, 'linkcheck: unsupported --lang "fr"; use en or zh\n'],
    [['batch', 'plan.csv', '--lang', 'fr'], {}, 'linkcheck: unsupported --lang "fr"; use en or zh\n'],
    [['matrix', '--lang', 'fr'], {}, 'linkcheck: unsupported --lang "fr"; use en or zh\n'],
    [['--lang', 'fr', 'taobao', 'live-cart'], ZH, 'linkcheck: 不支持的 --lang "fr"；可用 en 或 zh\n'],
  ])('%j is one line, exit 2', async (args, env, line) => {
    const run = await cli(args, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(line);
  });
});

describe('classify in Chinese', () => {
  it('explains each input in Chinese; the JSON explanation stays English', async () => {
    const run = await cli(['classify', '--lang', 'zh', 'item.jd.com/1.html', '京东', 'https://x.evil.example/']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe(
      [
        'item.jd.com/1.html       jd        (主机 item.jd.com 匹配 jd.com)',
        '京东                     jd        (京东联盟 的别名)',
        'https://x.evil.example/  无法识别  (主机 x.evil.example 不在任何来源列出的域名之下)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['classify', '--lang', 'zh', '京东', '--json'])).stdout) as { explanation: string }[];
    expect(json[0]!.explanation).toBe('alias of jd');
  });
});

describe('the batch report in Chinese', () => {
  const content = 'source,surface,date\ntaobao,live-cart,2022-06-01\njd,short-video-cart,2022-06-01\njd,live-cart,2022-02-30\ntmall,live-cart,2022-10-29\n,,\n';

  it.each([
    [['--lang', 'zh'], {}],
    [[], ZH],
  ])('%j %j', async (flags, env) => {
    const run = await batch([plan('zh.csv', content), ...flags], { env });
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('zh.csv：5 行：允许 1、禁止 1、逐步生效中 1、未知 0、错误 2');
    expect(lines[1]).toBe('第 2 行      禁止        taobao · live-cart · 2022-06-01  规则 kuaishou-2022-03-taobao-cut');
    expect(lines[2]!.startsWith('第 4 行      错误        jd · live-cart · 2022-02-30  不存在的日期或时间 "2022-02-30"；可用：2022-06-01、')).toBe(true);
    expect(lines[3]).toBe('第 5 行      逐步生效中  tmall · live-cart · 2022-10-29  规则 kuaishou-2022-10-tmall-restored，逐步生效至 2022年11月1日 00:00；有争议');
    expect(lines[4]!.startsWith('第 6 行      错误        （空行）  ')).toBe(true);
    expect(lines).toHaveLength(6);
  });

  it.each([
    ['a row without its cells', 'source,surface,date\njd,,\n', 'stdout', '第 2 行      错误        jd  此行没有 surface, date'],
    ['a header without the columns', 'a,b\n1,2\n', 'stderr', 'linkcheck: 表头行没有 source (source, link, url, 来源, 链接, 商品链接, 宝贝链接); surface (surface, placement, 位置, 版位, 投放位置, 资源位); date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time) 列；现有："a", "b"；'],
    ['a header with a column twice', 'source,来源,date\njd,x,2022-06-01\n', 'stderr', 'linkcheck: 表头中 source 列出现了 2 次（"source", "来源"）；只保留一个，或用 --columns source=<表头> 选择'],
    ['a header with a column twice under one name', 'source,Source,date\njd,x,2022-06-01\n', 'stderr', 'linkcheck: 表头中 source 列出现了 2 次（"source", "Source"）；表头匹配时不区分大小写和空格：只保留一个，其余改名或删去'],
  ] as const)('words %s in Chinese', async (_name, content, stream, line) => {
    const run = await batch([plan('problem.csv', content), '--lang', 'zh']);
    expect(run.code).toBe(2);
    expect(run[stream].split('\n').some((printed) => printed.startsWith(line))).toBe(true);
  });

  it('keeps the machine formats as they are', async () => {
    const name = plan('machine.csv', content);
    expect((await batch([name, '--ndjson', '--lang', 'zh'])).stdout).toBe((await batch([name, '--ndjson'])).stdout);
    expect((await batch([name, '--json'], { env: ZH })).stdout).toBe((await batch([name, '--json'])).stdout);
  });
});

describe('rules list and rules show in Chinese', () => {
  it.each([
    [['rules', 'list', '-p', 'kuaishou', '--source', 'jd', '--lang', 'zh'], ['平台和位置：', '来源：', '规则（6）：', '    禁止 快手 直播间购物车 上的 京东联盟，自 2022年3月1日 00:00 起至 2022年10月28日 00:00（平台公告）']],
    [
      ['rules', 'show', 'kuaishou-2022-03-jd-live-cart-cut', '--lang', 'zh'],
      ['  禁止 快手 直播间购物车 上的 京东联盟', '  自 2022年3月1日 00:00 起至 2022年10月28日 00:00（Asia/Shanghai）', '  状态：平台公告；自 2022年2月23日 起已知；最新证据 2022年10月28日', '证据：'],
    ],
  ])('%j', async (args, lines) => {
    const run = await cli(args);
    expect(run.code).toBe(0);
    for (const line of lines) expect(run.stdout.split('\n')).toContain(line);
  });
});

describe('--help in Chinese', () => {
  it.each([
    [['--help', '--lang', 'zh'], {}, '用法： linkcheck [options] [command] <source> <surface> [date]'],
    [['--help'], ZH, '用法： linkcheck [options] [command] <source> <surface> [date]'],
    [['help'], ZH, '用法： linkcheck [options] [command] <source> <surface> [date]'],
    [['classify', '--help', '--lang', 'zh'], {}, '用法： linkcheck classify [options] <input...>'],
    [['batch', '--help'], ZH, '用法： linkcheck batch [options] <file>'],
    [['rules', 'list', '--help', '--lang', 'zh'], {}, '用法： linkcheck rules list [options]'],
    [['rules', '--help', '--lang', 'zh'], {}, '用法： linkcheck rules [options] <command>'],
    [['help', 'rules'], ZH, '用法： linkcheck rules [options] <command>'],
  ])('%j %j', async (args, env, usage) => {
    const run = await cli(args, env);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(usage);
    expect(run.stdout).toContain('  -h, --help');
    expect(run.stdout).toContain('显示本帮助');
    // Every option is described in Chinese: no English description left.
    const options = run.stdout.split('选项：\n')[1]!.split('\n\n')[0]!;
    expect(options).not.toMatch(/ {2}[a-z]+ [a-z]+ [a-z]+/u);
    expect(options).not.toMatch(/default:|choices:|env:/u);
  });

  it.each([['--help'], ['classify', '--help'], ['batch', '--help']])('%j has examples in Chinese', async (...args) => {
    const run = await cli([...args, '--lang', 'zh']);
    expect(run.stdout).toContain('\n示例：\n');
    expect(run.stdout).toContain('\n退出码：\n');
    expect(run.stdout).not.toContain('Examples:');
  });
});
