import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptTexts, stretchPrint } from '../../src/batch/kept-texts.js';

describe('answers kept by a stretch of a text', () => {
  it('finds what was kept for exactly the same stretch, wherever it lies, as a map keyed by its text does', () => {
    // Few letters, so that stretches often agree in length and in part.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '淘', '\u{1F600}'), maxLength: 12 });
    const ask = fc.tuple(text, text, text);
    fc.assert(
      fc.property(fc.array(ask, { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (asks, limit) => {
        const kept = new KeptTexts<number>(limit);
        const reference = new Map<string, number>();
        asks.forEach(([before, stretch, after], at) => {
          const whole = before + stretch + after;
          const from = before.length;
          const to = from + stretch.length;
          const print = stretchPrint(whole, from, to);
          expect(print).toBe(stretchPrint(stretch, 0, stretch.length));
          expect(print).not.toBe(0);
          // Reading ahead changes no answer.
          kept.warm(Int32Array.of(print), 1, (value) => value, new Int32Array(1));
          expect(kept.get(whole, from, to, print)).toBe(reference.get(stretch));
          if (reference.has(stretch)) return;
          // Past the limit, all that was kept is dropped at once.
          if (reference.size >= limit) reference.clear();
          kept.set(whole, from, to, print, at);
          reference.set(stretch, at);
          expect(kept.size).toBe(reference.size);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart stretches of one fingerprint by their units', () => {
    // Every stretch is given one fingerprint: only the units decide.
    const kept = new KeptTexts<string>(10);
    kept.set('xab', 1, 3, 7, 'ab');
    kept.set('ba', 0, 2, 7, 'ba');
    kept.set('abc', 0, 3, 7, 'abc');
    expect([kept.get('ab', 0, 2, 7), kept.get('-ba-', 1, 3, 7), kept.get('abc', 0, 3, 7), kept.get('aa', 0, 2, 7), kept.get('abd', 0, 3, 7)]).toEqual(['ab', 'ba', 'abc', undefined, undefined]);
  });
});
