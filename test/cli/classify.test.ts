// linkcheck classify <input...>, through the built CLI.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

describe('linkcheck classify', () => {
  it.each([
    [['https://detail.tmall.com/item.htm?id=1'], 0, ['https://detail.tmall.com/item.htm?id=1  tmall  (host detail.tmall.com matches tmall.com)']],
    [
      ['item.jd.com/100012043978.html', 'https://item.taobao.com.evil.example/x'],
      3,
      [
        'item.jd.com/100012043978.html           jd            (host item.jd.com matches jd.com)',
        'https://item.taobao.com.evil.example/x  unrecognised  (host item.taobao.com.evil.example is under no domain listed for a source)',
      ],
    ],
    [
      ['淘宝', '复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', '【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品名」'],
      0,
      [
        // Chinese characters and emoji take two columns: the widest input is 48 columns.
        // 淘宝 names the Taobao Alliance too, which a check of it asks about: the group.
        `淘宝${' '.repeat(44)}  taobao-alliance  (alias of taobao-alliance (group: taobao, tmall))`,
        `复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈${' '.repeat(7)}  taobao-alliance  (share token ￥AEpabxiRg0u￥: the text names 手淘, of the taobao-alliance group: the token may lead to an item of any member, which cannot be seen offline, so it is answered for the group)`,
        '【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品名」  taobao-alliance  (host m.tb.cn is a short link of the taobao-alliance group (tb.cn): it may lead to an item of any member, so it stands for the group, link found in the share text)',
      ],
    ],
    // A group's id or alias is the group, as a check asks about it; a source's is the source.
    [
      ['淘宝联盟', 'taobao', 'taobao-alliance', '淘寶聯盟', '天猫', 'jd'],
      0,
      [
        '淘宝联盟         taobao-alliance  (alias of taobao-alliance (group: taobao, tmall))',
        'taobao           taobao-alliance  (alias of taobao-alliance (group: taobao, tmall))',
        'taobao-alliance  taobao-alliance  (taobao-alliance (group: taobao, tmall))',
        '淘寶聯盟         taobao-alliance  (alias of taobao-alliance (group: taobao, tmall))',
        '天猫             tmall            (alias of tmall)',
        'jd               jd               (source id)',
      ],
    ],
    [['复制￥AEpabxiRg0u￥打开淘宝或京东'], 3, ['复制￥AEpabxiRg0u￥打开淘宝或京东  unrecognised  (share token ￥AEpabxiRg0u￥: the text names more than one source: 淘宝 (taobao), 京东 (jd))']],
  ])('%j exits %i', async (inputs, code, lines) => {
    const run = await cli(['classify', ...inputs]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.stdout).toBe(`${lines.join('\n')}\n`);
  });

  it('says a group\'s name is the group in --json, and the check of it asks about the group', async () => {
    const run = await cli(['classify', '淘宝联盟', '淘宝', '--json']);
    expect(run.code).toBe(0);
    const view = { kind: 'name', source: null, group: 'taobao-alliance', marker: null, url: null, host: null, domain: null, token: null, keyword: null, reason: null, shortLink: false, appScheme: null, explanation: 'alias of taobao-alliance (group: taobao, tmall)' };
    expect(JSON.parse(run.stdout)).toEqual([
      { input: '淘宝联盟', ...view },
      { input: '淘宝', ...view },
    ]);
    for (const name of ['淘宝联盟', '淘宝']) {
      const check = JSON.parse((await cli([name, 'live-cart', '2022-06-01', '--json'])).stdout);
      expect(check).toMatchObject({ source: null, group: { id: 'taobao-alliance' } });
    }
  });

  it('prints a JSON array with --json, before or after the inputs', async () => {
    const expected = [
      { input: 'https://u.jd.com/abc', kind: 'link', source: 'jd', group: null, marker: null, url: 'https://u.jd.com/abc', host: 'u.jd.com', domain: 'jd.com', token: null, keyword: null, reason: null, shortLink: false, appScheme: null, explanation: 'host u.jd.com matches jd.com' },
      { input: '￥AEpabxiRg0u￥', kind: 'token', source: null, group: null, marker: null, url: null, host: null, domain: null, token: '￥AEpabxiRg0u￥', keyword: null, reason: 'no-keyword', shortLink: false, appScheme: null, explanation: 'share token ￥AEpabxiRg0u￥: the text around it names no source' },
    ];
    for (const args of [['classify', 'https://u.jd.com/abc', '￥AEpabxiRg0u￥', '--json'], ['--json', 'classify', 'https://u.jd.com/abc', '￥AEpabxiRg0u￥']]) {
      const run = await cli(args);
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });

  it.each([
    [['classify'], 'linkcheck: missing required argument <input>'],
    [['classify', 'taobao', 'javascript:alert(1)'], 'linkcheck: "javascript:alert(1)" is not a web link (javascript: links are not accepted)'],
    [['classify', 'taobo'], 'linkcheck: unknown source "taobo"; did you mean "taobao"?'],
    [['classify', '--colour', 'taobao'], 'linkcheck: unknown option "--colour"'],
  ])('%j fails with one line, nothing on stdout, exit 2', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows examples and exit codes in its help', async () => {
    const run = await cli(['classify', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('$ linkcheck classify "https://detail.tmall.com/item.htm?id=1"');
    expect(run.stdout).toContain('3  at least one input is a link or share token of no known source');
  });
});
