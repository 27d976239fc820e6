// What instant a query is about, from what the user typed. "now" comes in as an
// argument so answers are reproducible.
import { TZDate } from '@date-fns/tz';
import { InputError } from './errors.js';
import { endOfCivilDay, parseMoment, toInstant, type Precision } from './moment.js';

export interface QueryTime {
  at: number;
  precision: Precision;
  /** With day precision: the end of that civil day, exclusive. */
  dayEnd?: number;
}

export const DATE_FORMS =
  'YYYY-MM-DD (a day in the platform\'s time zone), YYYY-MM-DDTHH:mm[:ss] (local time there), an instant with Z or an offset (2022-02-28T16:00:00Z), "today" or "now"';

export function queryTime(text: string | undefined, timeZone: string, now: number): QueryTime {
  if (text === undefined || text === 'now') return { at: now, precision: 'second' };
  if (text === 'today') {
    const today = new TZDate(now, timeZone);
    return queryTime(formatDay(today.getFullYear(), today.getMonth() + 1, today.getDate()), timeZone, now);
  }
  const parsed = parseMoment(text);
  if (!parsed.ok) {
    const what = parsed.problem === 'impossible' ? 'no such date or time' : 'unrecognised date';
    throw new InputError(`${what} "${text}"; use ${DATE_FORMS}`);
  }
  const at = toInstant(parsed.moment, timeZone);
  if (parsed.moment.precision !== 'day') return { at, precision: parsed.moment.precision };
  return { at, precision: 'day', dayEnd: endOfCivilDay(parsed.moment, timeZone) };
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
