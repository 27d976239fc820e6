// Civil time in a zone and back, against Intl (named zone, so the same on any machine).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCivil, formatInstant } from '../../src/time/moment.js';
import { civilFromDays, daysFromCivil, epochMsToCivil, isValidCivil, type CivilTime } from '../../src/time/civil.js';
import { civilToInstant, instantToCivil, offsetAt } from '../../src/time/zone.js';
import { TABLE_SPAN, ZONE_TABLES } from '../../src/time/zone-data.js';
import { ROOT } from '../helpers/catalog.js';

const RUNS = { seed: 20221002, numRuns: 2000 };
const BUILTIN = Object.keys(ZONE_TABLES);
// Zones read through Intl: half-hour DST, a skipped day, +14:00, DST in the south, quarter hours.
const OTHERS = ['America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'America/Sao_Paulo', 'Europe/Dublin', 'UTC'];
const FIRST = Date.UTC(1900, 0, 1) - 14 * 3_600_000;
const LAST = Date.UTC(2200, 0, 1) + 12 * 3_600_000;

const formats = new Map<string, Intl.DateTimeFormat>();
/** Civil fields in the zone at an instant, as Intl gives them. */
function intlCivil(instant: number, zone: string): CivilTime {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const fields = (time: CivilTime) => [time.year, time.month, time.day, time.hour, time.minute, time.second];
const instants = fc.integer({ min: FIRST / 1000, max: LAST / 1000 }).map((seconds) => seconds * 1000);

describe('the calendar', () => {
  it('counts days as Date.UTC does from 1900 on, and back', () => {
    fc.assert(fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2199, 12, 31) }), (days) => {
      const date = civilFromDays(days);
      expect(daysFromCivil(date.year, date.month, date.day)).toBe(days);
      expect(Date.UTC(date.year, date.month - 1, date.day)).toBe(days * 86_400_000);
    }), RUNS);
  });

  it.each([
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2100, month: 2, day: 29 }, false],
    [{ year: 2000, month: 2, day: 29 }, true],
    [{ year: 2022, month: 4, day: 31 }, false],
    [{ year: 50, month: 1, day: 1 }, true],
  ])('knows whether %j is a day', (date, valid) => {
    expect(isValidCivil({ ...date, hour: 0, minute: 0, second: 0 })).toBe(valid);
  });

  it('reads negative instants', () => {
    expect(epochMsToCivil(-1)).toEqual({ year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 });
  });
});

describe('the built-in tables', () => {
  it('cover every zone the built-in rules name, and no other', () => {
    const folder = join(ROOT, 'rules');
    const zones = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')).platforms ?? []).map((platform: { timeZone: string }) => platform.timeZone));
    expect(BUILTIN).toEqual([...new Set(zones)].sort());
    expect(BUILTIN).toContain('Asia/Shanghai');
  });

  it.each(BUILTIN)('%s agrees with Intl a second either side of every change', (zone) => {
    for (const at of ZONE_TABLES[zone]!.at) {
      for (const instant of [at * 1000 - 1000, at * 1000]) expect(fields(instantToCivil(instant, zone))).toEqual(fields(intlCivil(instant, zone)));
    }
  });

  it.each(BUILTIN)('%s agrees with Intl at random hours of the span', (zone) => {
    const hours = fc.integer({ min: Math.ceil(TABLE_SPAN.from / 3600), max: Math.floor(TABLE_SPAN.to / 3600) });
    fc.assert(fc.property(hours, (hour) => {
      expect(fields(instantToCivil(hour * 3_600_000, zone))).toEqual(fields(intlCivil(hour * 3_600_000, zone)));
    }), RUNS);
  });
});

describe.each([...BUILTIN, ...OTHERS])('%s', (zone) => {
  it('reads an instant as Intl does', () => {
    fc.assert(fc.property(instants, (instant) => {
      expect(fields(instantToCivil(instant, zone))).toEqual(fields(intlCivil(instant, zone)));
    }), { ...RUNS, numRuns: 500 });
  });

  it('turns civil time to an instant and back', () => {
    fc.assert(fc.property(instants, (instant) => {
      const civil = instantToCivil(instant, zone);
      const back = civilToInstant(civil, zone);
      // Twice-lived times give the earlier instant; it reads as the same civil time.
      expect(back).toBeLessThanOrEqual(instant);
      expect(fields(instantToCivil(back, zone))).toEqual(fields(civil));
    }), { ...RUNS, numRuns: 500 });
  });
});

describe('gaps and overlaps', () => {
  it.each([
    // Lord Howe skips 02:00–02:30 on 2022-10-02; New York 02:00–03:00 on 2022-03-13.
    ['Australia/Lord_Howe', { year: 2022, month: 10, day: 2, hour: 2, minute: 15, second: 0 }, '2022-10-02T02:45:00+11:00'],
    ['America/New_York', { year: 2022, month: 3, day: 13, hour: 2, minute: 30, second: 0 }, '2022-03-13T03:30:00-04:00'],
    // Samoa skipped 2011-12-30 whole.
    ['Pacific/Apia', { year: 2011, month: 12, day: 30, hour: 0, minute: 0, second: 0 }, '2011-12-31T00:00:00+14:00'],
    // Shanghai's clocks went forward at 02:00 on 1986-05-04 and back at 02:00 on 1986-09-14.
    ['Asia/Shanghai', { year: 1986, month: 5, day: 4, hour: 2, minute: 30, second: 0 }, '1986-05-04T03:30:00+09:00'],
    ['Asia/Shanghai', { year: 1986, month: 9, day: 14, hour: 1, minute: 30, second: 0 }, '1986-09-14T01:30:00+09:00'],
    ['America/New_York', { year: 2022, month: 11, day: 6, hour: 1, minute: 30, second: 0 }, '2022-11-06T01:30:00-04:00'],
  ])('%s reads %j as %s', (zone, civil, expected) => {
    expect(formatInstant(civilToInstant(civil, zone), zone)).toBe(expected);
  });

  it('gives offsets in milliseconds, with seconds in the local mean time of old', () => {
    expect(offsetAt(Date.UTC(1900, 0, 1), 'Asia/Shanghai')).toBe((8 * 3600 + 5 * 60 + 43) * 1000);
    expect(offsetAt(Date.UTC(2022, 5, 1), 'Asia/Shanghai')).toBe(8 * 3_600_000);
    expect(offsetAt(Date.UTC(2022, 5, 1), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
  });
});

/** formatInstant's civil part with a space for the T: to the minute, or to the second when its seconds are not zero. */
const civilOf = (instant: number, zone: string) => {
  const civil = formatInstant(instant, zone).slice(0, 19).replace('T', ' ');
  return civil.endsWith(':00') ? civil.slice(0, 16) : civil;
};

describe('formatCivil', () => {
  it("is formatInstant's civil part with a space for the T, its seconds when they are not zero, in every zone, to the millisecond", () => {
    const anyInstant = fc.integer({ min: FIRST, max: LAST });
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...BUILTIN, ...OTHERS), (instant, zone) => {
        expect(formatCivil(instant, zone)).toBe(civilOf(instant, zone));
      }),
      RUNS,
    );
  });

  it.each([
    ['2022-03-01T00:00:00+08:00', '2022-03-01 00:00'],
    ['2022-03-01T00:00:01+08:00', '2022-03-01 00:00:01'],
    ['2022-03-01T00:00:00.999+08:00', '2022-03-01 00:00'],
    ['2022-03-01T23:59:59.5+08:00', '2022-03-01 23:59:59'],
    ['2022-03-01T09:30:00+08:00', '2022-03-01 09:30'],
  ])('words %s as %s: seconds only when they are not zero', (instant, civil) => {
    expect(formatCivil(Date.parse(instant), 'Asia/Shanghai')).toBe(civil);
  });

  it('words the minutes around a change of offset and before 1901, when Shanghai kept its local mean time', () => {
    for (const zone of [...BUILTIN, 'America/New_York', 'Asia/Kathmandu']) {
      for (const at of [...(ZONE_TABLES[zone]?.at.slice(0, 40) ?? []), Date.UTC(2022, 2, 13, 7) / 1000, Date.UTC(1899, 11, 31, 15, 54) / 1000]) {
        for (const delta of [-60_001, -1, 0, 1, 59_999, 60_000]) {
          const instant = at * 1000 + delta;
          expect(formatCivil(instant, zone)).toBe(civilOf(instant, zone));
        }
      }
    }
  });

  it('refuses what is not an instant', () => {
    expect(() => formatCivil(Number.NaN, 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => formatCivil(Infinity, 'Asia/Shanghai')).toThrow(RangeError);
  });
});
