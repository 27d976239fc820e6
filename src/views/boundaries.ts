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
  // Gathered, sorted and made unique in one array: no set, iterator or array per rule, for a
  // timeline asks this of every track at start-up (#18).
  const instants: number[] = [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    addFinite(instants, rule.start);
    addFinite(instants, rule.certainFrom);
    addFinite(instants, rule.phaseInUntil);
    addFinite(instants, rule.end);
  }
  sortSmall(instants);
  let kept = 0;
  for (let index = 0; index < instants.length; index++) {
    if (kept === 0 || instants[index] !== instants[kept - 1]) instants[kept++] = instants[index]!;
  }
  instants.length = kept;
  return instants;
}

function addFinite(instants: number[], instant: number | undefined): void {
  if (instant !== undefined && Number.isFinite(instant)) instants.push(instant);
}

/** Numbers in ascending order: by insertion when there are few (a placement's rules give a handful, and sort() copies), else by sort(). */
function sortSmall(numbers: number[]): void {
  if (numbers.length > 32) {
    numbers.sort((a, b) => a - b);
    return;
  }
  for (let index = 1; index < numbers.length; index++) {
    const value = numbers[index]!;
    let at = index;
    while (at > 0 && numbers[at - 1]! > value) {
      numbers[at] = numbers[at - 1]!;
      at--;
    }
    numbers[at] = value;
  }
}
