// What instant a query is about, from what the user typed. "now" comes in as an
// argument so answers are reproducible.
import { addDays, formatDate, YEAR_RANGE } from '../time/civil.js';
import { readWrittenDate, WRITTEN_FORMS, type DateReading } from '../time/query-date.js';
import { InputError } from './errors.js';
import { civilDay, endOfCivilDay, isInstantInRange, toInstant, type Moment, type Precision } from './moment.js';

export interface QueryTime {
  at: number;
  precision: Precision;
  /** With day precision: the end of that civil day, exclusive. */
  dayEnd?: number;
}

export const DATE_FORMS = WRITTEN_FORMS;

const DAY_SHIFT = { today: 0, yesterday: -1, tomorrow: 1 } as const;

export function queryTime(text: string | undefined, timeZone: string, now: number): QueryTime {
  const moment = text === undefined ? 'now' : readQueryMoment(text, timeZone, now);
  if (moment === 'now') return inRange({ at: now, precision: 'second' }, text ?? 'now', timeZone);
  const at = toInstant(moment, timeZone);
  if (moment.precision !== 'day') return inRange({ at, precision: moment.precision }, text!, timeZone);
  return inRange({ at, precision: 'day', dayEnd: endOfCivilDay(moment, timeZone) }, text!, timeZone);
}

/**
 * The day a query's date names, written YYYY-MM-DD (for --as-known-on): any day
 * form queryTime reads, or today, yesterday or tomorrow in the zone.
 */
export function queryDay(text: string, timeZone: string, now: number): string {
  const moment = readQueryMoment(text, timeZone, now);
  if (moment === 'now' || moment.precision !== 'day' || moment.offsetMinutes !== undefined) {
    throw new InputError(`"${text.trim()}" is not a day; write a calendar day such as 2022-06-01, 2022/6/1, 2022年6月1日, today or yesterday`);
  }
  return formatDate(moment);
}

function readQueryMoment(text: string, timeZone: string, now: number): Moment | 'now' {
  const reading = readWrittenDate(text);
  if (!reading.ok) throw new InputError(problemMessage(reading.problem, text.trim()));
  if (reading.kind === 'moment') return reading.moment;
  if (reading.word === 'now') return 'now';
  const day = addDays(civilDay(now, timeZone), DAY_SHIFT[reading.word]);
  return { ...day, hour: 0, minute: 0, second: 0, precision: 'day' };
}

function inRange(time: QueryTime, text: string, timeZone: string): QueryTime {
  if (!isInstantInRange(time.at, timeZone)) throw new InputError(problemMessage('out-of-range', text.trim(), timeZone));
  return time;
}

function problemMessage(problem: Exclude<DateReading, { ok: true }>['problem'], text: string, timeZone?: string): string {
  switch (problem) {
    case 'malformed':
      return `unrecognised date "${text}"; use ${DATE_FORMS}`;
    case 'ambiguous':
      return `ambiguous date "${text}": the day and the month could be either way round; write the year first (2022-06-01); use ${DATE_FORMS}`;
    case 'impossible':
      return `no such date or time "${text}"; use ${DATE_FORMS}`;
    case 'out-of-range':
      return `date out of range "${text}": linkcheck reads the years ${YEAR_RANGE}${timeZone ? ` in the platform's time zone (${timeZone})` : ''}`;
  }
}
