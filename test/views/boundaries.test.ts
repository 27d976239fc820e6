// The boundaries of a placement's rules: every finite start, certain start, end of phase-in and
// end, ascending and each once, however many rules and in whatever order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledRule } from '../../src/engine/catalog.js';
import { boundariesOf } from '../../src/views/boundaries.js';

const instant = fc.oneof(fc.integer({ min: 0, max: 40 }).map((n) => n * 86_400_000), fc.constantFrom(Infinity, -Infinity));
const rule = fc
  .record({ start: instant, certainFrom: instant, phaseInUntil: fc.option(instant, { nil: undefined }), end: instant })
  .map((times) => times as unknown as CompiledRule);

describe('boundariesOf', () => {
  it('gives the finite instants of the rules ascending, each once, for few rules and for many', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 60 }), (rules) => {
        const expected = [...new Set(rules.flatMap((r) => [r.start, r.certainFrom, r.phaseInUntil, r.end]).filter((t): t is number => t !== undefined && Number.isFinite(t)))].sort((a, b) => a - b);
        expect(boundariesOf(rules)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('orders a placement’s instants that arrive out of order', () => {
    const day = 86_400_000;
    const rules = [
      { start: 5 * day, certainFrom: 5 * day, phaseInUntil: undefined, end: Infinity },
      { start: -Infinity, certainFrom: 2 * day, phaseInUntil: 3 * day, end: 5 * day },
    ] as unknown as CompiledRule[];
    expect(boundariesOf(rules)).toEqual([2 * day, 3 * day, 5 * day]);
  });
});
