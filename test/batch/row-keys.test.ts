// A sheet row is kept by its asked cells' shared strings only when no cell of it can be over
// MAX_FIELD bytes of UTF-8 (model/field-length.ts): its longest cell is counted in code units,
// each of which may take three bytes, so a longer one goes to rowProblem, which counts bytes.
import { describe, expect, it } from 'vitest';
import { keySpan, sheetKey } from '../../src/batch/row-keys.js';
import type { RecordText } from '../../src/batch/read/records.js';
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

// A record kept by its text is answered without rowProblem's reading of every cell: a cell that may
// be a spreadsheet formula (=A2, ="…") goes to the full road, which refuses a formula in any asked
// cell, the platform's too (found by the batch-against-single-check property at 4,908 runs).
describe('keySpan', () => {
  const positions = { source: 0, surface: 1, date: 2, platform: 3 };
  const recordOf = (line: string): RecordText => {
    const cells = line.split(',');
    const spans = new Int32Array(cells.length * 2);
    let at = 0;
    cells.forEach((cell, i) => {
      spans[i * 2] = at;
      spans[i * 2 + 1] = at + cell.length;
      at += cell.length + 1;
    });
    return { text: line, count: cells.length, spans, cells: () => cells };
  };
  const spanOf = (line: string) => {
    const span = new Int32Array(2);
    return keySpan(recordOf(line), positions, span) ? Array.from(span) : undefined;
  };

  it('keeps a record whose asked cells are plain text', () => {
    expect(spanOf('taobao,live-cart,2022-06-01,kuaishou,c1')).toEqual([0, 36]);
  });

  it.each(['=A0,live-cart,2022-06-01,kuaishou', 'taobao,live-cart,=B2,kuaishou', 'taobao,live-cart,2022-06-01,=A0', 'taobao,live-cart,2022-06-01,"=A0"', 'taobao,live-cart,2022-06-01,=VLOOKUP(A1)'])('leaves %j, a cell of which may be a formula, to the full road', (line) => {
    expect(spanOf(line)).toBeUndefined();
  });
});
