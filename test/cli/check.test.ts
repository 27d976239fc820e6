import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordDates } from '../../src/views/coverage.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { cli, linkcheck } from '../helpers/exec.js';

describe('linkcheck <source> <surface> [date]', () => {
  it.each([
    [['taobao', 'live-cart', '2022-06-01'], 1, 'denied'],
    [['jd', 'short-video-cart', '2022-06-01'], 0, 'allowed'],
    [['jd', 'live-cart', '2022-06-01'], 1, 'denied'],
    [['taobao', 'live-cart', '2022-02-28'], 0, 'allowed'],
    [['taobao', 'live-cart', '2022-10-28'], 3, 'unknown'],
    [['tmall', 'live-cart', '2022-10-28'], 3, 'rolling-out'],
    [['-p', 'douyin', 'https://evil.example/x', 'live-cart', '2020-08-15'], 3, 'unknown'],
    [['-p', 'xiaohongshu', 'jd', 'note-ad-link', '2025-06-10'], 0, 'allowed'],
    [['weidian', 'live-cart', '2022-06-01'], 3, 'unknown'],
    [['淘宝', '直播间购物车', '2022-06-01'], 1, 'denied'],
    [['taobao', 'live-cart', '2022-02-28T16:00:00Z'], 1, 'denied'],
    [['-p', 'douyin', 'pinduoduo', 'live-cart', '2020-11-01'], 1, 'denied'],
    [['--platform', '抖音', 'jd', '短视频购物车', '2020-11-01'], 0, 'allowed'],
  ])('%j exits %i with %s', async (args, code, verdict) => {
    const run = await cli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^${verdict} `));
  });

  it('explains a denial with the rule, the quote and the 25 February 2022 article with --explain', async () => {
    const run = await cli(['taobao', 'live-cart', '2022-06-01', '--explain']);
    expect(run.stdout.split('\n')[0]).toBe('denied  taobao-alliance (group: taobao, tmall) · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced');
    expect(run.stdout).toContain('members      taobao: denied by kuaishou-2022-03-taobao-cut (announced)');
    expect(run.stdout).toContain('kuaishou-2022-03-taobao-cut: deny from 2022-03-01 00:00 until 2022-10-28 00:00 (announced)');
    expect(run.stdout).toContain('“自2022年3月1日零点起，淘宝联盟商品链接将无法在快手直播间购物车、短视频购物车、商详页等发布商品及服务链接”');
    expect(run.stdout).toContain('published 2022-02-25 [seeds/003_b33adc707230615d.txt]');
  });

  it('prints one JSON object with --json', async () => {
    const run = await cli(['淘宝', '直播间小黄车', '2022-06-01', '--json']);
    expect(run.code).toBe(1);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({
      platform: 'kuaishou',
      source: null,
      group: { id: 'taobao-alliance', members: [{ source: 'taobao', verdict: 'denied' }, { source: 'tmall', verdict: 'denied' }] },
      surface: 'live-cart',
      at: '2022-06-01T00:00:00+08:00',
      verdict: 'denied',
      reason: 'in-force',
      rule: { id: 'kuaishou-2022-03-taobao-cut', effect: 'deny', from: '2022-03-01T00:00:00+08:00', until: '2022-10-28T00:00:00+08:00' },
    });
    expect(answer.evidence[0]).toMatchObject({ kind: 'report', url: 'https://shlykbd.com/news/hyzx/2022-02-23/35591.html', published: { date: '2022-02-23', earliest: '2022-02-23', latest: '2022-02-23', basis: null } });
    expect(answer.evidence[1]).toMatchObject({ kind: 'seed', file: 'seeds/003_b33adc707230615d.txt', published: { date: '2022-02-25', earliest: '2022-02-25', latest: '2022-02-25', basis: null } });
  });

  it('converts an instant to the platform offset in --json', async () => {
    const answer = JSON.parse((await cli(['taobao', 'live-cart', '2022-02-28T15:59:59Z', '--json'])).stdout);
    expect(answer.at).toBe('2022-02-28T23:59:59+08:00');
    expect(answer.verdict).toBe('allowed');
  });

  it('takes the default platform from LINKCHECK_PLATFORM', async () => {
    const run = await cli(['pinduoduo', 'live-cart', '2020-11-01', '--json'], { LINKCHECK_PLATFORM: 'douyin' });
    expect(JSON.parse(run.stdout).platform).toBe('douyin');
    expect(run.code).toBe(1);
  });

  it('refuses a link whose port is not valid, saying so, in both languages', async () => {
    const link = 'https://item.jd.com:99999/1.html';
    const run = await cli([link, 'live-cart', '2022-06-01']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^linkcheck: "https:\/\/item\.jd\.com:99999\/1\.html" is not a valid https link: its port "99999" is not valid \(a port is a number from 0 to 65535\); give a source id/);
    const zh = await cli([link, 'live-cart', '2022-06-01', '--lang', 'zh']);
    expect([zh.code, zh.stdout]).toEqual([2, '']);
    expect(zh.stderr).toMatch(/^linkcheck: "https:\/\/item\.jd\.com:99999\/1\.html" 不是有效的 https 链接：端口 "99999" 无效（端口是 0 到 65535 的数字）；请给出/);
  });

  it('prints nothing with --quiet and keeps the exit code', async () => {
    const run = await cli(['taobao', 'live-cart', '2022-06-01', '--quiet']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('asks about now when no date is given', async () => {
    const answer = JSON.parse((await cli(['kuaishou-shop', 'live-cart', '--json'])).stdout);
    expect(Math.abs(Date.parse(answer.at) - Date.now())).toBeLessThan(60_000);
    expect(answer.verdict).toBe('allowed');
  });
});

describe('the record over time', () => {
  it('answers as the record stood on an earlier day', async () => {
    expect((await cli(['-p', 'douyin', 'jd', 'live-cart', '2020-11-01', '--as-known-on', '2020-08-26', '--quiet'])).code).toBe(3);
    expect((await cli(['-p', 'douyin', 'jd', 'live-cart', '2020-11-01', '--quiet'])).code).toBe(1);
    expect((await cli(['taobao', 'live-cart', '2022-06-01', '--as-known-on', '2022-02-23', '-v'])).stdout).toContain('as known on  2022-02-23: only evidence published by then counts');
  });

  // The summary of wechat-taobao-links-blocked-in-groups gives its end, 2021-11-29, first reported on 2021-12-01.
  it('leaves out a summary written with evidence published after the day, in text and JSON, in both languages', async () => {
    const asked = ['-p', 'wechat', 'tmall', 'group-chat', '2021-10-01'];
    const before = await cli([...asked, '--as-known-on', '2021-10-01']);
    expect(before.code).toBe(1);
    expect(before.stdout).not.toContain('2021-11-29');
    expect(before.stdout).toContain('why          rule wechat-taobao-links-blocked-in-groups: deny from some time in [2013-01-01 00:00, 2014-01-01 00:00); its summary is left out, as it was written with evidence published after 2021-10-01');
    expect((await cli([...asked, '--as-known-on', '2021-10-01', '--explain'])).stdout).toContain('its summary is left out, as it was written with evidence published after 2021-10-01');
    expect((await cli([...asked, '--as-known-on', '2021-10-01', '--lang', 'zh'])).stdout).not.toContain('2021年11月29日');
    const json = JSON.parse((await cli([...asked, '--as-known-on', '2021-10-01', '--json'])).stdout) as { rule: { summary: string; note: string | null; until: string | null } };
    expect(json.rule).toMatchObject({ summary: '', note: null, until: null });
    // Once everything the rule cites was out, its summary is the record's.
    for (const day of ['2021-12-15', undefined]) {
      const after = await cli([...asked, ...(day ? ['--as-known-on', day] : [])]);
      expect(after.stdout).toContain('why          Until 2021-11-29 Taobao and Tmall links could not be opened directly in WeChat group chats.');
    }
  });

  it('warns on stderr how old the newest evidence is, and keeps the verdict', async () => {
    const run = await cli(['mokuai', 'short-video-cart', '2026-11-23']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^allowed /);
    expect(run.stderr).toBe('linkcheck: warning: the newest evidence for mokuai on kuaishou short-video-cart is from 2022-10-28, 4 years before the queried day; the answer may be out of date (its rules last reviewed 2026-12-04)\n');
  });

  it.each([
    [['mokuai', 'short-video-cart', '2026-11-23', '--max-staleness', '365d'], 3],
    [['mokuai', 'short-video-cart', '2026-11-23', '--max-staleness', '5y'], 0],
    [['mokuai', 'short-video-cart', '2023-10-28', '--max-staleness', '1y'], 0],
    [['mokuai', 'short-video-cart', '2023-10-29', '--max-staleness', '1y'], 3],
    [['-p', 'xiaohongshu', 'jd', 'note-ad-link', '2026-05-01', '--max-staleness', '365d'], 0],
    [['taobao', 'live-cart', '2022-06-01', '--max-staleness', '0d'], 1],
  ])('%j exits %i', async (args, code) => {
    expect((await cli([...args, '--quiet'])).code).toBe(code);
  });

  it('refuses a --max-staleness it cannot read', async () => {
    expect(await cli(['jd', 'short-video-cart', '2026-11-23', '--max-staleness', '1 year'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "1 year"\n',
    });
  });

  it('says a --max-staleness of too many digits is refused for its number, in both languages', async () => {
    expect(await cli(['taobao', 'live-cart', '2022-06-01', '--max-staleness', '100000d'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: --max-staleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "100000d"\n',
    });
    expect(await cli(['taobao', 'live-cart', '2022-06-01', '--max-staleness', '100000d', '--lang', 'zh'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: --max-staleness 需要一个最多五位的整数（0 到 99999）加单位：d（天）、w（周）、m（月）或 y（年），如 365d 或 2y，而不是 "100000d"\n',
    });
  });

  it('keeps --fail-on-stale as --max-staleness 0d, with a warning', async () => {
    const run = await cli(['jd', 'short-video-cart', '2022-10-29', '--fail-on-stale']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('linkcheck: warning: --fail-on-stale is deprecated; it means --max-staleness 0d\n');
    expect((await cli(['jd', 'short-video-cart', '2022-10-28', '--fail-on-stale', '--quiet'])).code).toBe(0);
  });

  it('keeps the warning out of --quiet and out of stdout with --json', async () => {
    expect(await cli(['jd', 'short-video-cart', '2022-11-15', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await cli(['jd', 'short-video-cart', '2022-11-15', '--json']);
    expect(JSON.parse(run.stdout).freshness).toEqual({ newestEvidence: '2022-10-28', queriedDay: '2022-11-15', stale: true, reviewed: '2026-12-04' });
    expect(run.stderr).toContain('linkcheck: warning: ');
  });

  it('shows the status and a dispute on the verdict line, and each member of a group that differs', async () => {
    expect((await cli(['jd', 'short-video-cart', '2022-06-01'])).stdout.split('\n')[0]).toBe('allowed  jd · kuaishou short-video-cart · on 2022-06-01 (Asia/Shanghai) · announced, disputed');
    const run = await cli(['淘宝联盟', 'live-cart', '2022-11-15']);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('unknown  taobao-alliance (group: taobao, tmall) · kuaishou live-cart · on 2022-11-15 (Asia/Shanghai) · reported, disputed\n');
    expect(run.stdout).toContain('why          the sources of taobao-alliance get different answers; ask about one of them for a verdict\n');
    expect(run.stdout).toContain('members      taobao: denied by kuaishou-2022-10-taobao-links-still-barred (reported, disputed)\n');
    expect(run.stdout).toContain('             tmall: allowed by kuaishou-2022-10-tmall-restored (reported, disputed)\n');
  });

  it('says when the record for a query ended', async () => {
    expect((await cli(['jd', 'live-cart', '2022-12-15'])).stdout).toContain('the last rule on record for it, kuaishou-2022-10-jd-live-cart-restored (allow), ended 2022-12-01 00:00; nothing later is on record');
  });

  it('says when the deciding rule is disputed', async () => {
    const run = await cli(['jd', 'short-video-cart', '2022-06-01', '--explain']);
    expect(run.stdout).toContain('disputed     A digest eight months later says JD Alliance links got "the same treatment"');
  });

  it.each([
    ['2022-10', 'unrecognised day "2022-10"; use 2022-06-01'],
    ['2022-02-30', 'no such date or time "2022-02-30"'],
    ['2022-10-15T10:00', '"2022-10-15T10:00" is not a day'],
  ])('rejects --as-known-on %s', async (value, reason) => {
    const run = await cli(['taobao', 'live-cart', '2022-11-15', '--as-known-on', value]);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(`linkcheck: --as-known-on takes a calendar day: ${reason}`)).toBe(true);
  });

  it('reads --as-known-on as people write days', async () => {
    expect((await cli(['taobao', 'live-cart', '2022-11-15', '--as-known-on', '2022年10月15日', '--explain'])).stdout).toContain('as known on  2022-10-15: only evidence published by then counts');
  });
});

describe('colour', () => {
  it('prints no escape codes with NO_COLOR or when stdout is not a terminal', async () => {
    expect((await cli(['taobao', 'live-cart', '2022-06-01'])).stdout).not.toContain('\u001b[');
    expect((await cli(['taobao', 'live-cart', '2022-06-01'], { NO_COLOR: '' })).stdout).not.toContain('\u001b[');
  });

  it('colours the verdict when forced', async () => {
    expect((await cli(['taobao', 'live-cart', '2022-06-01'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain('\u001b[1m\u001b[31mdenied');
  });

  it('never colours --json or --no-color output', async () => {
    expect((await cli(['taobao', 'live-cart', '2022-06-01', '--json'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await cli(['taobao', 'live-cart', '2022-06-01', '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('help and version', () => {
  it('prints the package version and the date of the record: its newest evidence and last review', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const { newestEvidence, reviewed } = recordDates(await builtinCatalog());
    const expected = { code: 0, stdout: `${version} (record: evidence to ${newestEvidence}, reviewed ${reviewed})\n`, stderr: '' };
    // Alone it is answered by the quick path; with another option, by the full CLI: the same line.
    expect(linkcheck(['--version'])).toEqual(expected);
    expect(linkcheck(['-V'])).toEqual(expected);
    expect(await cli(['--version', '--no-color'])).toEqual(expected);
    const [year, month, day] = newestEvidence!.split('-').map(Number);
    expect((await cli(['--version', '--lang', 'zh'])).stdout).toContain(`（记录：证据截至 ${year}年${month}月${day}日`);
  });

  it('shows real examples and the exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('$ linkcheck taobao live-cart 2022-06-01');
    expect(run.stdout).toContain('3  rolling-out or unknown');
  });
});

describe('bad input', () => {
  it.each([
    [['taobo', 'live-cart', '2022-06-01'], 'linkcheck: unknown source "taobo"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop ("linkcheck rules list" shows aliases)'],
    [['taobao', 'live', '2022-06-01', '-p', 'douyn'], 'linkcheck: unknown platform "douyn"; did you mean "douyin"? valid: kuaishou, douyin, xiaohongshu, wechat ("linkcheck rules list" shows aliases)'],
    [['taobao', 'feed', '2022-06-01'], 'linkcheck: unknown surface "feed" on kuaishou; valid: live-cart, short-video-cart, product-detail ("linkcheck rules list" shows aliases)'],
    [['taobao', 'live-cart', '2022-02-30'], 'linkcheck: no such date or time "2022-02-30"; use 2022-06-01, 2022/6/1'],
    [['taobao', 'live-cart', '06/01/2022'], 'linkcheck: ambiguous date "06/01/2022": the day and the month could be either way round'],
    [['taobao', 'live-cart', '9999-12-31T23:59:59-14:00'], 'linkcheck: date out of range "9999-12-31T23:59:59-14:00": linkcheck reads the years 1900–2199'],
    [['taobao'], 'linkcheck: missing required argument <surface>'],
    [[], 'linkcheck: missing required argument <source>'],
    [['taobao', 'live-cart', '2022-06-01', 'extra'], 'linkcheck: too many arguments: expected at most 3 (source, surface, date), got 4 (quote a share text that has spaces)'],
    [['taobao', 'live-cart', '--colour'], 'linkcheck: unknown option "--colour"; see "linkcheck --help"'],
    [['taobao', 'live-cart', '-p'], 'linkcheck: option -p, --platform <id> needs a value'],
  ])('%j fails with one line and exit 2', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
