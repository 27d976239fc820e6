// Each rule list's rules sorted into their placements (platform, surface, source): what check()
// and the verdict index look a query's rules up in.
import type { CompiledRule } from './catalog.js';

/**
 * Each rule list's rules by platform, then surface, then source (UNKNOWN_SOURCE: a link of no
 * known source), in list order. Maps within maps, not a key string for each rule, surface and
 * source: for 10,000 user rules the strings were most of a batch's first check (#18).
 */
export type Placements = Map<string, Map<string, Map<string, CompiledRule[]>>>;
const placements = new WeakMap<readonly CompiledRule[], Placements>();
/** The source key of a link of no known source. */
export const UNKNOWN_SOURCE = '\u0000unknown';

/**
 * The rules sorted into their placements, once for each list: check() and the verdict index
 * share them, so that a batch sorts 10,000 user rules once, not twice (#18).
 */
export function placementsOf(rules: readonly CompiledRule[]): Placements {
  let bucket = placements.get(rules);
  if (bucket === undefined) {
    bucket = new Map();
    // The sources each selector covers as a list, once for all the rules that share its set: for…of
    // a set made an object a step, 20,000 of them for 10,000 user rules (#18).
    const lists = new Map<ReadonlySet<string>, string[]>();
    const listed = (covers: ReadonlySet<string>): string[] => {
      let list = lists.get(covers);
      if (list === undefined) lists.set(covers, (list = [...covers]));
      return list;
    };
    // Indexed: at start-up this code is cold, and for…of makes an object a step (#18).
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index]!;
      const { platform: on, surfaces } = rule.rule;
      let bySurface = bucket.get(on);
      if (bySurface === undefined) bucket.set(on, (bySurface = new Map()));
      for (let i = 0; i < surfaces.length; i++) {
        // A surface named twice counts once.
        if (surfaces.indexOf(surfaces[i]!) !== i) continue;
        let bySource = bySurface.get(surfaces[i]!);
        if (bySource === undefined) bySurface.set(surfaces[i]!, (bySource = new Map()));
        const covered = listed(rule.covers);
        for (let at = 0; at < covered.length; at++) add(bySource, covered[at]!, rule);
        if (rule.coversUnknown) add(bySource, UNKNOWN_SOURCE, rule);
      }
    }
    placements.set(rules, bucket);
  }
  return bucket;
}

function add(bucket: Map<string, CompiledRule[]>, key: string, rule: CompiledRule): void {
  const list = bucket.get(key);
  if (list) list.push(rule);
  else bucket.set(key, [rule]);
}
