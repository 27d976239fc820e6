// A platform, source and surface over time: the periods during which the
// engine's answer stays the same. Each period's verdict is the engine's own,
// asked at the period's first instant.
import type { Catalog } from '../engine/catalog.js';
import { check, verdictOf, type Answer, type Query, type Verdict } from '../engine/check.js';
import { boundariesOf, rulesFor } from './boundaries.js';

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
  const { platform, source, surface } = query;
  const at = (instant: number): Query => ({ platform, source, surface, at: instant, ...(query.asKnownOn ? { asKnownOn: query.asKnownOn } : {}) });
  const boundaries = boundariesOf(rulesFor(catalog, platform, source, surface));
  // Before the first boundary nothing changes; ask one millisecond before it.
  const first = boundaries.length > 0 ? boundaries[0]! - 1 : 0;
  const periods: Period[] = [];
  const starts = [-Infinity, ...boundaries];
  starts.forEach((start, index) => {
    const asked = at(index === 0 ? first : start);
    // The verdict at each boundary; the whole answer only for a period that is read for it (a chart is not).
    const verdict = verdictOf(catalog, asked);
    const previous = periods.at(-1);
    if (previous && previous.verdict === verdict) return;
    if (previous) previous.until = start;
    periods.push(period(start, verdict, () => check(catalog, asked)));
  });
  return { platform, source, surface, periods };
}

function period(from: number, verdict: Verdict, answerOf: () => Answer): Period {
  return new LazyPeriod(from, verdict, answerOf);
}

/** A period whose answer is made when first read; a class, so that its getter is made once, not once a period (#18). */
class LazyPeriod implements Period {
  from: number;
  until = Infinity;
  verdict: Verdict;
  readonly #answerOf: () => Answer;
  #answer: Answer | undefined;

  constructor(from: number, verdict: Verdict, answerOf: () => Answer) {
    this.from = from;
    this.verdict = verdict;
    this.#answerOf = answerOf;
  }

  get answer(): Answer {
    return (this.#answer ??= this.#answerOf());
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
