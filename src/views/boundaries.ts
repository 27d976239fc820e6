// Where an answer can change: the instants at which a rule starts, becomes
// certain, ends its phase-in or ends. Between two of them every answer holds.
import type { Catalog, CompiledRule } from '../engine/catalog.js';

/** Each catalog's rules by platform and surface, in catalog order: a timeline asks for every source on each (#18). */
const byPlacement = new WeakMap<readonly CompiledRule[], Map<string, CompiledRule[]>>();

/** The rules that could decide a platform, source and surface, in catalog order. */
export function rulesFor(catalog: Catalog, platform: string, source: string, surface: string): CompiledRule[] {
  let placements = byPlacement.get(catalog.rules);
  if (placements === undefined) {
    placements = new Map();
    for (const rule of catalog.rules) {
      for (const on of new Set(rule.rule.surfaces)) {
        const key = `${rule.rule.platform}\u0000${on}`;
        const list = placements.get(key);
        if (list) list.push(rule);
        else placements.set(key, [rule]);
      }
    }
    byPlacement.set(catalog.rules, placements);
  }
  return (placements.get(`${platform}\u0000${surface}`) ?? []).filter((rule) => rule.covers.has(source));
}

/** The finite boundaries of the rules, sorted, each once. */
export function boundariesOf(rules: readonly CompiledRule[]): number[] {
  const instants = new Set<number>();
  for (const rule of rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && Number.isFinite(instant)) instants.add(instant);
    }
  }
  return [...instants].sort((a, b) => a - b);
}
