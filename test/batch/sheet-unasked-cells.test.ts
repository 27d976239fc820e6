// A workbook's cell that cannot be read as the sheet shows it (an elapsed time, an error value, a
// formula without a saved value, a date the calendar lacks) makes its row an error row only in a
// column the row is asked by: source, surface, date, time or platform. In any other column (a
// live's duration formatted [h]:mm, a lookup's #N/A beside the plan) it is shown as stored, and
// the row answered, as its CSV export would be: in this thread and in a thread of its own alike.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnNames, headerCheck } from '../../src/batch/columns.js';
import { planInput } from '../../src/cli/plan-input.js';
import type { RecordSink } from '../../src/batch/read/records.js';
import { InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { tempFolder } from '../helpers/temp.js';
import { inline, workbook } from '../helpers/xlsx.js';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));
const own = tempFolder('linkcheck-unasked-');

/** A plan of JD on Kuaishou's short-video cart on 2022-06-01 (allowed), with the cell `extra` in column D under `header`, and the date as `date`. */
function book(header: string, extra: string, date = '<c r="C2" s="1"><v>44713</v></c>'): Buffer {
  return workbook({
    formats: [0, 'yyyy-mm-dd', '[h]:mm', 'yyyy-mm-dd hh:mm'],
    sheets: [{ name: 'plan', rows: `<row r="1">${inline('A1', 'source')}${inline('B1', 'surface')}${inline('C1', 'date')}${inline('D1', header)}</row><row r="2">${inline('A2', 'jd')}${inline('B2', 'short-video-cart')}${date}${extra}</row>` }],
  });
}

const CELLS: [string, string, string][] = [
  ['an elapsed time ([h]:mm)', '<c r="D2" s="2"><v>1.0625</v></c>', '1.0625'],
  ['an error value', '<c r="D2" t="e"><v>#N/A</v></c>', '#N/A'],
  ['a formula without a saved value', '<c r="D2"><f>VLOOKUP(A2,Sheet2!A:B,2,0)</f></c>', ''],
  ['a date the calendar lacks', '<c r="D2" s="1"><v>-3</v></c>', '-3'],
  ['a number that is none', '<c r="D2"><v>NaN</v></c>', 'NaN'],
  ['a shared string the workbook lacks', '<c r="D2" t="s"><v>99</v></c>', ''],
];

describe('a cell that cannot be read, in a column the rows are not asked by', () => {
  it.each(CELLS)('%s is shown as stored, and the row answered', async (_, cell, shown) => {
    const run = await batch([plan('unasked.xlsx', book('直播时长', cell)), '--ndjson']);
    expect(rows(run).map((row) => [row.verdict, row.row])).toEqual([['allowed', { source: 'jd', surface: 'short-video-cart', date: '2022-06-01', 直播时长: shown }]]);
    expect(run.code).toBe(0);
  });

  it.each(CELLS)('%s in the time column is an error row naming the cell', async (_, cell) => {
    const run = await batch([plan('asked-time.xlsx', book('time', cell)), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual([expect.stringContaining('D2')]);
    expect(run.code).toBe(2);
  });

  it.each(CELLS)('%s in a column --columns names is an error row naming the cell', async (_, cell) => {
    const run = await batch([plan('asked-named.xlsx', book('开播时刻', cell)), '--ndjson', '--columns', 'time=开播时刻']);
    expect(rows(run).map((row) => row.error)).toEqual([expect.stringContaining('D2')]);
    expect(run.code).toBe(2);
  });

  it('in the date column it is an error row, as before', async () => {
    const run = await batch([plan('asked-date.xlsx', book('直播时长', '', '<c r="C2" s="2"><v>1.0625</v></c>')), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual([expect.stringMatching(/^cell C2 holds 1\.0625 formatted as an elapsed time/)]);
    expect(run.code).toBe(2);
  });

  it('right of the header it is still an error row: no column is there', async () => {
    const bytes = workbook({
      formats: [0, 'yyyy-mm-dd'],
      sheets: [{ name: 'plan', rows: `<row r="1">${inline('A1', 'source')}${inline('B1', 'surface')}${inline('C1', 'date')}</row><row r="2">${inline('A2', 'jd')}${inline('B2', 'live-cart')}<c r="C2" s="1"><v>44713</v></c><c r="D2" t="e"><v>#N/A</v></c></row>` }],
    });
    const run = await batch([plan('right.xlsx', bytes), '--ndjson']);
    expect(rows(run).map((row) => row.error)).toEqual([expect.stringContaining('D2')]);
  });

  it('a header cell that cannot be read is its header as stored: a header is not asked, but named', async () => {
    const bytes = workbook({
      formats: [0, 'yyyy-mm-dd'],
      sheets: [{ name: 'plan', rows: `<row r="1">${inline('A1', 'source')}${inline('B1', 'surface')}${inline('C1', 'date')}<c r="D1" t="e"><v>#REF!</v></c></row><row r="2">${inline('A2', 'jd')}${inline('B2', 'short-video-cart')}<c r="C2" s="1"><v>44713</v></c>${inline('D2', 'note')}</row>` }],
    });
    const run = await batch([plan('header.xlsx', bytes), '--ndjson']);
    expect(rows(run).map((row) => [row.verdict, row.row])).toEqual([['allowed', { source: 'jd', surface: 'short-video-cart', date: '2022-06-01', '#REF!': 'note' }]]);
    expect(run.code).toBe(0);
  });
});

describe('read in a thread of its own', () => {
  /** What the sink is given, call by call: each row's line, cells and error. */
  async function readBy(bytes: Buffer, thread: boolean, columns?: string): Promise<unknown[] | string> {
    const path = join(own, `plan-${thread ? 'thread' : 'here'}.xlsx`);
    writeFileSync(path, bytes);
    const names = columnNames(columns);
    const calls: unknown[] = [];
    const sink: RecordSink = (line, _header, cells, error) => void calls.push([line, [...cells], error === undefined ? undefined : errorMessage(error)]);
    try {
      await planInput(path, { format: 'xlsx', sheet: undefined, encoding: 'utf-8', check: headerCheck(names), names, thread }).read(sink);
    } catch (error) {
      return error instanceof InputError ? errorMessage(error) : `bug: ${(error as Error).message}`;
    }
    return calls;
  }

  it.each(CELLS)('%s is given as in this thread, asked or not', async (_, cell, shown) => {
    const unasked = book('直播时长', cell);
    const here = await readBy(unasked, false);
    expect(here).toEqual([[2, ['jd', 'short-video-cart', '2022-06-01', ...(shown === '' ? [] : [shown])], undefined]]);
    expect(await readBy(unasked, true)).toEqual(here);
    const asked = book('开播时刻', cell);
    const askedHere = await readBy(asked, false, 'time=开播时刻');
    expect(askedHere).toEqual([[2, expect.any(Array), expect.stringContaining('D2')]]);
    expect(await readBy(asked, true, 'time=开播时刻')).toEqual(askedHere);
  });
});
