// Civil time in an IANA zone and back, without the machine's own zone. Zones the
// built-in rules use come from tables made at build time (scripts/zone-data.mjs);
// any other zone asks Intl with that zone named, which is the same on every
// machine with the same time-zone database.
import { civilToEpochMs, epochMsToCivil, type CivilTime } from './civil.js';
import { TABLE_SPAN, ZONE_TABLES } from './zone-data.js';
import { tableOffset } from './zone-table.js';

const HOUR_MS = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Whether the zone's offsets were precomputed at build time. */
export function hasZoneTable(zone: string): boolean {
  return Object.hasOwn(ZONE_TABLES, zone);
}

/** The zone's offset east of UTC, in milliseconds, at an instant. */
export function offsetAt(instant: number, zone: string): number {
  const seconds = Math.floor(instant / 1000);
  const table = ZONE_TABLES[zone];
  if (table && seconds >= TABLE_SPAN.from && seconds <= TABLE_SPAN.to) return tableOffset(table, seconds) * 1000;
  return intlOffset(seconds, zone) * 1000;
}

/** Civil time in the zone at an instant. */
export function instantToCivil(instant: number, zone: string): Required<CivilTime> & { offset: number } {
  const offset = offsetAt(instant, zone);
  const civil = epochMsToCivil(instant + offset);
  // Fields named, not spread (#18).
  return { year: civil.year, month: civil.month, day: civil.day, hour: civil.hour, minute: civil.minute, second: civil.second, millisecond: civil.millisecond, offset };
}

/**
 * The instant a civil time names in the zone. A time the clocks skipped (a gap)
 * is read with the offset before the change, so it lands as far after the gap's
 * start as it was written; a time that happened twice (an overlap) is the earlier.
 */
export function civilToInstant(time: CivilTime, zone: string): number {
  const local = civilToEpochMs(time);
  // Offsets never change twice within a day and a half, and never by more than a day.
  const before = offsetAt(local - 36 * HOUR_MS, zone);
  const after = offsetAt(local + 36 * HOUR_MS, zone);
  // The same offset on both sides (nearly always): each reading below gives local - before (#18).
  if (before === after) return local - before;
  // The earlier of the readings that fit (without arrays: a batch reads thousands of dates, #18).
  const fitsBefore = offsetAt(local - before, zone) === before;
  const fitsAfter = offsetAt(local - after, zone) === after;
  if (fitsBefore && fitsAfter) return Math.min(local - before, local - after);
  if (fitsAfter) return local - after;
  return local - before;
}

function intlOffset(seconds: number, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const name = format.format(seconds * 1000);
  const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`unexpected offset name "${name}" for ${zone}`);
  if (!match[1]) return 0;
  const size = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return match[1] === '-' ? -size : size;
}
