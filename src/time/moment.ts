// Dates and times as written in rule files and queries. A date or local time is
// civil time in the platform's zone; an instant carries Z or an offset and is
// converted. No call here depends on the machine's own zone. See docs/semantics.md, "Time zones".
import { addDays, civilToEpochMs, formatDate, isValidCivil, isYearInRange, pad, type CivilTime } from './civil.js';
import { civilToInstant, instantToCivil } from './zone.js';

export const MOMENT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export type Precision = 'day' | 'minute' | 'second';

/** A civil time as written, with how precisely it was given. */
export interface Moment extends CivilTime {
  /** Minutes east of UTC when the text names an offset; absent for civil time. */
  offsetMinutes?: number;
  precision: Precision;
}

export type MomentProblem = 'malformed' | 'impossible' | 'out-of-range';
export type MomentParse = { ok: true; moment: Moment } | { ok: false; problem: MomentProblem };

/** The strict ISO forms of rule files (MOMENT_PATTERN); queries read more, see readWrittenDate. */
export function parseMoment(text: string): MomentParse {
  const match = MOMENT_PATTERN.exec(text);
  if (!match) return { ok: false, problem: 'malformed' };
  const [, y, mo, d, h, mi, s, offset] = match;
  const moment: Moment = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    precision: h === undefined ? 'day' : s === undefined ? 'minute' : 'second',
  };
  if (!isYearInRange(moment.year)) return { ok: false, problem: 'out-of-range' };
  if (!isValidCivil(moment)) return { ok: false, problem: 'impossible' };
  if (offset !== undefined) {
    const minutes = parseOffset(offset);
    if (minutes === undefined) return { ok: false, problem: 'impossible' };
    moment.offsetMinutes = minutes;
  }
  return { ok: true, moment };
}

export function isValidMomentText(text: string): boolean {
  return parseMoment(text).ok;
}

/** Milliseconds since the epoch of a moment read in the given zone. */
export function toInstant(moment: Moment, timeZone: string): number {
  if (moment.offsetMinutes !== undefined) return civilToEpochMs(moment) - moment.offsetMinutes * 60_000;
  return civilToInstant(moment, timeZone);
}

/** Parses text the schema has already accepted. */
export function momentInstant(text: string, timeZone: string): number {
  const parsed = parseMoment(text);
  if (!parsed.ok) throw new Error(`not a valid moment: ${text}`);
  return toInstant(parsed.moment, timeZone);
}

/** ISO 8601 with the zone's offset, e.g. 2022-06-01T00:00:00+08:00 (whole seconds, rounded down). */
export function formatInstant(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const civil = instantToCivil(instant, timeZone);
  return `${formatDate(civil)}T${pad(civil.hour)}:${pad(civil.minute)}:${pad(civil.second)}${formatOffset(civil.offset)}`;
}

/** Short civil form for people: 2022-06-01 00:00. */
export function formatCivil(instant: number, timeZone: string): string {
  return formatInstant(instant, timeZone).slice(0, 16).replace('T', ' ');
}

/** The instant a civil day ends (the next day's midnight) in the zone. */
export function endOfCivilDay(moment: Moment, timeZone: string): number {
  // Fields named, not spread: a batch reads thousands of dates, and the spread was most of this (#18).
  const next = addDays(moment, 1);
  return civilToInstant({ year: next.year, month: next.month, day: next.day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** The civil date in the zone at an instant, e.g. "today" there. */
export function civilDay(instant: number, timeZone: string): { year: number; month: number; day: number } {
  const { year, month, day } = instantToCivil(instant, timeZone);
  return { year, month, day };
}

/** Whether an instant falls on a day of the accepted years (see civil.ts) in the zone. */
export function isInstantInRange(instant: number, timeZone: string): boolean {
  return Number.isFinite(instant) && isYearInRange(instantToCivil(instant, timeZone).year);
}

/** +08:00; +08:05:43 for a local mean time of old, whose offset has seconds. */
function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(offsetMs) / 1000;
  const seconds = total % 60;
  const text = `${sign}${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}`;
  return seconds === 0 ? text : `${text}:${pad(seconds)}`;
}

function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}
