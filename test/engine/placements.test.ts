// The rules sorted into their placements (platform, surface, source), which check() and the
// verdict index share: each placement holds exactly the rules that name its surface and cover its
// source, in catalog order, and a list is sorted once.
import { describe, expect, it } from 'vitest';
import { placementsOf, UNKNOWN_SOURCE } from '../../src/engine/placements.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();

describe('the rules of each placement', () => {
  it('are those naming its platform and surface and covering its source, in catalog order', () => {
    const placements = placementsOf(catalog.rules);
    let lists = 0;
    for (const platform of catalog.platforms.values()) {
      for (const surface of platform.surfaces) {
        for (const key of [...catalog.sources.keys(), UNKNOWN_SOURCE]) {
          const expected = catalog.rules.filter((rule) => rule.rule.platform === platform.id && rule.rule.surfaces.includes(surface.id) && (key === UNKNOWN_SOURCE ? rule.coversUnknown : rule.covers.has(key)));
          expect(placements.get(platform.id)?.get(surface.id)?.get(key) ?? [], `${platform.id} ${surface.id} ${key}`).toEqual(expected);
          if (expected.length > 0) lists++;
        }
      }
    }
    expect(lists).toBeGreaterThan(20);
  });

  it('are sorted once for each list of rules', () => {
    expect(placementsOf(catalog.rules)).toBe(placementsOf(catalog.rules));
    expect(placementsOf(catalog.rules.slice(1))).not.toBe(placementsOf(catalog.rules));
  });
});
