// Finds a share-text keyword (淘宝, 京东, 天猫 …) in a folded text (model/keyword-fold.ts) as share texts disguise it to
// get past chat filters: a character written in pinyin (淘bao, jing东, 天mao), and symbols, spaces,
// punctuation or brackets between the characters (淘-宝, 淘 宝, 【淘】【宝】). See docs/links.md.
import { CJK } from '../model/keyword-fold.js';
import { codePointBefore } from './code-points.js';

/**
 * The pinyin of the characters the built-in keywords and their notWithin words hold (rules/sources.json),
 * folded (keyword-fold.ts: simplified, lower-case): 淘 宝 手 口 令 天 猫 京 东 微 店 南 北 方. A character of a
 * user's keyword that is not here is matched as written only.
 */
const PINYIN: Readonly<Record<string, string>> = {
  '\u6dd8': 'tao',
  '\u5b9d': 'bao',
  '\u624b': 'shou',
  '\u53e3': 'kou',
  '\u4ee4': 'ling',
  '\u5929': 'tian',
  '\u732b': 'mao',
  '\u4eac': 'jing',
  '\u4e1c': 'dong',
  '\u5fae': 'wei',
  '\u5e97': 'dian',
  '\u5357': 'nan',
  '\u5317': 'bei',
  '\u65b9': 'fang',
};

/**
 * Between two characters of a keyword, a disguise: ASCII symbols as keyword-fold.ts keeps them beside
 * pinyin (淘-bao), spaces (the full-width space folds to one), sentence punctuation and brackets
 * (、，。 and their folded forms, ()【】[]). Symbols and emoji are gone already (keyword-fold.ts).
 */
const SEPARATOR = String.raw`[-._/+~|*^=\\ \t,\u3001\u3002()\[\]\u3010\u3011]`;
/** The separators that also part words in ordinary text: a keyword split by one counts only standing apart from CJK text (keywordAt). */
const PARTING = /[ \t,\u3001\u3002()[\]\u3010\u3011]/u;
/** At most this many separators between two characters of a keyword. */
const MOST_BETWEEN = 3;

export interface KeywordPattern {
  /** The keyword as disguised: its characters, each also in pinyin, with separators between them. */
  disguised: RegExp;
  /** The keyword's pinyin written as one word (tianmao, jingdong), when each of its characters has one. */
  joined: RegExp | undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A folded keyword of at least one CJK character, as keywordAt finds it. */
export function keywordPattern(keyword: string): KeywordPattern {
  // A unit is a CJK character, or a run of anything else (the tao of tao宝).
  const units = keyword.match(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? [];
  const parts = units.map((unit, index) => {
    // Letters must not run on from a word of letters or digits before or after the keyword (Beijing东, 淘baobei, xiaotao宝).
    const before = index === 0 ? '(?<![a-z0-9])' : '';
    const after = index === units.length - 1 ? '(?![a-z0-9])' : '';
    const pinyin = PINYIN[unit];
    if (pinyin === undefined) return /^[a-z0-9]/u.test(unit) ? `${before}${escape(unit)}${after}` : escape(unit);
    return `(?:${escape(unit)}|${before}${pinyin}${after})`;
  });
  const disguised = new RegExp(parts.join(`${SEPARATOR}{0,${MOST_BETWEEN}}`), 'gu');
  const all = units.every((unit) => PINYIN[unit] !== undefined) && units.length > 1;
  const joined = all ? new RegExp(`(?<![a-z0-9])${units.map((unit) => PINYIN[unit]).join('')}(?![a-z0-9])`, 'gu') : undefined;
  return { disguised, joined };
}

/**
 * Where the keyword first occurs in the folded text from `from` on, and how long it is there; null for
 * nowhere. A disguised match must hold one CJK character at least (bao, dong, mao and tao bao are
 * words), and one split by a separator that also parts words (a space, 、，。, a bracket) must stand
 * apart from CJK text before and after it: 今天，猫粮 and 北京 东西 name nothing, 👉淘 宝👈 does.
 */
export function keywordAt(text: string, { disguised, joined }: KeywordPattern, from: number): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (let start = from; ; ) {
    disguised.lastIndex = start;
    const match = disguised.exec(text);
    if (match === null) break;
    const end = match.index + match[0].length;
    if (heldAs(text, match[0], match.index, end)) {
      best = { at: match.index, end };
      break;
    }
    start = match.index + 1;
  }
  if (joined !== undefined) {
    joined.lastIndex = from;
    const match = joined.exec(text);
    if (match !== null && (best === null || match.index < best.at)) best = { at: match.index, end: match.index + match[0].length };
  }
  return best;
}

/** Whether a disguised match is the keyword as keywordAt says. */
function heldAs(text: string, found: string, at: number, end: number): boolean {
  if (![...found].some((character) => CJK().test(character))) return false;
  if (!PARTING.test(found)) return true;
  const before = at > 0 && CJK().test(String.fromCodePoint(codePointBefore(text, at)));
  const after = end < text.length && CJK().test(String.fromCodePoint(text.codePointAt(end)!));
  return !before && !after;
}
