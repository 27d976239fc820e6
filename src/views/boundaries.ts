// Where an answer can change: the instants at which a rule starts, becomes
// certain, ends its phase-in or ends. Between two of them every answer holds.
import type { Catalog, CompiledRule } from '../engine/catalog.js';

/** The rules that could decide a platform, source and surface. */
export function rulesFor(catalog: Catalog, platform: string, source: string, surface: string): CompiledRule[] {
  return catalog.rules.filter((rule) => rule.rule.platform === platform && rule.rule.surfaces.includes(surface) && rule.covers.has(source));
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
