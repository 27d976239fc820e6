// A plan's rows as the page keeps them and writes them to CSV (src/web/plan-rows.ts).
import { describe, expect, it } from 'vitest';
import { csvField, planCsv, planRowOf } from '../../src/web/plan-rows.js';

describe('planRowOf', () => {
  it.each([
    [
      '{"line":2,"platform":"kuaishou","verdict":"denied","rule":{"id":"r1"},"stale":null,"row":{"source":"taobao","surface":"live-cart"}}',
      { line: 2, outcome: 'denied', rule: 'r1', stale: false, error: '', cells: { source: 'taobao', surface: 'live-cart' } },
    ],
    [
      '{"line":3,"verdict":"allowed","rule":{"id":"r2"},"stale":{"newestEvidence":"2022-10-28","queriedDay":"2024-01-01","maxStaleness":"1y"},"row":{"source":"tmall","surface":"live-cart"}}',
      { line: 3, outcome: 'allowed', rule: 'r2', stale: true, error: '', cells: { source: 'tmall', surface: 'live-cart' } },
    ],
    ['{"line":4,"error":"no such surface","row":{"source":"jd","surface":"x"}}', { line: 4, outcome: 'error', rule: null, stale: false, error: 'no such surface', cells: { source: 'jd', surface: 'x' } }],
    // A row too long to read shows no cells.
    ['{"line":5,"error":"this row is 1200021 characters long","row":null}', { line: 5, outcome: 'error', rule: null, stale: false, error: 'this row is 1200021 characters long', cells: {} }],
  ])('%s', (line, row) => {
    expect(planRowOf(line)).toEqual(row);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['', ''],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes a header of the outcome columns, then the plan’s own', () => {
    const rows = [planRowOf('{"line":2,"verdict":"denied","rule":{"id":"r1"},"stale":null,"row":{"source":"taobao","surface":"live-cart","备注":"a,b"}}'), planRowOf('{"line":3,"error":"bad","row":{"source":"=1","surface":"x","备注":""}}')];
    expect(planCsv(rows)).toBe('line,outcome,rule,stale,error,source,surface,备注\r\n2,denied,r1,,,taobao,live-cart,"a,b"\r\n3,error,,,bad,\'=1,x,\r\n');
  });
});
