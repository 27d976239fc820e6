// A platform, source and surface over time: the periods during which the
// engine's answer stays the same. Each period's verdict is the engine's own,
// asked at the period's first instant.
import type { Catalog } from '../engine/catalog.js';
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
  const { platform, source, surface, asKnownOn } = query;
  // The rules that decide, as check() finds them, once for the whole track; the boundaries are
  // those of the record's own rules, also when it is read as known on a day.
  const deciding = rulesDeciding(catalog, { platform, source, surface, at: 0, ...(asKnownOn ? { asKnownOn } : {}) });
  const boundaries = boundariesOf(asKnownOn ? rulesDeciding(catalog, { platform, source, surface, at: 0 }) : deciding);
  const asked: Asked = { catalog, query };
  // Before the first boundary nothing changes; ask one millisecond before it.
  const first = boundaries.length > 0 ? boundaries[0]! - 1 : 0;
  // The verdict at each boundary; the whole answer only for a period that is read for it (a chart is not).
  let previous = new LazyPeriod(-Infinity, verdictAmong(deciding, first), asked, first);
  const periods: Period[] = [previous];
  for (let index = 0; index < boundaries.length; index++) {
    const start = boundaries[index]!;
    const verdict = verdictAmong(deciding, start);
    if (previous.verdict === verdict) continue;
    previous.until = start;
    periods.push((previous = new LazyPeriod(start, verdict, asked, start)));
  }
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

/** Every platform, source and surface the filters leave, in catalog order. */
export function tracksOf(
  catalog: Catalog,
  filter: { platforms?: readonly string[]; sources?: readonly string[]; surfaces?: readonly string[]; asKnownOn?: string },
): Track[] {
  const tracks: Track[] = [];
  for (const platform of catalog.platforms.values()) {
    if (filter.platforms && !filter.platforms.includes(platform.id)) continue;
    for (const source of catalog.sources.values()) {
      if (filter.sources && !filter.sources.includes(source.id)) continue;
      for (const surface of platform.surfaces) {
        if (filter.surfaces && !filter.surfaces.includes(surface.id)) continue;
        tracks.push(trackOf(catalog, { platform: platform.id, source: source.id, surface: surface.id, ...(filter.asKnownOn ? { asKnownOn: filter.asKnownOn } : {}) }));
      }
    }
  }
  return tracks;
}
