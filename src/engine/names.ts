// How ids, aliases and shown names are compared: the one normal form every lookup and check uses.

/** Characters that change the order text is shown in (bidirectional marks, embeddings, overrides and isolates). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Whether the text is one NFKC leaves as it is and in which nothing is ignorable: printable ASCII
 * and the CJK Unified Ideographs block alone. A loop, not a regular expression: V8 compiles a
 * pattern at its first test and again, to machine code, at its second, about 0.03 ms of a start
 * for each pattern a start tests (#18).
 */
function isPlain(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7e ? code < 0x4e00 || code > 0x9fff : code < 0x20) return false;
  }
  return true;
}

/**
 * Lower-cased, width-folded form under which ids and aliases are looked up. Characters that show
 * nothing and move nothing (zero-width space and joiners, soft hyphen, word joiner, variation
 * selectors: Unicode's Default_Ignorable_Code_Point but the bidirectional controls) are dropped,
 * so `j\u200bd` is the name `jd` it reads as. A bidirectional control is kept: `\u202etaobao`
 * shows as `oaboat`, and is no name.
 */
export function normalizeName(name: string): string {
  // Most names are printable ASCII or CJK unified ideographs alone: NFKC keeps each of them as it is
  // and none shows nothing, so the form is theirs lower-cased. A start compares a few dozen names,
  // a batch a few hundred, each otherwise normalised and searched (#18).
  if (isPlain(name)) return name.trim().toLowerCase();
  return name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, (character) => (character.match(BIDI_CONTROLS) ? character : ''))
    .trim()
    .toLowerCase();
}

/**
 * Cyrillic and Greek letters drawn as a Latin one is, each before the Latin letter it shows as (in
 * its own case: a capital Cyrillic Н shows as H, though its small letter does not). Written as
 * escapes so that the bundles stay ASCII.
 */
const LOOK_ALIKES =
  // Cyrillic capitals: А В Е Ѕ І Ј К М Н О Р С Т Х У Ү Ԛ Ԝ Һ Ӏ
  '\u0410A\u0412B\u0415E\u0405S\u0406I\u0408J\u041aK\u041cM\u041dH\u041eO\u0420P\u0421C\u0422T\u0425X\u0423Y\u04aeY\u051aQ\u051cW\u04baH\u04c0I' +
  // Cyrillic small letters: а е і ј о р с у х ѕ ԁ ԛ ԝ һ ү ӏ ѵ
  '\u0430a\u0435e\u0456i\u0458j\u043eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0501d\u051bq\u051dw\u04bbh\u04afy\u04cfl\u0475v' +
  // Greek capitals: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
  '\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039aK\u039cM\u039dN\u039fO\u03a1P\u03a4T\u03a5Y\u03a7X' +
  // Greek small letters: α ο ρ ι κ ν υ χ γ
  '\u03b1a\u03bfo\u03c1p\u03b9i\u03bak\u03bdv\u03c5u\u03c7x\u03b3y';
/** Each look-alike letter's Latin one, and a pattern of them: made when first asked, as only rule files' checks ask. */
let lookAlikes: { latin: ReadonlyMap<string, string>; pattern: RegExp } | undefined;

function latinLook(text: string): string {
  if (lookAlikes === undefined) {
    const latin = new Map(Array.from({ length: LOOK_ALIKES.length / 2 }, (_, pair) => [LOOK_ALIKES[2 * pair]!, LOOK_ALIKES[2 * pair + 1]!]));
    lookAlikes = { latin, pattern: new RegExp(`[${[...latin.keys()].join('')}]`, 'g') };
  }
  const { latin, pattern } = lookAlikes;
  return text.replace(pattern, (letter) => latin.get(letter)!);
}

/**
 * A name as it reads, under which a rule file's names are compared for clashes: normalizeName's
 * form without bidirectional controls, so that an alias `j\u202ed`, shown as `jd`, clashes with JD's,
 * and with each Cyrillic or Greek letter drawn as a Latin one read as that letter, so that an alias
 * `\u0458d` (a Cyrillic ј) or `\u0408D`, shown as `jd` and `JD`, does too. The letters are read in the
 * case they are written in, before the name is lower-cased.
 */
export function readAlike(name: string): string {
  return normalizeName(latinLook(name.normalize('NFKC'))).replace(BIDI_CONTROLS, '');
}

/** A name as a rule file writes it: one text, or one for each language. */
export type ShownName = string | { en?: string | undefined; zh?: string | undefined };

/**
 * Whether a shown name (a platform's, surface's, source's or group's name in a language),
 * normalised, is taken as input as an alias is: not one with a dot, colon or slash (NFKC folds
 * ．：／ and ｡), which may be read as a link ("JD.com products"), never as a name.
 */
export function isInputName(key: string): boolean {
  // Four searches, not a pattern V8 compiles at a start (isPlain).
  return !key.includes('.') && !key.includes(':') && !key.includes('/') && !key.includes('\u3002');
}

/** A scheme ("https:", "javascript:") or two labels joined by a dot of any width ("jd.com"). */
export function looksLikeLink(name: string): boolean {
  const folded = normalizeName(name).replace(/[\u3002\uff0e\uff61]/g, '.');
  // The dot first: a name without one never builds the pattern's letter classes (#18: a user's file of hundreds of names).
  return /^[a-z][a-z0-9+.-]*:/.test(folded) || folded.includes('//') || (folded.includes('.') && /[\p{L}\p{N}_-][.][\p{L}\p{N}_-]/u.test(folded));
}
