// Spreadsheet formulas in a text plan's cells (src/batch/read/cell-formula.ts): Excel's text
// formula ="…", as ERP and shop exports write numbers and dates, is read in a CSV plan as the text
// Excel shows; any other formula in a column a row is asked by makes it an error row naming the
// cell, not a share text whose link is in doubt (docs/batch-and-ci.md, "CSV").
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formulaText, isFormula } from '../../src/batch/read/cell-formula.js';
import { batch, plan, folder, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a cell as Excel shows it', () => {
  it.each([
    ['="2022-06-01"', '2022-06-01'],
    ['="https://item.jd.com/1.html"', 'https://item.jd.com/1.html'],
    ['="1234567890123456"', '1234567890123456'],
    ['="say ""hi"""', 'say "hi"'],
    ['=""', ''],
    // More than one text, or not Excel's text formula: as it is.
    ['="a"&"b"', '="a"&"b"'],
    ['="2022-06-01', '="2022-06-01'],
    ['= "2022-06-01"', '= "2022-06-01"'],
    ['2022-06-01', '2022-06-01'],
    ['=A2', '=A2'],
  ])('%j: %j', (cell, shown) => {
    expect(formulaText(cell)).toBe(shown);
  });

  it.each([
    ['=HYPERLINK("https://item.jd.com/1.html","商品")', true],
    ['=hyperlink ("https://item.jd.com/1.html")', true],
    ['="a"&"b"', true],
    ['=A2', true],
    ['=$B$3', true],
    ['=Sheet1!C4', true],
    ['=VLOOKUP(A2,商品!A:B,2,0)', true],
    ['==> 点击 https://item.jd.com/1.html', false],
    ['=￥AEpabxiRg0u￥', false],
    [' =A2', false],
    ['jd', false],
    ['', false],
  ])('%j is a formula: %j', (cell, formula) => {
    expect(isFormula(cell)).toBe(formula);
  });
});

describe('in a batch', () => {
  const outcomes = (run: Awaited<ReturnType<typeof batch>>) => rows(run).map((row) => [row.line, row.verdict ?? row.error]);
  const formula = (column: string, value: string) =>
    `the ${column} cell holds a spreadsheet formula, ${value}, whose value the plan does not hold: write the value itself in the cell (the link, the date), or give the workbook (.xlsx), which keeps each formula's value`;

  it.each([
    ['comma', ','],
    ['tab', '\t'],
    ['semicolon', ';'],
  ])('a CSV plan parted by a %s reads ="…" as its text, bare or quoted, and refuses any other formula in an asked column', async (_name, separator) => {
    const lines = [
      ['source', 'surface', 'date', 'note'],
      // Tmall on Kuaishou's live-room cart in June 2022: denied, where the link in a formula's text was in doubt (unknown, a warning).
      ['="https://detail.tmall.com/item.htm?id=1"', 'live-cart', '="2022-06-01"', '="1234567890123456"'],
      ['"=""https://detail.tmall.com/item.htm?id=1"""', '"=""live-cart"""', '2022-06-01', ''],
      ['jd', 'short-video-cart', '"=""2022/6/1"""', '=A2'],
      [`"=HYPERLINK(""https://detail.tmall.com/item.htm?id=1"";""商品"")"`, 'live-cart', '2022-06-01', ''],
      ['jd', 'live-cart', '=A2', ''],
      ['jd', '=$B$3', '2022-06-01', ''],
      ['jd', 'live-cart', '="2022-06-01"&" 20:00"', ''],
      ['=""', 'live-cart', '2022-06-01', ''],
    ];
    const content = `${lines.map((cells) => cells.join(separator)).join('\r\n')}\r\n`;
    const run = await batch([plan(`formulas-${_name}.csv`, content), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [2, 'denied'],
      [3, 'denied'],
      [4, 'allowed'],
      [5, formula('source', '=HYPERLINK("https://detail.tmall.com/item.htm?id=1";"商品")')],
      [6, formula('date', '=A2')],
      [7, formula('surface', '=$B$3')],
      [8, formula('date', '="2022-06-01"&" 20:00"')],
      [9, 'no source in this row'],
    ]);
    // Cells are shown as Excel shows them; a formula outside the asked columns as written.
    expect(rows(run).slice(0, 3).map((row) => row.row)).toEqual([
      { source: 'https://detail.tmall.com/item.htm?id=1', surface: 'live-cart', date: '2022-06-01', note: '1234567890123456' },
      { source: 'https://detail.tmall.com/item.htm?id=1', surface: 'live-cart', date: '2022-06-01', note: '' },
      { source: 'jd', surface: 'short-video-cart', date: '2022/6/1', note: '=A2' },
    ]);
    expect(run.code).toBe(2);
  });

  it('a time column\'s formula is refused as the date\'s', async () => {
    const run = await batch([plan('time-formula.csv', 'source,surface,date,time\njd,live-cart,2022-10-27,="23:30"\njd,live-cart,2022-10-27,"=TIME(23,30,0)"\n'), '--ndjson']);
    expect(outcomes(run)).toEqual([[2, 'denied'], [3, formula('time', '=TIME(23,30,0)')]]);
  });

  it('JSON Lines, written by programs, not for Excel, reads ="…" as the formula it is', async () => {
    const run = await batch([plan('formulas.jsonl', '{"source":"=\\"https://detail.tmall.com/item.htm?id=1\\"","surface":"live-cart","date":"2022-06-01"}\n{"source":"jd","surface":"live-cart","date":"=\\"2022-06-01\\""}\n'), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [1, formula('source', '="https://detail.tmall.com/item.htm?id=1"')],
      [2, formula('date', '="2022-06-01"')],
    ]);
  });
});
