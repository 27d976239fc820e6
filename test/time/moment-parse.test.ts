// parseMoment reads a rule file's moments character by character: it must read exactly what
// MOMENT_PATTERN matches, with the same groups, on texts made of the pattern's own characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../src/time/civil.js';
import { isValidMomentText, MOMENT_PATTERN, momentInstant, parseMoment, toInstant } from '../../src/time/moment.js';

/** The groups as the pattern gives them, and the parse's fields that come from them. */
function byPattern(text: string) {
  const match = MOMENT_PATTERN.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  return { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0), precision: h === undefined ? 'day' : s === undefined ? 'minute' : 'second', offset };
}

const piece = fc.constantFrom('2023', '2024-02-29', '-', '06', '1', '0', '9', 'T', 'T10', ':', ':30', 'Z', '+', '+08:00', '-05:30', ' ', '١', 'z', 't', '2023-06-01', '2023-06-01T10:00');
const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('reading a moment', () => {
  it('reads what MOMENT_PATTERN matches, and only that', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (written) => {
        const expected = byPattern(written);
        const parsed = parseMoment(written);
        if (expected === undefined) {
          expect(parsed).toEqual({ ok: false, problem: 'malformed' });
          return;
        }
        if (!parsed.ok) {
          expect(parsed.problem).not.toBe('malformed');
          return;
        }
        matched++;
        const { offsetMinutes, ...fields } = parsed.moment;
        const { offset, ...groups } = expected;
        expect(fields).toEqual(groups);
        expect(offsetMinutes === undefined).toBe(offset === undefined);
      }),
      { numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it.each([
    ['2023-06-01', { year: 2023, month: 6, day: 1, hour: 0, minute: 0, second: 0, precision: 'day' }],
    ['2023-06-01T10:07', { year: 2023, month: 6, day: 1, hour: 10, minute: 7, second: 0, precision: 'minute' }],
    ['2023-06-01T10:07:09Z', { year: 2023, month: 6, day: 1, hour: 10, minute: 7, second: 9, precision: 'second', offsetMinutes: 0 }],
    ['2023-06-01T10:07+08:00', { year: 2023, month: 6, day: 1, hour: 10, minute: 7, second: 0, precision: 'minute', offsetMinutes: 480 }],
    ['2023-06-01T10:07:09-05:30', { year: 2023, month: 6, day: 1, hour: 10, minute: 7, second: 9, precision: 'second', offsetMinutes: -330 }],
  ])('%s', (written, moment) => {
    expect(parseMoment(written)).toEqual({ ok: true, moment });
  });

  it.each(['2023-06-01T', '2023-06-01T10', '2023-06-01T10:07:', '2023-06-01T10:07:09+08', '2023-06-01Z', '2023-06-01T10:07Z ', '2023-6-01', '２023-06-01'])('refuses %s as malformed', (written) => {
    expect(parseMoment(written)).toEqual({ ok: false, problem: 'malformed' });
  });
});

describe('a moment of a rule file, accepted and then turned into an instant', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'UTC'];

  it('is accepted exactly when parseMoment takes it, and gives the instant its moment gives', () => {
    const edgy = fc.constantFrom('2023-02-29', '2024-02-29', '2023-06-31', '2023-13-01', '2023-00-10', '2023-06-00', 'T24:00', 'T23:59:59', 'T23:60', 'T10:00:60', '+14:59', '+15:00', '-14:00', '+08:60', '0999-01-01', '10000-01-01', '2101-01-01');
    const written = fc.array(fc.oneof(piece, edgy), { maxLength: 6 }).map((pieces) => pieces.join(''));
    let accepted = 0;
    fc.assert(
      fc.property(written, fc.constantFrom(...zones), (text, zone) => {
        const parsed = parseMoment(text);
        expect(isValidMomentText(text)).toBe(parsed.ok);
        if (!parsed.ok) {
          expect(() => momentInstant(text, zone)).toThrow(`not a valid moment: ${text}`);
          return;
        }
        accepted++;
        expect(momentInstant(text, zone)).toBe(toInstant(parsed.moment, zone));
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it.each([
    ['2023-06-01', 'Asia/Shanghai', Date.UTC(2023, 4, 31, 16)],
    ['2023-06-01T10:07:09-05:30', 'Asia/Shanghai', Date.UTC(2023, 5, 1, 15, 37, 9)],
    ['2023-03-12T02:30', 'America/New_York', Date.UTC(2023, 2, 12, 7, 30)],
    ['2024-02-29T23:59:59Z', 'Asia/Shanghai', Date.UTC(2024, 1, 29, 23, 59, 59)],
  ])('%s in %s', (text, zone, instant) => {
    expect(isValidMomentText(text)).toBe(true);
    expect(momentInstant(text, zone)).toBe(instant);
  });

  it.each(['2023-02-29', '2023-06-01T24:00', '2023-06-01T10:00+15:00', '2023-06-01T10:00+08:60', '1899-12-31', '2023-06-01T10:00:60Z'])('refuses %s', (text) => {
    expect(isValidMomentText(text)).toBe(false);
  });
});

describe('the days of each month', () => {
  it('are those of the Gregorian calendar, February by leap year', () => {
    const days = (year: number) => Array.from({ length: 12 }, (_, index) => daysInMonth(year, index + 1));
    expect(days(2023)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28]);
    for (let month = 1; month <= 12; month++) expect(daysInMonth(2023, month)).toBe(new Date(Date.UTC(2023, month, 0)).getUTCDate());
  });
});
