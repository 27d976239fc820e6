// The verdict-only path: rules indexed by platform, surface and source, each
// key's verdict laid out in advance as a timeline, so that a query is three map
// look-ups and a binary search, whatever the number of rules. It decides with
// check()'s own precedence and decision at each stretch of the timeline, so the
// two agree by construction (test/engine/verdict-index.test.ts holds them to it).
import type { Catalog, CompiledRule } from './catalog.js';
import { check, type Verdict } from './check.js';
import { InputError } from './errors.js';
import { checkGroup } from './group-check.js';

/** A query whose names are already canonical ids, as check() takes it. */
export interface VerdictQuery {
  platform: string;
  /** A source id, or null for a link whose source is not recognised. */
  source: string | null;
  /** A group id (taobao-alliance): the query is about all its members at once, as checkGroup answers; source is then null. */
  group?: string;
  /** A link whose host cannot be told for sure: no rule covers it, as in check(), so the verdict is unknown. */
  ambiguousLink?: boolean;
  surface: string;
  /** Milliseconds since the epoch. */
  at: number;
}

export interface VerdictIndex {
  verdict(query: VerdictQuery): Verdict;
  verdicts(queries: readonly VerdictQuery[]): Verdict[];
  /** The verdict and the rule that decides it (null when none does), as check() (or checkGroup) gives them. */
  decision(query: VerdictQuery): Decision;
}

export interface Decision {
  verdict: Verdict;
  rule: CompiledRule | null;
}

const VERDICTS: readonly Verdict[] = ['allowed', 'denied', 'rolling-out', 'unknown'];
const UNKNOWN = 3;

/**
 * The verdict is constant between two consecutive instants at which a rule of
 * the key starts, becomes certain, ends its phase-in or ends. All timelines
 * share two arrays, for locality: timeline t's bounds are bounds[first[t] ..
 * first[t] + count[t]), the first instant of each stretch after the first, and
 * its verdicts codes[first[t] + t .. first[t] + t + count[t]]; stretch 0 runs
 * from the beginning of time.
 */
const UNKNOWN_SOURCE = '\u0000unknown';
/** Groups are keyed apart from sources, as a source and a group may share an id. */
const GROUP = '\u0000group:';

export function buildVerdictIndex(catalog: Catalog): VerdictIndex {
  const byKey = new Map<string, CompiledRule[]>();
  for (const rule of catalog.rules) {
    const ids = [...rule.covers, ...(rule.coversUnknown ? [UNKNOWN_SOURCE] : [])];
    for (const surface of rule.rule.surfaces) {
      for (const source of ids) {
        const key = `${rule.rule.platform}\u0000${surface}\u0000${source}`;
        const list = byKey.get(key);
        if (list) list.push(rule);
        else byKey.set(key, [rule]);
      }
    }
  }

  const allBounds: number[] = [];
  const allCodes: number[] = [];
  const allRules: (CompiledRule | null)[] = [];
  const firsts: number[] = [];
  const counts: number[] = [];
  // platform → surface → source → timeline number; a key without rules answers unknown.
  const index = new Map<string, Map<string, Map<string, number>>>();
  for (const platform of catalog.platforms.values()) {
    const surfaces = new Map<string, Map<string, number>>();
    for (const surface of platform.surfaces) {
      const sources = new Map<string, number>();
      for (const source of [...catalog.sources.keys(), UNKNOWN_SOURCE]) {
        const rules = byKey.get(`${platform.id}\u0000${surface.id}\u0000${source}`) ?? [];
        const { bounds, codes, deciding } = timeline(catalog, rules, platform.id, surface.id, source === UNKNOWN_SOURCE ? null : source);
        sources.set(source, firsts.length);
        firsts.push(allBounds.length);
        counts.push(bounds.length);
        allBounds.push(...bounds);
        allCodes.push(...codes);
        allRules.push(...deciding);
      }
      for (const group of catalog.groups.keys()) {
        const members = [...catalog.sources.values()].filter((source) => source.groups.includes(group));
        if (members.length === 0) continue;
        const rules = [...new Set(members.flatMap((member) => byKey.get(`${platform.id}\u0000${surface.id}\u0000${member.id}`) ?? []))];
        const { bounds, codes, deciding } = groupTimeline(catalog, rules, platform.id, surface.id, group);
        sources.set(GROUP + group, firsts.length);
        firsts.push(allBounds.length);
        counts.push(bounds.length);
        allBounds.push(...bounds);
        allCodes.push(...codes);
        allRules.push(...deciding);
      }
      surfaces.set(surface.id, sources);
    }
    index.set(platform.id, surfaces);
  }
  const bounds = Float64Array.from(allBounds);
  const codes = Uint8Array.from(allCodes);
  const first = Int32Array.from(firsts);
  const count = Int32Array.from(counts);

  /** Where the query's answer is kept in codes and allRules; -1 for an ambiguous link, which no rule covers. */
  const stretch = (query: VerdictQuery): number => {
    if (query.ambiguousLink === true) return -1;
    const surfaces = index.get(query.platform);
    if (!surfaces) throw new InputError(`unknown platform "${query.platform}"`);
    const sources = surfaces.get(query.surface);
    if (!sources) throw new InputError(`unknown surface "${query.surface}" of ${query.platform}`);
    const t = sources.get(query.group !== undefined ? GROUP + query.group : (query.source ?? UNKNOWN_SOURCE));
    if (t === undefined) throw new InputError(query.group !== undefined ? `unknown group "${query.group}"` : `unknown source "${query.source}"`);
    // How many of the timeline's bounds are at or before the instant: the stretch it falls in.
    const start = first[t]!;
    let low = start;
    let high = start + count[t]!;
    const at = query.at;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (bounds[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    return low + t;
  };
  const verdict = (query: VerdictQuery): Verdict => {
    const at = stretch(query);
    return at < 0 ? 'unknown' : VERDICTS[codes[at]!]!;
  };
  return {
    verdict,
    decision: (query) => {
      const at = stretch(query);
      return at < 0 ? { verdict: 'unknown', rule: null } : { verdict: VERDICTS[codes[at]!]!, rule: allRules[at]! };
    },
    verdicts: (queries) => {
      const answers = new Array<Verdict>(queries.length);
      for (let i = 0; i < queries.length; i++) answers[i] = verdict(queries[i]!);
      return answers;
    },
  };
}

/** Asks check() once per stretch, at its first instant: the same decision, made in advance. */
function timeline(catalog: Catalog, rules: readonly CompiledRule[], platform: string, surface: string, source: string | null): Stretches {
  return stretches(catalog, rules, (subset, at) => check(subset, { platform, source, surface, at }));
}

/** The same for a group, asking checkGroup over the rules of all its members. */
function groupTimeline(catalog: Catalog, rules: readonly CompiledRule[], platform: string, surface: string, group: string): Stretches {
  return stretches(catalog, rules, (subset, at) => checkGroup(subset, { platform, group, surface, at }));
}

/** A timeline: the instants where a stretch begins, and each stretch's verdict code and deciding rule. */
interface Stretches {
  bounds: number[];
  codes: number[];
  deciding: (CompiledRule | null)[];
}

function stretches(catalog: Catalog, rules: readonly CompiledRule[], decide: (subset: Catalog, at: number) => Decision): Stretches {
  const instants = new Set<number>();
  for (const rule of rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && Number.isFinite(instant)) instants.add(instant);
    }
  }
  const bounds = [...instants].sort((a, b) => a - b);
  const codes = [UNKNOWN];
  const deciding: (CompiledRule | null)[] = [null];
  if (rules.length === 0) return { bounds, codes, deciding };
  const subset: Catalog = { ...catalog, rules };
  for (const at of bounds) {
    const { verdict, rule } = decide(subset, at);
    codes.push(VERDICTS.indexOf(verdict));
    deciding.push(rule);
  }
  return { bounds, codes, deciding };
}
