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
    // After UTC or GMT, as apps and people write an offset; either alone is UTC. West of it too: the word says it is an offset.
    ['2022-02-28 08:00 GMT+8', { hour: 8, minute: 0, second: 0, offsetMinutes: 480 }],
    ['2022-02-28 08:00 UTC+08:00', { hour: 8, minute: 0, second: 0, offsetMinutes: 480 }],
    ['2022-02-28 08:00:00 GMT+0800', { hour: 8, minute: 0, second: 0, offsetMinutes: 480 }],
    ['2022-02-28 08:00 utc+5:30', { hour: 8, minute: 0, second: 0, offsetMinutes: 330 }],
    ['2022-02-28 08:00 GMT-5', { hour: 8, minute: 0, second: 0, offsetMinutes: -300 }],
    ['2022-02-28 08:00UTC', { hour: 8, minute: 0, second: 0, offsetMinutes: 0 }],
    ['2022-02-28 08:00 GMT', { hour: 8, minute: 0, second: 0, offsetMinutes: 0 }],
  ])('%s is one moment', (text, fields) => {
    const reading = readWrittenDate(text);
    expect(reading).toMatchObject({ ok: true, kind: 'moment', moment: { year: 2022, month: 2, day: 28, ...fields } });
  });

  // A zone's abbreviation names no one offset (CST is China's, and the US's Central time).
  it.each(['2022-02-28 20:00x22:00', '2022-02-28 20:00 22:00', '2022-02-28 -20:00', '2022-02-28 08:00 CST', '2022-02-28 08:00 GMT +8', '2022-02-28 08:00 GMT+'])('%s is malformed, not a stretch', (text) => {
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

describe('readWrittenDate of a 12-hour time', () => {
  // AM and PM as Excel and Windows write English times, 上午 and 下午 as they write Chinese ones,
  // and 早上, 中午, 晚上, 凌晨 as people do: each hour is the one it means on the 24-hour clock.
  const at = (hour: number, minute = 0, precision = 'minute', second = 0, day = 1) => ({ ok: true, kind: 'moment', moment: { year: 2022, month: 6, day, hour, minute, second, millisecond: 0, precision } });
  it.each([
    ['2022/06/01 8:00 PM', at(20)],
    ['2022-06-01 08:30 am', at(8, 30)],
    ['2022-06-01 8:30AM', at(8, 30)],
    ['2022-06-01 8:30 p.m.', at(20, 30)],
    ['2022-06-01 8:30 P.M.', at(20, 30)],
    ['2022-06-01 8 PM', at(20)],
    ['2022-06-01 8pm', at(20)],
    ['2022-06-01 11:59:59 PM', at(23, 59, 'second', 59)],
    ['2022-06-01 8:00:00.5 PM', { ok: true, kind: 'moment', moment: { year: 2022, month: 6, day: 1, hour: 20, minute: 0, second: 0, millisecond: 500, precision: 'second' } }],
    ['２０２２－０６－０１ ８：００ ＰＭ', at(20)],
    // 12 AM is midnight and 12 PM noon, as Excel and Windows write them.
    ['2022-06-01 12:00 AM', at(0)],
    ['2022-06-01 12:30 am', at(0, 30)],
    ['2022-06-01 12:00 PM', at(12)],
    ['2022-06-01 12 pm', at(12)],
    ['2022-06-01 1:00 AM', at(1)],
    ['2022-06-01 1:00 PM', at(13)],
    ['2022/6/1 下午 08:00:00', at(20, 0, 'second')],
    ['2022/6/1 上午 12:00:00', at(0, 0, 'second')],
    ['2022/6/1 下午 12:00:00', at(12, 0, 'second')],
    ['2022-06-01 下午8:00', at(20)],
    ['2022-06-01 上午10:30', at(10, 30)],
    ['2022年6月1日 下午8点', at(20)],
    ['2022年6月1日下午8点', at(20)],
    ['2022年6月1日下午8点30分', at(20, 30)],
    ['2022年6月1日 上午12时00分', at(0)],
    ['2022年6月1日 下午12点', at(12)],
    ['2022年6月1日 上午11点', at(11)],
    ['2022年6月1日 星期三 下午8点', at(20)],
    ['2022-06-01 早上8点', at(8)],
    ['2022-06-01 早上11:30', at(11, 30)],
    ['2022-06-01 中午12点', at(12)],
    ['2022-06-01 中午11点', at(11)],
    ['2022-06-01 中午1点', at(13)],
    ['2022-06-01 中午2点', at(14)],
    ['2022-06-01 晚上8点', at(20)],
    ['2022-06-01 晚上5点', at(17)],
    ['2022-06-01 晚上11:59', at(23, 59)],
    ['2022-06-01 凌晨1点', at(1)],
    ['2022-06-01 凌晨0点', at(0)],
    ['2022-06-01 凌晨6:30', at(6, 30)],
    // The other words for these parts of the day, and 傍晚 towards evening.
    ['2022-06-01 晚8点', at(20)],
    ['2022-06-01晚8点', { ok: false, problem: 'malformed' }],
    ['2022年6月1日晚8点', at(20)],
    ['2022-06-01 晚间9点', at(21)],
    ['2022-06-01 夜里11点', at(23)],
    ['2022-06-01 夜间10:30', at(22, 30)],
    ['2022-06-01 夜晚11点', at(23)],
    ['2022-06-01 早8点', at(8)],
    ['2022-06-01 早晨7点', at(7)],
    ['2022-06-01 清晨5点', at(5)],
    ['2022-06-01 傍晚6点', at(18)],
    ['2022-06-01 傍晚4:30', at(16, 30)],
    // Minutes as people say them: 半, 一刻, 三刻, 整, or two digits without 分.
    ['2022-06-01 晚上8点半', at(20, 30)],
    ['2022-06-01 20点半', at(20, 30)],
    ['2022-06-01 20时半', at(20, 30)],
    ['2022-06-01 下午3点一刻', at(15, 15)],
    ['2022-06-01 下午3点三刻', at(15, 45)],
    ['2022-06-01 晚上8点整', at(20)],
    ['2022-06-01 8点整', at(8)],
    ['2022-06-01 晚上8点30', at(20, 30)],
    ['2022-06-01 20点05', at(20, 5)],
    ['2022-06-01 20点5', { ok: false, problem: 'malformed' }],
    ['2022-06-01 20点半30分', { ok: false, problem: 'malformed' }],
    ['2022-06-01 20点60', { ok: false, problem: 'impossible' }],
    ['2022-06-01 8点半-10点', { ok: false, problem: 'stretch' }],
    // Not a 12-hour time: no word, two words, a word in the wrong place, an ISO form, an offset, a Chinese clock with AM/PM.
    ['2022-06-01 下午', { ok: false, problem: 'malformed' }],
    ['2022-06-01 PM', { ok: false, problem: 'malformed' }],
    ['2022-06-01 下午8:00 PM', { ok: false, problem: 'malformed' }],
    ['2022-06-01 8:00 下午', { ok: false, problem: 'malformed' }],
    ['2022-06-01 PM 8:00', { ok: false, problem: 'malformed' }],
    ['2022-06-01T08:00 PM', { ok: false, problem: 'malformed' }],
    ['2022-06-01 8:00+08:00 PM', { ok: false, problem: 'malformed' }],
    ['2022-06-01 下午8:00+08:00', { ok: false, problem: 'malformed' }],
    ['2022-06-01 8点 PM', { ok: false, problem: 'malformed' }],
    ['2022-06-01 下午8', { ok: false, problem: 'malformed' }],
    ['2022-06-01下午8点', { ok: false, problem: 'malformed' }],
    ['2022-06-01 黄昏6点', { ok: false, problem: 'malformed' }],
    // A stretch of time, or no such date or time.
    ['2022-06-01 8:00 PM - 10:00 PM', { ok: false, problem: 'stretch' }],
    ['2022-06-01 下午2点-4点', { ok: false, problem: 'stretch' }],
    ['2022-06-01 晚上8:00~10:00', { ok: false, problem: 'stretch' }],
    ['2022-06-01 下午8:75', { ok: false, problem: 'impossible' }],
    ['2022-06-01 下午25:00', { ok: false, problem: 'impossible' }],
    ['2022-02-30 下午8点', { ok: false, problem: 'impossible' }],
    ['2200-01-01 8:00 PM', { ok: false, problem: 'out-of-range' }],
  ])('%s', (text, reading) => {
    expect(readWrittenDate(text)).toEqual(reading);
  });

  // What is in doubt is refused, saying what it could be; never guessed.
  const doubt = (time: string, fields: object) => ({ ok: false, problem: 'half-day', time, ...fields });
  it.each([
    // An hour over 12 beside a word that says the half of the day: written twice, agreeing or not.
    ['2022-06-01 下午20:00', doubt('下午20:00', { fault: 'twice', word: '下午', hour: 20 })],
    ['2022-06-01 上午20:00', doubt('上午20:00', { fault: 'twice', word: '上午', hour: 20 })],
    ['2022-06-01 13:00 PM', doubt('13:00 PM', { fault: 'twice', word: 'PM', hour: 13 })],
    ['2022-06-01 20:00 am', doubt('20:00 am', { fault: 'twice', word: 'am', hour: 20 })],
    ['2022年6月1日 晚上20点', doubt('晚上20点', { fault: 'twice', word: '晚上', hour: 20 })],
    // 12 o'clock, which ordinary Chinese uses for either of two moments.
    ['2022-06-01 晚上12点', doubt('晚上12点', { fault: 'twelve', word: '晚上', readings: ['2022-06-01 00:00', '2022-06-02 00:00'] })],
    ['2022-06-01 凌晨12点', doubt('凌晨12点', { fault: 'twelve', word: '凌晨', readings: ['2022-06-01 00:00', '2022-06-02 00:00'] })],
    ['2022-06-30 晚上12:30:15', doubt('晚上12:30:15', { fault: 'twelve', word: '晚上', readings: ['2022-06-30 00:30:15', '2022-07-01 00:30:15'] })],
    ['2022年6月1日上午12点', doubt('上午12点', { fault: 'twelve', word: '上午', readings: ['2022-06-01 00:00', '2022-06-01 12:00'] })],
    // An hour the word is not said with.
    ['2022-06-01 晚上3点', doubt('晚上3点', { fault: 'hours', word: '晚上', hour: 3, first: 5, last: 11 })],
    ['2022-06-01 晚上1:00', doubt('晚上1:00', { fault: 'hours', word: '晚上', hour: 1, first: 5, last: 11 })],
    ['2022-06-01 中午5点', doubt('中午5点', { fault: 'hours', word: '中午', hour: 5, first: 11, last: 2 })],
    ['2022-06-01 早上12点', doubt('早上12点', { fault: 'hours', word: '早上', hour: 12, first: 1, last: 11 })],
    ['2022-06-01 凌晨8点', doubt('凌晨8点', { fault: 'hours', word: '凌晨', hour: 8, first: 0, last: 6 })],
    ['2022-06-01 0:30 AM', doubt('0:30 AM', { fault: 'hours', word: 'AM', hour: 0, first: 1, last: 12 })],
    ['2022-06-01 下午0点', doubt('下午0点', { fault: 'hours', word: '下午', hour: 0, first: 1, last: 12 })],
    ['2022-06-01 傍晚9点', doubt('傍晚9点', { fault: 'hours', word: '傍晚', hour: 9, first: 4, last: 7 })],
    ['2022-06-01 晚1点', doubt('晚1点', { fault: 'hours', word: '晚', hour: 1, first: 5, last: 11 })],
    ['2022-06-01 夜里2点', doubt('夜里2点', { fault: 'hours', word: '夜里', hour: 2, first: 5, last: 11 })],
    ['2022-06-01 夜里12点半', doubt('夜里12点半', { fault: 'twelve', word: '夜里', readings: ['2022-06-01 00:30', '2022-06-02 00:30'] })],
  ])('%s is in doubt', (text, reading) => {
    expect(readWrittenDate(text)).toEqual(reading);
  });
});
