// What a quote can show by itself, so that a rule cannot claim more than its words
// by accident (#14): whether it says anything at all, and whether it speaks of every
// link. Pure functions of the text; the lint and the compiler call them.
import { once } from '../model/once.js';

/** Chinese, Japanese and Korean characters: one of them carries about a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A quote is meaningful with at least this many letters and digits, each CJK character counting as three (so four of them). */
export const MEANINGFUL_WEIGHT = 12;
export const CJK_WEIGHT = 3;

/** How much a quote says: its letters and digits, CJK characters weighing three; punctuation, spaces and symbols nothing. */
export function quoteWeight(quote: string): number {
  let weight = 0;
  for (const character of quote.normalize('NFKC')) {
    if (CJK.test(character)) weight += CJK_WEIGHT;
    else if (WORD_CHARACTER.test(character)) weight += 1;
  }
  return weight;
}

/** Whether a quote says enough to be evidence: 12 letters or digits, or 4 CJK characters (or a mix). */
export function isMeaningful(quote: string): boolean {
  return quoteWeight(quote) >= MEANINGFUL_WEIGHT;
}

/**
 * The words by which a quote says that it speaks of every link, in English (whole
 * words, any case) and Chinese. docs/rules-and-evidence.md lists them; keep the two in step.
 */
export const EVERY_LINK_WORDS = {
  en: ['all', 'any', 'every', 'each', 'third-party', 'third party', 'third parties', 'external', 'outside'],
  zh: ['第三方', '所有', '全部', '一切', '外部', '站外', '任何', '任意', '各类', '全网'],
} as const;

// Built when first used (once.ts): the lint and the compiler ask, a check does not.
const ENGLISH = once(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${EVERY_LINK_WORDS.en.map((word) => word.replace(/[- ]/g, '[- ]')).join('|')})(?![\\p{L}\\p{N}])`, 'iu'));

/** Whether a quote holds one of the words for every link. */
export function namesEveryLink(quote: string): boolean {
  const text = quote.normalize('NFKC');
  return ENGLISH().test(text) || EVERY_LINK_WORDS.zh.some((word) => text.includes(word));
}

/** Text folded for finding a name in a quote: compatibility forms (full-width letters) and case. */
export function foldForNames(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
