// Names a view filters by, read by the same functions as a check's: a source
// (a name, a link or a share text; a group's name, short link or share token stands for each
// member, as a check of it asks about every member) and a surface of any of the platforms.
import type { Catalog } from '../engine/catalog.js';
import { findNamed } from '../engine/resolve.js';
import { classifyInput } from '../link/classify.js';
import { classifyGroupName, groupAsked } from '../link/named-input.js';
import type { Platform } from '../model/types.js';

/**
 * The source ids the text names: one, or each member of the group its name (taobao, 淘宝联盟), short
 * link or share token asks about, a group's name before a source's as in a check (query/ask.ts);
 * empty when it names none. A timeline of taobao is then the tracks a check of taobao answers from.
 */
export function sourcesNamed(catalog: Catalog, text: string): string[] {
  const named = classifyGroupName(catalog, text);
  if (named) return named.members.map((source) => source.id);
  const classified = classifyInput(catalog, text);
  if (classified.source) return [classified.source.id];
  const group = groupAsked(classified);
  if (!group) return [];
  return [...catalog.sources.values()].filter((source) => source.groups.includes(group.id)).map((source) => source.id);
}

/** The id of the surface the text names on any of the platforms (the same id on each), or undefined. */
export function surfaceNamed(platforms: readonly Platform[], text: string): string | undefined {
  for (const platform of platforms) {
    const surface = findNamed(platform.surfaces, text);
    if (surface) return surface.id;
  }
  return undefined;
}
