import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/time/moment.js';
import { check } from '../../src/engine/check.js';
import { placementsOf } from '../../src/engine/placements.js';
import { sameHistory, tracksOf, trackOf, type Track } from '../../src/views/periods.js';
import { axisFor, axisOfRuns } from '../../src/views/axis.js';
import { renderTimelineText } from '../../src/render/timeline.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { run } from './run.js';

const day = (instant: number) => (Number.isFinite(instant) ? formatInstant(instant, 'Asia/Shanghai').slice(0, 10) : String(instant));

describe('trackOf on the shipped rules', () => {
  it.each([
    ['kuaishou', 'taobao', 'live-cart', '-Infinity unknown | 2019-07-01 allowed | 2019-12-23 denied | 2019-12-31 unknown | 2021-03-01 allowed | 2022-03-01 denied'],
    ['kuaishou', 'tmall', 'live-cart', '-Infinity unknown | 2019-07-01 allowed | 2019-12-23 denied | 2019-12-31 unknown | 2021-03-01 allowed | 2022-03-01 denied | 2022-10-28 rolling-out | 2022-11-01 allowed | 2023-01-01 unknown'],
    ['kuaishou', 'jd', 'live-cart', '-Infinity unknown | 2019-07-01 allowed | 2022-03-01 denied | 2022-10-28 rolling-out | 2022-10-29 allowed | 2022-12-01 unknown'],
    // The JD rule changes on 1 March 2022 and on 28 October 2022 but the verdict does not: one period,
    // until the self-operated window Kuaishou gave ends on 2022-11-30.
    ['kuaishou', 'jd', 'short-video-cart', '-Infinity unknown | 2019-07-01 allowed | 2022-12-01 unknown'],
    ['kuaishou', 'youzan', 'live-cart', '-Infinity unknown | 2019-12-23 allowed | 2021-11-01 unknown | 2021-11-11 denied'],
    ['douyin', 'taobao', 'live-cart', '-Infinity unknown | 2020-07-01 denied | 2020-08-17 unknown | 2020-08-20 allowed | 2020-09-06 rolling-out | 2020-10-09 denied'],
    ['douyin', 'taobao', 'product-detail', '-Infinity unknown'],
  ])('%s %s %s', async (platform, source, surface, expected) => {
    const track = trackOf(await builtinCatalog(), { platform, source, surface });
    expect(track.periods.map((period) => `${day(period.from)} ${period.verdict}`).join(' | ')).toBe(expected);
    expect(track.periods.at(-1)!.until).toBe(Infinity);
  });

  it('as known on a day, leaves out what was reported later', async () => {
    // On 2022-10-15 the restoration of Tmall links was not on record, nor the end of the March 2022 cut:
    // as known then, the cut denies with no end.
    const now = trackOf(await builtinCatalog(), { platform: 'kuaishou', source: 'tmall', surface: 'live-cart' });
    const then = trackOf(await builtinCatalog(), { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', asKnownOn: '2022-10-15' });
    expect(now.periods.map((period) => period.verdict)).toContain('rolling-out');
    expect(then.periods.map((period) => period.verdict)).not.toContain('rolling-out');
    expect(then.periods.map((period) => `${day(period.from)} ${period.verdict}`).slice(-2)).toEqual(['2021-03-01 allowed', '2022-03-01 denied']);
    expect(then.periods.at(-1)!.until).toBe(Infinity);
  });
});

describe('placementsOf', () => {
  it('gives each platform, source and surface the rules about it, in catalog order', async () => {
    const catalog = await builtinCatalog();
    let placements = 0;
    let withRules = 0;
    for (const platform of catalog.platforms.values()) {
      for (const source of catalog.sources.keys()) {
        for (const surface of platform.surfaces) {
          const expected = catalog.rules.filter((rule) => rule.rule.platform === platform.id && rule.rule.surfaces.includes(surface.id) && rule.covers.has(source));
          expect(placementsOf(catalog.rules).get(platform.id)?.get(surface.id)?.get(source) ?? []).toEqual(expected);
          placements++;
          if (expected.length > 0) withRules++;
        }
      }
    }
    expect(placements).toBe(228);
    expect(withRules).toBeGreaterThan(20);
    expect(placementsOf(catalog.rules).get('kuaishou')?.get('no-such-surface')?.get('taobao') ?? []).toEqual([]);
  });
});

describe('a period\'s verdict', () => {
  // Each boundary is asked for its verdict alone (verdictOf); the answer is made when read: both must agree, for every track.
  it.each([[undefined], ['2022-10-15'], ['2020-01-01']])('is its answer\'s, and the answer is check()\'s at its start (as known on %s)', async (asKnownOn) => {
    const catalog = await builtinCatalog();
    const tracks = tracksOf(catalog, asKnownOn ? { asKnownOn } : {});
    expect(tracks.length).toBeGreaterThan(200);
    for (const track of tracks) {
      track.periods.forEach((period, index) => {
        const at = index === 0 ? period.until - 1 : period.from;
        const answer = check(catalog, { platform: track.platform, source: track.source, surface: track.surface, at: Number.isFinite(at) ? at : 0, ...(asKnownOn ? { asKnownOn } : {}) });
        expect(period.answer.verdict).toBe(period.verdict);
        expect(answer.verdict).toBe(period.verdict);
        if (index > 0) expect(period.answer).toEqual(answer);
      });
    }
  });
});

describe('tracks drawn from a shared history', () => {
  // tracksOf works out the periods once for the tracks with the same rules, and the text words a run and
  // draws a bar once for them (sameHistory): each track must be what trackOf makes of it alone, and the
  // text what it is for periods with no history to share.
  it.each([[undefined], ['2022-10-15'], ['2020-01-01']])('are each as trackOf makes them alone, and drawn the same (as known on %s)', async (asKnownOn) => {
    const catalog = await builtinCatalog();
    const tracks = tracksOf(catalog, asKnownOn ? { asKnownOn } : {});
    const alone = tracks.map((track) => trackOf(catalog, { platform: track.platform, source: track.source, surface: track.surface, ...(asKnownOn ? { asKnownOn } : {}) }));
    const periods = (track: Track) => track.periods.map((period) => [period.from, period.until, period.verdict]);
    expect(tracks.map(periods)).toEqual(alone.map(periods));
    const shared = new Set(tracks.map((track) => sameHistory(track)));
    expect(shared.has(undefined)).toBe(false);
    if (asKnownOn === undefined) expect(shared.size).toBe(37);
    // The same periods as plain objects: nothing to share, every run worded and every bar drawn anew.
    const copied = tracks.map((track) => ({ ...track, periods: track.periods.map((period) => ({ from: period.from, until: period.until, verdict: period.verdict, answer: period.answer })) }));
    expect(copied.every((track) => sameHistory(track) === undefined)).toBe(true);
    const axis = axisFor(tracks.flatMap((track) => track.periods), 'Asia/Shanghai');
    expect(axisOfRuns(tracks.map((track) => track.periods), 'Asia/Shanghai')).toEqual(axis);
    for (const lang of ['en', 'zh'] as const) {
      const options = { lang, glyphs: 'unicode' as const, colourLevel: 1 as const, width: 100, evidence: false };
      expect(renderTimelineText(tracks, axis, options)).toBe(renderTimelineText(copied, axis, options));
    }
  });
});

describe('the chart of a timeline', () => {
  it('shows a label with characters to escape escaped, its bar in line with the others', async () => {
    const catalog = await builtinCatalog();
    const [made] = tracksOf(catalog, { platforms: ['kuaishou'], sources: ['tmall'], surfaces: ['live-cart'] });
    const periods = made!.periods.map((period) => ({ from: period.from, until: period.until, verdict: period.verdict, answer: period.answer }));
    const tracks: Track[] = [
      // Eight characters, twenty once escaped: the widest label as shown, not as given.
      { platform: 'kuaishou', source: 'shop\u001b\u001b\u001b\u001b', surface: 'live-cart', periods },
      { platform: 'kuaishou', source: 'source-of-twelve', surface: 'live-cart', periods },
      { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', periods },
    ];
    const text = renderTimelineText(tracks, axisFor(periods, 'Asia/Shanghai'), { lang: 'en', glyphs: 'unicode', colourLevel: 0, width: 100, evidence: false });
    expect(text).not.toContain('\u001b');
    const bars = text.split('\n').filter((line) => /[█░▒·]{5}/.test(line));
    expect(bars).toHaveLength(3);
    expect(bars[0]).toMatch(/^shop(\\x1b){4} live-cart  [█░▒·]/);
    // Every bar starts in the same column (each label is ASCII once escaped: a character a column).
    const starts = bars.map((line) => line.search(/ [█░▒·]/));
    expect(new Set(starts).size).toBe(1);
  });
});

describe('linkcheck timeline', () => {
  it('gives a group short link (m.tb.cn) the tracks of every member of the group', async () => {
    const result = await run(['timeline', '【淘宝】https://m.tb.cn/h.x 「商品」', 'live-cart', '-p', 'kuaishou']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('kuaishou '))).toEqual(['kuaishou  taobao  live-cart', 'kuaishou  tmall  live-cart']);
  });

  // A check of taobao asks about the Taobao Alliance (semantics.md, Groups): its timeline is every
  // member's, never the marketplace's alone. On Xiaohongshu's live cart only Taobao's own links
  // were allowed (2020-09 to 2021-08): the check answers unknown (members differ), and a track of
  // the marketplace alone showed it allowed.
  it.each([['taobao'], ['淘宝'], ['淘宝联盟'], ['taobao-alliance'], [' Taobao ']])('gives a group named %j the tracks of every member of the group', async (name) => {
    const result = await run(['timeline', name, 'live-cart', '-p', 'xiaohongshu']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('xiaohongshu '))).toEqual(['xiaohongshu  taobao  live-cart', 'xiaohongshu  tmall  live-cart']);
  });

  it('names a source that is no group by itself alone', async () => {
    const result = await run(['timeline', '淘宝网', 'live-cart', '-p', 'xiaohongshu']);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('xiaohongshu '))).toEqual(['xiaohongshu  taobao  live-cart']);
  });

  it('prints the compact run of the issue for Tmall links on the Kuaishou live-room cart in 2022', async () => {
    const result = await run(['timeline', 'tmall', 'live-cart', '-p', 'kuaishou', '--from', '2022-01-01', '--to', '2022-12-31']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['kuaishou  tmall  live-cart', '  ✔ …2022-02-28  ✘ 2022-03-01  ◐ 2022-10-28  ✔ 2022-11-01…']);
  });

  it.each([
    ['timeline-taobao-kuaishou.txt', ['timeline', '淘宝', '直播间', '-p', '快手']],
    ['timeline-kuaishou-80.txt', ['timeline', '-p', 'kuaishou']],
    ['timeline-jd-120-ascii.txt', ['timeline', 'jd', '--width', '120', '--ascii']],
    ['timeline-taobao-2022-evidence.txt', ['timeline', 'taobao', 'live-cart', '-p', 'kuaishou', '--from', '2022-01-01', '--to', '2022-12-31', '--evidence']],
    ['timeline-live-cart-zh.txt', ['timeline', 'taobao', 'live-cart', '--lang', 'zh']],
    ['timeline-kuaishou-2022.json', ['timeline', '-p', 'kuaishou', '--from', '2022-01-01', '--to', '2022-12-31', '--json']],
  ])('%s', async (snapshot, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${snapshot}`);
  });

  it('fits the chart in the width asked', async () => {
    for (const width of ['60', '80', '120']) {
      const { stdout } = await run(['timeline', '-p', 'kuaishou', '--width', width]);
      const chart = stdout.split('\n\n')[1]!.split('\n');
      expect(Math.max(...chart.map((line) => [...line].length))).toBe(Number(width));
    }
  });

  it('shows a short period in at least one column', async () => {
    const { stdout } = await run(['timeline', 'taobao', 'live-cart', '-p', 'kuaishou', '--width', '40']);
    const bar = stdout.split('\n').find((line) => line.startsWith('taobao live-cart  '))!;
    // The eight days of December 2019, between the 2019 opening and the gap, on a four-year axis of 22 columns.
    expect(bar).toMatch(/^taobao live-cart {2}·+█+░·+█+░+$/);
  });

  it('--json gives the periods on the axis with their rules', async () => {
    const result = await run(['timeline', 'jd', 'live-cart', '-p', 'kuaishou', '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.from).toBe('2019-01-01T00:00:00+08:00');
    expect(json.to).toBe('2023-01-01T00:00:00+08:00');
    expect(json.tracks).toEqual([
      {
        platform: 'kuaishou',
        source: 'jd',
        surface: 'live-cart',
        periods: [
          { from: null, until: '2019-07-01T00:00:00+08:00', verdict: 'unknown', reason: 'no-rule', rule: null },
          { from: '2019-07-01T00:00:00+08:00', until: '2022-03-01T00:00:00+08:00', verdict: 'allowed', reason: 'in-force', rule: 'kuaishou-jd-links-open-2019' },
          { from: '2022-03-01T00:00:00+08:00', until: '2022-10-28T00:00:00+08:00', verdict: 'denied', reason: 'in-force', rule: 'kuaishou-2022-03-jd-live-cart-cut' },
          { from: '2022-10-28T00:00:00+08:00', until: '2022-10-29T00:00:00+08:00', verdict: 'rolling-out', reason: 'phase-in', rule: 'kuaishou-2022-10-jd-live-cart-restored' },
          { from: '2022-10-29T00:00:00+08:00', until: '2022-12-01T00:00:00+08:00', verdict: 'allowed', reason: 'in-force', rule: 'kuaishou-2022-10-jd-live-cart-restored' },
          { from: '2022-12-01T00:00:00+08:00', until: null, verdict: 'unknown', reason: 'no-rule', rule: null },
        ],
      },
    ]);
  });

  it.each([
    [['timeline', 'weibo-shop'], /^linkcheck: unknown source "weibo-shop"; valid: taobao, /],
    [['timeline', 'https://evil.example/x'], /^linkcheck: "https:\/\/evil.example\/x" is a link of no known source/],
    [['timeline', 'taobao', 'shelf'], /^linkcheck: unknown surface "shelf"; valid: live-cart, short-video-cart, product-detail/],
    [['timeline', '--width', '12'], /^linkcheck: --width takes a whole number of columns from 20 to 1000, not "12"/],
    [['timeline', '--width', 'wide'], /not "wide"/],
    [['timeline', '--from', '2023-01-01', '--to', '2022-01-01'], /^linkcheck: --from \(2023-01-01\) must be before --to \(2022-01-01\)/],
    [['timeline', '--from', '2022-02-30'], /^linkcheck: no such date or time "2022-02-30"/],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  // A date the views cannot read is a bad-date, as a check's is, in --json and over HTTP alike.
  it.each([
    [['timeline', '--from', '2022-02-30']],
    [['timeline', '--to', 'constructor']],
    [['matrix', 'someday']],
    [['diff', '2022-01-01', '2022-13-01']],
  ])('%j refuses the date with the code bad-date', async (args) => {
    const result = await run([...args, '--json']);
    expect([result.code, (JSON.parse(result.stdout) as { error: { code: string } }).error.code]).toEqual([2, 'bad-date']);
  });
});
