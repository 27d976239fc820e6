// Texts of the record in the reader's language. A sentence or a name in a rule file is
// { "en": …, "zh": … }, or a plain string given in one language (the file's "lang", or
// else the language of its script); a language a text lacks falls back to the other.
// Pure: no wording, no I/O.
import type { Lang } from './lang.js';
import { once } from './once.js';

/** A text given in one language or both. */
export type Text = string | { en?: string | undefined; zh?: string | undefined };

/** The text in the reader's language, or in the other when it is given in one only. */
export function textIn(text: Text, lang: Lang): string;
export function textIn(text: Text | undefined, lang: Lang): string | undefined;
export function textIn(text: Text | undefined, lang: Lang): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'en' ? 'zh' : 'en'];
}

// Built when first used (once.ts): a check never asks.
const HAN = once(() => /\p{Script=Han}/gu);
const LATIN = once(() => /\p{Script=Latin}/gu);
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The language a plain string is written in, when its file declares none: Chinese when it
 * has more Han characters than Latin letters ("快手禁止京东联盟链接" but not "Kuaishou (快手)"),
 * else English.
 */
export function scriptLang(text: string): Lang {
  // ASCII holds no Han: English, without a list of every letter matched (#18: the notice of
  // texts lacking a language reads every text of the user's rule files).
  if (!NOT_ASCII.test(text)) return 'en';
  const han = text.match(HAN())?.length ?? 0;
  const latin = text.match(LATIN())?.length ?? 0;
  return han > latin ? 'zh' : 'en';
}

/** The languages a text is given in; a plain string's is the file's declared one, or its script's. */
export function languagesOf(text: Text, declared?: Lang): Lang[] {
  if (typeof text === 'string') return [declared ?? scriptLang(text)];
  return (['en', 'zh'] as const).filter((lang) => text[lang] !== undefined);
}
