// How ids, aliases and shown names are compared: the one normal form every lookup and check uses.

/** Characters that change the order text is shown in (bidirectional marks, embeddings, overrides and isolates). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Text NFKC leaves as it is and in which nothing is ignorable: printable ASCII and the CJK Unified Ideographs block. */
const PLAIN = /^[\x20-\x7e\u4e00-\u9fff]*$/;

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
  if (PLAIN.test(name)) return name.trim().toLowerCase();
  return name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, (character) => (character.match(BIDI_CONTROLS) ? character : ''))
    .trim()
    .toLowerCase();
}

/**
 * A name as it reads, under which a rule file's names are compared for clashes: normalizeName's
 * form without bidirectional controls, so that an alias `j\u202ed`, shown as `jd`, clashes with JD's.
 */
export function readAlike(name: string): string {
  return normalizeName(name).replace(BIDI_CONTROLS, '');
}

/** A name as a rule file writes it: one text, or one for each language. */
export type ShownName = string | { en?: string | undefined; zh?: string | undefined };

/**
 * Whether a shown name (a platform's, surface's, source's or group's name in a language),
 * normalised, is taken as input as an alias is: not one with a dot, colon or slash (NFKC folds
 * ．：／ and ｡), which may be read as a link ("JD.com products"), never as a name.
 */
export function isInputName(key: string): boolean {
  return !/[.:/\u3002]/.test(key);
}

/** A scheme ("https:", "javascript:") or two labels joined by a dot of any width ("jd.com"). */
export function looksLikeLink(name: string): boolean {
  const folded = normalizeName(name).replace(/[\u3002\uff0e\uff61]/g, '.');
  // The dot first: a name without one never builds the pattern's letter classes (#18: a user's file of hundreds of names).
  return /^[a-z][a-z0-9+.-]*:/.test(folded) || folded.includes('//') || (folded.includes('.') && /[\p{L}\p{N}_-][.][\p{L}\p{N}_-]/u.test(folded));
}
