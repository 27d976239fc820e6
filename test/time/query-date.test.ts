import { describe, expect, it } from 'vitest';
import { readWrittenDate } from '../../src/time/query-date.js';

// A text of exactly YYYY-MM-DD is read by its characters; with a space before it, by the
// patterns (it is trimmed first). Both must read every such text alike.
const byPatterns = (text: string) => readWrittenDate(` ${text}`);

function shapedTexts(): string[] {
  const texts = [
    '2022-06-01', '2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29', '2022-13-01', '2022-00-10', '2022-04-31',
    '2022-12-31', '2022-01-00', '0000-01-01', '9999-12-31', '1899-12-31', '1900-01-01', '2200-01-01', '0099-05-05',
    '2022-6-011', '20220-6-01', '2022-06-1 ', '2022/06/01', '2022-06-0a', 'a022-06-01', '2022-0-601', '2022--6-01',
    '２０２２-06-01', '2022-０6-01', '2022-06-01\r', '2022-06-0/', '2022-06-0:', '+022-06-01',
  ];
  // Digits and near digits ('/' and ':' sit either side of them) in every place.
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const characters = '0123456789/:-';
  for (let count = 0; count < 5000; count++) {
    let text = '';
    for (let index = 0; index < 10; index++) {
      const plain = index === 4 || index === 7 ? '-' : String(Math.floor(random() * 10));
      text += random() < 0.04 ? characters[Math.floor(random() * characters.length)] : plain;
    }
    texts.push(text);
  }
  return texts;
}

describe('readWrittenDate of YYYY-MM-DD', () => {
  it('reads each text as its patterns do', () => {
    for (const text of shapedTexts()) expect(readWrittenDate(text), text).toEqual(byPatterns(text));
  });

  it.each([
    ['2022-06-01', { ok: true, kind: 'moment', moment: { year: 2022, month: 6, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, precision: 'day' } }],
    ['2023-02-29', { ok: false, problem: 'impossible' }],
    ['2022-13-01', { ok: false, problem: 'impossible' }],
    ['0000-01-01', { ok: false, problem: 'out-of-range' }],
    ['2022-06-0a', { ok: false, problem: 'malformed' }],
  ])('%s', (text, reading) => {
    expect(readWrittenDate(text)).toEqual(reading);
  });
});

describe('readWrittenDate of a spreadsheet\'s day number', () => {
  // A CSV export of a column not formatted as dates: never read as a date, the day it would be named.
  it.each([
    ['44713', '2022-06-01'],
    ['44713.4375', '2022-06-01'],
    ['10000', '1927-05-18'],
    ['99999', '2173-10-13'],
    ['61', undefined],
    ['4471', undefined],
    ['447130', undefined],
    ['44713.', undefined],
    ['-44713', undefined],
  ])('%s', (text, day) => {
    expect(readWrittenDate(text)).toEqual(day === undefined ? { ok: false, problem: 'malformed' } : { ok: false, problem: 'serial', day });
  });
});

describe('readWrittenDate of words', () => {
  it.each(['today', 'Yesterday', ' TOMORROW ', 'now', '今天', '明天'])('%s is a word for a day or the moment', (text) => {
    expect(readWrittenDate(text)).toMatchObject({ ok: true, kind: 'relative' });
  });

  // The names every object inherits are not among the words.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])('%s is no date', (text) => {
    expect(readWrittenDate(text)).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('readWrittenDate of a stretch of time', () => {
  // A live stream's slot, as plans write it: never one of its ends, nor 08:00 at UTC-10:00.
  it.each([
    '2022-02-28 08:00-10:00', '2022-02-28 20:00-23:00', '2022-02-28 08:00 -10:00', '2022-02-28 8:00-10', '2022-02-28 08:00-0800',
    '2022/2/28 8:00-10:00', '2022.2.28 08:00-10:00', '20220228 08:00-10:00', '2022-02-28 20:00~22:00', '2022-02-28 20:00 ~ 22:00',
    '2022-02-28 20:00 - 22:00', '2022-02-28 20:00–22:00', '2022-02-28 20:00—22:00', '2022-02-28 20:00〜22:00', '2022-02-28 20:00 至 22:00',
    '2022-02-28 20:00到22:00', '2022-02-28 20:00-2022-02-28 22:00', '2022年2月28日20:00-22:00', '2022年2月28日 20:00-22:00',
    '2022年2月28日20点-22点', '2022年2月28日20点30分-22点', '２０２２－０２－２８　２０：００－２２：００', '2022-02-28 20:00～22:00',
  ])('%s', (text) => {
    expect(readWrittenDate(text)).toEqual({ ok: false, problem: 'stretch' });
  });

  it.each([
    // An instant's forms: after a T, or with seconds (as Python and PostgreSQL print a time with its offset).
    ['2022-02-28T08:00-10:00', { hour: 8, minute: 0, second: 0, offsetMinutes: -600 }],
    ['2022-02-28t08:00-05', { hour: 8, minute: 0, second: 0, offsetMinutes: -300 }],
    ['2022-02-28 08:00:00-05:00', { hour: 8, minute: 0, second: 0, offsetMinutes: -300 }],
    ['2022-02-28 08:00:00.5-05', { hour: 8, minute: 0, second: 0, offsetMinutes: -300 }],
    // East of UTC, or UTC: no stretch is written so.
    ['2022-02-28 08:00+08:00', { hour: 8, minute: 0, second: 0, offsetMinutes: 480 }],
    ['2022-02-28 08:00 +0800', { hour: 8, minute: 0, second: 0, offsetMinutes: 480 }],
    ['2022-02-28 08:00Z', { hour: 8, minute: 0, second: 0, offsetMinutes: 0 }],
  ])('%s is one moment', (text, fields) => {
    const reading = readWrittenDate(text);
    expect(reading).toMatchObject({ ok: true, kind: 'moment', moment: { year: 2022, month: 2, day: 28, ...fields } });
  });

  it.each(['2022-02-28 20:00x22:00', '2022-02-28 20:00 22:00', '2022-02-28 -20:00'])('%s is malformed, not a stretch', (text) => {
    expect(readWrittenDate(text)).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('readWrittenDate of a date with its day of the week', () => {
  // Spreadsheets' long dates show the day of the week; it must be the date's, or which was meant is not known.
  const day = (year: number, month: number, date: number, hour = 0, minute = 0, precision = 'day') => ({ ok: true, kind: 'moment', moment: { year, month, day: date, hour, minute, second: 0, millisecond: 0, precision } });
  it.each([
    ['2022年6月1日 星期三', day(2022, 6, 1)],
    ['2022年6月1日星期三', day(2022, 6, 1)],
    ['2022/6/1 周三', day(2022, 6, 1)],
    ['2022/6/1周三', day(2022, 6, 1)],
    ['2022-06-01（周三）', day(2022, 6, 1)],
    ['2022-06-01 (周三)', day(2022, 6, 1)],
    ['２０２２－０６－０１ 周三', day(2022, 6, 1)],
    ['2022.6.5 礼拜天', day(2022, 6, 5)],
    ['2022/6/5 周日', day(2022, 6, 5)],
    ['20220604 星期六', day(2022, 6, 4)],
    ['1900年1月1日 星期一', day(1900, 1, 1)],
    ['2022/6/1 周三 20:00', day(2022, 6, 1, 20, 0, 'minute')],
    ['2022年6月1日 星期三 20点30分', day(2022, 6, 1, 20, 30, 'minute')],
    // Another day's weekday, an impossible date, parentheses not closed, a time not parted from the weekday.
    ['2022年6月1日 星期四', { ok: false, problem: 'impossible' }],
    ['2022/6/2 周三', { ok: false, problem: 'impossible' }],
    ['2022-06-01 周日', { ok: false, problem: 'impossible' }],
    ['2022-02-30 周三', { ok: false, problem: 'impossible' }],
    ['1899-12-31 周日', { ok: false, problem: 'out-of-range' }],
    ['2022-06-01 (周三', { ok: false, problem: 'malformed' }],
    ['2022-06-01 周三)', { ok: false, problem: 'malformed' }],
    ['2022年6月1日星期三20:00', { ok: false, problem: 'malformed' }],
    ['2022-06-01 周八', { ok: false, problem: 'malformed' }],
    ['2022-06-01 星期三 星期三', { ok: false, problem: 'malformed' }],
  ])('%s', (text, reading) => {
    expect(readWrittenDate(text)).toEqual(reading);
  });
});
