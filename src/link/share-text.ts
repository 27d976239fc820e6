// Finds the share token in a share text pasted from a shopping app: a share
// token (淘口令, 京口令) and the words around it that say whose token it is.
// The apps vary the symbols around a token (￥…￥, €…€, #…%, (…)), so any of them
// is accepted; see docs/links.md.
import { once } from '../model/once.js';
import type { Source } from '../model/types.js';
import { foldKeywordText } from '../model/keyword-fold.js';
import { keywordAt, keywordPattern, type KeywordPattern } from './keyword-pattern.js';
import type { KeywordMatch } from './types.js';

// Every currency sign (￥ € ₴ $ …), and the delimiters share texts use that are none: 〒 (U+3012) and ƒ
// (U+0192, the florin sign, a letter to Unicode); also # @ % ! / and the full-width ！（）／, and the
// brackets 《》「」 of the Taobao app's texts since 2021 (88:/AbCdEfGh123/, 《AbCdEfGh123《), as escapes
// that the RegExp reads, so that the bundles stay ASCII (#18). No other letter delimits a token.
const TOKEN_SYMBOL = String.raw`[\p{Sc}\u3012\u0192#@%!/\uff01()\uff08\uff09\uff0f\u300a\u300b\u300c\u300d]`;
/** 10–14 letters and digits between two symbols. */
const TOKEN = once(() => new RegExp(String.raw`${TOKEN_SYMBOL}([A-Za-z0-9]{10,14})${TOKEN_SYMBOL}`, 'gu'));

export interface TokenMatch {
  /** The token with its symbols, as it appears in the text. */
  token: string;
  /** The text with the token blanked out, to look for keywords in. */
  rest: string;
}

/** A slash, half- or full-width: between slashes a token may also be a segment of a path. */
const isSlash = (character: string | undefined): boolean => character === '/' || character === '\uff0f';

/**
 * The first share token in the text. A run of digits alone (a phone number) is not one, nor a
 * segment of a path (abc/AbCdEfGh123/def): a slash that delimits a token has no letter before it,
 * nor a letter or digit after it.
 */
export function findToken(text: string): TokenMatch | null {
  for (const match of text.matchAll(TOKEN())) {
    if (!/[A-Za-z]/.test(match[1]!)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (isSlash(match[0][0]) && /[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    if (isSlash(match[0].at(-1)) && /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    const rest = `${text.slice(0, start)} ${text.slice(end)}`;
    return { token: match[0], rest };
  }
  return null;
}

/** The sources whose share-text keywords occur in the text (both folded: 淘♂寳♀ is 淘宝; and as disguised: 淘bao, jing东, keyword-pattern.ts), each once, in the order they appear. */
export function namedSources(sources: Iterable<Source>, text: string): KeywordMatch[] {
  const haystack = foldKeywordText(text);
  const found: { match: KeywordMatch; at: number }[] = [];
  for (const source of sources) {
    let first: { match: KeywordMatch; at: number } | undefined;
    const { keywords, notWithin } = foldedWords(source);
    const outside = notWithin.length === 0 ? [] : spansOf(haystack, notWithin);
    for (let index = 0; index < keywords.length; index++) {
      const at = indexOfKeyword(haystack, keywords[index]!, outside);
      if (at >= 0 && (!first || at < first.at)) first = { match: { source, keyword: source.shareText!.keywords[index]! }, at };
    }
    if (first) found.push(first);
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.match);
}

/** A keyword of ASCII letters and digits (jd, taobao), found as a word of its own; or one with another character, as disguised (keyword-pattern.ts). */
type Keyword = { word: RegExp } | { pattern: KeywordPattern };

/** A source's share-text keywords and notWithin words, folded as a text is (foldKeywordText), once per source: a batch reads thousands of texts. */
const folded = new WeakMap<Source, { keywords: Keyword[]; notWithin: KeywordPattern[] }>();

const foldWord = (word: string): string => foldKeywordText(word).trim();

/** A folded keyword as indexOfKeyword finds it: a word of its own; not part of a model or part number, joined by - _ or . to letters and digits (JD-2000, 2000-jd). */
const keywordOf = (word: string): Keyword =>
  /^[a-z0-9]+$/.test(word) ? { word: new RegExp(`(?<![a-z0-9])(?<![0-9][-_.])${word}(?![a-z0-9])(?![-_.][a-z0-9]*[0-9])`, 'g') } : { pattern: keywordPattern(word) };

function foldedWords(source: Source): { keywords: Keyword[]; notWithin: KeywordPattern[] } {
  let words = folded.get(source);
  if (words === undefined) {
    words = { keywords: (source.shareText?.keywords ?? []).map(foldWord).map(keywordOf), notWithin: (source.shareText?.notWithin ?? []).map(foldWord).map(keywordPattern) };
    folded.set(source, words);
  }
  return words;
}

/** A group's otherApps, folded and made into keywords once per list. */
const foldedApps = new WeakMap<readonly string[], Keyword[]>();

/**
 * The first of the app names given (a group's otherApps: 闲鱼) that the text names, read as a
 * source's keywords are (folded and as disguised: 閒·魚); undefined for none.
 */
export function namedApp(apps: readonly string[], text: string): string | undefined {
  if (apps.length === 0) return undefined;
  let keywords = foldedApps.get(apps);
  if (keywords === undefined) foldedApps.set(apps, (keywords = apps.map(foldWord).map(keywordOf)));
  const haystack = foldKeywordText(text);
  const index = keywords.findIndex((keyword) => indexOfKeyword(haystack, keyword, []) >= 0);
  return index < 0 ? undefined : apps[index];
}

/** Where the words that hold a keyword and name something else (notWithin: 南京东路 holds 京东) stand in the text, as disguised too. */
function spansOf(haystack: string, words: readonly KeywordPattern[]): { at: number; end: number }[] {
  const spans: { at: number; end: number }[] = [];
  for (const { disguised } of words) {
    disguised.lastIndex = 0;
    for (let match = disguised.exec(haystack); match !== null; match = disguised.exec(haystack)) {
      spans.push({ at: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) disguised.lastIndex++;
    }
  }
  return spans;
}

/**
 * Where the keyword first occurs outside the words that hold it and name something else
 * (`notWithin`: 京东 in 南京东路 names no JD). A keyword of ASCII letters and digits (jd, taobao)
 * must stand as a word of its own, so "jd" is not found in "ajdx"; other keywords (淘宝) are
 * found anywhere, as Chinese is written without spaces, and as disguised (keywordAt).
 */
function indexOfKeyword(haystack: string, keyword: Keyword, outside: readonly { at: number; end: number }[]): number {
  for (let from = 0; ; ) {
    let found: { at: number; end: number } | null;
    if ('word' in keyword) {
      keyword.word.lastIndex = from;
      const match = keyword.word.exec(haystack);
      found = match === null ? null : { at: match.index, end: match.index + match[0].length };
    } else {
      found = keywordAt(haystack, keyword.pattern, from);
    }
    if (found === null) return -1;
    const { at, end } = found;
    if (!outside.some((span) => span.at <= at && end <= span.end)) return at;
    from = at + 1;
  }
}
