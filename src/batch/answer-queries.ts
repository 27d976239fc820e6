// ask(), in steps that remember, for a batch: each cell's text resolved once
// (memoisedSteps), then the resolved query answered through the verdict index,
// with the reason a report words taken from the deciding rule (row-why.ts), not
// from a whole check(). The whole answer is made only for a report that reads it.
import type { Catalog } from '../engine/catalog.js';
import type { Answer } from '../engine/check.js';
import { verdictChanges } from '../engine/day-changes.js';
import { DataError, InputError } from '../errors/errors.js';
import { formatInstant } from '../time/moment.js';
import type { Staleness } from '../time/staleness.js';
import { buildVerdictIndex, type VerdictIndex, type VerdictQuery } from '../engine/verdict-index.js';
import type { LinkInput } from '../link/types.js';
import { answerQuery, directSteps, memoisedSteps, newestEvidenceOf, resolveQuery, type ResolvedQuery, type Steps } from '../query/ask.js';
import { exceedsField } from '../model/field-length.js';
import { groupAsked, isAmbiguousLink } from '../link/named-input.js';
import type { QueryTime } from '../time/query-time.js';
import type { Platform, Surface } from '../model/types.js';
import { Whys } from './row-why.js';
import { dayChangeAt, expected, queryOf, whyOf } from './answer-parts.js';
import { Kept, type Asks, type Context, type DayChange, type Placement, type Shared } from './shared-answer.js';
import { ByNumber } from './by-number.js';
import { CACHE_LIMIT, Cells, LONGEST_KEPT, ownCopy, stalenessOf } from './kept-cells.js';


export interface QueryAnswerOptions {
  /** --platform or LINKCHECK_PLATFORM, for rows without a platform cell. */
  platform: string;
  now: number;
  asKnownOn?: string;
  /** --max-staleness: a row whose queried day is further than this past its newest evidence is stale. */
  maxStaleness?: Staleness;
}

/** A row's source, surface, date and platform cells as written to its answer (see rowAnswerer). */
export interface CellAnswerer {
  (source: string, surface: string, date: string, platform: string): Shared;
  /**
   * The same answer, for a row whose cells a reader numbered (RecordText.cellKeys: source,
   * surface, date, platform; -1 for a cell it did not): a cell whose number was seen before is
   * found by it, not by its text.
   */
  numbered(keys: Int32Array, source: string, surface: string, date: string, platform: string): Shared;
}

/** A source's text: what it asks about, and the link it holds. */
interface SourceCell {
  asks: Asks;
  link: LinkInput | null;
  /**
   * Its placements on the last two surfaces asked with it, so that a row finds its placement in
   * the cell it already read, not in a map (another line of memory no cache holds on a plan of
   * many distinct sources).
   */
  near: Surface | null;
  nearPlacement: Placement | null;
  far: Surface | null;
  farPlacement: Placement | null;
}

/** What a surface's or a date's texts resolved to, by text and by a reader's number, for one platform or zone. */
interface Resolved<T> {
  texts: Cells<T | null>;
  numbers: ByNumber<T | null>;
}

/** The tables of a platform's surfaces or a zone's dates, made when first asked for. */
function resolvedIn<K, T>(tables: Map<K, Resolved<T>>, key: K): Resolved<T> {
  let resolved = tables.get(key);
  if (resolved === undefined) tables.set(key, (resolved = { texts: new Cells(), numbers: new ByNumber() }));
  return resolved;
}

/** A date's text read in a platform's zone: its instant, and the civil day it falls on there (worked out for staleness only). */
interface TimeCell {
  time: QueryTime;
  day: string | undefined;
}

/**
 * Each cell's text is resolved once, by the same steps as a single check's (memoisedSteps), and
 * kept by the text as written: a row costs a map look-up per cell, one for its placement, and
 * the verdict index's binary search (#18). The verdict and deciding rule come from the index,
 * which agrees with check() by construction (test/engine/verdict-index.test.ts); a row with a
 * cell that cannot be read goes the single check's road (resolveQuery), which names the first
 * bad one. The index holds the record as it stands, so with --as-known-on every answer is check()'s.
 */
export function cellAnswerer(catalog: Catalog, options: QueryAnswerOptions): CellAnswerer {
  const steps: Steps = memoisedSteps(catalog, options.now, CACHE_LIMIT);
  // The cells below keep what each text resolves to: they read it by the steps themselves, not
  // through the steps' own memory, which would hash and keep every text a second time (#18);
  // only a text too long for the cells to keep is remembered there.
  const direct: Steps = directSteps(catalog, options.now);
  const stepsFor = (text: string): Steps => (text.length > LONGEST_KEPT ? steps : direct);
  const index = options.asKnownOn === undefined ? buildVerdictIndex(catalog) : undefined;
  const whys = new Whys(catalog);
  let answers = new Map<string, Answer>();
  const answerOf = (query: ResolvedQuery): Answer => {
    // An ambiguous link and an unrecognised one both ask about no source: only the second is covered by rules for any source.
    const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.at}\u0000${query.precision}\u0000${query.ambiguousLink === true}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = answerQuery(catalog, options.asKnownOn ? { ...query, asKnownOn: options.asKnownOn } : query);
      if (answers.size >= CACHE_LIMIT) answers = new Map();
      answers.set(key, answer);
    }
    return answer;
  };
  const staleness = stalenessOf(options.maxStaleness);
  // The newest evidence depends on the platform, surface and source (or group) only: one check for each, however many texts name them.
  const newestById = new Map<string, string | null>();
  const newestOf = (placement: Placement, time: QueryTime): string | null => {
    if (placement.newest === undefined) {
      const { asks } = placement;
      const key = `${placement.platform.id}\u0000${placement.surface.id}\u0000${asks.ambiguousLink ? '\u0000ambiguous' : asks.group !== undefined ? `\u0000group:${asks.group}` : (asks.source ?? '\u0000unknown')}`;
      let newest = newestById.get(key);
      // The rules' newest evidence, not a whole answer: its deciding rule read whole for its words (#18).
      if (newest === undefined) newestById.set(key, (newest = newestEvidenceOf(catalog, queryOf(placement, time))));
      placement.newest = newest;
    }
    return placement.newest;
  };
  const context: Context = { answer: (kept) => answerOf(queryOf(kept.placement!, kept.time!)), why: (kept) => whyOf(index!, whys, kept) };

  // The single check's road, for a row with a cell that cannot be read and for --as-known-on.
  const road = (source: string, surface: string, date: string, platform: string): Shared => {
    let resolved: { query: ResolvedQuery; link: LinkInput | null };
    try {
      resolved = resolveQuery(catalog, { source, surface, date: date.trim(), platform: platform.trim() || options.platform }, options.now, steps);
    } catch (error) {
      return new Kept(null, null, null, expected(error), error as InputError | DataError, null, null, null, null, null, null);
    }
    const { query, link } = resolved;
    const answer = answerOf(query);
    const newest = answer.freshness.newestEvidence;
    const zone = catalog.platforms.get(query.platform)!.timeZone;
    const stale = newest === null || options.maxStaleness === undefined ? null : staleness(newest, formatInstant(query.at, zone).slice(0, 10));
    return new Kept(answer.verdict, answer.rule, link, null, undefined, stale, dayChangeOf(query, answer, zone), null, null, null, answer);
  };
  // A day's first change of verdict, as the index's changer finds it: asked at each instant its answer changes at.
  const dayChangeOf = ({ dayEnd: _dayEnd, ...query }: ResolvedQuery, answer: Answer, zone: string): DayChange | null => {
    const first = verdictChanges(answer, (at) => answerOf({ ...query, at, precision: 'second' })).next();
    return first.done ? null : dayChangeAt(first.value.at, first.value.answer.verdict, zone);
  };
  if (index === undefined) return Object.assign(road, { numbered: (_keys: Int32Array, source: string, surface: string, date: string, platform: string) => road(source, surface, date, platform) });
  const verdicts: VerdictIndex = index;

  // What each cell's text resolved to, by its text and by the number a reader gave it.
  const platforms = new Cells<Platform | null>();
  const platformNumbers = new ByNumber<Platform | null>();
  const sources = new Cells<SourceCell | null>();
  const sourceNumbers = new ByNumber<SourceCell | null>();
  const surfaceCells = new Map<Platform, Resolved<Surface>>();
  // Dates are read in the platform's zone: platforms of one zone share them.
  const timeCells = new Map<string, Resolved<TimeCell>>();
  let placements = new Map<Surface, Map<Asks, Placement>>();
  const asked = new Map<string, Asks>();
  const asksOf = (source: string | null, group: string | undefined, ambiguousLink: boolean): Asks => {
    const key = `${ambiguousLink ? 1 : 0}\u0000${group ?? ''}\u0000${source ?? ''}`;
    let asks = asked.get(key);
    if (asks === undefined) asked.set(key, (asks = { source, group, ambiguousLink }));
    return asks;
  };
  let placementCount = 0;
  const readable = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (error instanceof InputError) return null;
      throw error;
    }
  };
  const sourceCell = (cellText: string): SourceCell | null =>
    readable(() => {
      // A link read keeps its text (LinkInput.input): a copy of its own, not the slice of the
      // plan's chunk the cell is, which would keep the whole chunk alive as long as the cell.
      const text = ownCopy(cellText);
      // As resolveQuery reads a source: a group's name, else a name or a link (a group's short link or share token asks about the group).
      const via = stepsFor(text);
      const named = via.group(text);
      const source = named ? null : via.source(text);
      const group = named ?? groupAsked(source);
      return { asks: asksOf(source?.source?.id ?? null, group?.id, isAmbiguousLink(source)), link: source === null || source.kind === 'name' ? null : source, near: null, nearPlacement: null, far: null, farPlacement: null };
    });

  const timeCell = (text: string, zone: string): TimeCell | null =>
    readable(() => {
      const time = stepsFor(text).time(text.trim(), zone);
      return { time, day: undefined };
    });

  const platformOf = (text: string): Platform | null => {
    const platform = platforms.get(text);
    return platform !== undefined ? platform : platforms.set(text, readable(() => direct.platform(text.trim() || options.platform)));
  };
  const sourceOf = (text: string): SourceCell | null => {
    const cell = sources.get(text);
    return cell !== undefined ? cell : sources.set(text, sourceCell(text));
  };
  const surfaceOf = (surfaces: Resolved<Surface>, platform: Platform, text: string): Surface | null => {
    const surface = surfaces.texts.get(text);
    return surface !== undefined ? surface : surfaces.texts.set(text, readable(() => direct.surface(platform, text)));
  };
  const timeOf = (times: Resolved<TimeCell>, zone: string, text: string): TimeCell | null => {
    const time = times.texts.get(text);
    return time !== undefined ? time : times.texts.set(text, timeCell(text, zone));
  };

  const byTexts = (sourceText: string, surfaceText: string, dateText: string, platformText: string): Shared => {
    if (exceedsField(sourceText) || exceedsField(surfaceText) || exceedsField(dateText) || exceedsField(platformText)) return road(sourceText, surfaceText, dateText, platformText);
    const platform = platformOf(platformText);
    if (platform === null) return road(sourceText, surfaceText, dateText, platformText);
    const cell = sourceOf(sourceText);
    if (cell === null) return road(sourceText, surfaceText, dateText, platformText);
    const surface = surfaceOf(resolvedIn(surfaceCells, platform), platform, surfaceText);
    if (surface === null) return road(sourceText, surfaceText, dateText, platformText);
    const zone = platform.timeZone;
    const time = timeOf(resolvedIn(timeCells, zone), zone, dateText);
    if (time === null) return road(sourceText, surfaceText, dateText, platformText);
    return answered(platform, cell, surface, time) ?? road(sourceText, surfaceText, dateText, platformText);
  };

  // As byTexts, each cell found first by its number (-1: none), and kept by it once resolved.
  const numbered = (keys: Int32Array, sourceText: string, surfaceText: string, dateText: string, platformText: string): Shared => {
    if (exceedsField(sourceText) || exceedsField(surfaceText) || exceedsField(dateText) || exceedsField(platformText)) return road(sourceText, surfaceText, dateText, platformText);
    const [sourceKey, surfaceKey, dateKey, platformKey] = keys as unknown as [number, number, number, number];
    let platform = platformNumbers.get(platformKey);
    if (platform === undefined) platform = platformNumbers.set(platformKey, platformOf(platformText));
    if (platform === null) return road(sourceText, surfaceText, dateText, platformText);
    let cell = sourceNumbers.get(sourceKey);
    if (cell === undefined) cell = sourceNumbers.set(sourceKey, sourceOf(sourceText));
    if (cell === null) return road(sourceText, surfaceText, dateText, platformText);
    const surfaces = resolvedIn(surfaceCells, platform);
    let surface = surfaces.numbers.get(surfaceKey);
    if (surface === undefined) surface = surfaces.numbers.set(surfaceKey, surfaceOf(surfaces, platform, surfaceText));
    if (surface === null) return road(sourceText, surfaceText, dateText, platformText);
    const zone = platform.timeZone;
    const times = resolvedIn(timeCells, zone);
    let time = times.numbers.get(dateKey);
    if (time === undefined) time = times.numbers.set(dateKey, timeOf(times, zone, dateText));
    if (time === null) return road(sourceText, surfaceText, dateText, platformText);
    return answered(platform, cell, surface, time) ?? road(sourceText, surfaceText, dateText, platformText);
  };

  /** The answer from the row's resolved cells; undefined when the index cannot give it (then check() does). */
  function answered(platform: Platform, cell: SourceCell, surface: Surface, time: TimeCell): Shared | undefined {
    const zone = platform.timeZone;
    const placement = cell.near === surface ? cell.nearPlacement! : cell.far === surface ? cell.farPlacement! : placementOf(cell, surface, platform);
    if (placement.decide instanceof InputError) return undefined;
    const decision = placement.decide(time.time.at);
    const newest = options.maxStaleness === undefined ? null : newestOf(placement, time.time);
    const stale = newest === null ? null : staleness(newest, (time.day ??= formatInstant(time.time.at, zone).slice(0, 10)));
    const { dayEnd } = time.time;
    const change = dayEnd === undefined ? null : placement.change(time.time.at, dayEnd);
    const dayChange = change === null ? null : dayChangeAt(change.at, change.verdict, zone);
    return new Kept(decision.verdict, decision.rule, cell.link, null, undefined, stale, dayChange, context, placement, time.time, null);
  }

  return Object.assign(byTexts, { numbered });

  /** The placement of a source cell on a surface, found in the map (or made) and kept in the cell as its nearest. */
  function placementOf(cell: SourceCell, surface: Surface, platform: Platform): Placement {
    let bySource = placements.get(surface);
    if (bySource === undefined) placements.set(surface, (bySource = new Map()));
    const { asks } = cell;
    let placement = bySource.get(asks);
    if (placement === undefined) {
      if (placementCount >= CACHE_LIMIT) {
        placements = new Map([[surface, (bySource = new Map())]]);
        placementCount = 0;
      }
      const query: Omit<VerdictQuery, 'at'> = { platform: platform.id, source: asks.source, surface: surface.id };
      if (asks.group !== undefined) query.group = asks.group;
      if (asks.ambiguousLink) query.ambiguousLink = true;
      let decide: Placement['decide'];
      let change: Placement['change'] = () => null;
      try {
        decide = verdicts.decider(query);
        change = verdicts.changer(query);
      } catch (error) {
        // A key the index does not hold (a group no source belongs to): check() answers it.
        if (!(error instanceof InputError)) throw error;
        decide = error;
      }
      placement = { platform, surface, asks, query, decide, change, newest: undefined };
      bySource.set(asks, placement);
      placementCount++;
    }
    cell.far = cell.near;
    cell.farPlacement = cell.nearPlacement;
    cell.near = surface;
    cell.nearPlacement = placement;
    return placement;
  }
}
