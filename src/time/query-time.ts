// What instant a query is about, from what the user typed. "now" comes in as an
// argument so answers are reproducible.
import { addDays, formatDate, isYearInRange, YEAR_RANGE } from './civil.js';
import { readWrittenDate, type DateReading } from './query-date.js';
import { wordedError, type InputError } from '../errors/errors.js';
import type { DetailParams } from '../errors/ids.js';
import { civilDay, endOfCivilDay, isInstantInRange, toInstant, type Moment, type Precision } from './moment.js';

export interface QueryTime {
  at: number;
  precision: Precision;
  /** The clock's instant ("now", or no date): printed for people to the minute, as a clock shows it. */
  now?: true;
  /** With day precision: the end of that civil day, exclusive. */
  dayEnd?: number;
}

const DAY_SHIFT = { today: 0, yesterday: -1, tomorrow: 1 } as const;
/** The last millisecond a Date holds, either side of 1970. */
const LAST_DATE = 8.64e15;

export function queryTime(text: string | undefined, timeZone: string, now: number): QueryTime {
  const moment = text === undefined ? 'now' : momentOf(readWrittenDate(text), text, timeZone, now);
  if (moment === 'now') return inRange({ at: now, precision: 'second', now: true }, text ?? 'now', timeZone);
  const at = toInstant(moment, timeZone);
  if (moment.precision !== 'day') return inRange({ at, precision: moment.precision }, text!, timeZone);
  return inRange({ at, precision: 'day', dayEnd: endOfCivilDay(moment, timeZone) }, text!, timeZone);
}

/**
 * The day a query's date names, written YYYY-MM-DD (for --as-known-on): any day
 * form queryTime reads, or today, yesterday or tomorrow in the zone.
 */
export function queryDay(text: string, timeZone: string, now: number): string {
  // A refusal lists the day forms only, not every form a query's date takes (times, instants,
  // now); a spreadsheet's day number is no day form, refused as unrecognised.
  const reading = readWrittenDate(text);
  if (!reading.ok && reading.problem !== 'out-of-range') {
    const problem = reading.problem === 'serial' ? 'day-malformed' : reading.problem === 'stretch' || reading.problem === 'half-day' ? 'not-a-day' : (`day-${reading.problem}` as const);
    throw wordedError(problem, { input: text.trim() });
  }
  const moment = momentOf(reading, text, timeZone, now);
  if (moment === 'now' || moment.precision !== 'day' || moment.offsetMinutes !== undefined) {
    throw wordedError('not-a-day', { input: text.trim() });
  }
  return formatDate(moment);
}

/** The moment a written date names, "now", or the error its problem calls for. */
function momentOf(reading: DateReading, text: string, timeZone: string, now: number): Moment | 'now' {
  if (!reading.ok) throw problemError(reading, text.trim());
  if (reading.kind === 'moment') return reading.moment;
  if (reading.word === 'now') return 'now';
  // The day today, yesterday or tomorrow names is in the years read, as a day written out must be
  // (tomorrow on 2199-12-31 is 2200-01-01, refused written out, and --as-known-on took it); a "now"
  // past the range of a Date (a caller's milliseconds) has no day, and is refused before the zone's
  // formatter throws its RangeError.
  const outside = () => problemError({ ok: false, problem: 'out-of-range' }, text.trim(), timeZone);
  if (!(Math.abs(now) <= LAST_DATE)) throw outside();
  const day = addDays(civilDay(now, timeZone), DAY_SHIFT[reading.word]);
  if (!isYearInRange(day.year)) throw outside();
  return { ...day, hour: 0, minute: 0, second: 0, precision: 'day' };
}

function inRange(time: QueryTime, text: string, timeZone: string): QueryTime {
  if (!isInstantInRange(time.at, timeZone)) throw problemError({ ok: false, problem: 'out-of-range' }, text.trim(), timeZone);
  return time;
}

function problemError(reading: Exclude<DateReading, { ok: true }>, text: string, timeZone?: string): InputError {
  if (reading.problem === 'serial') return wordedError('date-serial', { input: text, day: reading.day });
  if (reading.problem === 'half-day') return wordedError('date-half-day', { input: text, ...halfDayParams(reading) });
  const { problem } = reading;
  if (problem === 'out-of-range') return wordedError('date-out-of-range', { input: text, years: YEAR_RANGE, ...(timeZone ? { zone: timeZone } : {}) });
  return wordedError(`date-${problem}`, { input: text });
}

/** A 12-hour time's refusal as the catalogues' parameters: its numbers written, its two readings apart. */
function halfDayParams(reading: Extract<DateReading, { problem: 'half-day' }>): Omit<DetailParams<'date-half-day'>, 'input'> {
  const { time, word } = reading;
  if (reading.fault === 'twelve') return { time, word, fault: 'twelve', one: reading.readings[0], other: reading.readings[1] };
  if (reading.fault === 'twice') return { time, word, fault: 'twice', hour: String(reading.hour) };
  return { time, word, fault: 'hours', hour: String(reading.hour), first: String(reading.first), last: String(reading.last) };
}
