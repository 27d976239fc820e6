// How old the record is for a query, and whether that is older than a CI job
// accepts (--max-staleness). Pure: calendar dates in, data out.
// Calendar arithmetic in UTC (the `in: utc` context), so the machine's time zone never enters.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { add, differenceInCalendarDays, differenceInMonths, differenceInYears, parseISO } from 'date-fns';
import { InputError } from './errors.js';

export type StalenessUnit = 'd' | 'w' | 'm' | 'y';

/** A duration such as 365d, 8w, 18m or 2y: days, weeks, calendar months or calendar years. */
export interface Staleness {
  amount: number;
  unit: StalenessUnit;
  text: string;
}

// The `in` context date-fns computes in. UTCDateMini, not the package's utc(): its full UTCDate
// builds three Intl formats as it loads (about 15 ms of a check's start-up) for toString, which
// date-fns never calls; the arithmetic is the same.
const utc = (value: Date | number | string): Date => new UTCDateMini(+new Date(value));

const UNITS: Record<StalenessUnit, 'days' | 'weeks' | 'months' | 'years'> = { d: 'days', w: 'weeks', m: 'months', y: 'years' };

export function parseStaleness(text: string): Staleness {
  const match = /^(\d{1,5})([dwmy])$/.exec(text.trim());
  if (!match) {
    throw new InputError(`--max-staleness takes a whole number and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "${text}"`);
  }
  return { amount: Number(match[1]), unit: match[2] as StalenessUnit, text: text.trim() };
}

/** Whether the queried day is more than the duration past the newest evidence (both YYYY-MM-DD). */
export function beyondStaleness(newestEvidence: string, queriedDay: string, limit: Staleness): boolean {
  const horizon = add(parseISO(newestEvidence, { in: utc }), { [UNITS[limit.unit]]: limit.amount }, { in: utc });
  return parseISO(queriedDay, { in: utc }).getTime() > horizon.getTime();
}

/** How far the queried day lies past the newest evidence, in the largest whole unit: "4 years", "3 months", "12 days". */
export function describeAge(newestEvidence: string, queriedDay: string): string {
  const from = parseISO(newestEvidence, { in: utc });
  const to = parseISO(queriedDay, { in: utc });
  const years = differenceInYears(to, from, { in: utc });
  if (years >= 1) return plural(years, 'year');
  const months = differenceInMonths(to, from, { in: utc });
  if (months >= 1) return plural(months, 'month');
  return plural(differenceInCalendarDays(to, from, { in: utc }), 'day');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
