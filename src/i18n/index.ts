// Wording, one catalogue per language, keyed by message id. Code names a message
// by its id; a renderer asks t() or format() for the words in the reader's language.
import { en, type MessageId } from './en.js';
import { zh } from './zh.js';

export type { MessageId } from './en.js';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const catalogues: Record<Lang, Record<MessageId, string>> = { en, zh };

/** The message as written in the catalogue, placeholders untouched. */
export function t(lang: Lang, id: MessageId): string {
  return catalogues[lang][id];
}

/** The message with each {name} replaced by params[name]; an unknown name is left as written. */
export function format(lang: Lang, id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return t(lang, id).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

/**
 * The language to print in: --lang when given, else Chinese when the first
 * non-empty of LC_ALL, LC_MESSAGES, LANG names a Chinese locale (zh, zh_CN.UTF-8,
 * zh-TW…), else English. An unsupported --lang returns undefined: the caller refuses it.
 */
export function resolveLang(env: Readonly<Record<string, string | undefined>>, flag?: string): Lang | undefined {
  if (flag !== undefined) {
    // --lang zh, and also a locale name such as zh_CN or en-US.
    const wanted = flag.trim().toLowerCase().split(/[_\-.@]/)[0] ?? '';
    return isLang(wanted) ? wanted : undefined;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^zh(?:$|[_\-.@])/i.test(locale) ? 'zh' : 'en';
}

/** A civil date YYYY-MM-DD as a reader writes it: 2022-06-01, or 2022年6月1日. */
export function formatDate(lang: Lang, day: string): string {
  if (lang === 'en') return day;
  const [year, month, date] = day.split('-');
  return `${year}年${Number(month)}月${Number(date)}日`;
}

/** A civil time "YYYY-MM-DD HH:mm": the date as above, the time as written. */
export function formatDateTime(lang: Lang, civil: string): string {
  const [day = '', time] = civil.split(' ');
  return time === undefined ? formatDate(lang, day) : `${formatDate(lang, day)} ${time}`;
}
