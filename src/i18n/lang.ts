// Which language to print in, and how a date is written in it. No catalogue here:
// the plain check's start-up path reads this without loading any words.
import { isLang, type Lang } from '../model/lang.js';

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

/** Whether the text is four, two and two ASCII digits joined by hyphens (YYYY-MM-DD), read without a pattern to compile (languageOf). */
function isDayText(text: string): boolean {
  if (text.length !== 10) return false;
  for (let index = 0; index < 10; index++) {
    const code = text.charCodeAt(index);
    if (index === 4 || index === 7 ? code !== 0x2d : code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** A civil date YYYY-MM-DD as a reader writes it: 2022-06-01, or 2022年6月1日. */
export function formatDate(lang: Lang, day: string): string {
  if (lang === 'en' || !isDayText(day)) return day;
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
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
