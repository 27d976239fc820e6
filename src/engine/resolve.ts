// Resolves what a person typed (an id, an alias or a shown name, Chinese included)
// to a canonical id, or explains what would be valid.
import { once } from '../model/once.js';
import type { AmbiguousName, Platform, Source, Surface } from '../model/types.js';
import type { Catalog } from './catalog.js';
import { isInputName, normalizeName, type ShownName } from './names.js';
import { inputError } from '../errors/errors.js';

interface Named {
  id: string;
  aliases: readonly string[];
  /** Shown in output, and taken as input as an alias is (compiling checks that no two things share one). */
  name?: ShownName;
}

export function resolvePlatform(catalog: Catalog, input: string): Platform {
  const platforms = [...catalog.platforms.values()];
  const found = findNamed(platforms, input);
  if (found) return found;
  throw inputError('unknown-platform', { input, valid: validIds(platforms), ...suggestion(platforms, input) });
}

export function resolveSource(catalog: Catalog, input: string): Source {
  const sources = [...catalog.sources.values()];
  const found = findNamed(sources, input);
  if (found) return found;
  throw inputError('unknown-source', { input, valid: validIds(sources), ...suggestion(sources, input) });
}

/** A name the platform marks as meaning several surfaces (小黄车) is refused, never guessed. */
export function resolveSurface(platform: Platform, input: string): Surface {
  const found = findNamed(platform.surfaces, input);
  if (found) return found;
  const ambiguous = ambiguousName(platform, input);
  if (ambiguous) {
    const choices = ambiguous.means.map((name) => `${name} → ${findNamed(platform.surfaces, name)?.id ?? 'no surface'}`).join(', ');
    throw inputError('ambiguous-surface', { input, platform: platform.id, choices });
  }
  throw inputError('unknown-surface', { input, platform: platform.id, valid: validIds(platform.surfaces), ...suggestion(platform.surfaces, input) });
}

/** The entity the input names (its id, an alias or a shown name), or undefined. */
export function findNamed<T extends Named>(entities: readonly T[], input: string): T | undefined {
  const key = normalizeName(input);
  return entities.find((entity) => namesOf(entity).has(key));
}

/** findNamed over a list that does not change, by a map of its normalised names made once: a batch asks for thousands of names (#18). */
export function namedIn<T extends Named>(entities: readonly T[]): (input: string) => T | undefined {
  const byName = new Map<string, T>();
  for (const entity of entities) for (const name of namesOf(entity)) if (!byName.has(name)) byName.set(name, entity);
  return (input) => byName.get(normalizeName(input));
}

/** Each entity's id, aliases and shown names, normalised once, as a set: a batch asks for thousands of names (#18), and more names cost a look-up nothing. */
const normalised = new WeakMap<Named, ReadonlySet<string>>();

function namesOf(entity: Named): ReadonlySet<string> {
  let names = normalised.get(entity);
  if (names === undefined) {
    const found = new Set([entity.id, ...entity.aliases].map(normalizeName));
    const { name } = entity;
    for (const shown of typeof name === 'object' ? [name.en, name.zh] : [name]) {
      const key = shown === undefined ? '' : normalizeName(shown);
      if (key !== '' && isInputName(key)) found.add(key);
    }
    normalised.set(entity, (names = found));
  }
  return names;
}

/** The platform's entry for a name that means more than one of its surfaces, if the input is one. */
export function ambiguousName(platform: Platform, input: string): AmbiguousName | undefined {
  const key = normalizeName(input);
  return platform.ambiguousNames?.find((entry) => entry.names.some((name) => normalizeName(name) === key));
}

/**
 * The closest id by its id or aliases, if it is close enough to be a typo: at
 * most one edit in three characters, none in a name of one or two (微店 is not a
 * typo of 抖店), and, for names shorter than six characters, only in the same
 * script (dy is not a typo of 抖音).
 */
export function suggest(entities: readonly Named[], input: string): string | undefined {
  const key = [...normalizeName(input)];
  const tolerance = Math.floor(key.length / 3);
  if (tolerance === 0) return undefined;
  const script = scriptOf(key);
  let best: { name: string; distance: number } | undefined;
  for (const entity of entities) {
    for (const name of [entity.id, ...entity.aliases]) {
      const other = [...normalizeName(name)];
      if (Math.abs(other.length - key.length) > tolerance) continue;
      if (key.length < 6 && scriptOf(other) !== script) continue;
      const distance = editDistance(key, other);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { name: entity.id, distance };
    }
  }
  return best?.name;
}

/**
 * Ids close to the input, for a rule id: those within typo distance, and those
 * that contain every hyphen-separated part of the input (kuaishou-2022-03-jd →
 * kuaishou-2022-03-jd-live-cart-cut). At most `max`, closest first.
 */
export function closeIds(ids: readonly string[], input: string, max = 3): string[] {
  const key = normalizeName(input);
  const typo = suggest(ids.map((id) => ({ id, aliases: [] })), key);
  const parts = key.split('-').filter((part) => part !== '');
  const containing = parts.length < 2 ? [] : ids.filter((id) => {
    const own = id.split('-');
    return parts.every((part) => own.includes(part));
  });
  return [...new Set([...(typo ? [typo] : []), ...containing])].slice(0, max);
}

/** "taobao" or "a", "b" or "c": the suggestion as messages quote it. */
export function quoteChoices(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function suggestion(entities: readonly Named[], input: string): { suggestion?: string } {
  const guess = suggest(entities, input);
  return guess ? { suggestion: quoteChoices([guess]) } : {};
}

function validIds(entities: readonly Named[]): string {
  return entities.map((entity) => entity.id).join(', ');
}

const HAN = once(() => /\p{Script=Han}/u);

function scriptOf(characters: readonly string[]): 'han' | 'other' {
  return characters.some((character) => HAN().test(character)) ? 'han' : 'other';
}

/** The edits (a character added, removed or changed) that make one sequence of characters the other. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
