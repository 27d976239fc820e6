// A1-style references: a column's letters to its number and back, as Excel names them.
import { describe, expect, it } from 'vitest';
import { cellName, columnName, columnOf } from '../../src/batch/read/cell-references.js';

describe('cell references', () => {
  it.each([
    ['A1', 0],
    ['B12', 1],
    ['Z3', 25],
    ['AA1', 26],
    ['az9', 51],
    ['XFD1048576', 16_383],
  ])('%s is in column %i (from 0)', (reference, column) => {
    expect(columnOf(reference)).toBe(column);
  });

  it.each(['', '12', 'ABCD1', '$A$1', 'é1'])('%j is no reference', (reference) => {
    expect(columnOf(reference)).toBeNaN();
  });

  it('names every column of a sheet as its reference reads it back', () => {
    for (let column = 0; column < 16_384; column++) expect(columnOf(cellName(column, 7))).toBe(column);
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702), columnName(16_383)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(cellName(1, 12)).toBe('B12');
  });
});
