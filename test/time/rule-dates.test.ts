// Rule files keep the strict ISO forms, within the years linkcheck reads.
import { describe, expect, it } from 'vitest';
import { Moment } from '../../src/model/schema.js';

describe('a moment in a rule file', () => {
  it.each(['2022-03-01', '2022-03-01T00:00', '2022-02-28T16:00:00Z', '1900-01-01', '2199-12-31T23:59:59+08:00'])('accepts %s', (text) => {
    expect(Moment.safeParse(text).success).toBe(true);
  });

  it.each([
    ['2022/3/1', 'moment'],
    ['2022-03-01 10:30', 'moment'],
    ['2022-02-30', 'calendar'],
    ['0050-01-01', 'calendar'],
    ['2200-01-01', 'calendar'],
  ])('refuses %s by its %s check', (text, check) => {
    const result = Moment.safeParse(text);
    expect(result.success).toBe(false);
    // The id of the check's wording in the problem catalogues (see SCHEMA_CHECKS).
    expect(result.error?.issues[0]?.message).toBe(check);
  });
});
