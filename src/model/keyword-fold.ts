// Share texts write the app's name with look-alike and traditional characters so
// that chat apps do not filter it: 淘♂寳♀ for 淘宝, 咑閞 for 打开, 復·制 for 复制
// (see ../shared/research/share-texts.md). Keywords are matched after folding both
// the text and the keyword the same way. Per character, so linear in the text.
import { once } from './once.js';

/** A Chinese, Japanese or Korean character. */
export const CJK = once(() => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u);

/** Traditional and variant forms seen in share texts, to the simplified form the keywords use. */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  寳: '宝', 寶: '宝', 東: '东', 貓: '猫', 閞: '开', 開: '开', 咑: '打', 復: '复', 製: '制', 車: '车', 黃: '黄', 間: '间',
  點: '点', 擊: '击', 鏈: '链', 買: '买', 賣: '卖', 優: '优', 購: '购', 貝: '贝', 號: '号', 視: '视', 頻: '频', 讚: '赞', 贊: '赞',
  選: '选', 團: '团', 寫: '写', 啟: '启',
  // Not a form of 淘 but drawn like it (◇綯℡寳, 咑閞綯℡寳).
  綯: '淘',
};

/** A character written as its parts side by side, to the character (复制淘口令￥…￥移步到氵匋Bao). */
const JOINED: Readonly<Record<string, string>> = { 氵匋: '淘' };
const PARTS = once(() => new RegExp(Object.keys(JOINED).join('|'), 'gu'));

/**
 * Letters of other scripts drawn like Latin ones, as share texts write pinyin to get past chat
 * filters (👉τáǒЬáǒ👈 and 👉τаo宝аρρ👈 for taobao and 淘宝, with Greek and Cyrillic letters),
 * lower-case, to the Latin letter: Greek, Cyrillic and Latin letters that look like another.
 * Accents are dropped apart from this (foldLetter): á and ǒ are a and o.
 */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  а: 'a', в: 'b', е: 'e', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ь: 'b', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  ϳ: 'j', ı: 'i', ȷ: 'j', ɑ: 'a', ɡ: 'g',
};

const isAsciiLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** Whether the code is a combining accent (U+0300–U+036F: the acute, caron, macron… of pinyin's tones). */
const isAccent = (code: number): boolean => code >= 0x0300 && code <= 0x036f;

/**
 * A letter as keywords are compared: one drawn like a Latin letter (LATIN_LOOKALIKE) and a Latin,
 * Greek or Cyrillic letter with accents (á, ǒ, ā: pinyin with its tones, or a disguise) are the
 * plain Latin letter. Anything else is kept; only these scripts' letters are decomposed.
 */
function foldLetter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0xc0 || (code >= 0x0530 && code < 0x1e00) || code >= 0x2000) return character;
  const decomposed = character.normalize('NFD');
  let end = decomposed.length;
  while (end > 1 && isAccent(decomposed.charCodeAt(end - 1))) end--;
  const plain = end === 1 ? decomposed.slice(0, 1) : character;
  return LATIN_LOOKALIKE[plain] ?? (plain.charCodeAt(0) < 0x80 ? plain : character);
}

/**
 * Symbols inserted between the characters of a name: ♂ ♀ · • ・ ‧ and emoji, with the variation
 * selectors that make a symbol show as an emoji (❤️ is U+2764 U+FE0F) and a keycap's frame.
 */
const INSERTED = once(() => /^[\p{So}\p{Sk}\u00B7\u2022\u2027\u2219\u30FB\u22C5\uFF65\u200B-\u200D\u2060\uFEFF\u00AD\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]$/u);
/** Symbols that may stand for more than one character after NFKC (℡, ™, ¨): see foldKeywordText. */
const SPELT_OUT = once(() => /[\p{So}\p{Sk}]/gu);
/**
 * ASCII symbols (and their full-width forms, folded to them) inserted between two CJK characters
 * (淘-宝, 淘.宝, 淘/宝): a disguise in Chinese text, which writes its own punctuation full-width.
 * Not the comma, colon and the rest that full-width sentence punctuation folds to (，：；！？):
 * dropped, they would join the words a sentence parts.
 */
const SEPARATORS = new Set(['-', '.', '_', '/', '+', '~', '|', '*', '^', '=', '\\']);

/**
 * The text as keywords are looked for in it: NFKC, lower-case, inserted symbols dropped, traditional
 * and look-alike forms simplified, letters drawn like Latin ones and accented ones made plain Latin.
 */
export function foldKeywordText(text: string): string {
  let out = '';
  let previous = '';
  // A run of separators after a CJK character, held until the next character says whether it is one.
  let held = '';
  // A symbol that NFKC would spell out in letters (℡ is TEL, ™ is TM) is dropped first, as inserted (綯℡寳).
  const spelt = text.replace(SPELT_OUT(), (symbol) => (symbol.normalize('NFKC').length > 1 ? '' : symbol));
  for (const character of spelt.normalize('NFKC').toLowerCase().replace(PARTS(), (parts) => JOINED[parts]!)) {
    if (INSERTED().test(character)) continue;
    // A mark left apart from its letter (o and U+030C, not composed by NFKC) is the letter's accent.
    if (isAccent(character.charCodeAt(0)) && isAsciiLetter(out.charCodeAt(out.length - 1))) continue;
    const folded = SIMPLIFIED[character] ?? foldLetter(character);
    if (SEPARATORS.has(folded)) {
      if (held !== '' || (previous !== '' && CJK().test(previous))) {
        held += folded;
        continue;
      }
    } else if (held !== '') {
      if (!CJK().test(folded)) out += held;
      held = '';
    }
    out += folded;
    previous = folded;
  }
  return out + held;
}
