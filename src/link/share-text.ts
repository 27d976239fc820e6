// Finds the share token in a share text pasted from a shopping app: a share
// token (淘口令, 京口令) and the words around it that say whose token it is.
// The apps vary the symbols around a token (￥…￥, €…€, #…%, (…)), so any of them
// is accepted; see docs/links.md.
import { once } from '../model/once.js';
import type { Source } from '../model/types.js';
import { foldKeywordText } from './fold.js';
import type { KeywordMatch } from './types.js';

// Also the full-width ！（）, as escapes that the RegExp reads, so that the bundles stay ASCII (#18).
const TOKEN_SYMBOL = String.raw`[\p{Sc}#@%!\uff01()\uff08\uff09]`;
/** 10–14 letters and digits between two symbols. */
const TOKEN = once(() => new RegExp(String.raw`${TOKEN_SYMBOL}([A-Za-z0-9]{10,14})${TOKEN_SYMBOL}`, 'gu'));

export interface TokenMatch {
  /** The token with its symbols, as it appears in the text. */
  token: string;
  /** The text with the token blanked out, to look for keywords in. */
  rest: string;
}

/** The first share token in the text. A run of digits alone (a phone number) is not one. */
export function findToken(text: string): TokenMatch | null {
  for (const match of text.matchAll(TOKEN())) {
    if (!/[A-Za-z]/.test(match[1]!)) continue;
    const start = match.index;
    const rest = `${text.slice(0, start)} ${text.slice(start + match[0].length)}`;
    return { token: match[0], rest };
  }
  return null;
}

/** The sources whose share-text keywords occur in the text (both folded: 淘♂寳♀ is 淘宝), each once, in the order they appear. */
export function namedSources(sources: Iterable<Source>, text: string): KeywordMatch[] {
  const haystack = foldKeywordText(text);
  const found: { match: KeywordMatch; at: number }[] = [];
  for (const source of sources) {
    let first: { match: KeywordMatch; at: number } | undefined;
    const { keywords, notWithin } = foldedWords(source);
    for (let index = 0; index < keywords.length; index++) {
      const at = indexOfKeyword(haystack, keywords[index]!, notWithin);
      if (at >= 0 && (!first || at < first.at)) first = { match: { source, keyword: source.shareText!.keywords[index]! }, at };
    }
    if (first) found.push(first);
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.match);
}

/** A source's share-text keywords and notWithin words, folded as a text is (foldKeywordText), once per source: a batch reads thousands of texts. */
const folded = new WeakMap<Source, { keywords: string[]; notWithin: string[] }>();

function foldedWords(source: Source): { keywords: string[]; notWithin: string[] } {
  let words = folded.get(source);
  if (words === undefined) {
    const fold = (word: string) => foldKeywordText(word).trim();
    words = { keywords: (source.shareText?.keywords ?? []).map(fold), notWithin: (source.shareText?.notWithin ?? []).map(fold) };
    folded.set(source, words);
  }
  return words;
}

/**
 * Where the keyword first occurs outside the words that hold it and name something else
 * (`notWithin`: 京东 in 南京东路 names no JD). A keyword of ASCII letters and digits (jd, taobao)
 * must stand as a word of its own, so "jd" is not found in "ajdx"; other keywords (淘宝) are
 * found anywhere, as Chinese is written without spaces.
 */
function indexOfKeyword(haystack: string, keyword: string, notWithin: readonly string[]): number {
  const word = /^[a-z0-9]+$/.test(keyword) ? new RegExp(`(?<![a-z0-9])${keyword}(?![a-z0-9])`, 'g') : undefined;
  for (let from = 0; ; ) {
    let at: number;
    if (word) {
      word.lastIndex = from;
      at = word.exec(haystack)?.index ?? -1;
    } else {
      at = haystack.indexOf(keyword, from);
    }
    if (at < 0 || !insideAny(haystack, at, keyword, notWithin)) return at;
    from = at + 1;
  }
}

/** Whether the keyword found at `at` is part of one of the words, where it stands in the text. */
function insideAny(haystack: string, at: number, keyword: string, words: readonly string[]): boolean {
  for (const word of words) {
    for (let offset = word.indexOf(keyword); offset >= 0; offset = word.indexOf(keyword, offset + 1)) {
      if (at >= offset && haystack.startsWith(word, at - offset)) return true;
    }
  }
  return false;
}
