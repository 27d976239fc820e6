// How old the record is for a query, and whether that is older than a CI job
// accepts (--max-staleness). Pure: calendar dates in, data out.
// Calendar dates are plain numbers here (src/time/civil.ts), so neither the
// machine's zone nor Intl enters; src/render/age.ts words the age.
import { daysFromCivil, daysInMonth } from './civil.js';
import { wordedError } from '../errors/errors.js';

export type StalenessUnit = 'd' | 'w' | 'm' | 'y';

/** A duration such as 365d, 8w, 18m or 2y: days, weeks, calendar months or calendar years. */
export interface Staleness {
  amount: number;
  unit: StalenessUnit;
  text: string;
}

/**
 * 1 to 5 ASCII digits and a unit, around white space. Read character by character, not by a
 * regular expression: V8 compiles a pattern at its first test, and every batch reads its default
 * (about 0.03 ms of its start, #18).
 */
export function parseStaleness(text: string): Staleness {
  const trimmed = text.trim();
  const digits = trimmed.length - 1;
  const unit = trimmed[digits];
  if (digits < 1 || digits > 5 || (unit !== 'd' && unit !== 'w' && unit !== 'm' && unit !== 'y')) throw wordedError('bad-staleness', { input: text });
  for (let index = 0; index < digits; index++) {
    const code = trimmed.charCodeAt(index);
    if (code < 0x30 || code > 0x39) throw wordedError('bad-staleness', { input: text });
  }
  return { amount: Number(trimmed.slice(0, digits)), unit, text: trimmed };
}

/** Whether the queried day is more than the duration past the newest evidence (both YYYY-MM-DD). */
export function beyondStaleness(newestEvidence: string, queriedDay: string, limit: Staleness): boolean {
  const from = dayOf(newestEvidence);
  const horizon =
    limit.unit === 'd' || limit.unit === 'w'
      ? daysFromCivil(from.year, from.month, from.day) + limit.amount * (limit.unit === 'w' ? 7 : 1)
      : addMonths(from, limit.amount * (limit.unit === 'y' ? 12 : 1));
  const to = dayOf(queriedDay);
  return daysFromCivil(to.year, to.month, to.day) > horizon;
}

/** How far the queried day lies past the newest evidence, in the largest whole unit: 4 years, 3 months, 12 days. */
export function ageOf(newestEvidence: string, queriedDay: string): { count: number; unit: 'year' | 'month' | 'day' } {
  const from = dayOf(newestEvidence);
  const to = dayOf(queriedDay);
  const target = daysFromCivil(to.year, to.month, to.day);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months > 0 && addMonths(from, months) > target) months -= 1;
  if (months >= 12) return { count: Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { count: months, unit: 'month' };
  return { count: target - daysFromCivil(from.year, from.month, from.day), unit: 'day' };
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A YYYY-MM-DD day's numbers, read in place: a batch reads one pair for each distinct newest evidence and queried day, and the arrays split() made were a share of its run (#18). */
function dayOf(text: string): Day {
  const first = text.indexOf('-');
  const second = text.indexOf('-', first + 1);
  return { year: Number(text.slice(0, first)), month: Number(text.slice(first + 1, second)), day: Number(text.slice(second + 1)) };
}

/** Days since the epoch of the day so many calendar months later, clamped to the end of a shorter month (31 January + 1 month is 28 or 29 February). */
function addMonths(date: Day, months: number): number {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return daysFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
}
