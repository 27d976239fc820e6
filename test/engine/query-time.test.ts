import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/engine/moment.js';
import { queryTime } from '../../src/engine/query-time.js';

const SHANGHAI = 'Asia/Shanghai';
const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const iso = (text: string | undefined) => formatInstant(queryTime(text, SHANGHAI, NOW).at, SHANGHAI);

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

  it('gives a date alone day precision and the end of that civil day', () => {
    const time = queryTime('2022-03-01', SHANGHAI, NOW);
    expect(time.precision).toBe('day');
    expect(formatInstant(time.dayEnd!, SHANGHAI)).toBe('2022-03-02T00:00:00+08:00');
  });

  it.each([
    ['2022-02-30', 'no such date or time "2022-02-30"'],
    ['2023-02-29', 'no such date or time "2023-02-29"'],
    ['2022-13-01', 'no such date or time "2022-13-01"'],
    ['2022-06-01T24:00', 'no such date or time "2022-06-01T24:00"'],
    ['2022-06-01T10:00+15:00', 'no such date or time "2022-06-01T10:00+15:00"'],
    ['2022/06/01', 'unrecognised date "2022/06/01"'],
    ['June 1', 'unrecognised date "June 1"'],
    ['2022-6-1', 'unrecognised date "2022-6-1"'],
    ['', 'unrecognised date ""'],
  ])('rejects %j', (text, message) => {
    expect(() => queryTime(text, SHANGHAI, NOW)).toThrow(message);
  });
});
