import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptTexts, stretchPrint, unitsPrint } from '../../src/batch/kept-texts.js';

const unitsOf = (text: string) => Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

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

  it('fingerprints a stretch held as code units as it does the same stretch of a string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        expect(unitsPrint(unitsOf(text), from, to)).toBe(stretchPrint(text, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a stretch kept as code units as one kept from a string, and the other way round', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '淘', '\u{1F600}'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text, fc.boolean(), fc.boolean()), { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (asks, limit) => {
        const kept = new KeptTexts<number>(limit);
        const reference = new Map<string, number>();
        asks.forEach(([before, stretch, after, getByUnits, setByUnits], at) => {
          const whole = before + stretch + after;
          const units = unitsOf(whole);
          const from = before.length;
          const to = from + stretch.length;
          const print = stretchPrint(whole, from, to);
          // Both ways of asking give the same answer, whichever way the stretch was kept.
          const found = getByUnits ? kept.getUnits(units, from, to, print) : kept.get(whole, from, to, print);
          expect(found).toBe(reference.get(stretch));
          expect(getByUnits ? kept.get(whole, from, to, print) : kept.getUnits(units, from, to, print)).toBe(found);
          if (reference.has(stretch)) return;
          if (reference.size >= limit) reference.clear();
          if (setByUnits) kept.setUnits(units, from, to, print, at);
          else kept.set(whole, from, to, print, at);
          reference.set(stretch, at);
          expect(kept.size).toBe(reference.size);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart stretches of one fingerprint by their units, asked as code units', () => {
    const kept = new KeptTexts<string>(10);
    kept.setUnits(unitsOf('xab'), 1, 3, 7, 'ab');
    kept.set('ba', 0, 2, 7, 'ba');
    kept.setUnits(unitsOf('abc'), 0, 3, 7, 'abc');
    expect([kept.getUnits(unitsOf('ab'), 0, 2, 7), kept.getUnits(unitsOf('-ba-'), 1, 3, 7), kept.get('abc', 0, 3, 7), kept.getUnits(unitsOf('aa'), 0, 2, 7), kept.getUnits(unitsOf('abd'), 0, 3, 7)]).toEqual(['ab', 'ba', 'abc', undefined, undefined]);
  });
});
