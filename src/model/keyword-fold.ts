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
};

/**
 * Symbols inserted between the characters of a name: ♂ ♀ · • ・ ‧ and emoji, with the variation
 * selectors that make a symbol show as an emoji (❤️ is U+2764 U+FE0F) and a keycap's frame.
 */
const INSERTED = once(() => /^[\p{So}\p{Sk}\u00B7\u2022\u2027\u2219\u30FB\u22C5\uFF65\u200B-\u200D\u2060\uFEFF\u00AD\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]$/u);
/**
 * ASCII symbols (and their full-width forms, folded to them) inserted between two CJK characters
 * (淘-宝, 淘.宝, 淘/宝): a disguise in Chinese text, which writes its own punctuation full-width.
 * Not the comma, colon and the rest that full-width sentence punctuation folds to (，：；！？):
 * dropped, they would join the words a sentence parts.
 */
const SEPARATORS = new Set(['-', '.', '_', '/', '+', '~', '|', '*', '^', '=', '\\']);

/** The text as keywords are looked for in it: NFKC, lower-case, inserted symbols dropped, traditional forms simplified. */
export function foldKeywordText(text: string): string {
  let out = '';
  let previous = '';
  // A run of separators after a CJK character, held until the next character says whether it is one.
  let held = '';
  for (const character of text.normalize('NFKC').toLowerCase()) {
    if (INSERTED().test(character)) continue;
    const folded = SIMPLIFIED[character] ?? character;
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
