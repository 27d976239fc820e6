// Proleptic Gregorian calendar arithmetic on plain numbers, with no Date object
// and no time zone: days since 1970-01-01 and back (after H. Hinnant,
// "chrono-compatible low-level date algorithms"). Date.UTC is avoided because
// it reads years 0–99 as 1900–1999.

export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Milliseconds within the second, 0–999. */
  millisecond?: number;
}

/** The years linkcheck reads and prints, inclusive. See docs/semantics.md, "Time zones". */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const YEAR_RANGE = `${FIRST_YEAR}–${LAST_YEAR}`;

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  // No array made to ask: every date a rule file or a plan holds is checked here (#18).
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the fields name a real day and time of day (no 02-30, no 24:00, no leap seconds). */
export function isValidCivil(time: CivilTime): boolean {
  const { year, month, day, hour, minute, second } = time;
  const millisecond = time.millisecond ?? 0;
  return (
    Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
    hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 &&
    millisecond >= 0 && millisecond <= 999
  );
}

export function isYearInRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Days since 1970-01-01 of a civil date; month and day may overflow (month 13, day 0). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const extra = Math.floor((month - 1) / 12);
  const y0 = year + extra;
  const m = month - extra * 12;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The civil fields read as if they were UTC, in milliseconds since the epoch. */
export function civilToEpochMs(time: CivilTime): number {
  const days = daysFromCivil(time.year, time.month, time.day);
  return days * MS_PER_DAY + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000 + (time.millisecond ?? 0);
}

/** The civil fields of milliseconds since the epoch, read as UTC. */
export function epochMsToCivil(ms: number): Required<CivilTime> {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const millisecond = rest % 1000;
  rest = (rest - millisecond) / 1000;
  const date = civilFromDays(days);
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(rest / 3600),
    minute: Math.floor(rest / 60) % 60,
    second: rest % 60,
    millisecond,
  };
}

/** The civil date a number of days after (or before) the given one. */
export function addDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  return civilFromDays(daysFromCivil(date.year, date.month, date.day) + days);
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The numbers of a day written YYYY-MM-DD (four, two and two ASCII digits, joined by hyphens),
 * whether or not such a day is; undefined for any other text. Read by its characters, not by a
 * regular expression, which V8 compiles at the first test of a start (#18).
 */
export function dayNumbers(text: string): { year: number; month: number; day: number } | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let index = 0; index < 10; index++) {
    if (index === 4 || index === 7) continue;
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    if (index < 4) year = year * 10 + digit;
    else if (index < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return { year, month, day };
}

/** YYYY-MM-DD. */
export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
