// Which language to print in, and how a date is written in it. No catalogue here:
// the plain check's start-up path reads this without loading any words.
import { isLang, type Lang } from '../model/lang.js';
import { dayNumbers } from '../time/civil.js';

export { isLang, LANGS, type Lang } from '../model/lang.js';

/**
 * The language to print in: --lang when given, else Chinese when the first
 * non-empty of LC_ALL, LC_MESSAGES, LANG names a Chinese locale (zh, zh_CN.UTF-8,
 * zh-TW…), else English. An unsupported --lang returns undefined: the caller refuses it.
 */
export function resolveLang(env: Readonly<Record<string, string | undefined>>, flag?: string): Lang | undefined {
  if (flag !== undefined) {
    // --lang zh, and also a locale name such as zh_CN or en-US.
    const wanted = languageOf(flag.trim());
    return isLang(wanted) ? wanted : undefined;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && languageOf(locale) === 'zh' ? 'zh' : 'en';
}

/**
 * A locale's language, lower-cased: what comes before its first _, -, . or @ (zh_CN.UTF-8 → zh).
 * A loop, not a regular expression: V8 compiles a pattern at its first test, about 0.03 ms of the
 * start that asks (#18).
 */
function languageOf(locale: string): string {
  let end = 0;
  while (end < locale.length && !'_-.@'.includes(locale[end]!)) end++;
  return locale.slice(0, end).toLowerCase();
}

/**
 * The reader's language where a configuration file may give one: --lang when given (undefined when
 * it names no language offered), else the file's, else the locale's, as resolveLang reads it.
 */
export function chosenLang(env: Readonly<Record<string, string | undefined>>, flag: string | undefined, configured: Lang | undefined): Lang | undefined {
  return flag === undefined && configured !== undefined ? configured : resolveLang(env, flag);
}

/** A civil date YYYY-MM-DD as a reader writes it: 2022-06-01, or 2022年6月1日; any other text as it is. */
export function formatDate(lang: Lang, day: string): string {
  const numbers = lang === 'en' ? undefined : dayNumbers(day);
  return numbers === undefined ? day : `${day.slice(0, 4)}年${numbers.month}月${numbers.day}日`;
}

/**
 * A civil time "YYYY-MM-DD HH:mm": the date as above, the time as written (anything after a
 * second space left out). In English the text itself: a rule listing writes a hundred of these,
 * and splitting each made an array and its iteration (#18).
 */
export function formatDateTime(lang: Lang, civil: string): string {
  const space = civil.indexOf(' ');
  if (space < 0) return formatDate(lang, civil);
  const end = civil.indexOf(' ', space + 1);
  if (lang === 'en') return end < 0 ? civil : civil.slice(0, end);
  return `${formatDate(lang, civil.slice(0, space))} ${civil.slice(space + 1, end < 0 ? civil.length : end)}`;
}
