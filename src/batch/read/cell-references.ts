// A1-style cell references in a sheet (ECMA-376 Part 1, 18.18.62 ST_CellRef): a column's
// letters, then the row's number.

/** A cell's column from its reference: B12 → 1 (from 0). NaN when it is no reference. */
export function columnOf(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 4; i++) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return i === 0 || i > 3 ? NaN : column - 1;
}

/** A column's letters (from 0): 1 → B. */
export function columnName(column: number): string {
  let name = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(0x41 + ((rest - 1) % 26)) + name;
  return name;
}

/** A cell's reference: column 1 (from 0), row 12 → B12. */
export function cellName(column: number, row: number): string {
  return `${columnName(column)}${row}`;
}
