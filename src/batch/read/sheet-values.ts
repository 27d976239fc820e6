// What a spreadsheet cell's number means when its format is a date or a time,
// written as the sheet shows it: serial days since the workbook's epoch, read
// with integer arithmetic so that 20:00 is 20:00, not 19:59:59.999.
// ECMA-376 Part 1, 18.8.30 (numFmt; the built-in formats) and 18.17.4 (date systems); and an
// ISO date cell's value (t="d") shown the same way.
import { daysInMonth } from '../../time/civil.js';

export type DateKind = 'date' | 'time' | 'date-time';

/** What a format shows: a date, a time, both, or neither (undefined); and whether it shows seconds. */
export interface Shown {
  kind: DateKind;
  seconds: boolean;
  /** Digits of a second shown after it (ss.000: 3), at most 3. */
  fraction?: number;
  /** An elapsed time ([h]:mm:ss, [mm]:ss): a length of time, not a time of day, so no moment. */
  elapsed?: boolean;
  /**
   * A date shown without its day of the month: a month (yyyy"年"m"月", mmm-yy) or a year (yyyy).
   * Written as that month or year (2022-10, 2022), which no road reads as a day: its first day
   * is not what the sheet shows, and a month may hold a change.
   */
  period?: 'month' | 'year';
}

/**
 * The built-in number formats that show dates or times: 14–22 and 45–47 in every locale,
 * and 27–36 and 50–58, which Excel and WPS write for Chinese, Japanese and Korean dates
 * (yyyy"年"m"月"d"日", h"时"mm"分", …).
 */
const BUILT_IN: Readonly<Record<number, Shown>> = (() => {
  const table: Record<number, Shown> = {};
  const set = (ids: number[], kind: DateKind, seconds: boolean) => ids.forEach((id) => (table[id] = { kind, seconds }));
  set([14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58], 'date', false);
  // mmm-yy, and yyyy"年"m"月" in Chinese: a month.
  for (const id of [17, 27, 36, 50, 52, 57]) table[id] = { kind: 'date', seconds: false, period: 'month' };
  set([18, 20, 32, 34, 55], 'time', false);
  set([19, 21, 33, 35, 45, 56], 'time', true);
  set([22], 'date-time', false);
  // [h]:mm:ss, and mm:ss.0.
  table[46] = { kind: 'time', seconds: true, elapsed: true };
  table[47] = { kind: 'time', seconds: true, fraction: 1 };
  return table;
})();

/** What a number format shows, from its id and, for ids 164 and up, its format code. */
export function shownBy(id: number, code: string | undefined): Shown | undefined {
  if (code === undefined) return BUILT_IN[id];
  return shownByCode(code);
}

/**
 * A custom format code's date and time parts: quoted text, backslash escapes, colours and
 * locales in brackets (but not [h], [mm], [ss]), AM/PM and a scientific number's E+ or E- are
 * not parts of it. Only the first
 * section (before a ;) is read: it formats the positive numbers dates are.
 */
export function shownByCode(code: string): Shown | undefined {
  let date = false;
  let time = false;
  let seconds = false;
  let months = false;
  let years = false;
  let dayOfMonth = false;
  let fraction = 0;
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const character = code[i]!;
    if (character === ';') break;
    if (character === '"') {
      const end = code.indexOf('"', i + 1);
      i = end === -1 ? code.length : end;
    } else if (character === '\\' || character === '_' || character === '*') {
      i++;
    } else if (character === '[') {
      const end = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, end === -1 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) {
        time = true;
        elapsed = true;
        if (inside.startsWith('s')) seconds = true;
      }
      i = end === -1 ? code.length : end;
    } else {
      const lower = character.toLowerCase();
      // E+ and E- (e+, e-) write a number in scientific notation (0.0E+00): no date part, where e alone is a year.
      if (lower === 'e' && (code[i + 1] === '+' || code[i + 1] === '-')) i++;
      else if (lower === 'y' || lower === 'e') date = years = true;
      else if (lower === 'd') {
        // d and dd are the day of the month; ddd and dddd its weekday's name.
        let run = 1;
        while (code[i + run]?.toLowerCase() === 'd') run++;
        date = true;
        if (run <= 2) dayOfMonth = true;
        i += run - 1;
      }
      else if (lower === 'm') months = true;
      else if (lower === 'h') time = true;
      else if (lower === 's') {
        time = true;
        seconds = true;
        // ss.000: the digits of a second shown after it.
        if (code[i + 1] === '.' && code[i + 2] === '0') {
          let digits = 0;
          while (code[i + 2 + digits] === '0') digits++;
          fraction = Math.min(3, Math.max(fraction, digits));
          i += 1 + digits;
        }
      } else if (lower === 'a' && /^a(m\/pm|\/p)/i.test(code.slice(i))) {
        time = true;
        i += code[i + 1] === '/' ? 2 : 4;
      } else if (lower === 'g' && /^general/i.test(code.slice(i))) {
        i += 6;
      }
    }
  }
  // m is the month unless the format also shows hours or seconds and no day or year (mm:ss, h:mm).
  if (months && !time) date = true;
  if (!date && !time) return undefined;
  // A month or a year: m with no day (yyyy-mm, mmm), or a year alone. A weekday alone is read as the day it names.
  const period = !date || dayOfMonth ? undefined : months ? 'month' : years ? 'year' : undefined;
  return { kind: date && time ? 'date-time' : date ? 'date' : 'time', seconds, ...(fraction > 0 ? { fraction } : {}), ...(elapsed ? { elapsed } : {}), ...(period ? { period } : {}) };
}

const DAY = 86_400_000;
/** Serial day 0 of the 1904 system, and the day that serial 61 of the 1900 system counts from (1900-03-01 is 61). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** The last serial day of each system: 9999-12-31, the last day Excel shows. */
export function lastSerial(date1904: boolean): number {
  return date1904 ? 2_957_003 : 2_958_465;
}

/**
 * A serial date-time as the sheet shows it: "2026-12-12", "2026-12-12 20:00",
 * "2026-12-12 20:00:05" or "20:00"; undefined when it is no day a calendar has
 * (serialFault says why).
 */
export function serialText(serial: number, date1904: boolean, shown: Shown): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  // Milliseconds, rounded once (a serial is a binary fraction of a day: 20:00 is 0.83333…, a
  // hair under), then cut to what the format shows (shownText).
  let days = Math.floor(serial);
  let milliseconds = Math.round((serial - days) * 86_400_000);
  if (milliseconds === 86_400_000) {
    days++;
    milliseconds = 0;
  }
  if (days > lastSerial(date1904)) return undefined;
  let day = '';
  if (shown.kind !== 'time') {
    let epoch: number;
    if (date1904) epoch = EPOCH_1904;
    else if (days >= 61) epoch = EPOCH_1900;
    else if (days >= 1 && days <= 59) epoch = EPOCH_1900 + DAY;
    else return undefined;
    const at = new Date(epoch + days * DAY);
    day = `${String(at.getUTCFullYear()).padStart(4, '0')}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
  }
  return shownText(day, milliseconds, shown);
}

/**
 * A day (YYYY-MM-DD; any text for a format that shows only a time) and the milliseconds into
 * it, as the format shows them: cut to its precision, as Excel shows it: 23:59:59.99 is
 * 23:59:59, or 23:59 without seconds, never the next day's 00:00, which a rule from that
 * midnight answers otherwise. A format that shows only a date shows the day alone: the row
 * asks about the day, whatever time the cell holds; one that shows only a month or a year
 * shows that (2022-10), as the sheet's CSV export would (2022年10月), and asks about no day.
 */
function shownText(whole: string, milliseconds: number, shown: Shown): string {
  // YYYY-MM-DD cut to the month or the year a format without the day shows.
  const day = shown.period === 'month' ? whole.slice(0, 7) : shown.period === 'year' ? whole.slice(0, 4) : whole;
  if (shown.kind === 'date') return day;
  const seconds = Math.floor(milliseconds / 1000);
  const minutes = Math.floor(seconds / 60);
  const digits = shown.seconds ? (shown.fraction ?? 0) : 0;
  const part = digits === 0 ? '' : `.${String(milliseconds % 1000).padStart(3, '0').slice(0, digits)}`;
  const time = `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}${shown.seconds ? `:${two(seconds % 60)}${part}` : ''}`;
  return shown.kind === 'time' ? time : `${day} ${time}`;
}

/**
 * Why an ISO date cell's value cannot be shown: it is no ISO 8601 date, time or date-time, or
 * names one the calendar lacks (malformed); it has a UTC offset other than Z (offset); or it
 * is a time alone in a cell whose format shows a date (no-day).
 */
export type IsoDateFault = 'malformed' | 'offset' | 'no-day';

// ECMA-376 Part 1, 18.17.4: a date cell (t="d") holds an ISO 8601 date, time or date-time in the
// extended format (2022-02-28, 20:00:00, 2022-02-28T20:00:00), which openpyxl (iso_dates) and
// the Open XML SDK write; seconds may carry a fraction (.000, as toISOString() prints, or the
// SDK's seven digits). A space for the T is read as RFC 3339 allows.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * An ISO date cell's value as the sheet shows it, exactly as the same moment in a serial
 * (number) cell with the same format: "2022-02-28 20:00", or "2022-02-28" under a format that
 * shows only a date. A workbook holds no time zone: the digits are the date and time the sheet
 * shows, a civil time read in the platform's zone. SheetJS (cellDates) writes that time's digits
 * with a Z after them (its dates are local times written as UTC ones, and read back so), so a
 * Z, or an offset of zero, is read the same. Any other offset makes the digits and the instant
 * two different times, either of which may be meant: refused. Under a format that shows no
 * date or time (General), the value is shown to the precision it is written with.
 */
export function isoDateText(value: string, shown: Shown | undefined): string | IsoDateFault {
  const date = ISO_DAY.exec(value);
  const time = date === null ? (value.startsWith('T') ? value.slice(1) : value) : date[4];
  const clock = time === undefined ? null : ISO_TIME.exec(time);
  if (time !== undefined && clock === null) return 'malformed';
  const [year, month, day] = date === null ? [2000, 1, 1] : [Number(date[1]), Number(date[2]), Number(date[3])];
  const [hour, minute, second] = clock === null ? [0, 0, 0] : [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59)) return 'malformed';
  const offset = clock?.[5];
  if (offset !== undefined && offset !== 'Z' && !/^[+-]00(?::?00)?$/.test(offset)) return 'offset';
  // Cut to the millisecond, never rounded up (23:59:59.9999999 is not the next day's midnight).
  const fraction = (clock?.[4] ?? '').slice(0, 3);
  const milliseconds = ((hour * 60 + minute) * 60 + second) * 1000 + Number(fraction.padEnd(3, '0'));
  const format = shown ?? writtenPrecision(date !== null, clock, fraction);
  if (date === null && format.kind !== 'time') return 'no-day';
  return shownText(date === null ? '' : `${date[1]}-${date[2]}-${date[3]}`, milliseconds, format);
}

/** What an ISO value shows by itself: its day, its time, to the second when it writes seconds, and their thousandths when not zero. */
function writtenPrecision(day: boolean, clock: RegExpExecArray | null, fraction: string): Shown {
  if (clock === null) return { kind: 'date', seconds: false };
  return { kind: day ? 'date-time' : 'time', seconds: clock[3] !== undefined, ...(/[1-9]/.test(fraction) ? { fraction: fraction.length } : {}) };
}

/**
 * Why serialText gave no text for a serial: below 0; past 9999-12-31; or, in the 1900
 * system, day 0 (which Excel shows as 1900-01-00) or day 60 (1900-02-29, which Excel keeps
 * from Lotus 1-2-3, though 1900 was no leap year). Asked only when a cell cannot be shown.
 */
export type SerialFault = 'negative' | 'past-last' | 'day-zero' | 'leap-day';

export function serialFault(serial: number, date1904: boolean): SerialFault {
  if (serial < 0) return 'negative';
  const days = Math.floor(serial) + (Math.round((serial - Math.floor(serial)) * 86_400_000) === 86_400_000 ? 1 : 0);
  if (days > lastSerial(date1904)) return 'past-last';
  return days === 60 ? 'leap-day' : 'day-zero';
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
