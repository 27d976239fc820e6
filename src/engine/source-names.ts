// Whether a rule's evidence names a source (its quotes, and the titles of outside reports): by its
// id, an alias, a domain, the first words of its name or a group it belongs to, in text folded for
// names (quote-meaning.ts foldForNames). The compiler asks it of a whole allow, to cover only the
// sources its evidence names (unnamedBy), as the lint asks it to say so (allow-source-unnamed);
// and of each piece of evidence, for the day an allow's evidence first named each source it covers
// (known-on.ts).
import type { Evidence, Group, Rule, Source } from '../model/types.js';
import { foldForNames } from './quote-meaning.js';

/** The names of a source a quote may use, folded for names. */
export function namesOf(source: Source, groupOf: (id: string) => Group | undefined): string[] {
  const groups = source.groups.flatMap((id) => {
    const group = groupOf(id);
    return group ? [group.id, ...group.aliases] : [];
  });
  // A name's words before any bracket or colon, in each language it is given in: "Douyin Shop" of "Douyin Shop (抖音小店, 抖店)".
  const given = typeof source.name === 'string' ? [source.name] : [source.name.en, source.name.zh].filter((name): name is string => name !== undefined);
  const leads = given.map((name) => name.split(/[(\uff08:\uff1a;\uff1b,\uff0c]/u)[0]!.trim());
  return [source.id, ...leads, ...source.aliases, ...source.domains, ...groups].map(foldForNames).filter((name) => name.length > 0);
}

/** The words of a piece of evidence that may name a source: its quote, and an outside report's title (its headline, as published with it). */
export function namingWords(evidence: Evidence): string[] {
  return 'title' in evidence && typeof evidence.title === 'string' ? [evidence.quote, evidence.title] : [evidence.quote];
}

/**
 * Whether any of the quotes (folded for names) holds one of the names: a name that begins or ends
 * with a Latin letter or digit as a word there, not inside a longer one ("jd" in "adjust", "ks" in
 * "links"); a Chinese name anywhere, as Chinese is written without spaces.
 */
export function named(names: readonly string[], foldedQuotes: readonly string[]): boolean {
  return names.some((name) => foldedQuotes.some((quote) => holdsName(quote, name)));
}

function holdsName(quote: string, name: string): boolean {
  const before = isWordCharacter(name.charCodeAt(0));
  const after = isWordCharacter(name.charCodeAt(name.length - 1));
  for (let at = quote.indexOf(name); at !== -1; at = quote.indexOf(name, at + 1)) {
    if ((!before || at === 0 || !isWordCharacter(quote.charCodeAt(at - 1))) && (!after || at + name.length === quote.length || !isWordCharacter(quote.charCodeAt(at + name.length)))) return true;
  }
  return false;
}

/** A Latin letter or digit (the text is folded to lower case). */
function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The sources among `covered` that none of an allow's quotes or reports' titles names, in its
 * order; none when it says its evidence covers every link of the kind (coversAnyLink). A source
 * the catalog lacks is left to the reference checks.
 */
export function unnamedBy(rule: Rule, covered: Iterable<string>, sourceOf: (id: string) => Source | undefined, groupOf: (id: string) => Group | undefined): string[] {
  if (rule.coversAnyLink) return [];
  const words = rule.evidence.flatMap(namingWords).map(foldForNames);
  const unnamed: string[] = [];
  for (const id of covered) {
    const source = sourceOf(id);
    if (source !== undefined && !named(namesOf(source, groupOf), words)) unnamed.push(id);
  }
  return unnamed;
}
