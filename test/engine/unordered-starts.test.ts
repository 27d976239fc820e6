// Rules whose order is not known (conflicting-rules.imprecise-order): one starts inside the window
// of the other's imprecise start, or their windows overlap, and they answer differently for a
// placement in a period both hold. Compiling finds them by binary search in the sorted starts
// before it indexes placements; on generated rule sets it reports exactly the pairs a test of
// every pair finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledRule } from '../../src/engine/catalog.js';
import type { Rule } from '../../src/model/types.js';
import { compile, rule } from '../helpers/fixture.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const day = (offset: number) => new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const SELECTORS: Rule['sources'][] = [{ ids: ['alpha'] }, { ids: ['beta'] }, { ids: ['home'] }, { groups: ['outside'] }, { anyExcept: ['alpha'] }, { anyExcept: [] }];
const SURFACES: Rule['surfaces'][] = [['live-cart'], ['short-video-cart'], ['live-cart', 'short-video-cart']];

const generated = fc.record({
  allow: fc.boolean(),
  selector: fc.constantFrom(...SELECTORS),
  surfaces: fc.constantFrom(...SURFACES),
  start: fc.integer({ min: 0, max: 40 }),
  window: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  length: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});

type Drawn = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function rulesOf(drawn: Drawn[]): Rule[] {
  return drawn.map(({ allow, selector, surfaces, start, window, length }, index) =>
    rule({
      id: `r-${index}`,
      effect: allow ? 'allow' : 'deny',
      sources: selector,
      surfaces,
      from: window === undefined ? day(start) : { earliest: day(start), latest: day(start + window) },
      ...(length === undefined ? {} : { until: day(start + length) }),
    }),
  );
}

/** Every pair a test of each pair finds, as "later rule, earlier rule" in the order they are defined. */
function everyPair(rules: readonly CompiledRule[]): string[] {
  const pairs: string[] = [];
  for (let second = 0; second < rules.length; second++) {
    for (let first = 0; first < second; first++) {
      const a = rules[first]!;
      const b = rules[second]!;
      const unordered = !(a.certainFrom <= b.start || b.certainFrom <= a.start);
      const meet = !(a.end <= b.start || b.end <= a.start);
      const surface = a.rule.surfaces.some((one) => b.rule.surfaces.includes(one));
      const source = (a.coversUnknown && b.coversUnknown) || [...a.covers].some((one) => b.covers.has(one));
      if (a.rule.effect !== b.rule.effect && a.start !== b.start && unordered && meet && surface && source) pairs.push(`${b.rule.id} ${a.rule.id}`);
    }
  }
  return pairs.sort();
}

describe('rules whose order is not known', () => {
  it('are reported pair by pair, exactly as a test of every pair finds them', () => {
    fc.assert(
      fc.property(fc.array(generated, { minLength: 1, maxLength: 14 }), (drawn) => {
        const { catalog, problems } = compile(rulesOf(drawn));
        const reported = problems.filter((found) => found.wording === 'conflicting-rules.imprecise-order').map((found) => `${found.params.rule} ${found.params.other}`);
        expect(reported.sort()).toEqual(everyPair(catalog.rules));
      }),
      { numRuns: RUNS },
    );
  });

  it('are none where no window holds another start, however many rules start elsewhere', () => {
    const rules = Array.from({ length: 300 }, (_, index) =>
      rule({ id: `r-${index}`, effect: index % 2 === 0 ? 'allow' : 'deny', from: index % 3 === 0 ? { earliest: day(2 * index), latest: day(2 * index + 1) } : day(2 * index + 1) }),
    );
    expect(compile(rules).problems).toEqual([]);
    // One start moved inside the window before it: one pair.
    rules[1] = rule({ id: 'r-1', effect: 'deny', from: `${day(0)}T12:00` });
    expect(compile(rules).problems.map((found) => [found.wording, found.params.rule, found.params.other])).toEqual([['conflicting-rules.imprecise-order', 'r-1', 'r-0']]);
  });
});
