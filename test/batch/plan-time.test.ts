// A plan that gives a row's day and its time of day in two columns is asked about that moment,
// never about the day with the time left unread: a time column (time, 时刻, --columns time=) is
// joined to the date, and with --columns date=日期 another column under the date's names (时间)
// is that time; what cannot be read as one moment is an error row, or the plan is refused
// (docs/batch-and-ci.md, "A date and its time apart").
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnNames, locateColumns } from '../../src/batch/columns.js';
import { joinDateAndTime } from '../../src/batch/date-and-time.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { InputError } from '../../src/errors/errors.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a date and a time cell joined', () => {
  it.each([
    ['2022-10-27', '23:30', '2022-10-27 23:30'],
    [' 2022-10-27\r', ' 23:30:15 ', '2022-10-27 23:30:15'],
    ['2022年10月27日', '23点30分', '2022年10月27日 23点30分'],
    ['2022/10/27', '23:30+08:00', '2022/10/27 23:30+08:00'],
    // An empty time cell asks about the day; a date the road in refuses is passed on to it.
    ['2022-10-27', '', '2022-10-27'],
    ['2022-10-27', ' \u3000', '2022-10-27'],
    ['27/10/2022', '23:30', '27/10/2022'],
    // A stretch after the day is refused by the road in, in its words.
    ['2022-10-27', '20:00-22:00', '2022-10-27 20:00-22:00'],
    // A cell that gives more than its part: the one moment both name.
    ['2022-10-27', '2022-10-27 23:30', '2022-10-27 23:30'],
    ['2022-10-27', '2022-10-27', '2022-10-27'],
    ['2022-10-27 23:30', '2022-10-27', '2022-10-27 23:30'],
    ['2022-10-27 23:30', '23:30:00', '2022-10-27 23:30'],
    ['2022-10-27T23:30', '2022-10-27 23:30', '2022-10-27T23:30'],
    // A date cell at its day's midnight, as a spreadsheet shows a date cell formatted with its time, gives its day.
    ['2022/10/27 0:00', '23:30', '2022-10-27 23:30'],
    ['2022-10-27 00:00:00', '下午8点', '2022-10-27 下午8点'],
    ['2022年10月27日 0时', '23点30分', '2022-10-27 23点30分'],
    ['2022/10/27 0:00', '2022-10-27 23:30', '2022-10-27 23:30'],
    ['2022/10/27 0:00', '2022-10-27', '2022/10/27 0:00'],
    ['2022/10/27 0:00', '20:00-22:00', '2022-10-27 20:00-22:00'],
    // Not one moment, or no time of day.
    ['2022-10-27 00:01', '23:30', 'not-one-moment'],
    ['2022-10-27T00:00+08:00', '23:30', 'not-one-moment'],
    ['2022/10/27 0:00', '2022-10-28 08:00', 'not-one-moment'],
    ['2022-10-27', '2022-10-28 08:00', 'not-one-moment'],
    ['2022-10-27', '2022-10-28', 'not-one-moment'],
    ['2022-10-27 20:00', '23:30', 'not-one-moment'],
    ['2022-10-27T23:30Z', '23:30', 'not-one-moment'],
    ['2022-10-27 20:00', '20:00-22:00', 'not-one-moment'],
    ['today', '23:30', 'not-one-moment'],
    ['2022-10-27', 'today', 'not-one-moment'],
    ['2022-10-27', '晚上', 'no-time'],
    ['2022-10-27', '25:00', 'no-time'],
    ['2022-10-27', '2330', 'no-time'],
  ])('%j and %j: %j', (date, time, joined) => {
    expect(joinDateAndTime(date, time)).toBe(joined);
  });
});

describe('which column is the time', () => {
  const located = (header: string, columns?: string) => {
    try {
      const positions = locateColumns(header.split(','), columnNames(columns));
      return positions.time === undefined ? 'none' : header.split(',')[positions.time]!;
    } catch (error) {
      return errorMessage(error as InputError);
    }
  };
  it.each<[string, string | undefined, string]>([
    ['source,surface,date,time', undefined, 'time'],
    ['来源,位置,日期,时刻', undefined, '时刻'],
    ['来源,位置,日期,备注', undefined, 'none'],
    ['来源,位置,日期,时间', 'date=日期', '时间'],
    ['来源,位置,开播日期,开播时间', 'date=开播日期', '开播时间'],
    ['来源,位置,日期,时间', 'time=时间', '时间'],
    ['来源,位置,日期,开始', 'time=开始', '开始'],
    // The column --columns names as the date's, and the other is its time: never left unread.
    ['来源,位置,日期,时间', 'date=时间', '日期'],
    ['来源,位置,日期,时间', undefined, 'the header names the date column 2 times ("日期", "时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,日期,时间,开播时间', undefined, 'the header names the date column 3 times ("日期", "时间", "开播时间"); keep one, or choose with --columns date=<header>,time=<header>, and rename the others'],
    ['来源,位置,日期,时间,开播时间', 'date=日期', '--columns date=日期 reads the date from "日期"; the header also has "时间", "开播时间", names of the date column, which would be left unread: choose the one that holds the time of day with --columns date=日期,time=<header>, and rename any other'],
    ['来源,位置,日期,时间,开播时间', 'date=日期,time=时间', '--columns date=日期 reads the date from "日期" and the time of day from "时间"; the header also has "开播时间", a name of the date column, which would be left unread: choose the one that holds the time of day with --columns date=日期,time=<header>, and rename any other'],
    ['来源,位置,日期,时间,time', 'date=日期', '--columns date=日期 reads the date from "日期" and the time of day from "time"; the header also has "时间", a name of the date column, which would be left unread: choose the one that holds the time of day with --columns date=日期,time=<header>, and rename any other'],
    ['source,surface,date,time,时刻', undefined, 'the header names the time column 2 times ("time", "时刻"); keep one, or choose with --columns time=<header>'],
    // The names plans give a placement's moment: none is left unread beside the date.
    ['来源,位置,投放日期,投放时间', undefined, 'the header names the date column 2 times ("投放日期", "投放时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,直播日期,直播时间', undefined, 'the header names the date column 2 times ("直播日期", "直播时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,日期,开始时间,结束时间', undefined, 'the header names the date column 2 times ("日期", "开始时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,发布日期,发布时间', undefined, 'the header names the date column 2 times ("发布日期", "发布时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,日期,直播开始时间', undefined, 'the header names the date column 2 times ("日期", "直播开始时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,开始日期,开始时间', undefined, 'the header names the date column 2 times ("开始日期", "开始时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,投放开始日期,投放开始时间', undefined, 'the header names the date column 2 times ("投放开始日期", "投放开始时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['source,surface,start date,Start Time', undefined, 'the header names the date column 2 times ("start date", "Start Time"); keep one, or choose with --columns date=<header>: the other is then read as its time of day'],
    ['来源,位置,投放日期,投放时间', 'date=投放日期', '投放时间'],
    ['来源,位置,日期,开始时间,结束时间', 'date=日期', '开始时间'],
    ['来源,位置,排期日期,排期时间', 'date=排期日期', '排期时间'],
    ['来源,位置,日期,开播时刻', undefined, '开播时刻'],
    ['来源,位置,直播日期,直播时刻', undefined, '直播时刻'],
    ['来源,位置,投放日期,投放时刻', undefined, '投放时刻'],
    ['来源,位置,日期,结束时间,创建时间', undefined, 'none'],
  ])('%s, --columns %s: %s', (header, columns, expected) => {
    expect(located(header, columns)).toBe(expected);
  });
});

describe('in a batch', () => {
  const CSV = '来源,位置,日期,时间\njd,live-cart,2022-10-27,23:30\njd,live-cart,2022-10-28,\njd,live-cart,2022-10-27,2022-10-28 08:00\njd,live-cart,2022-10-27,晚上\n';
  const outcomes = (run: Awaited<ReturnType<typeof batch>>) => rows(run).map((row) => [row.line, row.at ?? row.error]);
  const EXPECTED = [
    [2, '2022-10-27T23:30:00+08:00'],
    [3, '2022-10-28T00:00:00+08:00'],
    [4, 'the date "2022-10-27" (column "日期") and "2022-10-28 08:00" in the time column "时间" are not one moment: give the day in "日期" and its time of day (23:30) in "时间", or leave "时间" empty to ask about the day'],
    [5, '"晚上" in the time column "时间" is no time of day: write it 23:30, 23:30:15, 23点30分, 11:30 PM or 下午11:30, or leave the cell empty to ask about the day'],
  ];

  it('a CSV plan with 日期 and 时间 is refused; --columns date=日期 reads 时间 as the time of day, not left unread', async () => {
    const refused = await batch([plan('apart.csv', CSV)]);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: the header names the date column 2 times ("日期", "时间"); keep one, or choose with --columns date=<header>: the other is then read as its time of day\n' });
    const run = await batch([plan('apart.csv', CSV), '--columns', 'date=日期', '--ndjson']);
    expect(outcomes(run)).toEqual(EXPECTED);
    expect(rows(run)[0]!.verdict).toBe('denied');
    expect(run.code).toBe(2);
    const text = await batch([plan('apart.csv', CSV), '--columns', 'date=日期']);
    expect(text.stdout.split('\n').slice(1, 3)).toEqual(['line 2      denied      jd · live-cart · 2022-10-27 23:30  rule kuaishou-2022-03-jd-live-cart-cut', 'line 3      rolling-out jd · live-cart · 2022-10-28  rule kuaishou-2022-10-jd-live-cart-restored, rolling out until 2022-10-29 00:00; disputed']);
  });

  it('a JSON Lines plan is read the same way, by its keys', async () => {
    const lines = CSV.trim().split('\n').slice(1).map((line) => {
      const [source, surface, date, time] = line.split(',');
      return JSON.stringify({ 来源: source, 位置: surface, 日期: date, 时间: time === '' ? null : time });
    });
    const content = `${lines.join('\n')}\n`;
    const refused = await batch([plan('apart.jsonl', content), '--ndjson']);
    expect(rows(refused).map((row) => row.error)).toEqual(Array(4).fill('this line has 2 keys for the date ("日期", "时间"); keep one, or choose with --columns date=<key>: the other is then read as its time of day'));
    const run = await batch([plan('apart.jsonl', content), '--columns', 'date=日期', '--ndjson']);
    expect(outcomes(run)).toEqual(EXPECTED.map(([line, outcome]) => [(line as number) - 1, outcome]));
  });

  it('a workbook is read the same way, its time cells as they show', async () => {
    // 23:30 as a time cell (h:mm), as an ISO time (t="d"), and as text; the date as a date cell.
    const book = workbook({
      formats: [0, 14, 20],
      sheets: [{
        name: 'plan',
        rows: `${headerRow(['来源', '位置', '日期', '时间'])}${[
          '<c r="C@" s="1"><v>44861</v></c><c r="D@" s="2"><v>0.97916666666666663</v></c>',
          '<c r="C@" s="1"><v>44861</v></c><c r="D@" s="2" t="d"><v>23:30:00</v></c>',
          `<c r="C@" s="1"><v>44861</v></c>${inline('D@', '23:30')}`,
        ].map((cells, index) => `<row r="${index + 2}">${inline(`A${index + 2}`, 'jd')}${inline(`B${index + 2}`, 'live-cart')}${cells.replaceAll('@', String(index + 2))}</row>`).join('')}`,
      }],
    });
    const run = await batch([plan('apart.xlsx', book), '--columns', 'date=日期', '--ndjson']);
    expect(outcomes(run)).toEqual([2, 3, 4].map((line) => [line, '2022-10-27T23:30:00+08:00']));
    expect(run.code).toBe(1);
  });

  it('rows that differ in their time cell alone are answered apart, on every road a plan is read by', async () => {
    // The same source, surface and date, read as shared strings in a workbook and as text in a CSV: kept answers are found by the joined date, not by the cells before it.
    const times = ['23:30', '09:00', '23:30', '00:00', '09:00'];
    const csv = `source,surface,date,time\n${times.map((time) => `jd,live-cart,2022-10-27,${time}`).join('\n')}\n`;
    const strings = ['source', 'surface', 'date', 'time', 'jd', 'live-cart', '2022-10-27', ...new Set(times)];
    const book = workbook({
      strings,
      sheets: [{ name: 'plan', rows: `${headerRow(['source', 'surface', 'date', 'time'])}${times.map((time, index) => `<row r="${index + 2}">${[4, 5, 6, strings.indexOf(time)].map((string, column) => `<c r="${'ABCD'[column]}${index + 2}" t="s"><v>${string}</v></c>`).join('')}</row>`).join('')}` }],
    });
    const expected = times.map((time, index) => [index + 2, `2022-10-27T${time}:00+08:00`]);
    expect(outcomes(await batch([plan('times.csv', csv), '--ndjson']))).toEqual(expected);
    expect(outcomes(await batch([plan('times.xlsx', book), '--ndjson']))).toEqual(expected);
  });

  it('a time of day under a placement\'s other names is asked, not left unread: the row at 13:00 is denied, not allowed at the day\'s start', async () => {
    // midday.json: testshop's Taobao links on its live-room cart are allowed, and denied from 12:00 on 2022-03-01.
    const rules = join(import.meta.dirname, '..', 'fixtures', 'views', 'midday.json');
    const link = 'item.taobao.com/item.htm?id=1';
    for (const [date, time] of [['投放日期', '投放时间'], ['直播日期', '直播时间'], ['日期', '开始时间'], ['排期日期', '排期时间'], ['日期', '开播时刻'], ['直播开始日期', '直播开始时间']]) {
      const content = `来源,位置,${date},${time},平台\n${link},live-cart,2022-03-01,13:00,testshop\n${link},live-cart,2022-03-01,11:00,testshop\n`;
      const run = await batch([plan('noon.csv', content), '--rules', rules, '--max-staleness', '99999d', '--columns', `date=${date}`, '--ndjson']);
      expect(rows(run).map((row) => [row.line, row.at, row.verdict]), time).toEqual([
        [2, '2022-03-01T13:00:00+08:00', 'denied'],
        [3, '2022-03-01T11:00:00+08:00', 'allowed'],
      ]);
    }
  });

  it('a date with its day of the week, as spreadsheets\' long dates show it, is read when the two agree, joined to its time too', async () => {
    const content = '来源,位置,日期,时刻\njd,live-cart,2022年10月27日 星期四,23:30\njd,live-cart,2022/10/28 周五,\njd,live-cart,2022年10月28日 星期四,\n';
    const run = await batch([plan('weekdays.csv', content), '--ndjson']);
    expect(rows(run).map((row) => [row.line, row.at ?? row.error])).toEqual([
      [2, '2022-10-27T23:30:00+08:00'],
      [3, '2022-10-28T00:00:00+08:00'],
      [4, 'no such date or time "2022年10月28日 星期四"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), with a time after T or a space (2022-06-01 10:30, 2022-06-01T10:30:15, 2022年6月1日10点30分, 2022/6/1 8:00 PM, 2022年6月1日 下午8点: local time there), an instant with Z or an offset (2022-02-28T16:00:00Z, 2022-06-01T10:30+08:00, +0800, +08, GMT+8), today, yesterday, tomorrow or now'],
    ]);
  });

  describe('12-hour times, as Excel and Windows write them and people type them', () => {
    // Kuaishou cuts Taobao links from its live-room cart at 2022-03-01 00:00 Beijing time: one minute before it is allowed, the cut denied.
    const LATE = '2022-02-28T23:59:00+08:00';
    const CUT = '2022-03-01T00:00:00+08:00';
    const DOUBT = 'date "2022-02-28 晚上12点" is in doubt: "晚上12点" may be 2022-02-28 00:00 or 2022-03-01 00:00; write the one meant on the 24-hour clock';
    const TWICE = 'date "2022-02-28 下午23:59" is in doubt: "下午23:59" writes the half of the day twice, in 下午 and in the hour 23, which is over 12; write 下午 with an hour from 1 to 12, or the time on the 24-hour clock without 下午';
    const cells = [
      ['2022-02-28', '11:59 PM', LATE], ['2022-03-01', '12:00 AM', CUT], ['2022/2/28', '下午 11:59:00', LATE], ['2022年2月28日', '晚上11点59分', LATE],
      ['2022-03-01', '凌晨0点', CUT], ['2022/2/28 下午 11:59:00', '', LATE], ['2022年3月1日 上午12:00', '', CUT], ['2022-02-28 23:59', '11:59 pm', LATE],
      ['2022-02-28', '晚上12点', DOUBT], ['2022-02-28', '下午23:59', TWICE],
    ];
    const outcome = (row: Record<string, unknown>) => row.at ?? row.error;
    const expected = cells.map(([, , answer]) => answer);

    it('in a CSV plan\'s date and time columns', async () => {
      const csv = `来源,位置,日期,时刻\n${cells.map(([date, time]) => `taobao,live-cart,${date},${time}`).join('\n')}\n`;
      const run = await batch([plan('twelve.csv', csv), '--ndjson']);
      expect(rows(run).map(outcome)).toEqual(expected);
      expect(rows(run).slice(0, 2).map((row) => row.verdict)).toEqual(['allowed', 'denied']);
    });

    it('in a JSON Lines plan', async () => {
      const lines = cells.map(([date, time]) => JSON.stringify({ 来源: 'taobao', 位置: 'live-cart', 日期: date, 时刻: time }));
      expect(rows(await batch([plan('twelve.jsonl', `${lines.join('\n')}\n`), '--ndjson'])).map(outcome)).toEqual(expected);
    });

    it('in a workbook: text cells as written, number cells under AM/PM and 上午/下午 formats as they show', async () => {
      // 44620 is 2022-02-28; 0.99930555… is 23:59. Formats: yyyy/m/d h:mm AM/PM, m/d/yyyy's 14, h:mm AM/PM, 55 (上午/下午h"时"mm"分"), and its code written out.
      const late = '0.99930555555555556';
      const book = workbook({
        formats: [0, 'yyyy/m/d h:mm AM/PM', 14, 'h:mm AM/PM', 55, '[$-804]上午/下午h"时"mm"分"', 'yyyy"年"m"月"d"日" 上午/下午h:mm'],
        sheets: [{
          name: 'plan',
          rows: `${headerRow(['来源', '位置', '日期', '时刻'])}${[
            `<c r="C@" s="1"><v>44620.${late.slice(2)}</v></c>`,
            '<c r="C@" s="2"><v>44621</v></c><c r="D@" s="3"><v>0</v></c>',
            `<c r="C@" s="2"><v>44620</v></c><c r="D@" s="4"><v>${late}</v></c>`,
            `<c r="C@" s="2"><v>44620</v></c><c r="D@" s="5"><v>${late}</v></c>`,
            `<c r="C@" s="6"><v>44621</v></c>`,
            `<c r="C@" s="2"><v>44620</v></c>${inline('D@', '下午11:59')}`,
            `${inline('C@', '2022/2/28 下午 11:59:00')}`,
            `<c r="C@" s="2"><v>44620</v></c>${inline('D@', '晚上12点')}`,
          ].map((row, index) => `<row r="${index + 2}">${inline(`A${index + 2}`, 'taobao')}${inline(`B${index + 2}`, 'live-cart')}${row.replaceAll('@', String(index + 2))}</row>`).join('')}`,
        }],
      });
      const run = await batch([plan('twelve.xlsx', book), '--ndjson']);
      expect(rows(run).map(outcome)).toEqual([LATE, CUT, LATE, LATE, CUT, LATE, LATE, DOUBT]);
    });
  });

  it.each([
    ['time=开播时刻', 'time (开播时刻)'],
    ['platform=渠道', 'platform (渠道)'],
  ])('--columns %s, which names no column of the header, is refused: the rows would be asked as if it were not given', async (columns, missing) => {
    const run = await batch([plan('named.csv', 'source,surface,date\njd,live-cart,2022-10-27\n'), '--columns', columns]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `linkcheck: the header row has no column for ${missing}; it has: "source", "surface", "date"; name the columns so, or map them with --columns source=<header>,surface=<header>,date=<header>\n` });
  });

  it('more columns under the date\'s names than a date and its time are refused, naming them', async () => {
    const run = await batch([plan('three.csv', '来源,位置,日期,时间,开播时间\njd,live-cart,2022-10-27,23:30,2022-10-27 23:30\n'), '--columns', 'date=日期']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: --columns date=日期 reads the date from "日期"; the header also has "时间", "开播时间", names of the date column, which would be left unread: choose the one that holds the time of day with --columns date=日期,time=<header>, and rename any other\n' });
  });
});
