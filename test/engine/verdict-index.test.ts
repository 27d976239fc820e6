// The verdict-only path must say what check() says, everywhere: every platform,
// source (and an unrecognised one) and surface, at every instant a rule starts,
// becomes certain, ends its phase-in or ends, and a moment either side.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/engine/catalog.js';
import { check } from '../../src/engine/check.js';
import { buildVerdictIndex, type VerdictQuery } from '../../src/engine/verdict-index.js';
import { builtinCatalog } from '../helpers/catalog.js';

function grid(catalog: Catalog): VerdictQuery[] {
  const instants = new Set<number>([Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)]);
  for (const rule of catalog.rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant === undefined || !Number.isFinite(instant)) continue;
      for (const delta of [-60_000, -1, 0, 1, 60_000]) instants.add(instant + delta);
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

  it('refuses ids it does not know, as check() does', async () => {
    const index = buildVerdictIndex(await builtinCatalog());
    expect(() => index.verdict({ platform: 'weibo', source: 'jd', surface: 'live-cart', at: 0 })).toThrow(/unknown platform "weibo"/);
    expect(() => index.verdict({ platform: 'kuaishou', source: 'jd', surface: 'story', at: 0 })).toThrow(/unknown surface "story"/);
    expect(() => index.verdict({ platform: 'kuaishou', source: 'ebay', surface: 'live-cart', at: 0 })).toThrow(/unknown source "ebay"/);
  });
});
