// The verdict-only path must say what check() says, everywhere: every platform,
// source (and an unrecognised one) and surface, at every instant a rule starts,
// becomes certain, ends its phase-in or ends, and a moment either side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/engine/catalog.js';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { loadRuleSet } from '../../src/load/load-catalog.js';
import { check } from '../../src/engine/check.js';
import { checkGroup } from '../../src/engine/group-check.js';
import { buildVerdictIndex, type VerdictQuery } from '../../src/engine/verdict-index.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { thrownWords } from '../helpers/error-words.js';
import { fuzzTimeout } from '../helpers/fuzz.js';

/** The shipped rules and 120 more on Kuaishou, of every kind: ids, groups, anyExcept, imprecise starts, phase-ins, ends. */
async function generatedCatalog(): Promise<Catalog> {
  const set = await loadRuleSet({ root: ROOT });
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const sources = ['taobao', 'jd', 'youzan', 'mokuai', 'pinduoduo', 'kuaishou-shop', 'douyin-shop'];
  const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
  const rules = Array.from({ length: 120 }, (_, index) => {
    const start = Math.floor(next() * 2000);
    const kind = next();
    const selector = kind < 0.5 ? { ids: [pick(sources)] } : kind < 0.8 ? { groups: [pick(['third-party', 'service-platform'])] } : { anyExcept: [pick(sources)] };
    const from = next() < 0.2 ? { earliest: day(start), latest: day(start + 1 + Math.floor(next() * 10)) } : `${day(start)}T${String(Math.floor(next() * 24)).padStart(2, '0')}:30`;
    const certain = typeof from === 'string' ? start : start + 11;
    return {
      id: `generated-${index}`,
      platform: 'kuaishou',
      effect: pick(['allow', 'deny'] as const),
      sources: selector,
      surfaces: surfaces.filter(() => next() < 0.6).concat(),
      from,
      ...(next() < 0.3 ? { until: day(certain + 30 + Math.floor(next() * 300)) } : {}),
      ...(next() < 0.2 ? { phaseIn: { until: day(certain + 1 + Math.floor(next() * 5)) } } : {}),
      status: 'reported' as const,
      summary: 'A generated rule.',
      evidence: [{ url: 'https://example.com/report', published: day(start), quote: 'generated' }],
    };
  }).map((rule) => (rule.surfaces.length > 0 ? rule : { ...rule, surfaces: ['live-cart'] }));
  const file = { path: 'generated.json', data: { platforms: [], groups: [], sources: [], rules } };
  return compileCatalog([...set.files, file] as Parameters<typeof compileCatalog>[0], set.documents).catalog;
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** The shipped record and `count` rules on Kuaishou's live cart for JD, one starting each hour, some ending, some rolling out. */
async function onePlacement(count: number): Promise<Catalog> {
  const set = await loadRuleSet({ root: ROOT });
  const hour = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 3_600_000).toISOString().slice(0, 16);
  const rules = Array.from({ length: count }, (_, index) => ({
    id: `placement-${index}`,
    platform: 'kuaishou',
    effect: index % 3 === 0 ? 'deny' : 'allow',
    sources: { ids: ['jd'] },
    surfaces: ['live-cart'],
    from: hour(index),
    ...(index % 4 === 0 ? { until: hour(index + 1 + (index % 50)) } : {}),
    ...(index % 7 === 0 ? { phaseIn: { until: hour(index + 1) } } : {}),
    status: 'reported',
    summary: 'A generated rule.',
    evidence: [{ url: 'https://example.com/report', published: '2020-01-01', quote: 'generated' }],
  }));
  const file = { path: 'placement.json', data: { platforms: [], groups: [], sources: [], rules } };
  return compileCatalog([...set.files, file] as Parameters<typeof compileCatalog>[0], set.documents).catalog;
}

function grid(catalog: Catalog, deltas: readonly number[] = [-60_000, -1, 0, 1, 60_000]): VerdictQuery[] {
  const instants = new Set<number>([Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)]);
  for (const rule of catalog.rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant === undefined || !Number.isFinite(instant)) continue;
      for (const delta of deltas) instants.add(instant + delta);
    }
  }
  const queries: VerdictQuery[] = [];
  for (const platform of catalog.platforms.values()) {
    for (const surface of platform.surfaces) {
      for (const source of [...catalog.sources.keys(), null]) {
        for (const at of instants) queries.push({ platform: platform.id, source, surface: surface.id, at });
      }
    }
  }
  return queries;
}

describe('verdict index', () => {
  it('agrees with check() on every query of the grid over the shipped rules', async () => {
    const catalog = await builtinCatalog();
    const index = buildVerdictIndex(catalog);
    const queries = grid(catalog);
    expect(queries.length).toBeGreaterThan(1000);
    const disagreements = queries.filter((query) => index.verdict(query) !== check(catalog, query).verdict);
    expect(disagreements).toEqual([]);
    expect(index.verdicts(queries.slice(0, 50))).toEqual(queries.slice(0, 50).map((query) => check(catalog, query).verdict));
  });

  it('agrees with check() on every query of the grid over 120 generated rules of every kind', async () => {
    const catalog = await generatedCatalog();
    expect(catalog.rules.length).toBeGreaterThan(120);
    const index = buildVerdictIndex(catalog);
    const disagreements = grid(catalog, [-1, 0, 1]).filter((query) => index.verdict(query) !== check(catalog, query).verdict);
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['kuaishou', 'taobao', 'live-cart', '2022-03-01T00:00:00+08:00', 'denied'],
    ['kuaishou', 'taobao', 'live-cart', '2022-02-28T23:59:59+08:00', 'allowed'],
    ['kuaishou', 'jd', 'short-video-cart', '2022-06-01T00:00:00+08:00', 'allowed'],
    ['kuaishou', 'youzan', 'live-cart', '2021-11-05T00:00:00+08:00', 'unknown'],
    ['kuaishou', 'pinduoduo', 'live-cart', '2022-06-01T00:00:00+08:00', 'unknown'],
  ] as const)('%s %s %s at %s: %s', async (platform, source, surface, at, verdict) => {
    const index = buildVerdictIndex(await builtinCatalog());
    expect(index.verdict({ platform, source, surface, at: Date.parse(at) })).toBe(verdict);
  });

  it.each([
    ['shipped', builtinCatalog],
    ['generated', generatedCatalog],
  ] as const)('decides with the rule check() names, on every query of the grid over the %s rules, groups and ambiguous links too', async (_, catalogOf) => {
    const catalog = await catalogOf();
    const index = buildVerdictIndex(catalog);
    const decided = (query: VerdictQuery) => {
      const { verdict, rule } = index.decision(query);
      return { verdict, rule: rule?.rule.id ?? null };
    };
    const checked = (query: VerdictQuery) => {
      const { group, source, ...rest } = query;
      const answer = group !== undefined ? checkGroup(catalog, { ...rest, group }) : check(catalog, { ...rest, source });
      return { verdict: answer.verdict, rule: answer.rule?.rule.id ?? null };
    };
    const queries = grid(catalog, [-1, 0, 1]);
    const groups = queries.filter((query) => query.source === null).flatMap((query) => [...catalog.groups.keys()].map((group) => ({ ...query, group })));
    const ambiguous = queries.slice(0, 200).map((query) => ({ ...query, ambiguousLink: true }));
    const all = [...queries, ...groups, ...ambiguous];
    expect(groups.length).toBeGreaterThan(100);
    expect(all.filter((query) => decided(query).rule !== null).length).toBeGreaterThan(100);
    expect(all.filter((query) => JSON.stringify(decided(query)) !== JSON.stringify(checked(query)))).toEqual([]);
  });

  it('decides as check() does, on random rule sets, instants and record days', async () => {
    const set = await loadRuleSet({ root: ROOT });
    const sources = ['taobao', 'tmall', 'jd', 'youzan', 'pinduoduo'];
    const surfaces = ['live-cart', 'short-video-cart', 'product-detail'];
    // A few days in 2022, so that starts, ends and phase-ins collide, hours so that some fall inside a day.
    const day = (offset: number) => new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const instant = (offset: number, hour: number) => `${day(offset)}T${String(hour).padStart(2, '0')}:00`;
    const report = (published: number) => ({ url: 'https://example.com/report', published: day(published), quote: 'generated' });
    const rule = fc.record({
      effect: fc.constantFrom('allow', 'deny'),
      selector: fc.oneof(
        fc.subarray(sources, { minLength: 1 }).map((ids) => ({ ids })),
        fc.constantFrom({ groups: ['taobao-alliance'] }, { groups: ['third-party'] }, { groups: ['service-platform'] }),
        fc.subarray(sources, { maxLength: 2 }).map((anyExcept) => ({ anyExcept })),
      ),
      surfaces: fc.subarray(surfaces, { minLength: 1 }),
      start: fc.integer({ min: 0, max: 12 }),
      hour: fc.constantFrom(0, 0, 9, 23),
      imprecise: fc.option(fc.integer({ min: 1, max: 3 })),
      until: fc.option(fc.integer({ min: 1, max: 8 })),
      untilEvidence: fc.option(fc.integer({ min: 0, max: 20 })),
      phaseIn: fc.option(fc.integer({ min: 1, max: 3 })),
      published: fc.integer({ min: 0, max: 20 }),
      // The start stated only by a report so many days after the first (fromStated).
      stated: fc.option(fc.integer({ min: 1, max: 6 })),
      anyLink: fc.boolean(),
    });
    const query = fc.record({
      kind: fc.constantFrom('source', 'unknown', 'group', 'ambiguous'),
      source: fc.constantFrom(...sources, 'kuaishou-shop'),
      group: fc.constantFrom('taobao-alliance', 'third-party', 'service-platform'),
      surface: fc.constantFrom(...surfaces),
      day: fc.integer({ min: -1, max: 25 }),
      millisecond: fc.constantFrom(-1, 0, 1, 9 * 3_600_000, 23 * 3_600_000),
      asKnownOn: fc.option(fc.integer({ min: 0, max: 22 }).map(day)),
    });
    // So that the property cannot pass by asking only where no generated rule decides.
    const decidedBy = { rule: 0, asKnown: 0, group: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 2, maxLength: 14, size: 'medium' }), fc.array(query, { minLength: 20, maxLength: 40 }), async (drawn, queries) => {
        const rules = drawn.map((r, index) => {
          const certain = r.start + (r.imprecise ?? 0);
          const end = r.until === null ? null : certain + (r.phaseIn ?? 0) + r.until;
          return {
            id: `random-${index}`,
            platform: 'kuaishou',
            effect: r.effect,
            sources: r.selector,
            surfaces: r.surfaces,
            from: r.imprecise === null ? instant(r.start, r.hour) : { earliest: day(r.start), latest: day(certain) },
            ...(end !== null ? { until: day(end) } : {}),
            ...(end !== null && r.untilEvidence !== null ? { untilEvidence: [report(r.untilEvidence)] } : {}),
            ...(r.phaseIn !== null ? { phaseIn: { until: day(certain + r.phaseIn) } } : {}),
            ...('anyExcept' in r.selector && r.anyLink ? { coversAnyLink: { quote: 'every link of any source' } } : {}),
            ...(r.stated !== null ? { fromStated: { quote: 'in force since' } } : {}),
            status: 'reported' as const,
            summary: 'A generated rule.',
            evidence: [{ ...report(r.published), quote: 'every link of any source' }, ...(r.stated !== null ? [{ ...report(r.published + r.stated), quote: 'in force since its start' }] : [])],
          };
        });
        const file = { path: 'random.json', data: { platforms: [], groups: [], sources: [], rules } };
        const catalog = compileCatalog([...set.files, file] as Parameters<typeof compileCatalog>[0], set.documents).catalog;
        const indexes = new Map<string | null, ReturnType<typeof buildVerdictIndex>>();
        for (const q of queries) {
          const key = q.asKnownOn;
          let index = indexes.get(key);
          if (!index) indexes.set(key, (index = buildVerdictIndex(catalog, key === null ? {} : { asKnownOn: key })));
          const at = Date.parse(`${day(q.day)}T00:00:00+08:00`) + q.millisecond;
          const base = { platform: 'kuaishou', surface: q.surface, at, ...(q.asKnownOn !== null ? { asKnownOn: q.asKnownOn } : {}) };
          const answer =
            q.kind === 'group'
              ? checkGroup(catalog, { ...base, group: q.group })
              : check(catalog, { ...base, source: q.kind === 'source' ? q.source : null, ...(q.kind === 'ambiguous' ? { ambiguousLink: true } : {}) });
          const decision = index.decision({
            platform: 'kuaishou',
            surface: q.surface,
            at,
            source: q.kind === 'source' ? q.source : null,
            ...(q.kind === 'group' ? { group: q.group } : {}),
            ...(q.kind === 'ambiguous' ? { ambiguousLink: true } : {}),
          });
          expect({ verdict: decision.verdict, rule: decision.rule?.rule.id ?? null }).toEqual({ verdict: answer.verdict, rule: answer.rule?.rule.id ?? null });
          if (answer.rule?.rule.id.startsWith('random-')) {
            decidedBy.rule++;
            if (q.asKnownOn !== null) decidedBy.asKnown++;
            if (q.kind === 'group') decidedBy.group++;
          }
        }
      }),
      { numRuns: RUNS, seed: 18 },
    );
    expect(decidedBy.rule).toBeGreaterThan(RUNS * 4);
    expect(decidedBy.asKnown).toBeGreaterThan(RUNS * 3);
    expect(decidedBy.group).toBeGreaterThan(RUNS);
  }, fuzzTimeout(60_000));

  it("a placement's decider gives decision() at every instant, one object a stretch", async () => {
    const catalog = await builtinCatalog();
    const index = buildVerdictIndex(catalog);
    const queries = grid(catalog);
    const deciders = new Map<string, (at: number) => unknown>();
    const mismatches = queries.filter((query) => {
      const { at, ...placement } = query;
      const key = JSON.stringify(placement);
      let decide = deciders.get(key);
      if (decide === undefined) deciders.set(key, (decide = index.decider(placement)));
      const { verdict, rule } = index.decision(query);
      const given = decide(at) as { verdict: string; rule: unknown };
      return given.verdict !== verdict || given.rule !== rule || decide(at) !== given;
    });
    expect(mismatches).toEqual([]);
    const group = index.decider({ platform: 'kuaishou', source: null, group: 'taobao-alliance', surface: 'live-cart' });
    expect(group(Date.UTC(2022, 10, 15))).toEqual(index.decision({ platform: 'kuaishou', source: null, group: 'taobao-alliance', surface: 'live-cart', at: Date.UTC(2022, 10, 15) }));
    expect(index.decider({ platform: 'kuaishou', source: null, ambiguousLink: true, surface: 'live-cart' })(0)).toEqual({ verdict: 'unknown', rule: null });
  });

  it('builds a timeline of 10,000 rules on one placement in one sweep', async () => {
    const catalog = await onePlacement(10_000);
    const started = performance.now();
    const index = buildVerdictIndex(catalog);
    // The first query builds the key's timeline; the sweep is n log n, where a check per stretch took a minute.
    expect(index.verdict({ platform: 'kuaishou', source: 'jd', surface: 'live-cart', at: Date.UTC(2030, 0, 1) })).toBe(check(catalog, { platform: 'kuaishou', source: 'jd', surface: 'live-cart', at: Date.UTC(2030, 0, 1) }).verdict);
    expect(performance.now() - started).toBeLessThan(2_000);
    const sample = Array.from({ length: 200 }, (_, i) => Date.UTC(2020, 0, 1) + i * 50 * 3_600_000 + (i % 3) * 1_800_000);
    for (const at of sample) {
      const query = { platform: 'kuaishou', source: 'jd', surface: 'live-cart', at };
      expect(index.decision(query).rule?.rule.id ?? null).toBe(check(catalog, query).rule?.rule.id ?? null);
    }
  }, 30_000);

  it('refuses ids it does not know, as check() does', async () => {
    const index = buildVerdictIndex(await builtinCatalog());
    expect(thrownWords(() => index.verdict({ platform: 'weibo', source: 'jd', surface: 'live-cart', at: 0 }))).toMatch(/^unknown platform "weibo"; valid: kuaishou, .*douyin/);
    expect(thrownWords(() => index.verdict({ platform: 'kuaishou', source: 'jd', surface: 'story', at: 0 }))).toMatch(/^unknown surface "story" of kuaishou; valid: live-cart, short-video-cart, product-detail/);
    expect(thrownWords(() => index.verdict({ platform: 'kuaishou', source: 'ebay', surface: 'live-cart', at: 0 }))).toMatch(/^unknown source "ebay"; valid: taobao, tmall, jd, /);
    const catalog = await builtinCatalog();
    for (const query of [{ platform: 'weibo', source: 'jd', surface: 'live-cart', at: 0 }, { platform: 'kuaishou', source: 'jd', surface: 'story', at: 0 }, { platform: 'kuaishou', source: 'ebay', surface: 'live-cart', at: 0 }]) {
      expect(thrownWords(() => index.verdict(query))).toBe(thrownWords(() => check(catalog, query)));
    }
  });
});

describe('changer: a placement\'s first change of verdict between two instants', () => {
  it('is the first instant whose verdict is another, as check() gives the verdicts', async () => {
    const catalog = await builtinCatalog();
    const index = buildVerdictIndex(catalog);
    const zone = (hour: number, day = 1, month = 3) => Date.UTC(2022, month - 1, day, hour - 8);
    const tmall = index.changer({ platform: 'kuaishou', source: 'tmall', surface: 'live-cart' });
    // Denied from 2022-03-01 00:00; rolling out from 2022-10-28 00:00 until 2022-11-01 00:00, then allowed.
    expect(tmall(zone(0), zone(24))).toBeNull();
    expect(tmall(zone(0, 27, 10), zone(24, 27, 10))).toBeNull();
    expect(tmall(zone(-1, 28, 10), zone(1, 28, 10))).toEqual({ at: zone(0, 28, 10), verdict: 'rolling-out' });
    expect(tmall(zone(0, 1, 2), zone(0, 1, 12))).toEqual({ at: zone(0), verdict: 'denied' });
    for (const [from, to] of [[zone(0, 20, 10), zone(0, 20, 11)], [zone(12, 31, 10), zone(12, 1, 11)]] as const) {
      const change = tmall(from, to);
      const before = check(catalog, { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', at: from }).verdict;
      expect(change === null ? null : [change.verdict !== before, check(catalog, { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', at: change.at }).verdict]).toEqual(change === null ? null : [true, change.verdict]);
      if (change !== null) expect(check(catalog, { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', at: change.at - 1 }).verdict).toBe(before);
    }
    // A link in doubt has no rule, and so no change.
    expect(index.changer({ platform: 'kuaishou', source: null, ambiguousLink: true, surface: 'live-cart' })(0, Number.MAX_SAFE_INTEGER)).toBeNull();
  });
});
