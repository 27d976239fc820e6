// Plans exported from forms and templates mark their required and optional columns (*日期, 日期*,
// 日期（必填）, 【必填】日期, 商品链接（选填）): the marks are not part of the column's name, and the
// header is shown as written. No other note is dropped: 时间(UTC) says what the column holds.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { columnNames, headerKey, locateColumns } from '../../src/batch/columns.js';
import { normalizeName } from '../../src/engine/names.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('headerKey', () => {
  it.each([
    ['*日期', '日期'], ['日期*', '日期'], ['* 日期', '日期'], ['日期 *', '日期'], ['＊日期', '日期'], ['*日期*', '日期'],
    ['日期（必填）', '日期'], ['日期(必填)', '日期'], ['日期 (必填)', '日期'], ['日期［必填］', '日期'], ['【必填】日期', '日期'], ['【必填】 日期', '日期'],
    ['商品链接（选填）', '商品链接'], ['【选填】平台', '平台'], ['*日期（必填）', '日期'], [' *Date ', 'date'],
    // Only those marks, once at each end: any other note is part of the name.
    ['时间(UTC)', '时间(utc)'], ['日期（北京时间）', '日期(北京时间)'], ['日期(必填项)', '日期(必填项)'], ['日期( 必填 )', '日期( 必填 )'],
    ['必填日期', '必填日期'], ['**日期', '*日期'], ['日期（必填）（选填）', '日期(必填)'], ['日*期', '日*期'], ['(必填】日期', '(必填】日期'], ['*', ''],
  ])('%s: %s', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it('gives any header the key its definition gives: marks taken off each end, then trailing white space', () => {
    const MARK = String.raw`(?:\*|\((?:必填|选填)\)|\[(?:必填|选填)\]|【(?:必填|选填)】)`;
    const defined = (header: string) => normalizeName(header).replace(new RegExp(`^${MARK}\\s*`), '').replace(new RegExp(`${MARK}$`), '').trimEnd();
    const pool = ['*', '＊', '(', ')', '（', '）', '[', ']', '［', '］', '【', '】', '必填', '选填', ' ', '\u3000', '日期', 'Date', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 7 }), (parts) => {
        const header = parts.join('');
        expect(headerKey(header)).toBe(defined(header));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('which columns a marked header has', () => {
  const located = (header: string, columns?: string) => {
    try {
      return locateColumns(header.split(','), columnNames(columns));
    } catch (error) {
      return errorMessage(error as InputError);
    }
  };
  it.each<[string, string | undefined, object | string]>([
    ['*来源,*位置,*日期', undefined, { source: 0, surface: 1, date: 2 }],
    ['来源*,位置*,日期*', undefined, { source: 0, surface: 1, date: 2 }],
    ['* 来源,* 位置,* 日期', undefined, { source: 0, surface: 1, date: 2 }],
    ['来源（必填）,位置（必填）,日期（必填）', undefined, { source: 0, surface: 1, date: 2 }],
    ['来源(必填),位置(必填),日期(必填)', undefined, { source: 0, surface: 1, date: 2 }],
    ['【必填】商品链接,【必填】投放位置,【必填】日期,平台（选填）', undefined, { source: 0, surface: 1, date: 2, platform: 3 }],
    ['*Source,*Surface,*Date,*Time', undefined, { source: 0, surface: 1, date: 2, time: 3 }],
    ['商品链接（选填）,位置,日期,*开播时刻', undefined, { source: 0, surface: 1, date: 2, time: 3 }],
    // A time in another zone, or a note on what the column holds, is no column of the plan's.
    ['来源,位置,日期,时间(UTC)', undefined, { source: 0, surface: 1, date: 2 }],
    ['来源,位置,时间(UTC)', undefined, { source: 0, surface: 1 }],
    ['来源,位置,日期（北京时间）', undefined, { source: 0, surface: 1 }],
    // --columns names a header with or without its marks.
    ['来源,位置,排期（必填）', 'date=排期', { source: 0, surface: 1, date: 2 }],
    ['来源,位置,*排期', 'date=*排期', { source: 0, surface: 1, date: 2 }],
    ['来源,位置,*日期,时间', 'date=日期', { source: 0, surface: 1, date: 2, time: 3 }],
    // A column under one name with a mark and without: which holds it cannot be known.
    ['来源,位置,日期,*日期', undefined, 'the header names the date column 2 times ("日期", "*日期"); headers are matched without regard to case, spaces or the marks of a required or optional column (*, (必填), (选填)): rename or remove all but one'],
    ['来源,位置,日期（必填）,*时间', undefined, 'the header names the date column 2 times ("日期（必填）", "*时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
  ])('%s, --columns %s', (header, columns, expected) => {
    expect(located(header, columns)).toEqual(expected);
  });
});

describe('a plan with marked headers', () => {
  const CSV = '*商品链接,*投放位置,*日期（必填）,时刻（选填）,备注（选填）\njd,live-cart,2022-10-27,23:30,a\njd,live-cart,2022-10-27,晚上,b\n';
  const outcomes = (run: Awaited<ReturnType<typeof batch>>) => rows(run).map((row) => [row.line, row.at ?? row.error, row.row]);
  const expected = (line: (n: number) => number) => [
    [line(2), '2022-10-27T23:30:00+08:00', { '*商品链接': 'jd', '*投放位置': 'live-cart', '*日期（必填）': '2022-10-27', '时刻（选填）': '23:30', '备注（选填）': 'a' }],
    [line(3), '"晚上" in the time column "时刻（选填）" is no time of day: write it 23:30, 23:30:15, 23点30分, 11:30 PM or 下午11:30, or leave the cell empty to ask about the day', { '*商品链接': 'jd', '*投放位置': 'live-cart', '*日期（必填）': '2022-10-27', '时刻（选填）': '晚上', '备注（选填）': 'b' }],
  ];

  it('is read in CSV, its headers shown as written', async () => {
    expect(outcomes(await batch([plan('marked.csv', CSV), '--ndjson']))).toEqual(expected((n) => n));
  });

  it('is read in JSON Lines, by its keys', async () => {
    const [header, ...lines] = CSV.trim().split('\n').map((line) => line.split(','));
    const content = lines.map((cells) => JSON.stringify(Object.fromEntries(header!.map((key, index) => [key, cells[index]])))).join('\n');
    expect(outcomes(await batch([plan('marked.jsonl', `${content}\n`), '--ndjson']))).toEqual(expected((n) => n - 1));
  });

  it('is read in a workbook', async () => {
    const [header, ...lines] = CSV.trim().split('\n').map((line) => line.split(','));
    const book = workbook({ sheets: [{ name: 'plan', rows: `${headerRow(header)}${lines.map((cells, index) => `<row r="${index + 2}">${cells.map((cell, column) => inline(`${'ABCDE'[column]}${index + 2}`, cell)).join('')}</row>`).join('')}` }] });
    expect(outcomes(await batch([plan('marked.xlsx', book), '--ndjson']))).toEqual(expected((n) => n));
  });

  it('a header with a time in another zone beside the date is read without it, never as the platform zone\'s time', async () => {
    const run = await batch([plan('utc.csv', '*来源,*位置,*日期,时间(UTC)\njd,live-cart,2022-10-27,15:30\n'), '--ndjson']);
    expect(rows(run).map((row) => [row.at, row.row])).toEqual([['2022-10-27T00:00:00+08:00', { '*来源': 'jd', '*位置': 'live-cart', '*日期': '2022-10-27', '时间(UTC)': '15:30' }]]);
  });

  it('a header without a needed column is refused, listing its headers as written', async () => {
    const run = await batch([plan('none.csv', '*来源,*位置,时间(UTC)\njd,live-cart,15:30\n')]);
    expect(run.stderr).toBe('linkcheck: the header row has no column for date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time); it has: "*来源", "*位置", "时间(UTC)"; name the columns so, or map them with --columns source=<header>,surface=<header>,date=<header>\n');
    expect(run.code).toBe(2);
  });
});
