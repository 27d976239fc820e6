// Issue 9: a rule must never allow more than its evidence names. Over the shipped rules: an allow
// whose selector is wider than named sources (a group, or any source but some) decides for a source
// only if its evidence names that source, or the rule says in its data, quoting its evidence, that
// it covers every link; a link of no known source only in the second case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, CompiledRule } from '../../src/engine/catalog.js';
import { check } from '../../src/engine/check.js';
import { textIn } from '../../src/model/text.js';
import type { Source } from '../../src/model/types.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();

function names(source: Source): string[] {
  return [source.id, ...source.aliases, textIn(source.name, 'en').split(' (')[0]!, ...(typeof source.name === 'string' ? [] : [source.name.zh ?? ''])].filter((name) => name !== '').map((name) => name.toLowerCase());
}

function evidenceNames(rule: CompiledRule, source: Source): boolean {
  return rule.rule.evidence.some((evidence) => names(source).some((name) => evidence.quote.toLowerCase().includes(name)));
}

function saysEveryLink(rule: CompiledRule): boolean {
  const claim = rule.rule.coversAnyLink;
  return claim !== undefined && rule.rule.evidence.some((evidence) => evidence.quote.includes(claim.quote));
}

const wide = (rule: CompiledRule) => rule.rule.effect === 'allow' && !('ids' in rule.rule.sources);

/** Whether this allow may decide for this source (null: a link of no known source). */
function mayAllow(catalog: Catalog, rule: CompiledRule, sourceId: string | null): boolean {
  if (!wide(rule)) return true;
  if (saysEveryLink(rule)) return true;
  return sourceId !== null && evidenceNames(rule, catalog.sources.get(sourceId)!);
}

describe('allows wider than named sources', () => {
  it.each(catalog.rules.filter(wide).map((rule) => [rule.rule.id, rule] as const))('%s covers only what its evidence names, or says it covers every link', (_id, rule) => {
    for (const id of rule.covers) expect(mayAllow(catalog, rule, id), id).toBe(true);
    if (rule.coversUnknown) expect(saysEveryLink(rule)).toBe(true);
  });

  it('never allow a source, or an unrecognised link, their evidence does not name (any query)', () => {
    const platforms = [...catalog.platforms.values()];
    const sources = [null, ...catalog.sources.keys()];
    const query = fc.record({
      platform: fc.constantFrom(...platforms),
      source: fc.constantFrom(...sources),
      surfaceIndex: fc.nat(),
      at: fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2028, 0, 1) }),
    });
    fc.assert(
      fc.property(query, ({ platform, source, surfaceIndex, at }) => {
        const surface = platform.surfaces[surfaceIndex % platform.surfaces.length]!;
        const answer = check(catalog, { platform: platform.id, source, surface: surface.id, at });
        if (answer.verdict !== 'allowed' && answer.verdict !== 'rolling-out') return true;
        return answer.rule!.rule.effect === 'deny' || mayAllow(catalog, answer.rule!, source);
      }),
      { numRuns: 2000, seed: 9 },
    );
  });

  it('answer for an unrecognised host on Douyin in August 2020 is not allowed (issue 9)', () => {
    const at = Date.UTC(2020, 7, 14, 16);
    expect(check(catalog, { platform: 'douyin', source: null, surface: 'live-cart', at }).verdict).toBe('unknown');
  });
});
