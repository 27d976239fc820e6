// Dates and times as written in rule files and queries. A date or local time is
// civil time in the platform's zone; an instant carries Z or an offset and is
// converted. No call here depends on the machine's own zone. See docs/semantics.md, "Time zones".
import { addDays, civilFromDays, civilToEpochMs, daysInMonth, formatDate, isValidCivil, isYearInRange, MS_PER_DAY, pad, type CivilTime } from './civil.js';
import { civilToInstant, instantToCivil, offsetAt } from './zone.js';

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
  if (!readFields(text)) return { ok: false, problem: 'malformed' };
  const hour = FIELDS[3]!;
  const minute = FIELDS[4]!;
  const second = FIELDS[5]!;
  const offsetAt = FIELDS[6]!;
  const moment: Moment = {
    year: FIELDS[0]!,
    month: FIELDS[1]!,
    day: FIELDS[2]!,
    hour: hour < 0 ? 0 : hour,
    minute: minute < 0 ? 0 : minute,
    second: second < 0 ? 0 : second,
    precision: hour < 0 ? 'day' : second < 0 ? 'minute' : 'second',
  };
  if (!isYearInRange(moment.year)) return { ok: false, problem: 'out-of-range' };
  if (!isValidCivil(moment)) return { ok: false, problem: 'impossible' };
  if (offsetAt >= 0) {
    const minutes = parseOffset(text.slice(offsetAt));
    if (minutes === undefined) return { ok: false, problem: 'impossible' };
    moment.offsetMinutes = minutes;
  }
  return { ok: true, moment };
}

/**
 * What readFields last read: year, month, day, hour, minute, second (-1: not given) and where
 * the offset begins (-1: none). One array for every reading: a rule file's moments are read
 * twice each, to accept them and to compile them, and each reading's objects were kept long
 * enough to be copied by a collection (#18).
 */
const FIELDS = new Int32Array(7);

/**
 * MOMENT_PATTERN's groups into FIELDS, read character by character; false when the pattern
 * would not match. The pattern's match, its groups and their numbers were a tenth of loading
 * 10,000 rules (#18). A test holds it to the pattern.
 */
function readFields(text: string): boolean {
  const length = text.length;
  if (length < 10) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  FIELDS[0] = year;
  FIELDS[1] = month;
  FIELDS[2] = day;
  FIELDS[3] = FIELDS[4] = FIELDS[5] = FIELDS[6] = -1;
  if (length === 10) return true;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text.charCodeAt(10) !== T || hour < 0 || text.charCodeAt(13) !== COLON || minute < 0) return false;
  FIELDS[3] = hour;
  FIELDS[4] = minute;
  let at = 16;
  if (text.charCodeAt(at) === COLON) {
    const second = digits(text, 17, 2);
    if (second < 0) return false;
    FIELDS[5] = second;
    at = 19;
  }
  if (at === length) return true;
  const sign = text.charCodeAt(at);
  const isOffset =
    (sign === Z && length === at + 1) ||
    ((sign === PLUS || sign === DASH) && length === at + 6 && digits(text, at + 1, 2) >= 0 && text.charCodeAt(at + 3) === COLON && digits(text, at + 4, 2) >= 0);
  FIELDS[6] = at;
  return isOffset;
}

/**
 * Whether readFields' last reading is a moment parseMoment takes (in range, a real day and time,
 * an offset of at most 14:59), without making it.
 */
function fieldsValid(text: string): boolean {
  const year = FIELDS[0]!;
  const month = FIELDS[1]!;
  const day = FIELDS[2]!;
  const offsetAt = FIELDS[6]!;
  if (!isYearInRange(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (FIELDS[3]! > 23 || FIELDS[4]! > 59 || FIELDS[5]! > 59) return false;
  return offsetAt < 0 || text.charCodeAt(offsetAt) === Z || (digits(text, offsetAt + 1, 2) <= 14 && digits(text, offsetAt + 4, 2) <= 59);
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
  return readFields(text) && fieldsValid(text);
}

/** Milliseconds since the epoch of a moment read in the given zone. */
export function toInstant(moment: Moment, timeZone: string): number {
  if (moment.offsetMinutes !== undefined) return civilToEpochMs(moment) - moment.offsetMinutes * 60_000;
  return civilToInstant(moment, timeZone);
}

/** Parses text the schema has already accepted. */
export function momentInstant(text: string, timeZone: string): number {
  if (!readFields(text) || !fieldsValid(text)) throw new Error(`not a valid moment: ${text}`);
  const offsetAt = FIELDS[6]!;
  const civil: CivilTime = { year: FIELDS[0]!, month: FIELDS[1]!, day: FIELDS[2]!, hour: Math.max(0, FIELDS[3]!), minute: Math.max(0, FIELDS[4]!), second: Math.max(0, FIELDS[5]!) };
  return offsetAt < 0 ? civilToInstant(civil, timeZone) : civilToEpochMs(civil) - parseOffset(text.slice(offsetAt))! * 60_000;
}

/** ISO 8601 with the zone's offset, e.g. 2022-06-01T00:00:00+08:00 (whole seconds, rounded down). */
export function formatInstant(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const civil = instantToCivil(instant, timeZone);
  return `${formatDate(civil)}T${pad(civil.hour)}:${pad(civil.minute)}:${pad(civil.second)}${formatOffset(civil.offset)}`;
}

/**
 * Short civil form for people: 2022-06-01 00:00, and 2022-06-01 00:00:01 when the seconds are not
 * zero (a rule from 00:00:01 must not read as one from midnight). formatInstant's civil part with
 * a space for the T, made without its fields' object, offset and the whole text first: a listing
 * or a timeline words hundreds of instants as it starts (#18). Every time of day printed for
 * people is made here: text after the space (slice(11)) is the time.
 */
export function formatCivil(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
  const local = instant + offsetAt(instant, timeZone);
  const days = Math.floor(local / MS_PER_DAY);
  const seconds = Math.floor((local - days * MS_PER_DAY) / 1000);
  const minutes = Math.floor(seconds / 60);
  const second = seconds % 60;
  return `${formatDate(civilFromDays(days))} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}${second === 0 ? '' : `:${pad(second)}`}`;
}

/** formatCivil to the minute, as a clock shows "now": its seconds would be out of date as soon as printed. */
export function formatClock(instant: number, timeZone: string): string {
  return formatCivil(instant, timeZone).slice(0, 16);
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
  // A day or more outside the years read, an instant is outside them in every zone (no offset is a
  // day): decided without the zone, which has no offset past the range of a Date (±8.64e15 ms).
  if (!Number.isFinite(instant) || instant < OUTSIDE_BEFORE || instant > OUTSIDE_AFTER) return false;
  return isYearInRange(instantToCivil(instant, timeZone).year);
}

/** Instants before the first and after the last day read by a day: out of range in any zone. */
const OUTSIDE_BEFORE = Date.UTC(1899, 11, 31);
const OUTSIDE_AFTER = Date.UTC(2200, 0, 2);

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
