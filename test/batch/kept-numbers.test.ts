import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptNumbers } from '../../src/batch/kept-numbers.js';

describe('answers kept by four numbers', () => {
  it('finds what was kept for exactly the same four numbers, as a map keyed by them does', () => {
    const key = fc.tuple(fc.integer({ min: -2, max: 6 }), fc.integer({ min: -2, max: 6 }), fc.integer({ min: -2, max: 2 ** 31 - 1 }), fc.constantFrom(-2, 0, 1, 70_000));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.integer({ min: 1, max: 500 }), (keys, limit) => {
        const kept = new KeptNumbers<number>(limit);
        const reference = new Map<string, number>();
        keys.forEach(([a, b, c, d], at) => {
          const name = `${a} ${b} ${c} ${d}`;
          expect(kept.get(a, b, c, d)).toBe(reference.get(name));
          if (reference.has(name)) return;
          // Past the limit, all that was kept is dropped at once.
          if (reference.size >= limit) reference.clear();
          kept.set(a, b, c, d, at);
          reference.set(name, at);
          expect(kept.size).toBe(reference.size);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart numbers that differ in one place only, in any order', () => {
    const kept = new KeptNumbers<string>(100);
    kept.set(1, 2, 3, 4, 'a');
    kept.set(4, 3, 2, 1, 'b');
    kept.set(1, 2, 3, -2, 'c');
    expect([kept.get(1, 2, 3, 4), kept.get(4, 3, 2, 1), kept.get(1, 2, 3, -2), kept.get(1, 2, 3, -1), kept.get(2, 1, 3, 4)]).toEqual(['a', 'b', 'c', undefined, undefined]);
    kept.clear();
    expect([kept.size, kept.get(1, 2, 3, 4)]).toEqual([0, undefined]);
  });
});
