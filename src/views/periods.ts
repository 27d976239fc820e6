// A platform, source and surface over time: the periods during which the
// engine's answer stays the same. Each period's verdict is the engine's own,
// asked at the period's first instant.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import type { Platform, Source, Surface } from '../model/types.js';
import { check, rulesDeciding, verdictAmong, type Answer, type Verdict } from '../engine/check.js';
import { boundariesOf } from './boundaries.js';

export interface Period {
  /** First instant; -Infinity when the period reaches back before anything on record. */
  from: number;
  /** Exclusive end; Infinity when open. */
  until: number;
  verdict: Verdict;
  /** The answer at the period's first instant (its rule, reason and evidence), made when first read. */
  readonly answer: Answer;
}

export interface Track {
  platform: string;
  source: string;
  surface: string;
  periods: Period[];
}

export interface TrackQuery {
  platform: string;
  source: string;
  surface: string;
  asKnownOn?: string;
}

export function trackOf(catalog: Catalog, query: TrackQuery): Track {
  return trackWith(catalog, query, new Histories());
}

/**
 * A track's periods as its rules give them, found once for every track with the same rules (the
 * same rule objects in the same order): the periods then are the same, and so is everything drawn
 * from them. At start-up `timeline` draws 228 tracks from 37 such histories (#18).
 */
interface History {
  /** Each period's first instant, -Infinity first. */
  readonly starts: readonly number[];
  readonly verdicts: readonly Verdict[];
  /** The instant the first period's answer is asked at: one millisecond before the first boundary. */
  readonly first: number;
}

/**
 * The histories found so far, by their rules: bucketed by a number worked out from the rules (each
 * rule numbered when first met), then compared rule by rule, so that thousands of tracks with
 * thousands of rule sets are not each compared with every other.
 */
class Histories {
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

/** The periods' starts and verdicts: `deciding` decides at each boundary of `bounding`'s rules. */
function historyOf(deciding: readonly CompiledRule[], bounding: readonly CompiledRule[]): History {
  const boundaries = boundariesOf(bounding);
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

/** The history each track's periods were made from, by the periods as made: the same object for tracks whose periods are the same. */
const historyByPeriods = new WeakMap<readonly Period[], History>();

/**
 * An object shared by every track whose periods were made from the same rules (so are the same),
 * for a renderer to draw them once; undefined for periods made elsewhere.
 */
export function sameHistory(periods: readonly Period[]): object | undefined {
  return historyByPeriods.get(periods);
}

function trackWith(catalog: Catalog, query: TrackQuery, histories: Histories): Track {
  const { platform, source, surface, asKnownOn } = query;
  // The rules that decide, as check() finds them, once for the whole track; the boundaries are
  // those of the record's own rules, also when it is read as known on a day.
  // One query for both, no spread: a timeline makes hundreds of tracks at start-up, its code cold (#18).
  const atStart = { platform, source, surface, at: 0 };
  const bounding = rulesDeciding(catalog, atStart);
  const deciding = asKnownOn ? rulesDeciding(catalog, { platform, source, surface, at: 0, asKnownOn }) : bounding;
  const history = histories.of(deciding, bounding);
  const asked: Asked = { catalog, query };
  // The verdict at each boundary; the whole answer only for a period that is read for it (a chart is not).
  const { starts, verdicts } = history;
  const periods: Period[] = new Array(starts.length);
  for (let index = 0; index < starts.length; index++) {
    const period = new LazyPeriod(starts[index]!, verdicts[index]!, asked, index === 0 ? history.first : starts[index]!);
    if (index + 1 < starts.length) period.until = starts[index + 1]!;
    periods[index] = period;
  }
  historyByPeriods.set(periods, history);
  return { platform, source, surface, periods };
}

/** What a track's periods ask check() when their answer is read: one object for the whole track. */
interface Asked {
  catalog: Catalog;
  query: TrackQuery;
}

/** A period whose answer is made when first read; a class, so that its getter is made once, not once a period (#18). */
class LazyPeriod implements Period {
  from: number;
  until = Infinity;
  verdict: Verdict;
  readonly #asked: Asked;
  /** The instant asked: the period's first, or for the first period one millisecond before the first boundary. */
  readonly #at: number;
  #answer: Answer | undefined;

  constructor(from: number, verdict: Verdict, asked: Asked, at: number) {
    this.from = from;
    this.verdict = verdict;
    this.#asked = asked;
    this.#at = at;
  }

  get answer(): Answer {
    if (this.#answer === undefined) {
      const { catalog, query } = this.#asked;
      const { platform, source, surface } = query;
      this.#answer = check(catalog, { platform, source, surface, at: this.#at, ...(query.asKnownOn ? { asKnownOn: query.asKnownOn } : {}) });
    }
    return this.#answer;
  }
}

/** The definitions a track is of, as its answers name them (check() takes them from the catalog). */
export interface TrackPlace {
  platform: Platform;
  source: Source;
  surface: Surface;
}

const places = new WeakMap<Track, TrackPlace>();

/**
 * The platform, source and surface of a track made by tracksOf, for a renderer to name them
 * without an answer: in Chinese, a timeline named each of its hundreds of tracks from the answer
 * of its first period, a whole check each (#18). Undefined for a track made elsewhere.
 */
export function placeOf(track: Track): TrackPlace | undefined {
  return places.get(track);
}

/** Every platform, source and surface the filters leave, in catalog order. */
export function tracksOf(
  catalog: Catalog,
  filter: { platforms?: readonly string[]; sources?: readonly string[]; surfaces?: readonly string[]; asKnownOn?: string },
): Track[] {
  const tracks: Track[] = [];
  const histories = new Histories();
  for (const platform of catalog.platforms.values()) {
    if (filter.platforms && !filter.platforms.includes(platform.id)) continue;
    for (const source of catalog.sources.values()) {
      if (filter.sources && !filter.sources.includes(source.id)) continue;
      for (const surface of platform.surfaces) {
        if (filter.surfaces && !filter.surfaces.includes(surface.id)) continue;
        const query = filter.asKnownOn ? { platform: platform.id, source: source.id, surface: surface.id, asKnownOn: filter.asKnownOn } : { platform: platform.id, source: source.id, surface: surface.id };
        const track = trackWith(catalog, query, histories);
        places.set(track, { platform, source, surface });
        tracks.push(track);
      }
    }
  }
  return tracks;
}
