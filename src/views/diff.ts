// What changed between two moments: every platform, source and surface whose
// verdict differs, with the engine's answers before and after.
import type { Catalog } from '../engine/catalog.js';
import { check, type Answer } from '../engine/check.js';
import type { Platform } from '../model/types.js';

export interface VerdictChange {
  before: Answer;
  after: Answer;
}

/** The two instants to compare, read in each platform's own time zone. */
export type InstantsFor = (platform: Platform) => { before: number; after: number };

export function diffOf(catalog: Catalog, instantsFor: InstantsFor, filter: { platforms?: readonly string[]; asKnownOn?: string } = {}): VerdictChange[] {
  const known = filter.asKnownOn ? { asKnownOn: filter.asKnownOn } : {};
  const changes: VerdictChange[] = [];
  for (const platform of catalog.platforms.values()) {
    if (filter.platforms && !filter.platforms.includes(platform.id)) continue;
    const { before: first, after: second } = instantsFor(platform);
    for (const source of catalog.sources.values()) {
      for (const surface of platform.surfaces) {
        const query = { platform: platform.id, source: source.id, surface: surface.id, ...known };
        const before = check(catalog, { ...query, at: first });
        const after = check(catalog, { ...query, at: second });
        if (before.verdict !== after.verdict) changes.push({ before, after });
      }
    }
  }
  return changes;
}
