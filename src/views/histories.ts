// A track's history: its periods' starts and verdicts as its rules give them, found once for all
// the tracks with the same rules, and every placement's history as the build stores it for
// `timeline` to start from (periods.ts makes the tracks and periods from them).
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { rulesDeciding, verdictAmong, type Verdict } from '../engine/check.js';
import { boundariesOf } from './boundaries.js';
import type { StoredHistories, StoredHistory } from './history-file.js';

/** A period without its answer: what a run of verdicts and a chart's bar are drawn from. */
export interface Stretch {
  /** First instant; -Infinity when the period reaches back before anything on record. */
  from: number;
  /** Exclusive end; Infinity when open. */
  until: number;
  verdict: Verdict;
}

/**
 * A track's periods as its rules give them, found once for every track with the same rules (the
 * same rule objects in the same order): the periods then are the same, and so is everything drawn
 * from them. The built-in record's 345 tracks have 37 such histories, which the build stores
 * (storeHistories) for `timeline` to start from (#18).
 */
export interface History extends StoredHistory {
  /** Its periods without their answers, made when first drawn: the same for every track of the history. */
  stretches?: readonly Stretch[];
}

/**
 * The histories found so far, by their rules: bucketed by a number worked out from the rules (each
 * rule numbered when first met), then compared rule by rule, so that thousands of tracks with
 * thousands of rule sets are not each compared with every other.
 */
export class Histories {
  private readonly buckets = new Map<number, { deciding: readonly CompiledRule[]; bounding: readonly CompiledRule[]; history: History }[]>();
  private readonly numbers = new Map<CompiledRule, number>();

  of(deciding: readonly CompiledRule[], bounding: readonly CompiledRule[]): History {
    const key = this.keyOf(bounding, this.keyOf(deciding, deciding.length));
    let bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, (bucket = []));
    for (let index = 0; index < bucket.length; index++) {
      const made = bucket[index]!;
      if (sameRules(made.deciding, deciding) && sameRules(made.bounding, bounding)) return made.history;
    }
    const history = historyOf(deciding, bounding);
    bucket.push({ deciding, bounding, history });
    return history;
  }

  private keyOf(rules: readonly CompiledRule[], start: number): number {
    let key = start;
    for (let index = 0; index < rules.length; index++) {
      let number = this.numbers.get(rules[index]!);
      if (number === undefined) this.numbers.set(rules[index]!, (number = this.numbers.size + 1));
      key = (Math.imul(key, 31) + number) | 0;
    }
    return key;
  }
}

function sameRules(a: readonly CompiledRule[], b: readonly CompiledRule[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The periods' starts and verdicts: `deciding` decides at each boundary of `bounding`'s rules, and
 * of its own (as known on a day, a rule whose start was not yet reported starts later than the
 * record's, at its first evidence).
 */
function historyOf(deciding: readonly CompiledRule[], bounding: readonly CompiledRule[]): History {
  const boundaries = boundariesOf(deciding === bounding ? bounding : [...bounding, ...deciding]);
  // Before the first boundary nothing changes; ask one millisecond before it.
  const first = boundaries.length > 0 ? boundaries[0]! - 1 : 0;
  const starts = [-Infinity];
  const verdicts = [verdictAmong(deciding, first)];
  for (let index = 0; index < boundaries.length; index++) {
    const start = boundaries[index]!;
    const verdict = verdictAmong(deciding, start);
    if (verdicts[verdicts.length - 1] === verdict) continue;
    starts.push(start);
    verdicts.push(verdict);
  }
  return { starts, verdicts, first };
}

/**
 * The rules that decide the track, as check() finds them, once for the whole track, and those that
 * bound its periods: the record's own rules, also when it is read as known on a day.
 */
export function rulesOf(catalog: Catalog, platform: string, source: string, surface: string, asKnownOn: string | undefined): [deciding: readonly CompiledRule[], bounding: readonly CompiledRule[]] {
  // One query for both, no spread: a timeline makes hundreds of tracks at start-up, its code cold (#18).
  const atStart = { platform, source, surface, at: 0 };
  const bounding = rulesDeciding(catalog, atStart);
  const deciding = asKnownOn ? rulesDeciding(catalog, { platform, source, surface, at: 0, asKnownOn }) : bounding;
  return [deciding, bounding];
}

/**
 * Every placement's history, each distinct history once, with the platforms and sources they are of:
 * what the build stores beside the snapshot of the built-in record, for a timeline of it to start
 * from (views/history-file.ts, #18).
 */
export function storeHistories(catalog: Catalog): StoredHistories {
  const found = new Histories();
  const numbered = new Map<History, number>();
  const stored: StoredHistories = {
    histories: [],
    placements: [],
    platforms: [...catalog.platforms.values()].map((platform) => [platform.id, platform.timeZone, platform.surfaces.map((surface) => surface.id)]),
    sources: [...catalog.sources.keys()],
  };
  for (const platform of catalog.platforms.values()) {
    for (const source of catalog.sources.values()) {
      for (const surface of platform.surfaces) {
        const history = found.of(...rulesOf(catalog, platform.id, source.id, surface.id, undefined));
        let number = numbered.get(history);
        if (number === undefined) {
          numbered.set(history, (number = stored.histories.length));
          stored.histories.push([history.first, history.starts.slice(1), [...history.verdicts]]);
        }
        stored.placements.push(number);
      }
    }
  }
  return stored;
}
