import { describe, expect, it } from 'vitest';
import { queryTime } from '../../src/time/query-time.js';
import { diffOf } from '../../src/views/diff.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';
import { NOW, run } from './run.js';

async function changed(first: string, second: string): Promise<string[]> {
  const catalog = await builtinCatalog();
  const changes = diffOf(catalog, (platform) => ({ before: queryTime(first, platform.timeZone, NOW).at, after: queryTime(second, platform.timeZone, NOW).at }));
  return changes.map(({ before, after }) => `${before.platform.id} ${before.source?.id} ${before.surface.id}: ${before.verdict} -> ${after.verdict} (${after.rule?.rule.id})`);
}

describe('diffOf on the shipped rules', () => {
  it('1 March 2022: the Kuaishou cut of Taobao Alliance links on three surfaces and of JD on the live-room cart', async () => {
    expect(await changed('2022-02-28', '2022-03-01')).toEqual([
      'kuaishou taobao live-cart: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou taobao short-video-cart: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou taobao product-detail: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou tmall live-cart: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou tmall short-video-cart: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou tmall product-detail: allowed -> denied (kuaishou-2022-03-taobao-cut)',
      'kuaishou jd live-cart: allowed -> denied (kuaishou-2022-03-jd-live-cart-cut)',
    ]);
  });

  it.each([
    ['2022-06-01', '2022-06-02'],
    ['2022-02-28T23:59', '2022-02-28T23:59:59'],
    ['2022-03-01', '2022-03-01T23:59'],
  ])('nothing differs between %s and %s', async (first, second) => {
    expect(await changed(first, second)).toEqual([]);
  });

  it('a minute before the cut and the cut itself differ', async () => {
    expect(await changed('2022-02-28T23:59', '2022-03-01T00:00')).toHaveLength(7);
  });
});

describe('linkcheck diff', () => {
  it('exits 1 and lists the changes', async () => {
    const result = await run(['diff', '2022-02-28', '2022-03-01']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Verdicts that differ between 2022-02-28 and 2022-03-01: 7',
        '',
        'kuaishou  taobao  live-cart         ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  taobao  short-video-cart  ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  taobao  product-detail    ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  tmall   live-cart         ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  tmall   short-video-cart  ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  tmall   product-detail    ✔ allowed → ✘ denied  rule kuaishou-2022-03-taobao-cut',
        'kuaishou  jd      live-cart         ✔ allowed → ✘ denied  rule kuaishou-2022-03-jd-live-cart-cut',
        '',
      ].join('\n'),
    );
  });

  it('the installed binary exits 1, then 0, with nothing on stderr', () => {
    const changed = linkcheck(['diff', '2022-02-28', '2022-03-01', '--json']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toBe('');
    expect(JSON.parse(changed.stdout).changes).toHaveLength(7);
    expect(linkcheck(['diff', '2022-06-01', '2022-06-02'])).toEqual({ code: 0, stdout: 'No verdict differs between 2022-06-01 and 2022-06-02.\n', stderr: '' });
  });

  it('exits 0 when nothing differs', async () => {
    expect(await run(['diff', '2022-06-01', '2022-06-02'])).toEqual({ code: 0, stdout: 'No verdict differs between 2022-06-01 and 2022-06-02.\n', stderr: '' });
  });

  it('speaks Chinese with --lang zh and ASCII with --ascii', async () => {
    const result = await run(['diff', '2022-02-28', '2022-03-01', '--lang', 'zh', '--ascii']);
    expect(result.code).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot('__snapshots__/diff-zh-ascii.txt');
  });

  it('--json keeps field names and values in English', async () => {
    const result = await run(['diff', '2022-02-28', '2022-03-01', '--json', '--lang', 'zh']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.changed).toBe(true);
    expect(json.changes[6]).toEqual({
      platform: 'kuaishou',
      source: 'jd',
      surface: 'live-cart',
      before: { at: '2022-02-28T00:00:00+08:00', verdict: 'allowed', reason: 'in-force', rule: 'kuaishou-alliance-links-open-2021' },
      after: { at: '2022-03-01T00:00:00+08:00', verdict: 'denied', reason: 'in-force', rule: 'kuaishou-2022-03-jd-live-cart-cut' },
      rule: 'kuaishou-2022-03-jd-live-cart-cut',
    });
    await expect(result.stdout).toMatchFileSnapshot('__snapshots__/diff.json');
  });

  it('-p narrows it to one platform', async () => {
    expect((await run(['diff', '2022-02-28', '2022-03-01', '-p', 'douyin'])).code).toBe(0);
  });

  it.each([
    [['diff', '2022-02-30', '2022-03-01'], /^linkcheck: no such date or time "2022-02-30"; use /],
    [['diff', 'someday', '2022-03-01'], /^linkcheck: unrecognised date "someday"/],
    [['diff', '2022-02-28'], /missing required argument <date2>/],
    [['diff', '2022-02-28', '2022-03-01', '--lang', 'fr'], /^linkcheck: unsupported --lang "fr"; use en or zh\n$/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
