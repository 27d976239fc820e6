// Resolves what a person typed (an id or an alias, Chinese included) to a
// canonical id, or explains what would be valid.
import type { Platform, Source, Surface } from '../model/types.js';
import type { Catalog } from './catalog.js';
import { normalizeName } from './catalog-checks.js';
import { InputError } from './errors.js';

interface Named {
  id: string;
  aliases: readonly string[];
}

export function resolvePlatform(catalog: Catalog, input: string): Platform {
  return resolveNamed('platform', [...catalog.platforms.values()], input);
}

export function resolveSource(catalog: Catalog, input: string): Source {
  return resolveNamed('source', [...catalog.sources.values()], input);
}

export function resolveSurface(platform: Platform, input: string): Surface {
  return resolveNamed('surface', platform.surfaces, input, ` on ${platform.id}`);
}

/** The entity the input names, or undefined. */
export function findNamed<T extends Named>(entities: readonly T[], input: string): T | undefined {
  const key = normalizeName(input);
  return entities.find((entity) => normalizeName(entity.id) === key || entity.aliases.some((alias) => normalizeName(alias) === key));
}

function resolveNamed<T extends Named>(kind: string, entities: readonly T[], input: string, scope = ''): T {
  const found = findNamed(entities, input);
  if (found) return found;
  const suggestion = suggest(entities, input);
  const didYouMean = suggestion ? ` did you mean "${suggestion}"?` : '';
  const valid = entities.map((entity) => entity.id).join(', ');
  throw new InputError(`unknown ${kind} "${input}"${scope};${didYouMean} valid: ${valid} ("linkcheck rules list" shows aliases)`);
}

/** The closest id or alias by edit distance, if it is close enough to be a typo. */
export function suggest(entities: readonly Named[], input: string): string | undefined {
  const key = normalizeName(input);
  let best: { name: string; distance: number } | undefined;
  for (const entity of entities) {
    for (const name of [entity.id, ...entity.aliases]) {
      const distance = editDistance(key, normalizeName(name));
      if (!best || distance < best.distance) best = { name: entity.id, distance };
    }
  }
  if (!best) return undefined;
  const tolerance = Math.max(1, Math.floor(key.length / 3));
  return best.distance <= tolerance ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
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
