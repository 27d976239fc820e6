// A time of day on the 12-hour clock, as plans write one: AM or PM after it (8:00 PM, 08:30 am,
// as Excel and Windows write English times), or a Chinese word for the part of the day before it
// (下午8:00, 下午 08:00:00, as they write Chinese ones; 晚上8点, as people do). Each word takes the
// hours it is said with, and each of them is one hour of the 24-hour clock; an hour it is not
// said with, or whose reading is in doubt, is refused with what it could be, never guessed: a
// wrong hour turns a rule's boundary into a wrong answer.

/** The parts of the day a 12-hour time is read in: AM and PM (上午, 下午), 早上, 中午, 傍晚, 晚上, 凌晨. */
type Part = 'am' | 'pm' | 'morning' | 'noon' | 'dusk' | 'evening' | 'small-hours';

/**
 * The Chinese words for a part of the day, before the time (white space between them or not):
 * 上午, 下午; 早上, 早晨, 清晨, 早 (the morning); 中午; 傍晚; 晚上, 晚间, 夜里, 夜间, 夜晚, 晚 (the
 * evening, 晚8点 as schedules write it); 凌晨. Written as escapes so that the bundles stay ASCII (#18).
 */
const WORD_BEFORE =
  /^(\u4e0a\u5348|\u4e0b\u5348|\u65e9\u4e0a|\u65e9\u6668|\u6e05\u6668|\u4e2d\u5348|\u508d\u665a|\u665a\u4e0a|\u665a\u95f4|\u591c\u91cc|\u591c\u95f4|\u591c\u665a|\u51cc\u6668|\u65e9|\u665a)\s*/;
const PARTS: Readonly<Record<string, Part>> = {
  '\u4e0a\u5348': 'am', '\u4e0b\u5348': 'pm',
  '\u65e9\u4e0a': 'morning', '\u65e9\u6668': 'morning', '\u6e05\u6668': 'morning', '\u65e9': 'morning',
  '\u4e2d\u5348': 'noon', '\u508d\u665a': 'dusk',
  '\u665a\u4e0a': 'evening', '\u665a\u95f4': 'evening', '\u591c\u91cc': 'evening', '\u591c\u95f4': 'evening', '\u591c\u665a': 'evening', '\u665a': 'evening',
  '\u51cc\u6668': 'small-hours',
};
/** AM or PM (a.m., P.M.) at the end of the time, white space before it or not. */
const MARK_AFTER = /[AaPp]\.?[Mm]\.?$/;

/** NOT: an hour the word is not said with. TWELVE: 12 o'clock, which may be either of two. */
const NOT = -1;
const TWELVE = -2;

/**
 * Each part's hours as written, 0 to 12, on the 24-hour clock. AM's 12 is midnight and PM's
 * noon, as Excel and Windows write them (12:00 AM, 上午12:00:00); 早上 is the morning's hours,
 * 中午 11 to 2 around noon, 傍晚 4 to 7 towards evening, 晚上 5 to 11 in the evening (晚上1点
 * may be the small hours after that evening, on the next day, or that day's), 凌晨 0 to 6 (凌晨0点, as sales start, is the
 * day's first moment). 晚上12点 and 凌晨12点 are the midnight that begins the day or the one
 * that ends it, as people use them both.
 */
const HOURS: Readonly<Record<Part, readonly number[]>> = {
  am: [NOT, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0],
  pm: [NOT, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 12],
  morning: [NOT, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, NOT],
  noon: [NOT, 13, 14, NOT, NOT, NOT, NOT, NOT, NOT, NOT, NOT, 11, 12],
  dusk: [NOT, NOT, NOT, NOT, 16, 17, 18, 19, NOT, NOT, NOT, NOT, NOT],
  evening: [NOT, NOT, NOT, NOT, NOT, 17, 18, 19, 20, 21, 22, 23, TWELVE],
  'small-hours': [0, 1, 2, 3, 4, 5, 6, NOT, NOT, NOT, NOT, NOT, TWELVE],
};
/** The first and last hour each part is said with, in the order of the clock's face (中午: 11 to 2). */
const SAID: Readonly<Record<Part, readonly [number, number]>> = {
  am: [1, 12], pm: [1, 12], morning: [1, 11], noon: [11, 2], dusk: [4, 7], evening: [5, 11], 'small-hours': [0, 6],
};

/** A time with a word for its part of the day: the word as written, and the time after or before it. */
export interface HalfDayTime {
  word: string;
  clock: string;
  part: Part;
  /** The word is AM or PM, after the time: the time is 8:00 or 8, never 8点. */
  latin: boolean;
}

/** The time's word for its part of the day, and the time without it; undefined when it has none. */
export function splitHalfDay(text: string): HalfDayTime | undefined {
  const before = WORD_BEFORE.exec(text);
  if (before) return { word: before[1]!, clock: text.slice(before[0].length), part: PARTS[before[1]!]!, latin: false };
  const after = MARK_AFTER.exec(text);
  if (!after) return undefined;
  const word = after[0];
  return { word, clock: text.slice(0, after.index).trimEnd(), part: /^a/i.test(word) ? 'am' : 'pm', latin: true };
}

/**
 * Why a written hour with its word names no one hour: it is over 12, so the hour says the half of
 * the day the word says too (twice); it is 12 and may be either of two moments, `shifts` and
 * `hours` giving each as days after the date and an hour (twelve); or the word is not said with
 * it (hours), `first` and `last` being the hours it is.
 */
export type HalfDayFault =
  | { fault: 'twice'; word: string; hour: number }
  | { fault: 'twelve'; word: string; readings: readonly [{ days: number; hour: number }, { days: number; hour: number }] }
  | { fault: 'hours'; word: string; hour: number; first: number; last: number };

/**
 * The hour of the 24-hour clock a written hour (0 to 23) means with its word, or why it means
 * none. `point`: the hour was written with 点, as people write one: 上午12点 is noon as often as
 * the midnight Excel means by 上午12:00 (上午12时00分), and is refused.
 */
export function dayHour(time: HalfDayTime, hour: number, point: boolean): number | HalfDayFault {
  const { word, part } = time;
  if (hour > 12) return { fault: 'twice', word, hour };
  if (part === 'am' && hour === 12 && point) return { fault: 'twelve', word, readings: [{ days: 0, hour: 0 }, { days: 0, hour: 12 }] };
  const meant = HOURS[part][hour]!;
  if (meant === TWELVE) return { fault: 'twelve', word, readings: [{ days: 0, hour: 0 }, { days: 1, hour: 0 }] };
  if (meant === NOT) return { fault: 'hours', word, hour, first: SAID[part][0], last: SAID[part][1] };
  return meant;
}
