// An entry a list of a definition or a rule gives twice (an alias, a domain, a surface, a source
// of a selector): harmless to the answers, but a sign of a slip (one meant to be another entry),
// and never what the writer meant to say. Reported at the second, naming the first.
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
import type { Group, Platform, Rule, Source } from '../model/types.js';
import { selectorParts } from './catalog.js';
import { readAlike } from './names.js';

/** Each entry of the list the same (by `key`) as an earlier one. */
function repeated(list: readonly string[] | undefined, path: string, file: string, problems: Problem[], key: (entry: string) => string = (entry) => entry): void {
  if (list === undefined || list.length < 2) return;
  const firsts = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = firsts.get(key(entry));
    if (first === undefined) firsts.set(key(entry), index);
    else problems.push(problem('duplicate-entry', { value: entry, first: `${path}[${first}]` }, file, `${path}[${index}]`));
  });
}

/** Names are compared as they are looked up (names.ts): "JD" and "jd" are one alias. */
export function repeatedInDefinition(kind: 'platform' | 'group' | 'source', value: Platform | Group | Source, path: string, file: string, problems: Problem[]): void {
  repeated(value.aliases, `${path}.aliases`, file, problems, readAlike);
  if (kind === 'platform') (value as Platform).surfaces.forEach((surface, index) => repeated(surface.aliases, `${path}.surfaces[${index}].aliases`, file, problems, readAlike));
  if (kind === 'group') repeated((value as Group).shortLinks, `${path}.shortLinks`, file, problems);
  if (kind === 'source') {
    const source = value as Source;
    repeated(source.groups, `${path}.groups`, file, problems);
    repeated(source.domains, `${path}.domains`, file, problems);
    repeated(source.shortLinks, `${path}.shortLinks`, file, problems);
    repeated(source.appSchemes, `${path}.appSchemes`, file, problems);
  }
}

/**
 * A rule's surfaces and its selector's entries. Its paths are written only when an entry is
 * repeated: 100,000 rules made 300,000 strings and 200,000 maps for none (#18).
 */
export function repeatedInRule(rule: Rule, index: number, file: string, problems: Problem[]): void {
  const { selected, selectorKey } = selectorParts(rule.sources);
  if (!hasRepeat(rule.surfaces) && !hasRepeat(selected)) return;
  repeated(rule.surfaces, `rules[${index}].surfaces`, file, problems);
  repeated(selected, `rules[${index}].sources.${selectorKey}`, file, problems);
}

/** Whether an entry of the list is the same as an earlier one: a short list compared pair by pair, without a map. */
function hasRepeat(list: readonly string[]): boolean {
  if (list.length > 16) return new Set(list).size < list.length;
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return true;
  }
  return false;
}
