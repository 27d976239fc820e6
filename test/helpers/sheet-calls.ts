// Sheets whose rows are of every kind a reader hands on, and a sink that writes down every call
// it gets: for comparing two roads from a workbook to a sink (test/batch/sheet-blocks.test.ts,
// test/cli/reader-thread.test.ts).
import { expect } from 'vitest';
import type { RecordSink } from '../../src/batch/read/records.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { headerRow, inline, workbook } from './xlsx.js';

export const STRINGS = ['source', 'surface', 'date', 'jd', 'live-cart', 'taobao', 'short-video-cart', '2022-06-01', '淘宝'];

/** A row of varied cells: shared strings, an inline string, a date shown by its style, a number, an error, a value past the header. */
export function variedRow(line: number): string {
  const r = (column: string) => `${column}${line}`;
  switch (line % 9) {
    case 0:
      return `<row r="${line}">${inline(r('A'), `https://item.jd.com/${line}.html`)}<c r="${r('B')}" t="s"><v>4</v></c><c r="${r('C')}" s="1"><v>${44713 + (line % 400)}</v></c></row>`;
    case 1:
      return `<row r="${line}"><c r="${r('A')}" t="e"><v>#REF!</v></c></row>`;
    case 2:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>3</v></c>${inline(r('D'), 'note')}</row>`;
    case 3:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>8</v></c><c r="${r('B')}" t="s"><v>6</v></c></row>`;
    case 4:
      return `<row r="${line}"/>`;
    case 5:
      return `<row r="${line}"><c r="${r('A')}" t="b"><v>1</v></c><c r="${r('B')}"><v>0.30000000000000004</v></c><c r="${r('C')}" t="s"><v>7</v></c></row>`;
    default:
      return `<row r="${line}"><c r="${r('A')}" t="s"><v>${3 + (line % 2) * 2}</v></c><c r="${r('B')}" t="s"><v>${4 + (line % 2) * 2}</v></c><c r="${r('C')}" t="s"><v>7</v></c></row>`;
  }
}

export function variedBook(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, index) => variedRow(index + 2)).join('');
  return workbook({ sheets: [{ name: 'Plan', rows: `${headerRow()}${body}` }], strings: STRINGS, formats: [0, 14] });
}

export type Call = (string | number | readonly (string | number)[])[];

/**
 * A sink that writes down every call it gets; `road`: which calls it takes. Held, it checks that
 * each row given to sheet() is the next one sheetAhead() announced, with the same cells and numbers.
 */
export function recorder(road: 'held' | 'sheet' | 'plain') {
  const calls: Call[] = [];
  let announced: Call[] = [];
  const numbersOf = (cells: readonly string[], strings: Int32Array, from: number) => Array.from(strings.subarray(from, from + cells.length));
  const base = (line: number, _header: readonly string[], cells: readonly string[], error: InputError | undefined) => {
    calls.push(['row', line, [...cells], error === undefined ? '' : errorMessage(error)]);
  };
  const sheet = (line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => {
    const row: Call = [[...cells], numbersOf(cells, strings, from), longest];
    if (road === 'held') expect(row).toEqual(announced.shift());
    calls.push(['sheet', line, ...row, header.length]);
  };
  const sheetAhead = (header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array) => {
    expect(announced).toEqual([]);
    expect(stride).toBe(header.length);
    announced = rows.slice(0, count).map((cells, k) => [[...cells], numbersOf(cells, strings, k * stride), longest[k]!]);
  };
  const sink: RecordSink = road === 'plain' ? base : road === 'sheet' ? Object.assign(base, { sheet }) : Object.assign(base, { sheet, sheetAhead });
  return { sink, calls, pending: () => announced.length };
}

/** The header check of a plan with source, surface and date. */
export const headerCheck = (names: readonly string[]) => {
  for (const column of ['source', 'surface', 'date']) if (!names.includes(column)) throw new InputError(`the header lacks ${column}`);
};
