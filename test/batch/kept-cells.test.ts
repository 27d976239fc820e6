// The batch's table of cells by their text: the value kept for a text is found for that text
// only, every code unit counting, through growth and the drop at its limit (#18).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CACHE_LIMIT, Cells, ownCopy } from '../../src/batch/kept-cells.js';

/** Asks the table for each text as the batch does (get, then set when missed) and checks it against a Map. */
function agreesWithAMap(texts: string[]): void {
  const cells = new Cells<number>();
  const map = new Map<string, number>();
  texts.forEach((text, i) => {
    const found = cells.get(text);
    expect(found, JSON.stringify(text)).toBe(text.length > 1024 ? undefined : map.get(text));
    if (found === undefined) {
      expect(cells.set(text, i)).toBe(i);
      if (text.length > 1024) return;
      if (map.size >= CACHE_LIMIT) map.clear();
      map.set(text, i);
    }
  });
}

describe('Cells', () => {
  it('finds a text only by every code unit of it: texts that differ where the fingerprint does not look, lone surrogates, the empty text', () => {
    const long = 'https://item.taobao.com/item.htm?id=';
    agreesWithAMap(['', 'a', long + '123456789012', long + '123456789012', long + '123456789013', long.replace('item', 'itex') + '123456789012', long.replace('item', 'itex') + '123456789012', '\ud800', '\udc00', '\ud800', 'x'.repeat(1025), 'x'.repeat(1025), 'ab', 'ba', 'ab']);
  });

  it('keeps what it finds through growth and through the drop at its limit', () => {
    const texts = Array.from({ length: CACHE_LIMIT * 3 }, (_, i) => `2019-${i % (CACHE_LIMIT + 7000)}`);
    agreesWithAMap(texts);
  });

  it('keeps a copy of the text that is the same text, every code unit of it (lone surrogates, quotes, backslashes, controls)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '"', '\\', '\u0000', '\n', '\u2028', 'a'), maxLength: 40 }), (a, b) => {
        const text = `${a}${b}`.slice(0);
        expect(ownCopy(text)).toBe(text);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('agrees with a Map on generated texts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('live-cart', '直播间', 'https://item.jd.com/100000000001.html', 'https://item.jd.com/100000000002.html')), { maxLength: 600 }), agreesWithAMap),
      { numRuns: 200, seed: 20261204 },
    );
  });
});
