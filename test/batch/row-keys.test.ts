// A sheet row is kept by its asked cells' shared strings only when no cell of it can be over
// MAX_FIELD bytes of UTF-8 (model/field-length.ts): its longest cell is counted in code units,
// each of which may take three bytes, so a longer one goes to rowProblem, which counts bytes.
import { describe, expect, it } from 'vitest';
import { sheetKey } from '../../src/batch/row-keys.js';
import { MAX_FIELD } from '../../src/model/field-length.js';

describe('sheetKey', () => {
  const positions = { source: 0, surface: 1, date: 2, platform: 3 };
  const cells = ['jd', 'live-cart', '2022-06-01', 'kuaishou', 'note'];
  const strings = Int32Array.from([3, 4, 7, 9, 12]);
  const keyOf = (longest: number) => {
    const into = new Int32Array(4);
    return sheetKey(positions, cells, strings, 0, longest, into, 0) ? Array.from(into) : undefined;
  };

  it('keeps a row whose longest cell is at most a third of MAX_FIELD in code units', () => {
    expect(keyOf(Math.floor(MAX_FIELD / 3))).toEqual([3, 4, 7, 9]);
  });

  it('leaves to the full road a row whose longest cell may be over MAX_FIELD bytes: 30,000 CJK characters are 90,000', () => {
    expect(keyOf(Math.floor(MAX_FIELD / 3) + 1)).toBeUndefined();
    expect(keyOf(30_000)).toBeUndefined();
  });
});
