import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/time/moment.js';
import { queryDay, queryTime } from '../../src/time/query-time.js';
import { thrownWords } from '../helpers/error-words.js';
import { DataError, InputError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';

const SHANGHAI = 'Asia/Shanghai';
const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const iso = (text: string | undefined, zone = SHANGHAI) => formatInstant(queryTime(text, zone, NOW).at, zone);

describe('queryTime', () => {
  it.each([
    ['2022-06-01', '2022-06-01T00:00:00+08:00'],
    ['2022-03-01T00:00', '2022-03-01T00:00:00+08:00'],
    ['2022-02-28T23:59:59', '2022-02-28T23:59:59+08:00'],
    ['2022-02-28T16:00:00Z', '2022-03-01T00:00:00+08:00'],
    ['2022-02-28T15:59:59Z', '2022-02-28T23:59:59+08:00'],
    ['2022-03-01T00:00:00+09:00', '2022-02-28T23:00:00+08:00'],
    ['2022-02-28T11:00-05:00', '2022-03-01T00:00:00+08:00'],
    ['2024-02-29', '2024-02-29T00:00:00+08:00'],
    ['now', '2026-11-22T10:00:00+08:00'],
    [undefined, '2026-11-22T10:00:00+08:00'],
    ['today', '2026-11-22T00:00:00+08:00'],
  ])('%s is %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    // Dates as people write them (issue 7).
    ['2022/6/1', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022/06/01', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022-6-1', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022.6.1', '2022-06-01T00:00:00+08:00', 'day'],
    ['20220601', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022年6月1日', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022年06月01号', '2022-06-01T00:00:00+08:00', 'day'],
    ['２０２２年６月１日', '2022-06-01T00:00:00+08:00', 'day'],
    ['2022年6月1日 10:30', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022年6月1日10点30分', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022年6月1日 10时', '2022-06-01T10:00:00+08:00', 'minute'],
    ['2022年6月1日10时30分15秒', '2022-06-01T10:30:15+08:00', 'second'],
    ['2022-06-01 10:30', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022/6/1 9:05:07', '2022-06-01T09:05:07+08:00', 'second'],
    ['2022-06-01T10:30+0800', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022-06-01T10:30+08', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022-06-01 10:30 +08:00', '2022-06-01T10:30:00+08:00', 'minute'],
    ['2022-06-01T02:30:00-0000', '2022-06-01T10:30:00+08:00', 'second'],
    ['2026-11-22T11:13:01.078Z', '2026-11-22T19:13:01+08:00', 'second'],
    ['2022-06-01\r', '2022-06-01T00:00:00+08:00', 'day'],
    [' 2022-06-01 ', '2022-06-01T00:00:00+08:00', 'day'],
    ['yesterday', '2026-11-21T00:00:00+08:00', 'day'],
    ['tomorrow', '2026-11-23T00:00:00+08:00', 'day'],
    ['Today', '2026-11-22T00:00:00+08:00', 'day'],
    ['昨天', '2026-11-21T00:00:00+08:00', 'day'],
    ['NOW', '2026-11-22T10:00:00+08:00', 'second'],
  ])('reads %j as %s with %s precision', (text, expected, precision) => {
    const time = queryTime(text, SHANGHAI, NOW);
    expect([formatInstant(time.at, SHANGHAI), time.precision]).toEqual([expected, precision]);
  });

  it('keeps the milliseconds of an instant', () => {
    expect(queryTime('2026-11-22T11:13:01.078Z', SHANGHAI, NOW).at).toBe(Date.UTC(2026, 10, 22, 11, 13, 1, 78));
  });

  it('gives a date alone day precision and the end of that civil day', () => {
    const time = queryTime('2022-03-01', SHANGHAI, NOW);
    expect(time.precision).toBe('day');
    expect(formatInstant(time.dayEnd!, SHANGHAI)).toBe('2022-03-02T00:00:00+08:00');
  });

  it('reads today and yesterday in the zone, not on the machine', () => {
    // 2026-11-22T02:00Z is still the 21st in New York and already the 22nd in Kiritimati.
    expect(iso('today', 'America/New_York')).toBe('2026-11-21T00:00:00-05:00');
    expect(iso('yesterday', 'Pacific/Kiritimati')).toBe('2026-11-21T00:00:00+14:00');
  });

  it.each([
    ['2022-02-30', 'no such date or time "2022-02-30"'],
    ['2023-02-29', 'no such date or time "2023-02-29"'],
    ['2022-13-01', 'no such date or time "2022-13-01"'],
    ['2022/2/30', 'no such date or time "2022/2/30"'],
    ['2022年2月30日', 'no such date or time "2022年2月30日"'],
    ['20220230', 'no such date or time "20220230"'],
    ['2022-06-01T24:00', 'no such date or time "2022-06-01T24:00"'],
    ['2022-06-01 25:00', 'no such date or time "2022-06-01 25:00"'],
    ['2022-06-01T10:60', 'no such date or time "2022-06-01T10:60"'],
    ['2022-06-01T10:00+15:00', 'no such date or time "2022-06-01T10:00+15:00"'],
    ['2022-06-01T10:00+0860', 'no such date or time "2022-06-01T10:00+0860"'],
    ['6/1/2022', 'ambiguous date "6/1/2022": the day and the month could be either way round'],
    ['01/06/2022', 'ambiguous date "01/06/2022"'],
    ['1.6.2022', 'ambiguous date "1.6.2022"'],
    ['22-06-01', 'ambiguous date "22-06-01"'],
    ['June 1', 'unrecognised date "June 1"'],
    ['2022-6/1', 'unrecognised date "2022-6/1"'],
    ['2022-06-01x', 'unrecognised date "2022-06-01x"'],
    ['2022-06-0110:30', 'unrecognised date "2022-06-0110:30"'],
    ['202206011', 'unrecognised date "202206011"'],
    ['2022-06-01T10', 'unrecognised date "2022-06-01T10"'],
    ['2022-06-01+08:00', 'unrecognised date "2022-06-01+08:00"'],
    ['', 'unrecognised date ""'],
    ['0001-01-01', 'date out of range "0001-01-01": linkcheck reads the years 1900–2199'],
    ['0099-12-31', 'date out of range "0099-12-31"'],
    ['1899-12-31', 'date out of range "1899-12-31"'],
    ['2200-01-01', 'date out of range "2200-01-01"'],
    ['9999-12-31T23:59:59-14:00', 'date out of range "9999-12-31T23:59:59-14:00"'],
    ['2199-12-31T23:00:00-14:00', 'date out of range "2199-12-31T23:00:00-14:00": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
  ])('rejects %j', (text, message) => {
    expect(thrownWords(() => queryTime(text, SHANGHAI, NOW))).toMatch(message);
  });

  it('shows the accepted forms when it cannot read a date', () => {
    expect(thrownWords(() => queryTime('June 1', SHANGHAI, NOW))).toMatch(/use 2022-06-01, 2022\/6\/1, 2022\.6\.1, 20220601 or 2022年6月1日 .*today, yesterday, tomorrow or now$/);
  });

  it.each([
    ['1900-01-01', '1900-01-01T00:00:00+08:05:43'],
    ['2199-12-31T23:59:59', '2199-12-31T23:59:59+08:00'],
  ])('accepts the edge of the range %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
});

describe('queryDay', () => {
  it.each([
    ['2022-10-15', '2022-10-15'],
    ['2022/10/15', '2022-10-15'],
    ['2022年10月15日', '2022-10-15'],
    ['yesterday', '2026-11-21'],
    ['2022-10-15\r', '2022-10-15'],
  ])('reads %j as %s', (text, day) => {
    expect(queryDay(text, SHANGHAI, NOW)).toBe(day);
  });

  it.each(['now', '2022-10-15T10:00', '2022-10-15T10:00Z', '10/15/2022'])('refuses %j', (text) => {
    expect(thrownWords(() => queryDay(text, SHANGHAI, NOW))).toMatch(/day|ambiguous/);
  });
});

// today, yesterday and tomorrow name a day of the clock's: one outside the years read was taken by
// queryDay (--as-known-on tomorrow on 2199-12-31 was 2200-01-01; at a caller's now of 1e15 today was
// 33658-09-27), and a now past the range of a Date threw the zone formatter's RangeError.
describe('today, yesterday and tomorrow at the edges of the years read', () => {
  const LAST = Date.UTC(2199, 11, 31, 4);
  const FIRST = Date.UTC(1900, 0, 1, 4);
  it.each([
    ['tomorrow', LAST],
    ['yesterday', FIRST],
    ['today', 1e15],
    ['today', -1e15],
    ['today', 8.64e15],
    ['today', 1e20],
    ['tomorrow', -1e20],
    ['yesterday', Number.MAX_VALUE],
  ])('%s at %d is out of range, for a day and a time alike', (text, now) => {
    const message = `date out of range "${text}": linkcheck reads the years 1900–2199 in the platform's time zone (Asia/Shanghai)`;
    expect(thrownWords(() => queryDay(text, SHANGHAI, now))).toBe(message);
    expect(thrownWords(() => queryTime(text, SHANGHAI, now))).toBe(message);
  });

  it.each([
    ['today', LAST, '2199-12-31'],
    ['yesterday', LAST, '2199-12-30'],
    ['today', FIRST, '1900-01-01'],
    ['tomorrow', FIRST, '1900-01-02'],
  ])('%s at the first and last days is a day', (text, now, day) => {
    expect(queryDay(text, SHANGHAI, now)).toBe(day);
  });
});

describe('a 12-hour time', () => {
  // Kuaishou's cut of Taobao links is at 2022-03-01 00:00 Beijing time: a 12-hour time either side of it must be that side's instant.
  it.each([
    ['2022-02-28 11:59 PM', '2022-02-28T23:59:00+08:00', 'minute'],
    ['2022-03-01 12:00 AM', '2022-03-01T00:00:00+08:00', 'minute'],
    ['2022-03-01 12:00 PM', '2022-03-01T12:00:00+08:00', 'minute'],
    ['2022/3/1 上午 12:00:00', '2022-03-01T00:00:00+08:00', 'second'],
    ['2022年2月28日 晚上11点59分', '2022-02-28T23:59:00+08:00', 'minute'],
    ['2022年3月1日凌晨0点', '2022-03-01T00:00:00+08:00', 'minute'],
    ['2022年6月1日 下午8点', '2022-06-01T20:00:00+08:00', 'minute'],
  ])('%s is %s', (text, expected, precision) => {
    const time = queryTime(text, SHANGHAI, NOW);
    expect([formatInstant(time.at, SHANGHAI), time.precision]).toEqual([expected, precision]);
  });

  const words = (text: string, lang: 'en' | 'zh') => {
    try {
      queryTime(text, SHANGHAI, NOW);
    } catch (error) {
      if (error instanceof InputError || error instanceof DataError) return errorMessage(error, lang);
      throw error;
    }
    return 'read';
  };
  it.each([
    ['2022-06-01 下午20:00', 'date "2022-06-01 下午20:00" is in doubt: "下午20:00" writes the half of the day twice, in 下午 and in the hour 20, which is over 12; write 下午 with an hour from 1 to 12, or the time on the 24-hour clock without 下午',
      '日期 "2022-06-01 下午20:00" 含义不明："下午20:00" 把上午还是下午写了两次：下午，以及大于 12 的钟点 20；请在 下午 后写 1 到 12 点，或去掉 下午，按 24 小时制书写'],
    ['2022-02-28 晚上12点', 'date "2022-02-28 晚上12点" is in doubt: "晚上12点" may be 2022-02-28 00:00 or 2022-03-01 00:00; write the one meant on the 24-hour clock',
      '日期 "2022-02-28 晚上12点" 含义不明："晚上12点" 可能是 2022-02-28 00:00，也可能是 2022-03-01 00:00；请按 24 小时制写出所指的时刻'],
    ['2022年3月1日 凌晨12点', 'date "2022年3月1日 凌晨12点" is in doubt: "凌晨12点" may be 2022-03-01 00:00 or 2022-03-02 00:00; write the one meant on the 24-hour clock',
      '日期 "2022年3月1日 凌晨12点" 含义不明："凌晨12点" 可能是 2022-03-01 00:00，也可能是 2022-03-02 00:00；请按 24 小时制写出所指的时刻'],
    ['2022-06-01 晚上2点', 'date "2022-06-01 晚上2点" is in doubt: 晚上 is said with the hours 5 to 11, not 2; write the time on the 24-hour clock, with the day it falls on',
      '日期 "2022-06-01 晚上2点" 含义不明：晚上 只与 5 点到 11 点连用，不与 2 点连用；请按 24 小时制书写，并写明它所在的日期'],
  ])('%s is refused, naming what it could be', (text, english, chinese) => {
    expect([words(text, 'en'), words(text, 'zh')]).toEqual([english, chinese]);
  });

  it.each(['2022-06-01 下午8点', '2022-06-01 晚上12点'])('%s is no day for --as-known-on', (text) => {
    expect(thrownWords(() => queryDay(text, SHANGHAI, NOW))).toBe(`"${text}" is not a day; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform's time zone), today, yesterday or tomorrow`);
  });
});
