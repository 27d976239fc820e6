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
  const fields = momentFields(text);
  if (fields === undefined) return { ok: false, problem: 'malformed' };
  const { year, month, day, hour, minute, second, offset } = fields;
  const moment: Moment = {
    year,
    month,
    day,
    hour: hour < 0 ? 0 : hour,
    minute: minute < 0 ? 0 : minute,
    second: second < 0 ? 0 : second,
    precision: hour < 0 ? 'day' : second < 0 ? 'minute' : 'second',
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

/**
 * MOMENT_PATTERN's groups, read character by character (-1: a group not given): a rule file's
 * moments are read twice each, and the pattern's match, its groups and their numbers were a
 * tenth of loading 10,000 rules (#18). A test holds it to the pattern.
 */
function momentFields(text: string): { year: number; month: number; day: number; hour: number; minute: number; second: number; offset: string | undefined } | undefined {
  const length = text.length;
  if (length < 10) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  if (length === 10) return { year, month, day, hour: -1, minute: -1, second: -1, offset: undefined };
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text.charCodeAt(10) !== T || hour < 0 || text.charCodeAt(13) !== COLON || minute < 0) return undefined;
  let at = 16;
  let second = -1;
  if (text.charCodeAt(at) === COLON) {
    second = digits(text, 17, 2);
    if (second < 0) return undefined;
    at = 19;
  }
  if (at === length) return { year, month, day, hour, minute, second, offset: undefined };
  const sign = text.charCodeAt(at);
  const isOffset =
    (sign === Z && length === at + 1) ||
    ((sign === PLUS || sign === DASH) && length === at + 6 && digits(text, at + 1, 2) >= 0 && text.charCodeAt(at + 3) === COLON && digits(text, at + 4, 2) >= 0);
  return isOffset ? { year, month, day, hour, minute, second, offset: text.slice(at) } : undefined;
}

/** The number the ASCII digits at [at, at + count) write, or -1 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const ZERO = 0x30;
const DASH = 0x2d;
const PLUS = 0x2b;
const COLON = 0x3a;
const T = 0x54;
const Z = 0x5a;

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
