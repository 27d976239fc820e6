import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByNumber } from '../../src/batch/by-number.js';
import { KEYED_TEXTS } from '../../src/batch/text-keys.js';

describe('values kept by a number the reader gave a text', () => {
  it('finds what was kept for a number, as a map does, while reading ahead changes nothing', () => {
    // Numbers from one run of numbering: each below KEYED_TEXTS, so each has a slot of its own.
    const number = fc.integer({ min: -1, max: KEYED_TEXTS - 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(number, fc.boolean()), { maxLength: 300 }), (steps) => {
        const kept = new ByNumber<{ id: number }>();
        const reference = new Map<number, { id: number }>();
        steps.forEach(([key, keep], at) => {
          kept.warm([{ key }], 1, (value) => value.id);
          expect(kept.get(key)).toBe(key < 0 ? undefined : reference.get(key));
          if (!keep || key < 0) return;
          const value = { id: at };
          kept.set(key, value);
          reference.set(key, value);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads ahead each value the records’ keys will find, and only those', () => {
    const kept = new ByNumber<string>();
    kept.set(3, 'three');
    kept.set(7, 'seven');
    // 3 + KEYED_TEXTS, a number of a later run, shares 3's slot but is not 3.
    const records = [{ key: 7 }, { key: -1 }, {}, { key: 5 }, { key: 3 + KEYED_TEXTS }, { key: 3 }, { key: 7 }];
    const read: string[] = [];
    kept.warm(records, records.length, (value) => {
      read.push(value);
      return value.length;
    });
    expect(read).toEqual(['seven', 'three', 'seven']);
    // What was read is kept, so that the reads are not left out as unused.
    expect(kept.warmth).toBe(5 ^ 5 ^ 5);
    // Only the first `count` records are read.
    read.length = 0;
    kept.warm(records, 1, (value) => (read.push(value), 0));
    expect(read).toEqual(['seven']);
  });

  it('reads nothing before any value is kept', () => {
    const kept = new ByNumber<string>();
    kept.warm([{ key: 1 }], 1, () => {
      throw new Error('nothing is kept to read');
    });
    expect(kept.get(1)).toBeUndefined();
  });
});
