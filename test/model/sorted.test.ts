import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtOrBefore, countBefore } from '../../src/model/sorted.js';

describe('binary searches in sorted instants', () => {
  it('count the values at or before, and before, a value', () => {
    const sorted = Float64Array.of(1, 3, 3, 7);
    expect([0, 1, 2, 3, 7, 8].map((value) => countAtOrBefore(sorted, value))).toEqual([0, 1, 1, 3, 4, 4]);
    expect([0, 1, 2, 3, 7, 8].map((value) => countBefore(sorted, value))).toEqual([0, 0, 1, 1, 3, 4]);
    expect(countAtOrBefore(new Float64Array(0), 5)).toBe(0);
  });

  it('count within a stretch of the array as they count in a copy of that stretch alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.nat(), fc.nat(), fc.integer({ min: -60, max: 60 }), (values, a, b, value) => {
        const sorted = Float64Array.from(values.sort((x, y) => x - y));
        const from = a % (sorted.length + 1);
        const count = b % (sorted.length - from + 1);
        // The stretch alone is sorted too: within it, the count is the copy's.
        expect(countAtOrBefore(sorted, value, from, count)).toBe(countAtOrBefore(sorted.slice(from, from + count), value));
      }),
    );
  });
});
