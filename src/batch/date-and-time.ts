// A plan's date column and its time column (columns.ts) as the one date a row asks about: the
// time of day written after the date's day, read by the road in's own reading of dates
// (query-date.ts), so that the time column's cell is never left unread.
import { formatDate } from '../time/civil.js';
import { readWrittenDate, type WrittenMoment } from '../time/query-date.js';

/** Why a row's date and time cells make no date: the time cell is no time of day, or the two cells name different moments. */
export type JoinFault = 'no-time' | 'not-one-moment';

/**
 * The date a row with a time column asks about: the date cell alone when the time cell is empty;
 * the date cell's day and the time cell's time of day (`2022-02-28` and `23:30`: `2022-02-28
 * 23:30`); or, where a cell gives more than its part (a time column under a date's name, 时间 or
 * 开播时间, may hold whole dates), the one moment both cells agree on. A date cell the road in
 * cannot read is passed on to be refused there, in its words; a stretch of time after the day
 * too (`20:00-22:00`), and a 12-hour time that names no one hour (`下午20:00`, `晚上12点`). A date
 * cell at its day's midnight, written without an offset (`2022/6/1 0:00`, as a spreadsheet shows a
 * date cell formatted with its time), gives its day.
 */
export function joinDateAndTime(date: string, time: string): string | JoinFault {
  const clock = time.trim();
  if (clock === '') return date;
  const day = readWrittenDate(date);
  if (!day.ok) return date;
  if (day.kind !== 'moment') return 'not-one-moment';
  const dayOnly = day.moment.precision === 'day' || isMidnight(day.moment);
  const alone = readWrittenDate(clock);
  if (alone.ok) {
    // The time cell gives a day, or a day and a time, of its own: the date's, or none.
    if (alone.kind !== 'moment' || formatDate(alone.moment) !== formatDate(day.moment)) return 'not-one-moment';
    if (dayOnly) return alone.moment.precision === 'day' ? date : clock;
    return alone.moment.precision === 'day' || sameMoment(alone.moment, day.moment) ? date : 'not-one-moment';
  }
  const onDay = readWrittenDate(`${formatDate(day.moment)} ${clock}`);
  const joined = day.moment.precision === 'day' ? `${date.trim()} ${clock}` : `${formatDate(day.moment)} ${clock}`;
  if (!onDay.ok) {
    // A stretch, or a 12-hour time in doubt (下午20:00, 晚上12点), is refused by the road in, in its words.
    if (onDay.problem !== 'stretch' && onDay.problem !== 'half-day') return 'no-time';
    return dayOnly ? joined : 'not-one-moment';
  }
  if (dayOnly) return joined;
  return onDay.kind === 'moment' && sameMoment(onDay.moment, day.moment) ? date : 'not-one-moment';
}

/** Whether a written moment is its day's midnight, with no offset: a spreadsheet's date cell shown with its time. */
function isMidnight(moment: WrittenMoment): boolean {
  return moment.hour === 0 && moment.minute === 0 && moment.second === 0 && moment.millisecond === 0 && moment.offsetMinutes === undefined;
}

/** Whether joinDateAndTime found the two cells make no date. */
export function isJoinFault(joined: string): joined is JoinFault {
  return joined === 'no-time' || joined === 'not-one-moment';
}

function sameMoment(a: WrittenMoment, b: WrittenMoment): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second && a.millisecond === b.millisecond && a.offsetMinutes === b.offsetMinutes;
}
