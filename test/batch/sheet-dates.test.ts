// A date or time cell of a workbook is read as the sheet shows it, to the precision its format
// shows, cut there as Excel shows it, never rounded up across a rule's boundary (a midnight); an
// ISO date cell (t="d") as a number cell of the same moment is; an elapsed time ([h]:mm:ss) is
// no moment, and an error row (docs/batch-and-ci.md, ".xlsx").
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { serialText, shownByCode } from '../../src/batch/read/sheet-values.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('what a format shows', () => {
  it.each([
    ['yyyy-mm-dd hh:mm:ss.000', { kind: 'date-time', seconds: true, fraction: 3 }],
    ['hh:mm:ss.0', { kind: 'time', seconds: true, fraction: 1 }],
    ['yyyy-mm-dd hh:mm:ss.00;@', { kind: 'date-time', seconds: true, fraction: 2 }],
    ['yyyy-mm-dd hh:mm:ss', { kind: 'date-time', seconds: true }],
    ['[h]:mm:ss', { kind: 'time', seconds: true, elapsed: true }],
    ['[mm]:ss', { kind: 'time', seconds: true, elapsed: true }],
    ['[h]:mm', { kind: 'time', seconds: false, elapsed: true }],
    // A month or a year shows no day of the month; a weekday's name is the day it names.
    ['yyyy"年"m"月"', { kind: 'date', seconds: false, period: 'month' }],
    ['[$-804]yyyy"年"m"月";@', { kind: 'date', seconds: false, period: 'month' }],
    ['mmm-yy', { kind: 'date', seconds: false, period: 'month' }],
    ['mmmm', { kind: 'date', seconds: false, period: 'month' }],
    ['yyyy', { kind: 'date', seconds: false, period: 'year' }],
    ['m"月"d"日"', { kind: 'date', seconds: false }],
    ['dddd, mmmm d, yyyy', { kind: 'date', seconds: false }],
    ['dddd', { kind: 'date', seconds: false }],
    ['yyyy"年"m"月"d"日" dddd', { kind: 'date', seconds: false }],
  ])('%s', (code, shown) => {
    expect(shownByCode(code)).toEqual(shown);
  });
});

describe('a serial as the format shows it, cut, not rounded up', () => {
  it.each<[number, Parameters<typeof serialText>[2], string]>([
    [44620.9999999, { kind: 'date-time', seconds: true, fraction: 3 }, '2022-02-28 23:59:59.991'],
    [44620.9999999, { kind: 'date-time', seconds: true }, '2022-02-28 23:59:59'],
    [44620.9999999, { kind: 'date-time', seconds: false }, '2022-02-28 23:59'],
    [44620.9999999, { kind: 'date', seconds: false }, '2022-02-28'],
    [44620.99999, { kind: 'time', seconds: true, fraction: 1 }, '23:59:59.1'],
    // A binary fraction a hair under a whole time is that time.
    [46368.833333333336, { kind: 'date-time', seconds: false }, '2026-12-12 20:00'],
    [0.83333333333333337, { kind: 'time', seconds: true, fraction: 3 }, '20:00:00.000'],
    // Within half a millisecond of midnight is midnight.
    [44620.9999999999, { kind: 'date-time', seconds: true }, '2022-03-01 00:00:00'],
    // A month or a year, as the sheet shows it.
    [44835.5, { kind: 'date', seconds: false, period: 'month' }, '2022-10'],
    [44835.5, { kind: 'date', seconds: false, period: 'year' }, '2022'],
  ])('%d', (serial, shown, text) => {
    expect(serialText(serial, false, shown)).toBe(text);
  });
});

describe('in a batch', () => {
  const book = (format: string | number, serial: string) =>
    workbook({ formats: [0, format], sheets: [{ name: 'plan', rows: `${headerRow()}<row r="2">${inline('A2', 'jd')}${inline('B2', 'live-cart')}<c r="C2" s="1"><v>${serial}</v></c></row>` }] });

  it.each(['yyyy-mm-dd hh:mm:ss.000', 'yyyy-mm-dd hh:mm:ss', 'yyyy-mm-dd hh:mm', 'yyyy/m/d h:mm'])('a moment before a midnight cut, shown as %s, is asked before it', async (format) => {
    const run = await batch([plan('cut.xlsx', book(format, '44620.9999999')), '--ndjson']);
    // JD left Kuaishou's live-room cart at 2022-03-01 00:00: the last moment of February is allowed.
    expect(rows(run).map((row) => row.verdict)).toEqual(['allowed']);
    expect(rows(run)[0]!.at).toMatch(/^2022-02-28T23:59/);
  });

  // SheetJS (cellDates) writes a date cell as the time the sheet shows with a Z after it, as do
  // writers that keep dates as UTC: read as that instant, 20:00 on 27 October would be 04:00 on
  // the 28th in Beijing, when JD's live-room cart was back (allowed), where the sheet shows the
  // evening before, when it was still cut (denied).
  const iso = (format: string | number, value: string) =>
    workbook({ formats: [0, format], sheets: [{ name: 'plan', rows: `${headerRow()}<row r="2">${inline('A2', 'jd')}${inline('B2', 'live-cart')}<c r="C2" s="1" t="d"><v>${value}</v></c></row>` }] });
  it.each<[string, string | number, string, string]>([
    ['a date-time format', 'yyyy-mm-dd hh:mm', '44861.833333333336', '2022-10-27T20:00:00+08:00'],
    ['a date format (SheetJS\'s default, 14): the row is the day', 14, '44861.833333333336', '2022-10-27T00:00:00+08:00'],
  ])('an ISO date cell (t="d") written with a Z is the time the sheet shows, as the number cell of that moment: %s', async (_, format, serial, at) => {
    const answers = async (bytes: Buffer) => {
      const run = await batch([plan('iso.xlsx', bytes), '--ndjson']);
      return { code: run.code, rows: rows(run).map((row) => ({ verdict: row.verdict, at: row.at, row: row.row })) };
    };
    const fromIso = await answers(iso(format, '2022-10-27T20:00:00.000Z'));
    expect(fromIso.rows.map(({ verdict, at }) => ({ verdict, at }))).toEqual([{ verdict: 'denied', at }]);
    expect(fromIso).toEqual(await answers(book(typeof format === 'string' ? format : 'yyyy-mm-dd', serial)));
    expect(fromIso.code).toBe(1);
  });

  // A cell that shows 2022 or 2022年10月 holds that period's first day: read as that day, JD in
  // Kuaishou's live-room cart was allowed for 2022, whose March cut it denied. Saved as CSV,
  // the sheet gives 2022年10月, which no road reads as a day; nor does the workbook.
  it.each<[string | number, string, string]>([
    ['yyyy', '44562', '2022'],
    ['yyyy"年"m"月"', '44835', '2022-10'],
    ['[$-804]yyyy"年"m"月";@', '44835.75', '2022-10'],
    ['mmm yyyy', '44835', '2022-10'],
    [17, '44835', '2022-10'],
    [57, '44835', '2022-10'],
  ])('a date cell shown as a month or a year (%s) is no day: an error row naming the value', async (format, serial, shown) => {
    const run = await batch([plan('month.xlsx', book(format, serial)), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual([expect.stringMatching(new RegExp(`^unrecognised date "${shown}"; use 2022-06-01`))]);
    expect(rows(run)[0]!.row).toEqual({ source: 'jd', surface: 'live-cart', date: shown });
    expect(run.code).toBe(2);
    const fromIso = await batch([plan('month-iso.xlsx', iso(format, '2022-10-01T00:00:00')), '--ndjson']);
    expect(rows(fromIso).map((row) => row.row)).toEqual([{ source: 'jd', surface: 'live-cart', date: format === 'yyyy' ? '2022' : '2022-10' }]);
  });

  it('a month beside the date, in a column of its own, is kept as the sheet shows it', async () => {
    const bytes = workbook({
      formats: [0, 'yyyy"年"m"月"', 'yyyy-mm-dd'],
      sheets: [{ name: 'plan', rows: `<row r="1">${inline('A1', 'source')}${inline('B1', 'surface')}${inline('C1', 'date')}${inline('D1', 'month')}</row><row r="2">${inline('A2', 'jd')}${inline('B2', 'live-cart')}<c r="C2" s="2"><v>44620</v></c><c r="D2" s="1"><v>44593</v></c></row>` }],
    });
    const run = await batch([plan('month-column.xlsx', bytes), '--ndjson']);
    expect(rows(run).map((row) => [row.verdict, row.row])).toEqual([['allowed', { source: 'jd', surface: 'live-cart', date: '2022-02-28', month: '2022-02' }]]);
  });

  it('an ISO date cell (t="d") with an offset other than Z is an error row naming it: which time is meant cannot be known', async () => {
    const run = await batch([plan('offset.xlsx', iso('yyyy-mm-dd hh:mm', '2022-10-27T20:00:00-04:00')), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual(['cell C2 holds the date "2022-10-27T20:00:00-04:00" with a UTC offset: a sheet shows no time zone, so whether the time as written or that instant is meant cannot be known; write the date and time without an offset, as the sheet shows them']);
    expect(run.code).toBe(2);
  });

  it.each(['[h]:mm:ss', '[mm]:ss', '[h]:mm'])('an elapsed time (%s) is an error row naming the cell', async (format) => {
    const run = await batch([plan('elapsed.xlsx', book(format, '1.0625')), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual([`cell C2 holds 1.0625 formatted as an elapsed time ([h]:mm:ss), a length of time, not a date or a time of day; format it as a date or a time`]);
    expect(run.code).toBe(2);
  });
});
