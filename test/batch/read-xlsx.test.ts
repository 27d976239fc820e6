// Reading workbooks as a person sees them in Excel or WPS: every row with a value
// is a row of the report, at its row number; what cannot be read is an error row
// naming the cell; a workbook that would unpack past its limits is refused.
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/batch/read/read-xlsx.js';
import { attribute, XmlScanner } from '../../src/batch/read/xml.js';
import type { ZipSource } from '../../src/batch/read/zip.js';
import { headerRow, inline, workbook, zip } from '../helpers/xlsx.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { DataError, InputError } from '../../src/errors/errors.js';
import { HEADER_NAMES, headerCheck } from '../../src/batch/columns.js';

type Row = [line: number, cells: readonly string[], error?: string];

function source(bytes: Buffer): ZipSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) };
}

async function rowsOf(bytes: Buffer, sheet?: string): Promise<{ rows: Row[]; blank: number }> {
  const rows: Row[] = [];
  const { blank } = await readXlsx(source(bytes), sheet, (line, _, cells, error) => void rows.push(error === undefined ? [line, [...cells]] : [line, [...cells], errorMessage(error)]), () => {}, 'plan.xlsx');
  return { rows, blank };
}

async function refusal(bytes: Buffer, sheet?: string, lang: 'en' | 'zh' = 'en'): Promise<string> {
  try {
    await rowsOf(bytes, sheet);
  } catch (error) {
    return error instanceof InputError || error instanceof DataError ? errorMessage(error, lang) : (error as Error).message;
  }
  return 'read';
}

const row = (number: number, cells: string) => `<row r="${number}">${cells}</row>`;

describe('cells', () => {
  it.each<[string, { rows: string; strings?: string[]; formats?: (number | string)[]; date1904?: boolean }, Row[]]>([
    ['cells and rows without r are read in order', { rows: `<row>${['source', 'surface', 'date'].map((name) => inline(null, name)).join('')}</row><row>${inline(null, 'jd')}${inline(null, 'live-cart')}${inline(null, '2022-06-01')}</row><row><c/>${inline(null, 'x')}</row>` }, [
      [2, ['jd', 'live-cart', '2022-06-01']],
      [3, ['', 'x']],
    ]],
    ['shared strings, rich text joined, phonetic runs left out, _x000D_ escapes', { strings: ['source', 'surface', 'date', '<si><r><t>j</t></r><r><rPr><b/></rPr><t>d</t></r><rPh sb="0" eb="1"><t>ジェイ</t></rPh></si>', 'a_x000D_b & c'], rows: `${headerRow()}${row(2, '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>')}` }, [
      [2, ['jd', 'a\rb & c']],
    ]],
    ['booleans, numbers, a formula with its saved value', { rows: `${headerRow()}${row(2, '<c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2"><v>20220601</v></c>')}${row(3, '<c r="A3" t="str"><f>LOWER("JD")</f><v>jd</v></c><c r="B3"><v>0.30000000000000004</v></c>')}` }, [
      [2, ['TRUE', 'FALSE', '20220601']],
      [3, ['jd', '0.3']],
    ]],
    ['a formula without a saved value, and error values, are error rows naming the cell', { rows: `${headerRow()}${row(2, '<c r="A2"><f>A1&amp;"x"</f></c>')}${row(3, '<c r="A3" t="e"><v>#REF!</v></c>')}${row(4, `${inline('A4', 'jd')}<c r="C4" t="e"><f>NA()</f><v>#N/A</v></c>`)}` }, [
      [2, [], 'cell A2 holds a formula with no saved value; open and save the workbook in Excel or WPS so that its values are stored'],
      [3, [], 'cell A3 holds the error #REF!'],
      [4, ['jd'], 'cell C4 holds the error #N/A'],
    ]],
    ['a value right of the header, even at XFD1048576, is an error row; nothing is made for the columns between', { rows: `${headerRow()}${row(2, `${inline('A2', 'jd')}${inline('D2', 'note')}`)}${row(1048576, inline('XFD1048576', 'x'))}` }, [
      [2, ['jd'], "cell D2 has a value right of the header's last column (C)"],
      [1048576, [], "cell XFD1048576 has a value right of the header's last column (C)"],
    ]],
    ['dates and times as the sheet shows them, in the 1900 system', { formats: [0, 22, 14, 'yyyy"年"m"月"d"日" h"时"mm"分"', 21, 'yyyy-mm-dd hh:mm:ss;@', '[$-804]yyyy/m/d\\ hh:mm'], rows: `${headerRow()}${row(2, '<c r="A2" s="1"><v>46368.833333333336</v></c><c r="B2" s="2"><v>44713</v></c><c r="C2" s="3"><v>44713.999305555553</v></c>')}${row(3, '<c r="A3" s="4"><v>0.83333333333333337</v></c><c r="B3" s="5"><v>44713.5000115741</v></c><c r="C3" s="6"><v>44713.0006944444</v></c>')}${row(4, '<c r="A4" s="2"><v>59</v></c><c r="B4" s="2"><v>61</v></c><c r="C4" s="1"><v>1</v></c>')}` }, [
      [2, ['2026-12-12 20:00', '2022-06-01', '2022-06-01 23:59']],
      [3, ['20:00:00', '2022-06-01 12:00:01', '2022-06-01 00:01']],
      [4, ['1900-02-28', '1900-03-01', '1900-01-01 00:00']],
    ]],
    ['a cell written twice in its row, or left of the cell before it, is an error row naming it', { rows: `${headerRow()}${row(2, `${inline('A2', 'jd')}${inline('B2', 'live-cart')}${inline('C2', '2022-06-01')}${inline('C2', '2022-11-01')}`)}${row(3, `${inline('A3', 'jd')}${inline('C3', '2022-06-01')}${inline('B3', 'live-cart')}`)}${row(4, `${inline('A4', 'jd')}<c r="B4"/>${inline('B4', 'live-cart')}`)}` }, [
      [2, ['jd', 'live-cart', '2022-11-01'], 'cell C2 is written more than once in its row, or after a cell right of it: which value is meant cannot be known; save the workbook again in Excel or WPS'],
      [3, ['jd', 'live-cart', '2022-06-01'], 'cell B3 is written more than once in its row, or after a cell right of it: which value is meant cannot be known; save the workbook again in Excel or WPS'],
      [4, ['jd', 'live-cart'], 'cell B4 is written more than once in its row, or after a cell right of it: which value is meant cannot be known; save the workbook again in Excel or WPS'],
    ]],
    ['a number in scientific notation (E+, e-) is a number, not a date; e alone is a year', { formats: [0, '0.0E+00', '##0.00e-0', 'e"年"m"月"d"日"'], rows: `${headerRow()}${row(2, '<c r="A2" s="1"><v>44713</v></c><c r="B2" s="2"><v>44713</v></c><c r="C2" s="3"><v>44713</v></c>')}` }, [
      [2, ['44713', '44713', '2022-06-01']],
    ]],
    ["the 1900 system's 29 February 1900, day 0, negative serials and serials past 9999-12-31 are no days, each worded as what it is", { formats: [0, 14, 22, 21], rows: `${headerRow()}${row(2, '<c r="A2" s="1"><v>60</v></c><c r="B2" s="3"><v>60.5</v></c>')}${row(3, '<c r="A3" s="1"><v>0</v></c>')}${row(4, '<c r="A4" s="2"><v>-1</v></c>')}${row(5, '<c r="A5" s="1"><v>2958466</v></c>')}${row(6, '<c r="A6" s="2"><v>2958465.9999999</v></c>')}${row(7, '<c r="A7" s="1"><v>2958465</v></c><c r="B7" s="2"><v>0.25</v></c>')}` }, [
      [2, ['', '12:00:00'], 'cell A2 holds the date serial 60, which Excel shows as 1900-02-29: it is no day (1900 was no leap year; Excel keeps the day from Lotus 1-2-3); give 1900-02-28 (59) or 1900-03-01 (61)'],
      [3, [], 'cell A3 holds the date serial 0, which Excel shows as 1900-01-00: it is no day; a date cell holds a serial from 1 (1900-01-01) to 2958465 (9999-12-31)'],
      [4, [], 'cell A4 holds the date serial -1, below 0: it is no date or time; a date cell holds a serial from 1 (1900-01-01) to 2958465 (9999-12-31)'],
      [5, [], 'cell A5 holds the date serial 2958466, past 9999-12-31: it is no day a workbook can show; a date cell holds a serial from 1 (1900-01-01) to 2958465 (9999-12-31)'],
      // Its last minute, cut to the minute the format shows: not rounded up past the last day.
      [6, ['9999-12-31 23:59']],
      [7, ['9999-12-31'], 'cell B7 holds the date serial 0.25, which Excel shows as 1900-01-00: it is no day; a date cell holds a serial from 1 (1900-01-01) to 2958465 (9999-12-31)'],
    ]],
    ['in the 1904 system day 0 is a day, and 9999-12-31 is serial 2957003', { date1904: true, formats: [0, 14], rows: `${headerRow()}${row(2, '<c r="A2" s="1"><v>0</v></c><c r="B2" s="1"><v>2957003</v></c>')}${row(3, '<c r="A3" s="1"><v>2957004</v></c>')}${row(4, '<c r="A4" s="1"><v>-0.5</v></c>')}` }, [
      [2, ['1904-01-01', '9999-12-31']],
      [3, [], 'cell A3 holds the date serial 2957004, past 9999-12-31: it is no day a workbook can show; a date cell holds a serial from 0 (1904-01-01) to 2957003 (9999-12-31)'],
      [4, [], 'cell A4 holds the date serial -0.5, below 0: it is no date or time; a date cell holds a serial from 0 (1904-01-01) to 2957003 (9999-12-31)'],
    ]],
    // Number() reads an empty value as 0 and 0x1 as 1: a shared string's number, a number and a boolean are read as their types spell them.
    ['a shared string, number or boolean cell whose value its type does not spell is an error row naming it, not string 0 or a number', { strings: ['2022-10-28', 'live-cart'], rows: `${headerRow()}${row(2, '<c r="A2" t="s"><v></v></c><c r="B2" t="s"><v>1</v></c>')}${row(3, '<c r="A3" t="s"><v/></c>')}${row(4, '<c r="A4" t="s"><v>0x1</v></c>')}${row(5, '<c r="A5" t="s"><v>1e0</v></c>')}${row(6, '<c r="A6" t="s"><v> 1 </v></c><c r="B6"><v>0x10</v></c>')}${row(7, '<c r="A7"><v>0b1</v></c>')}${row(8, '<c r="A8" t="b"><v></v></c>')}${row(9, '<c r="A9" t="b"><v>yes</v></c><c r="B9" t="b"><v>true</v></c><c r="C9" t="b"><v> 0 </v></c>')}${row(10, '<c r="A10"><v>.5</v></c><c r="B10"><v>-1.5E+3</v></c><c r="C10"><v>Infinity</v></c>')}` }, [
      [2, ['', 'live-cart'], 'cell A2 holds "", which is no shared string of the workbook'],
      [3, [], 'cell A3 holds "", which is no shared string of the workbook'],
      [4, [], 'cell A4 holds "0x1", which is no shared string of the workbook'],
      [5, [], 'cell A5 holds "1e0", which is no shared string of the workbook'],
      [6, ['live-cart'], 'cell B6 holds "0x10", which is no number'],
      [7, [], 'cell A7 holds "0b1", which is no number'],
      [8, [], 'cell A8 holds "", which is no boolean (1 or 0)'],
      [9, ['', 'TRUE', 'FALSE'], 'cell A9 holds "yes", which is no boolean (1 or 0)'],
      [10, ['0.5', '-1500'], 'cell C10 holds "Infinity", which is no number'],
    ]],
    ['a number cell that holds no number is an error row naming it; numbers are written as Excel keeps them', { rows: `${headerRow()}${row(2, '<c r="A2"><v>abc</v></c>')}${row(3, '<c r="A3"><v> </v></c>')}${row(4, '<c r="A4"><v>42.0</v></c><c r="B4"><v>0.1</v></c><c r="C4"><v>3.14159265358979311</v></c>')}` }, [
      [2, [], 'cell A2 holds "abc", which is no number'],
      [3, [], 'cell A3 holds " ", which is no number'],
      [4, ['42', '0.1', '3.14159265358979']],
    ]],
    // Apache POI (EasyExcel, Hutool) writes a number as Java prints a double: 20220601 is 2.0220601E7.
    ['a number written in exponent form, or with a sign or trailing zeros, is the number the sheet shows', { rows: `${headerRow()}${row(2, '<c r="A2"><v>2.0220601E7</v></c><c r="B2"><v>1.2345678E7</v></c><c r="C2"><v>4.4713E4</v></c>')}${row(3, '<c r="A3"><v>+42</v></c><c r="B3"><v>42.50</v></c><c r="C3"><v>1.0E-4</v></c>')}${row(4, '<c r="A4"><v>12345678901234567890</v></c><c r="B4"><v>1.2345678901234567E19</v></c><c r="C4"><v>-7</v></c>')}${row(5, '<c r="A5"><v>007</v></c><c r="B5"><v>-0</v></c><c r="C5"><v>0.0</v></c>')}` }, [
      [2, ['20220601', '12345678', '44713']],
      [3, ['42', '42.5', '0.0001']],
      [4, ['12345678901234567890', '12345678901234600000', '-7']],
      [5, ['7', '0', '0']],
    ]],
    ['the 1904 system', { date1904: true, formats: [0, 22, 14], rows: `${headerRow()}${row(2, '<c r="A2" s="1"><v>44906.833333333336</v></c><c r="B2" s="2"><v>0</v></c>')}` }, [
      [2, ['2026-12-12 20:00', '1904-01-01']],
    ]],
    // A workbook holds no zone: an ISO date cell (t="d") is the date and time the sheet shows, as
    // the number cell beside it; SheetJS (cellDates) writes that time's digits with a Z after them.
    ['ISO dates (t="d") as the sheet shows them, as a number cell of the same moment and format', { formats: [0, 22, 14, 'yyyy-mm-dd hh:mm:ss.000', 21], rows: `${headerRow()}${row(2, '<c r="A2" s="1" t="d"><v>2022-02-28T20:00:00.000Z</v></c><c r="B2" s="1"><v>44620.833333333336</v></c><c r="C2" s="2" t="d"><v>2022-02-28T20:00:00.000Z</v></c>')}${row(3, '<c r="A3" s="2" t="d"><v>2022-02-28T23:59:59.9999999</v></c><c r="B3" s="3" t="d"><v>2022-02-28T23:59:59.9999999</v></c><c r="C3" s="1" t="d"><v>2022-02-28T23:59:59+00:00</v></c>')}${row(4, '<c r="A4" s="4" t="d"><v>13:45:30</v></c><c r="B4" s="1" t="d"><v>2022-02-28</v></c><c r="C4" s="4" t="d"><v>2022-02-28T20:00:00Z</v></c>')}` }, [
      [2, ['2022-02-28 20:00', '2022-02-28 20:00', '2022-02-28']],
      [3, ['2022-02-28', '2022-02-28 23:59:59.999', '2022-02-28 23:59']],
      [4, ['13:45:30', '2022-02-28 00:00', '20:00:00']],
    ]],
    ['ISO dates (t="d") under no date format, to the precision they are written with', { rows: `${headerRow()}${row(2, '<c r="A2" t="d"><v>2026-12-12T20:00:00</v></c><c r="B2" t="d"><v>2024-03-17</v></c><c r="C2" t="d"><v>2022-02-28T20:00:00.000Z</v></c>')}${row(3, '<c r="A3" t="d"><v>2022-02-28 20:00Z</v></c><c r="B3" t="d"><v>T20:00:01,5</v></c><c r="C3" t="d"><v>2026-11-22T11:13:01.078Z</v></c>')}` }, [
      [2, ['2026-12-12 20:00:00', '2024-03-17', '2022-02-28 20:00:00']],
      [3, ['2022-02-28 20:00', '20:00:01.5', '2026-11-22 11:13:01.078']],
    ]],
    ['an ISO date (t="d") that is none, that has an offset, or a time alone formatted as a date, is an error row naming the cell', { formats: [0, 14, '[h]:mm:ss'], rows: `${headerRow()}${row(2, '<c r="A2" t="d"><v>2022-02-30</v></c>')}${row(3, '<c r="A3" t="d"><v>28/02/2022</v></c>')}${row(4, '<c r="A4" t="d"><v>2022-02-28T24:00:00</v></c>')}${row(5, '<c r="A5" t="d"><v>2022-02-28T20:00:00+08:00</v></c>')}${row(6, '<c r="A6" s="1" t="d"><v>20:00:00</v></c>')}${row(7, '<c r="A7" s="2" t="d"><v>2022-02-28T20:00:00</v></c>')}${row(8, '<c r="A8" t="d"><v>20220228T200000</v></c>')}` }, [
      [2, [], 'cell A2 holds "2022-02-30" as a date (t="d"), which is no ISO 8601 date or time a calendar has: such a cell holds 2022-06-01, 20:00:00 or 2022-06-01T20:00:00 (seconds may carry a fraction, and a Z may follow)'],
      [3, [], 'cell A3 holds "28/02/2022" as a date (t="d"), which is no ISO 8601 date or time a calendar has: such a cell holds 2022-06-01, 20:00:00 or 2022-06-01T20:00:00 (seconds may carry a fraction, and a Z may follow)'],
      [4, [], 'cell A4 holds "2022-02-28T24:00:00" as a date (t="d"), which is no ISO 8601 date or time a calendar has: such a cell holds 2022-06-01, 20:00:00 or 2022-06-01T20:00:00 (seconds may carry a fraction, and a Z may follow)'],
      [5, [], 'cell A5 holds the date "2022-02-28T20:00:00+08:00" with a UTC offset: a sheet shows no time zone, so whether the time as written or that instant is meant cannot be known; write the date and time without an offset, as the sheet shows them'],
      [6, [], 'cell A6 holds the time "20:00:00" with no day, formatted as a date: give its day too (2022-06-01T20:00:00), or format the cell as a time'],
      [7, [], 'cell A7 holds 2022-02-28T20:00:00 formatted as an elapsed time ([h]:mm:ss), a length of time, not a date or a time of day; format it as a date or a time'],
      [8, [], 'cell A8 holds "20220228T200000" as a date (t="d"), which is no ISO 8601 date or time a calendar has: such a cell holds 2022-06-01, 20:00:00 or 2022-06-01T20:00:00 (seconds may carry a fraction, and a Z may follow)'],
    ]],
  ])('%s', async (_, spec, expected) => {
    const { rows } = await rowsOf(workbook({ sheets: [{ name: 'Plan', rows: spec.rows }], ...spec }));
    expect(rows).toEqual(expected);
  });

  it('rows without a value are counted as blank, before and after the header', async () => {
    const { rows, blank } = await rowsOf(workbook({ sheets: [{ name: 'Plan', rows: `<row r="1"/><row r="2"><c r="A2"/></row>${headerRow().replace('r="1"', 'r="3"').replaceAll('1"', '3"')}<row r="4" ht="20"/>${row(5, inline('A5', 'jd'))}` }] }));
    expect({ rows, blank }).toEqual({ rows: [[5, ['jd']]], blank: 3 });
  });
});

// XlsxWriter saves 0 as every formula's value and openpyxl an empty <v/>, each asking for the workbook to be
// calculated again when it is opened (fullCalcOnLoad): neither is what the sheet shows.
describe('formulas whose saved value the sheet does not show', () => {
  const book = (calcPr: string, cells: string, date1904 = false) =>
    workbook({
      formats: [0, 14, 20],
      sheets: [{ name: 'Plan', rows: `${headerRow(['source', 'surface', 'date', 'time', 'note'])}${row(2, cells)}` }],
      extra: [{ name: 'xl/workbook.xml', text: `<workbook xmlns:r="r"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>${calcPr}</workbook>` }],
    });
  const plain = `${inline('A2', 'jd')}${inline('B2', 'live-cart')}`;
  const CALC = '<calcPr calcId="124519" fullCalcOnLoad="1"/>';
  const noValue = (cell: string, stale = true) =>
    `cell ${cell} holds a formula ${stale ? 'whose saved value the workbook asks to calculate again when it is opened (fullCalcOnLoad): it is not the value the sheet shows' : 'with no saved value'}; open and save the workbook in Excel or WPS so that its values are stored`;
  it.each<[string, Buffer, Row[]]>([
    ["XlsxWriter's 0 for a date, in the 1900 system", book(CALC, `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v>0</v></c>`), [[2, ['jd', 'live-cart'], noValue('C2')]]],
    ["XlsxWriter's 0 for a date, in the 1904 system (1904-01-01)", book(CALC, `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v>0</v></c>`, true), [[2, ['jd', 'live-cart'], noValue('C2')]]],
    ["XlsxWriter's 0 for a time (00:00)", book(CALC, `${plain}<c r="C2" s="1"><v>44861</v></c><c r="D2" s="2"><f>TIME(23,30,0)</f><v>0</v></c>`), [[2, ['jd', 'live-cart', '2022-10-27'], noValue('D2')]]],
    ["XlsxWriter's 0 for a text, and a saved text", book(CALC, `<c r="A2"><f>LOWER("JD")</f><v>0</v></c><c r="B2" t="str"><f>"live-cart"</f><v>live-cart</v></c>`), [[2, [], noValue('A2')]]],
    ['a formula beside the plan is shown empty, not as its 0', book(CALC, `${plain}<c r="C2" s="1"><v>44861</v></c><c r="E2"><f>1+1</f><v>0</v></c>`), [[2, ['jd', 'live-cart', '2022-10-27']]]],
    ['fullCalcOnLoad="true", a value saved as Excel would', book('<calcPr fullCalcOnLoad="true" />', `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v>44861</v></c>`), [[2, ['jd', 'live-cart'], noValue('C2')]]],
    ["openpyxl's empty <v/> for a number", book(CALC, `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v /></c>`), [[2, ['jd', 'live-cart'], noValue('C2', false)]]],
    ['an empty <v/> for a number, without fullCalcOnLoad', book('', `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v></v></c>`), [[2, ['jd', 'live-cart'], noValue('C2', false)]]],
    // Saved by Excel, WPS or LibreOffice: the values are the sheet's, and a text formula may well be empty.
    ['saved values without fullCalcOnLoad', book('<calcPr calcId="191029" fullCalcOnLoad="0"/>', `${plain}<c r="C2" s="1"><f>DATE(2022,10,27)</f><v>44861</v></c><c r="D2" t="str"><f>""</f><v></v></c>`), [[2, ['jd', 'live-cart', '2022-10-27']]]],
  ])('%s', async (_, bytes, expected) => {
    const rows: Row[] = [];
    await readXlsx(source(bytes), undefined, (line, _header, cells, error) => void rows.push(error === undefined ? [line, [...cells]] : [line, [...cells], errorMessage(error)]), headerCheck(HEADER_NAMES), 'plan.xlsx');
    expect(rows).toEqual(expected);
  });
});

describe('sheets', () => {
  const book = workbook({
    sheets: [
      { name: 'Notes', hidden: true, rows: `${headerRow()}${row(2, inline('A2', 'hidden'))}` },
      { name: '七月', rows: `${headerRow()}${row(2, inline('A2', 'july'))}` },
      { name: 'Empty', rows: '<row r="1"/>' },
    ],
  });
  it.each<[string | undefined, Row[] | string]>([
    [undefined, [[2, ['july']]]],
    ['Notes', [[2, ['hidden']]]],
    ['七月', [[2, ['july']]]],
    ['notes', [[2, ['hidden']]]],
    ['Empty', 'sheet "Empty" of plan.xlsx is empty: a header row (source,surface,date) is needed'],
    ['empty', 'sheet "Empty" of plan.xlsx is empty: a header row (source,surface,date) is needed'],
    ['August', 'plan.xlsx has no sheet named "August"; its sheets: "Notes", "七月", "Empty"'],
    ['constructor', 'plan.xlsx has no sheet named "constructor"; its sheets: "Notes", "七月", "Empty"'],
  ])('--sheet %s: the first visible sheet by default, any by name', async (sheet, expected) => {
    if (typeof expected === 'string') expect(await refusal(book, sheet)).toBe(expected);
    else expect((await rowsOf(book, sheet)).rows).toEqual(expected);
  });

  it.each<[string, Buffer, string]>([
    ['after a hidden sheet', workbook({ sheets: [{ name: 'Notes', hidden: true, rows: headerRow() }, { name: '六月', rows: '<row r="1"/>' }] }), '"Notes"'],
    [
      'first in the workbook, though its part is sheet2.xml (sheets reordered in Excel)',
      workbook({
        sheets: [{ name: 'Old', rows: headerRow() }, { name: '六月', rows: '' }],
        extra: [
          {
            name: 'xl/workbook.xml',
            text: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="六月" sheetId="2" r:id="rId2"/><sheet name="Old" sheetId="1" r:id="rId1"/></sheets></workbook>',
          },
        ],
      }),
      '"Old"',
    ],
  ])('an empty first visible sheet is named as the workbook names it, and the other sheets: %s', async (_, bytes, others) => {
    expect(await refusal(bytes)).toBe(`sheet "六月" of plan.xlsx, the first visible sheet, is empty: a header row (source,surface,date) is needed; --sheet <name> reads another (its other sheets: ${others})`);
    expect(await refusal(bytes, undefined, 'zh')).toBe(`plan.xlsx 的工作表 "六月"（第一个可见的工作表）是空的：需要一行表头（source,surface,date）；用 --sheet <名称> 读取其他工作表（其他工作表：${others}）`);
  });

  // Notes on the first visible sheet, the plan on another: the refusal names the sheet read, and the others --sheet reads.
  const notes = workbook({
    sheets: [
      { name: '说明', rows: `<row r="1">${inline('A1', '说明')}${inline('B1', '填写规则')}</row>` },
      { name: '计划', rows: headerRow() },
      { name: 'Old', hidden: true, rows: headerRow() },
    ],
  });
  const MISSING = 'the header row has no column for source (source, link, url, 来源, 链接, 商品链接, 宝贝链接); surface (surface, placement, 位置, 版位, 投放位置, 资源位); date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time); it has: "说明", "填写规则"; name the columns so, or map them with --columns source=<header>,surface=<header>,date=<header>';
  const MISSING_ZH = '表头行没有 source (source, link, url, 来源, 链接, 商品链接, 宝贝链接); surface (surface, placement, 位置, 版位, 投放位置, 资源位); date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time) 列；现有："说明", "填写规则"；请照此命名各列，或用 --columns source=<表头>,surface=<表头>,date=<表头> 对应';
  it.each<[string, Buffer, string | undefined, string, string]>([
    ['the first visible sheet, with the others', notes, undefined, `in sheet "说明" of plan.xlsx (the first visible sheet), ${MISSING}; or read another sheet with --sheet <name> (its other sheets: "计划", "Old")`, `plan.xlsx 的工作表 "说明"（第一个可见的工作表）：${MISSING_ZH}；或用 --sheet <名称> 读取其他工作表（其余工作表："计划", "Old"）`],
    ['the sheet --sheet names', notes, '说明', `in sheet "说明" of plan.xlsx, ${MISSING}`, `plan.xlsx 的工作表 "说明"：${MISSING_ZH}`],
    ['the only sheet', workbook({ sheets: [{ name: 'Notes', rows: `<row r="1">${inline('A1', '说明')}${inline('B1', '填写规则')}</row>` }] }), undefined, `in sheet "Notes" of plan.xlsx (the first visible sheet), ${MISSING}`, `plan.xlsx 的工作表 "Notes"（第一个可见的工作表）：${MISSING_ZH}`],
  ])('a header without the columns names the sheet read: %s', async (_, bytes, sheet, en, zh) => {
    const refused = async (lang: 'en' | 'zh') => {
      try {
        await readXlsx(source(bytes), sheet, () => undefined, headerCheck(HEADER_NAMES), 'plan.xlsx');
      } catch (error) {
        return errorMessage(error as InputError, lang);
      }
      return 'read';
    };
    expect(await refused('en')).toBe(en);
    expect(await refused('zh')).toBe(zh);
  });

  it('names at most twenty of a workbook\'s sheets when none is the one asked for, each shown safe', async () => {
    const many = workbook({ sheets: Array.from({ length: 25 }, (_, index) => ({ name: index === 0 ? 'a\u001b[31mred' : `S${index}`, rows: headerRow() })) });
    expect(await refusal(many, 'August')).toBe(`plan.xlsx has no sheet named "August"; its sheets: "a\\x1b[31mred", ${Array.from({ length: 19 }, (_, index) => `"S${index + 1}"`).join(', ')}, … (25)`);
  });
});

describe('bounds', () => {
  it('a part whose header claims more than the limit is refused before it is unpacked', async () => {
    const bytes = workbook({ sheets: [{ name: 'Plan', rows: headerRow() }] });
    const lying = zip([{ name: 'xl/workbook.xml', text: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>', claimedSize: 0xfffffff0 }]);
    expect(await refusal(lying)).toBe('plan.xlsx is too large to read: its part xl/workbook.xml unpacks to more than 64 MiB; save the plan as CSV, or split it');
    expect(await refusal(bytes)).toBe('read');
  });

  it('a part that claims a small size and unpacks past the limit is stopped at the limit', async () => {
    const bomb = Buffer.alloc(65 * 1024 * 1024, 0x20);
    const parts = zip([
      { name: '_rels/.rels', text: '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
      { name: 'xl/workbook.xml', text: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', text: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/sharedStrings.xml', text: bomb, claimedSize: 100 },
      { name: 'xl/worksheets/sheet1.xml', text: `<worksheet><sheetData>${headerRow()}</sheetData></worksheet>` },
    ]);
    expect(parts.length).toBeLessThan(200_000);
    expect(await refusal(parts)).toBe('plan.xlsx is too large to read: its part xl/sharedStrings.xml unpacks to more than 64 MiB; save the plan as CSV, or split it');
  });

  it.each([
    ['not a ZIP archive', Buffer.from('source,surface,date\n'), 'plan.xlsx cannot be read as an .xlsx workbook: it is not a ZIP archive'],
    ['a ZIP without a workbook', zip([{ name: 'a.txt', text: 'x' }]), 'plan.xlsx cannot be read as an .xlsx workbook: it has no workbook part (xl/workbook.xml)'],
    ['a damaged sheet', zip([{ name: 'xl/workbook.xml', text: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' }, { name: 'xl/_rels/workbook.xml.rels', text: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' }, { name: 'xl/worksheets/sheet1.xml', text: Buffer.from([1, 2, 3, 4, 5, 6]), stored: false }]).fill(0xff, 150, 160), /^plan\.xlsx cannot be read as an \.xlsx workbook: /],
  ])('%s is refused with one line', async (_, bytes, expected) => {
    expect(await refusal(bytes)).toMatch(expected);
  });

  it('300,000 rows are read in one pass, every one', async () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => `<row r="${index + 2}"><c r="A${index + 2}" t="s"><v>3</v></c><c r="B${index + 2}" t="s"><v>4</v></c><c r="C${index + 2}"><v>${44713 + (index % 365)}</v></c></row>`).join('');
    const bytes = workbook({ sheets: [{ name: 'Plan', rows: `${headerRow()}${rows}` }], strings: ['source', 'surface', 'date', 'jd', 'live-cart'] });
    let count = 0;
    let last = 0;
    await readXlsx(source(bytes), undefined, (line) => void ((count += 1), (last = line)), () => {}, 'plan.xlsx');
    expect({ count, last }).toEqual({ count: 300_000, last: 300_001 });
  }, 60_000);
});

// XML need not escape > in an attribute's value, and not every writer does: the tag ends at the first > outside quotes.
describe('a > inside an attribute value', () => {
  const tagsOf = (xml: string, cut: number): string[] => {
    const seen: string[] = [];
    const scanner = new XmlScanner({ open: (tag, attributes) => (seen.push(`${tag}${attributes}`), tag === 't'), close: (tag) => void seen.push(`/${tag}`), text: (text) => void seen.push(`=${text}`) }, 1000);
    scanner.feed(xml.slice(0, cut));
    scanner.feed(xml.slice(cut));
    return seen;
  };
  it.each<[string, string[]]>([
    ['<sheet name="计划>6月" r:id="rId1"/>', ['sheet name="计划>6月" r:id="rId1"']],
    [`<numFmt numFmtId="164" formatCode='[>=1]yyyy-mm-dd;"a>b"'/>`, [`numFmt numFmtId="164" formatCode='[>=1]yyyy-mm-dd;"a>b"'`]],
    ['<si a=">" b=\'>\'><t>x > y</t></si>', ['si a=">" b=\'>\'', 't', '=x > y', '/t', '/si']],
  ])('%s, cut anywhere', (xml, expected) => {
    for (let cut = 0; cut <= xml.length; cut++) expect(tagsOf(xml, cut)).toEqual(expected);
  });

  const plan = `${headerRow()}${row(2, `${inline('A2', 'jd')}${inline('B2', 'live-cart')}<c r="C2" s="1"><v>44861.8333333333</v></c>`)}`;
  it.each<[string, Parameters<typeof workbook>[0]]>([
    ['a sheet named with a >', { sheets: [{ name: '计划>6月', rows: plan }], formats: [0, 22], extra: [{ name: 'xl/workbook.xml', text: '<workbook xmlns:r="r"><sheets><sheet name="计划>6月" sheetId="1" r:id="rId1"/></sheets></workbook>' }] }],
    ['a date format with a condition', { sheets: [{ name: 'Plan', rows: plan }], extra: [{ name: 'xl/styles.xml', text: '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="[>=1]yyyy-mm-dd hh:mm;General"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>' }] }],
  ])('%s is read', async (_, spec) => {
    expect((await rowsOf(workbook(spec))).rows).toEqual([[2, ['jd', 'live-cart', '2022-10-27 20:00']]]);
  });
});

// A value's text is whole across CDATA sections and comments, wherever the sheet's pieces are cut.
describe('CDATA and comments inside a value', () => {
  const textsOf = (xml: string, cut: number): string[] => {
    const texts: string[] = [];
    const scanner = new XmlScanner({ open: (tag) => tag === 'v' || tag === 't', close: () => {}, text: (text) => void texts.push(text) }, 1000);
    scanner.feed(xml.slice(0, cut));
    scanner.feed(xml.slice(cut));
    return texts;
  };
  it.each<[string, string[]]>([
    ['<c><v><![CDATA[44861]]></v></c>', ['44861']],
    ['<t>live-<![CDATA[cart]]></t><t><![CDATA[a&amp;<b>]]>&amp;</t>', ['live-cart', 'a&amp;<b>&']],
    ['<t>j<!-- a note -->d</t><v><![CDATA[]]></v><t/>', ['jd', '', '']],
  ])('%s, cut anywhere', (xml, expected) => {
    for (let cut = 0; cut <= xml.length; cut++) expect(textsOf(xml, cut)).toEqual(expected);
  });

  it('a sheet whose values are CDATA is read as Excel shows it', async () => {
    const bytes = workbook({
      formats: [0, 14],
      strings: ['<si><t><![CDATA[jd]]></t></si>', '<si><r><t>live-</t></r><r><t><![CDATA[cart]]></t></r></si>'],
      sheets: [{ name: 'Plan', rows: `${headerRow(['source', 'surface', 'date', 'note'])}${row(2, '<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v><![CDATA[1]]></v></c><c r="C2" s="1"><v><![CDATA[44861]]></v></c><c r="D2" t="str"><f>"a&amp;b"</f><v><![CDATA[a&b]]></v></c>')}${row(3, '<c r="A3" t="inlineStr"><is><t><![CDATA[jd]]></t></is></c><c r="B3" t="inlineStr"><is><t>live<!-- - -->-cart</t></is></c><c r="C3" s="1"><v>44862</v></c>')}` }],
    });
    expect((await rowsOf(bytes)).rows).toEqual([
      [2, ['jd', 'live-cart', '2022-10-27', 'a&b']],
      [3, ['jd', 'live-cart', '2022-10-28']],
    ]);
  });
});

describe('attributes as writers spell them', () => {
  it.each<[string, string, string | undefined]>([
    [' r="A1" t="s"', 's', undefined],
    [' r="A1" t="s"', 't', 's'],
    [" r='A1'\tt = 's'", 't', 's'],
    [' r = "A&amp;1"', 'r', 'A&1'],
    [' x:r="A1"', 'r', undefined],
  ])('%j %s → %s', (attributes, name, value) => {
    expect(attribute(attributes, name)).toBe(value);
  });
});
