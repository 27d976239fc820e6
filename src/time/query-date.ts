// Dates as people write them in a query: the ISO forms of rule files, and the
// other common ones (2022/6/1, 2022-6-1, 2022.6.1, 20220601, 2022年6月1日, the
// day of the week after it, a space before the time, +0800 or +08 offsets,
// toISOString()'s milliseconds, words for days, a 12-hour time: half-day.ts). Forms that put the day or month first (6/1/2022) are refused: which is
// which cannot be known. Every pattern is anchored and free of nested repetition,
// so reading takes time linear in the text.
import { addDays, dayNumbers, daysFromCivil, formatDate, isValidCivil, isYearInRange, pad, type CivilTime } from './civil.js';
import { dayHour, splitHalfDay, type HalfDayFault, type HalfDayTime } from './half-day.js';

export type RelativeWord = 'now' | 'today' | 'yesterday' | 'tomorrow';

export interface WrittenMoment extends Required<CivilTime> {
  /** Minutes east of UTC when the text names an offset; absent for civil time. */
  offsetMinutes?: number;
  precision: 'day' | 'minute' | 'second';
}

export type DateReading =
  | { ok: true; kind: 'relative'; word: RelativeWord }
  | { ok: true; kind: 'moment'; moment: WrittenMoment }
  | { ok: false; problem: 'malformed' | 'ambiguous' | 'impossible' | 'out-of-range' }
  /** Two times joined by a dash or a word (2022-06-01 08:00-10:00, 20:00~22:00, 20:00 至 22:00): a stretch of time, not one moment. */
  | { ok: false; problem: 'stretch' }
  /** A spreadsheet's serial day number, as a CSV export of a column not formatted as dates gives it: refused, its day named. */
  | { ok: false; problem: 'serial'; day: string }
  /** A 12-hour time (下午20:00, 晚上12点) that names no one hour of the day; `time`: the time as written. */
  | ({ ok: false; problem: 'half-day'; time: string } & HalfDayProblem);

/** A HalfDayFault with its twelve o'clock's two readings written out, as moments on the 24-hour clock. */
export type HalfDayProblem =
  | Exclude<HalfDayFault, { fault: 'twelve' }>
  | { fault: 'twelve'; word: string; readings: readonly [string, string] };

const WORDS: Readonly<Record<string, RelativeWord>> = {
  now: 'now', today: 'today', yesterday: 'yesterday', tomorrow: 'tomorrow',
  现在: 'now', 今天: 'today', 昨天: 'yesterday', 明天: 'tomorrow',
};

const DATES: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})/,
  // Year, month and day in Chinese characters; written as escapes, here and below, so that the bundles stay ASCII (#18).
  /^(\d{4})\u5e74(\d{1,2})\u6708(\d{1,2})[\u65e5\u53f7]/,
  /^(\d{4})(\d{2})(\d{2})(?!\d)/,
];
// The offset may be written after UTC or GMT (UTC+8, GMT+08:00, GMT+0800, as apps and people write
// one), which alone are +00:00.
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?: ?(Z|z|[+-]\d{2}(?::?\d{2})?|(?:[Uu][Tt][Cc]|[Gg][Mm][Tt])(?:[+-]\d{1,2}(?::?\d{2})?)?))?$/;
// 9时30分15秒, 9点30分; 9点30, 9点半 (:30), 9点一刻 (:15), 9点三刻 (:45), 9点整 (:00), as people write them.
const CHINESE_CLOCK = /^(\d{1,2})[\u65f6\u70b9](?:(\d{1,2})\u5206(?:(\d{1,2})\u79d2)?|(\d{2})|(\u534a|\u4e00\u523b|\u4e09\u523b|\u6574))?$/;
/** The minutes 半, 一刻, 三刻 and 整 say after an hour. */
const SAID_MINUTES: Readonly<Record<string, number>> = { '\u534a': 30, '\u4e00\u523b': 15, '\u4e09\u523b': 45, '\u6574': 0 };
/**
 * A time, then a dash, tilde or word (至, 到) and what follows: a stretch of time as a live stream's
 * slot is written (08:00-10:00, 20:00 ~ 22:00, 20:00至22:00, 20点-22点).
 */
const STRETCH = /^\d{1,2}(?::\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|[\u65f6\u70b9](?:\d{1,2}\u5206|\d{2}|\u534a)?)\s*(?:-|~|\u301c|\u2013|\u2014|\u81f3|\u5230)\s*\d/;
/**
 * A day of the week after the date, as spreadsheets' long dates show it (2022年6月1日 星期三,
 * 2022/6/1 周三, 2022-06-01（周三）): 星期, 周 or 礼拜 and the day's character (日 and 天 for Sunday),
 * in parentheses or not. It must be the date's: a plan whose weekday and date disagree was
 * written wrong in one of them, and which cannot be known.
 */
const WEEKDAY = /^\s*([(\uff08]?)(?:\u661f\u671f|\u5468|\u793c\u62dc)([\u65e5\u5929\u4e00\u4e8c\u4e09\u56db\u4e94\u516d])([)\uff09]?)/;
/** The days of the week as WEEKDAY writes them, from Sunday (0, as Date.getUTCDay counts). */
const WEEKDAYS: readonly string[] = ['\u65e5', '\u4e00', '\u4e8c', '\u4e09', '\u56db', '\u4e94', '\u516d'];
const DAY_OR_MONTH_FIRST = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:$|[\sT])/;

/** Reads a query's date. Surrounding whitespace (a CRLF file's \r too) is ignored. */
export function readWrittenDate(raw: string): DateReading {
  const day = isoDay(raw);
  if (day !== undefined) return day;
  const text = foldFullWidth(raw).trim();
  // The table's own words alone: constructor or toString is no date.
  const lower = text.toLowerCase();
  if (Object.hasOwn(WORDS, lower)) return { ok: true, kind: 'relative', word: WORDS[lower]! };
  if (DAY_OR_MONTH_FIRST.test(text)) return { ok: false, problem: 'ambiguous' };
  for (const pattern of DATES) {
    const match = pattern.exec(text);
    if (match) return readRest(match, text.slice(match[0].length));
  }
  const serial = serialDay(text);
  return serial === undefined ? { ok: false, problem: 'malformed' } : { ok: false, problem: 'serial', day: serial };
}

/**
 * The day a spreadsheet's serial number names, when the text is one of five digits (a day from
 * 1927 to 2173, a fraction after it for the time of day): 44713 is 2022-06-01 in a workbook of the
 * 1900 date system, Excel's and WPS's default. Never read as a date (the number may be anything,
 * and a workbook of the 1904 system counts four years later): named, so that the refusal can say
 * what the cell likely is.
 */
function serialDay(text: string): string | undefined {
  if (!/^\d{5}(?:\.\d+)?$/.test(text)) return undefined;
  // Day 1 is 1900-01-01 and the system counts a 29 February 1900 that was not: from day 61 on, day n is 1899-12-30 plus n days.
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reading of a text that is exactly YYYY-MM-DD, the form nearly every query and plan row
 * gives, found by its characters: readWrittenDate's patterns read it to the same moment, five
 * regular expressions compiled at the start that first reads one. Any other text is undefined (#18).
 */
function isoDay(text: string): DateReading | undefined {
  const numbers = dayNumbers(text);
  if (numbers === undefined) return undefined;
  const { year, month, day } = numbers;
  const moment: WrittenMoment = { year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0, precision: 'day' };
  if (!isYearInRange(year)) return { ok: false, problem: 'out-of-range' };
  if (!isValidCivil(moment)) return { ok: false, problem: 'impossible' };
  return { ok: true, kind: 'moment', moment };
}

function readRest(date: RegExpExecArray, after: string): DateReading {
  let rest = after;
  const moment: WrittenMoment = {
    year: Number(date[1]), month: Number(date[2]), day: Number(date[3]),
    hour: 0, minute: 0, second: 0, millisecond: 0, precision: 'day',
  };
  let chinese = date[0].endsWith('日') || date[0].endsWith('号');
  const weekday = WEEKDAY.exec(rest);
  if (weekday) {
    const [written, open, day, close] = weekday;
    if ((open === '') !== (close === '')) return { ok: false, problem: 'malformed' };
    if (!isValidCivil(moment)) return { ok: false, problem: isYearInRange(moment.year) ? 'impossible' : 'out-of-range' };
    // 1970-01-01, day 0, was a Thursday.
    const sunday = (((daysFromCivil(moment.year, moment.month, moment.day) + 4) % 7) + 7) % 7;
    if (WEEKDAYS.indexOf(day === '\u5929' ? '\u65e5' : day!) !== sunday) return { ok: false, problem: 'impossible' };
    // A time after the weekday is parted from it by white space.
    rest = rest.slice(written!.length);
    chinese = false;
  }
  const separator = /^(?:[Tt](?=\d)|\s+)/.exec(rest)?.[0] ?? '';
  if (rest !== '' && separator === '' && !chinese) return { ok: false, problem: 'malformed' };
  const time = rest.slice(separator.length);
  // A 12-hour time (8:00 PM, 下午8点) follows white space or a Chinese date, never the T of an ISO form.
  const half = rest === '' || /^[Tt]/.test(separator) ? undefined : splitHalfDay(time);
  if (half !== undefined) {
    const problem = readTwelveHour(half, time, moment);
    if (problem !== undefined) return problem;
  } else if (rest !== '' && !readClock(time, moment)) {
    return { ok: false, problem: STRETCH.test(time) ? 'stretch' : 'malformed' };
  }
  // 08:00-10:00 is a time with an offset west of UTC and a stretch of time alike: read as an
  // offset only in an instant's forms, after a T (2022-06-01T08:00-05:00) or with seconds
  // (2022-06-01 08:00:00-05:00, as Python and PostgreSQL print one). An offset east of UTC (+)
  // or Z is no stretch's.
  if (moment.offsetMinutes !== undefined && /-\d/.test(time) && !/(?:utc|gmt)-\d/i.test(time) && !separator.startsWith('T') && !separator.startsWith('t') && moment.precision !== 'second') {
    return { ok: false, problem: 'stretch' };
  }
  if (!isYearInRange(moment.year)) return { ok: false, problem: 'out-of-range' };
  if (!isValidCivil(moment)) return { ok: false, problem: 'impossible' };
  if (moment.offsetMinutes !== undefined && !(Math.abs(moment.offsetMinutes) <= 14 * 60)) return { ok: false, problem: 'impossible' };
  return { ok: true, kind: 'moment', moment };
}

/**
 * A 12-hour time's fields into the moment, its hour on the 24-hour clock (half-day.ts); or why
 * it names no moment. AM or PM follows a time with a colon (8:00 PM) or an hour alone (8 PM); a
 * Chinese word precedes either clock (下午8:00, 下午8点). An offset is no 12-hour clock's: no such
 * time is written.
 */
function readTwelveHour(half: HalfDayTime, time: string, moment: WrittenMoment): DateReading | undefined {
  const { clock } = half;
  if (half.latin && /^\d{1,2}$/.test(clock)) Object.assign(moment, { hour: Number(clock), precision: 'minute' });
  else if ((half.latin && !CLOCK.test(clock)) || !readClock(clock, moment)) return { ok: false, problem: STRETCH.test(clock) ? 'stretch' : 'malformed' };
  if (moment.offsetMinutes !== undefined) return { ok: false, problem: 'malformed' };
  if (!isYearInRange(moment.year)) return { ok: false, problem: 'out-of-range' };
  if (moment.hour > 23 || !isValidCivil({ ...moment, hour: 0 })) return { ok: false, problem: 'impossible' };
  const hour = dayHour(half, moment.hour, clock.includes('\u70b9'));
  if (typeof hour === 'number') {
    moment.hour = hour;
    return undefined;
  }
  if (hour.fault !== 'twelve') return { ok: false, problem: 'half-day', time: time.trim(), ...hour };
  // Each reading as the moment it would be: the day it falls on, and the time on the 24-hour clock.
  const written = ({ days, hour: meant }: { days: number; hour: number }) =>
    `${formatDate(addDays(moment, days))} ${pad(meant)}:${pad(moment.minute)}${moment.precision === 'second' ? `:${pad(moment.second)}` : ''}`;
  return { ok: false, problem: 'half-day', time: time.trim(), fault: 'twelve', word: hour.word, readings: [written(hour.readings[0]), written(hour.readings[1])] };
}

function readClock(text: string, moment: WrittenMoment): boolean {
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, hour, minute, second, fraction, offset] = clock;
    Object.assign(moment, {
      hour: Number(hour), minute: Number(minute), second: Number(second ?? 0),
      millisecond: fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')),
      precision: second === undefined ? 'minute' : 'second',
    });
    if (offset !== undefined) moment.offsetMinutes = offsetMinutes(offset);
    return true;
  }
  const chinese = CHINESE_CLOCK.exec(text);
  if (!chinese) return false;
  const [, hour, minute, second, bare, said] = chinese;
  Object.assign(moment, {
    hour: Number(hour), minute: said !== undefined ? SAID_MINUTES[said]! : Number(minute ?? bare ?? 0), second: Number(second ?? 0),
    precision: second === undefined ? 'minute' : 'second',
  });
  return true;
}

/**
 * Z, ±HH, ±HHMM or ±HH:MM, or UTC or GMT alone or before ±H, ±HH, ±HHMM or ±H:MM, as minutes east of
 * UTC; minutes over 59 give NaN, refused later.
 */
function offsetMinutes(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const signed = /^[A-Za-z]/.test(offset) ? offset.slice(3) : offset;
  if (signed === '') return 0;
  const written = signed.slice(1);
  const [hours, minutes] = written.includes(':') ? written.split(':').map(Number) : written.length <= 2 ? [Number(written), 0] : [Number(written.slice(0, -2)), Number(written.slice(-2))];
  if (minutes! > 59) return Number.NaN;
  return (signed.startsWith('-') ? -1 : 1) * (hours! * 60 + minutes!);
}

/** Full-width digits, letters and punctuation (from a Chinese input method) as ASCII. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
