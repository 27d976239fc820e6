// The question as it lives in the page's address, so that an answer can be shared as a
// link: ?source=…&surface=…&platform=…&at=…&asKnownOn=…&lang=…. Only what is set is
// written, always in this order.
import { isLang, type Lang } from '../i18n/index.js';

export interface PageQuery {
  source: string;
  surface: string;
  platform: string;
  /** A date, or a date and time, as the road reads it; '' for now. */
  at: string;
  asKnownOn: string;
  /** '' when the address does not choose. */
  lang: Lang | '';
  /** Names in the address the page does not read (surfce=), and the ones it holds more than once (the first is read): said on the page, never passed over without a word. */
  unread?: readonly string[];
  repeated?: readonly string[];
  /** Names the address gives with no value (at=, a platform= left empty by a script): read as not given, and said, where the service refuses them. */
  blank?: readonly BlankName[];
}

const KEYS = ['source', 'surface', 'platform', 'at', 'asKnownOn', 'lang'] as const;

/** The names a blank value of is read as not given (see PageQuery blank); a blank source is the page's empty question. */
export type BlankName = Exclude<(typeof KEYS)[number], 'source'>;

export function readPageQuery(search: string): PageQuery {
  const params = new URLSearchParams(search);
  // A value of white space alone is none: read as not given, as an empty one is.
  const get = (key: string) => {
    const value = params.get(key) ?? '';
    return value.trim() === '' ? '' : value;
  };
  const lang = get('lang').trim().toLowerCase();
  const names = [...new Set(params.keys())];
  const unread = names.filter((name) => !(KEYS as readonly string[]).includes(name));
  const repeated = names.filter((name) => (KEYS as readonly string[]).includes(name) && params.getAll(name).length > 1);
  // Without a source the page asks for one: a blank source is its empty question, not a note.
  const blank = KEYS.filter((key): key is BlankName => key !== 'source' && params.has(key) && get(key) === '');
  return {
    source: get('source'),
    surface: get('surface'),
    platform: get('platform'),
    at: get('at'),
    asKnownOn: get('asKnownOn'),
    lang: isLang(lang) ? lang : '',
    ...(unread.length > 0 ? { unread } : {}),
    ...(repeated.length > 0 ? { repeated } : {}),
    ...(blank.length > 0 ? { blank } : {}),
  };
}

/** The names the page reads in its address, in the order it writes them. */
export const PAGE_KEYS: readonly string[] = KEYS;

/** The search part of the address, "?…" (or "" when nothing is set); without a source, only the language. */
export function pageSearch(query: PageQuery): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (query[key] !== '' && (query.source !== '' || key === 'lang')) params.set(key, query[key]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The page's language: lang= in the address when it names one, else the first of the
 * browser's languages that is Chinese or English (navigator.languages), else English.
 */
export function pageLang(query: PageQuery, languages: readonly string[]): Lang {
  if (query.lang !== '') return query.lang;
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'en';
}

/** The date and time inputs' values for an `at`: filled when it is YYYY-MM-DD with an optional THH:mm. */
export function dateAndTime(at: string): { date: string; time: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(at.trim());
  return match ? { date: match[1]!, time: match[2] ?? '' } : undefined;
}

/** The `at` the date and time inputs say: '' (now) without a date. */
export function atOf(date: string, time: string): string {
  if (date === '') return '';
  return time === '' ? date : `${date}T${time}`;
}
