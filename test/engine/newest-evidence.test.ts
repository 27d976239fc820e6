// A batch's staleness asks only for the newest evidence of a placement's rules (newestEvidenceOf),
// not for a whole answer: for every placement of the record, by source, group, an unrecognised
// or ambiguous link, at any instant and as known on any day, it is the answer's own.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/errors.js';
import { answerQuery, newestEvidenceOf, type ResolvedQuery } from '../../src/query/ask.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();

/** What the call gives, or the message of the InputError it throws. */
function outcome<T>(call: () => T): T | { error: string } {
  try {
    return call();
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

const AT = ['2019-06-30T23:59:59Z', '2022-03-01T00:00:00+08:00', '2022-10-28T12:00:00Z', '2025-06-01T00:00:00Z'].map((text) => Date.parse(text));
const KNOWN_ON = [undefined, '2019-01-01', '2022-02-22', '2022-10-30', '2024-01-01'];

const queries: ResolvedQuery[] = [];
for (const platform of catalog.platforms.values()) {
  for (const surface of platform.surfaces) {
    const asks: Partial<ResolvedQuery>[] = [
      ...[...catalog.sources.keys()].map((source) => ({ source })),
      ...[...catalog.groups.keys()].map((group) => ({ source: null, group })),
      { source: null },
      { source: null, ambiguousLink: true },
    ];
    for (const ask of asks) {
      for (const at of AT) {
        for (const asKnownOn of KNOWN_ON) {
          queries.push({ platform: platform.id, surface: surface.id, at, precision: 'second', ...ask, ...(asKnownOn ? { asKnownOn } : {}) } as ResolvedQuery);
        }
      }
    }
  }
}

describe('the newest evidence of a placement without its answer', () => {
  it('is the answer’s, for every placement of the record, at any instant, as known on any day', () => {
    expect(queries.length).toBeGreaterThan(1000);
    const differ = queries.filter((query) => JSON.stringify(outcome(() => newestEvidenceOf(catalog, query))) !== JSON.stringify(outcome(() => answerQuery(catalog, query).freshness.newestEvidence)));
    expect(differ).toEqual([]);
    // Not a list of nulls: most placements cite something, and the days differ.
    const days = new Set(queries.map((query) => outcome(() => newestEvidenceOf(catalog, query))).filter((day) => typeof day === 'string'));
    expect(days.size).toBeGreaterThan(5);
  });

  it('says as the answer does that a group or platform is unknown', () => {
    const query = { platform: 'kuaishou', surface: 'live-cart', at: AT[0]!, precision: 'second', source: null } as ResolvedQuery;
    expect(outcome(() => newestEvidenceOf(catalog, { ...query, group: 'nosuch' }))).toEqual(outcome(() => answerQuery(catalog, { ...query, group: 'nosuch' })));
    expect(outcome(() => newestEvidenceOf(catalog, { ...query, platform: 'nosuch' }))).toEqual(outcome(() => answerQuery(catalog, { ...query, platform: 'nosuch' })));
  });
});
