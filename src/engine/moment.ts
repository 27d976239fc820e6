// Dates and times as written in rule files and queries. A date or local time is
// civil time in the platform's zone; an instant carries Z or an offset and is
// converted. See README "Time zones".
import { TZDate } from '@date-fns/tz';
import { formatISO, isExists } from 'date-fns';

export const MOMENT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export type Precision = 'day' | 'minute' | 'second';

export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC when the text names an offset; absent for civil time. */
  offsetMinutes?: number;
  precision: Precision;
}

export type MomentParse = { ok: true; moment: Moment } | { ok: false; problem: 'malformed' | 'impossible' };

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
  if (!isExists(moment.year, moment.month - 1, moment.day) || moment.hour > 23 || moment.minute > 59 || moment.second > 59) {
    return { ok: false, problem: 'impossible' };
  }
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
  const { year, month, day, hour, minute, second, offsetMinutes } = moment;
  if (offsetMinutes !== undefined) {
    return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  }
  return new TZDate(year, month - 1, day, hour, minute, second, timeZone).getTime();
}

/** Parses text the schema has already accepted. */
export function momentInstant(text: string, timeZone: string): number {
  const parsed = parseMoment(text);
  if (!parsed.ok) throw new Error(`not a valid moment: ${text}`);
  return toInstant(parsed.moment, timeZone);
}

/** ISO 8601 with the zone's offset, e.g. 2022-06-01T00:00:00+08:00. */
export function formatInstant(instant: number, timeZone: string): string {
  return formatISO(new TZDate(instant, timeZone));
}

/** Short civil form for people: 2022-06-01 00:00. */
export function formatCivil(instant: number, timeZone: string): string {
  return formatInstant(instant, timeZone).slice(0, 16).replace('T', ' ');
}

/** The instant a civil day ends (the next day's midnight) in the zone. */
export function endOfCivilDay(moment: Moment, timeZone: string): number {
  const next = new TZDate(moment.year, moment.month - 1, moment.day + 1, 0, 0, 0, timeZone);
  return next.getTime();
}

function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}
