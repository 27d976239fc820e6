// Rule files keep the strict ISO forms, within the years linkcheck reads.
import { describe, expect, it } from 'vitest';
import { Moment } from '../../src/model/schema.js';

describe('a moment in a rule file', () => {
  it.each(['2022-03-01', '2022-03-01T00:00', '2022-02-28T16:00:00Z', '1900-01-01', '2199-12-31T23:59:59+08:00'])('accepts %s', (text) => {
    expect(Moment.safeParse(text).success).toBe(true);
  });

  it.each([
    ['2022/3/1', 'a date (2022-03-01)'],
    ['2022-03-01 10:30', 'a date (2022-03-01)'],
    ['2022-02-30', 'no such date or time on the calendar'],
    ['0050-01-01', 'or a year outside 1900–2199'],
    ['2200-01-01', 'or a year outside 1900–2199'],
  ])('refuses %s', (text, message) => {
    const result = Moment.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
