// A platform, source and surface over time: the periods during which the
// engine's answer stays the same. Each period's verdict is the engine's own,
// asked at the period's first instant.
import type { Catalog } from '../engine/catalog.js';
import type { Platform, Source, Surface } from '../model/types.js';
import { check, type Answer, type Verdict } from '../engine/check.js';
import { readStoredHistories, readStoredPlacements } from './history-file.js';
import { Histories, rulesOf, type History, type Stretch } from './histories.js';
import { storedHistoriesReader } from './stored-histories.js';

export type { Stretch } from './histories.js';

export interface Period extends Stretch {
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
  return new MadeTrack(platform, source, surface, new Histories().of(...rulesOf(catalog, platform, source, surface, asKnownOn)), catalog, asKnownOn);
}

/**
 * An object shared by every track made here from the same rules (so with the same periods), for a
 * renderer to draw them once; undefined for a track made elsewhere.
 */
export function sameHistory(track: Track): object | undefined {
  return track instanceof MadeTrack ? track.history : undefined;
}

/** The track's periods without their answers: for a track made here, shared with every track of the same history, with no period made for it. */
export function stretchesOf(track: Track): readonly Stretch[] {
  if (!(track instanceof MadeTrack)) return track.periods;
  const { history } = track;
  if (history.stretches === undefined) {
    const { starts, verdicts } = history;
    const stretches: Stretch[] = new Array(starts.length);
    for (let index = 0; index < starts.length; index++) stretches[index] = { from: starts[index]!, until: index + 1 < starts.length ? starts[index + 1]! : Infinity, verdict: verdicts[index]! };
    history.stretches = stretches;
  }
  return history.stretches;
}

/**
 * A track whose periods are made when first read, each with its answer made when that is read: a
 * timeline's text and chart draw from the history's stretches (stretchesOf) and read neither, for
 * hundreds of tracks at start-up (#18).
 */
class MadeTrack implements Track {
  #periods: Period[] | undefined;

  constructor(
    readonly platform: string,
    readonly source: string,
    readonly surface: string,
    readonly history: History,
    /** Where its periods' answers are asked; none for a track drawn from the build's stored timeline (tracksStored). */
    private readonly catalog: Catalog | undefined,
    private readonly asKnownOn: string | undefined,
    /** Its platform, source and surface as defined, when tracksOf made it (placeOf). */
    readonly place?: TrackPlace,
  ) {}

  get periods(): Period[] {
    if (this.#periods === undefined) {
      const { platform, source, surface, asKnownOn, catalog } = this;
      if (catalog === undefined) throw new Error('a track drawn from the stored timeline has no answers: draw it from the catalog');
      // The verdict at each boundary; the whole answer only for a period that is read for it.
      const asked: Asked = { catalog, query: asKnownOn ? { platform, source, surface, asKnownOn } : { platform, source, surface } };
      const { starts, verdicts, first } = this.history;
      const periods: Period[] = new Array(starts.length);
      for (let index = 0; index < starts.length; index++) {
        const period = new LazyPeriod(starts[index]!, verdicts[index]!, asked, index === 0 ? first : starts[index]!);
        if (index + 1 < starts.length) period.until = starts[index + 1]!;
        periods[index] = period;
      }
      this.#periods = periods;
    }
    return this.#periods;
  }
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

/**
 * The platform, source and surface of a track made by tracksOf, for a renderer to name them
 * without an answer: in Chinese, a timeline named each of its hundreds of tracks from the answer
 * of its first period, a whole check each (#18). Undefined for a track made elsewhere.
 */
export function placeOf(track: Track): TrackPlace | undefined {
  return track instanceof MadeTrack ? track.place : undefined;
}

/** Every platform, source and surface the filters leave, in catalog order. */
export function tracksOf(
  catalog: Catalog,
  filter: { platforms?: readonly string[]; sources?: readonly string[]; surfaces?: readonly string[]; asKnownOn?: string },
): Track[] {
  const tracks: Track[] = [];
  const histories = new Histories();
  // The build's histories of the record as it is, not as known on a day.
  const stored = filter.asKnownOn ? undefined : storedOf(catalog);
  let placement = 0;
  for (const platform of catalog.platforms.values()) {
    const first = placement;
    placement += catalog.sources.size * platform.surfaces.length;
    if (filter.platforms && !filter.platforms.includes(platform.id)) continue;
    let sourceIndex = -1;
    for (const source of catalog.sources.values()) {
      sourceIndex++;
      if (filter.sources && !filter.sources.includes(source.id)) continue;
      for (let surfaceIndex = 0; surfaceIndex < platform.surfaces.length; surfaceIndex++) {
        const surface = platform.surfaces[surfaceIndex]!;
        if (filter.surfaces && !filter.surfaces.includes(surface.id)) continue;
        const history = stored ? stored(first + sourceIndex * platform.surfaces.length + surfaceIndex) : histories.of(...rulesOf(catalog, platform.id, source.id, surface.id, filter.asKnownOn));
        tracks.push(new MadeTrack(platform.id, source.id, surface.id, history, catalog, filter.asKnownOn, { platform, source, surface }));
      }
    }
  }
  return tracks;
}

/**
 * Every placement's track as storeHistories stored them, with the time zone of the first platform,
 * the catalog not loaded: for drawing a text timeline of the built-in record in English, which
 * reads neither the periods' answers nor the definitions' names (their periods throw). Undefined
 * when what is stored is not whole.
 */
export function tracksStored(value: unknown): { tracks: Track[]; timeZone: string } | undefined {
  const placements = readStoredPlacements(value);
  const historyOf = placements && readStoredHistories(placements.count, value);
  if (placements === undefined || historyOf === undefined) return undefined;
  const { platforms, sources } = placements;
  const tracks: Track[] = [];
  let placement = 0;
  for (const [platform, , surfaces] of platforms) {
    for (let source = 0; source < sources.length; source++) {
      for (let surface = 0; surface < surfaces.length; surface++) tracks.push(new MadeTrack(platform, sources[source]!, surfaces[surface]!, historyOf(placement++), undefined, undefined));
    }
  }
  return { tracks, timeZone: platforms[0]![1] };
}

/** The stored histories of each catalog, once read: null when there were none, or not whole. */
const storedRead = new WeakMap<Catalog, ((placement: number) => History) | null>();

function storedOf(catalog: Catalog): ((placement: number) => History) | undefined {
  let histories = storedRead.get(catalog);
  if (histories === undefined) {
    const read = storedHistoriesReader(catalog);
    let count = 0;
    for (const platform of catalog.platforms.values()) count += catalog.sources.size * platform.surfaces.length;
    storedRead.set(catalog, (histories = read ? (readStoredHistories(count, read()) ?? null) : null));
  }
  return histories ?? undefined;
}
