// Wording, one catalogue per language, keyed by message id. Code names a message
// by its id; a renderer asks t() or format() (or a Words, see words.ts) for the
// words in the reader's language.
import { en, type MessageId } from './en.js';
import type { Lang } from './lang.js';
import { ENGLISH, englishMessage, makeWords, type Catalogue, type Words } from './words.js';
import { zh } from './zh.js';

export type { MessageId } from './en.js';
export { chosenLang, formatDate, formatDateTime, isLang, LANGS, resolveLang, type Lang } from './lang.js';
export { ENGLISH, makeWords, type Words } from './words.js';

export const catalogues: Record<Lang, Catalogue> = { en, zh };

/** The message as written in the catalogue, placeholders untouched. */
export function t(lang: Lang, id: MessageId): string {
  return lang === 'en' ? englishMessage(id) : zh[id];
}

/** The message with each {name} replaced by params[name]; an unknown name is left as written. */
export function format(lang: Lang, id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return wordsFor(lang).say(id, params);
}

/** The words of a language, from the catalogues loaded here. */
export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? ENGLISH : makeWords(lang, zh);
}
