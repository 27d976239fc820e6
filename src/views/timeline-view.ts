// A timeline as a person asks for it (a source and a surface as written, a
// platform, the axis's bounds, an as-known-on day) to its tracks and axis: what
// `linkcheck timeline` and the HTTP service's /v1/timeline both draw.
import type { Catalog } from '../engine/catalog.js';
import { wordedError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import type { Platform } from '../model/types.js';
import { knownOnZone, queryDate, readKnownOn, resolvePlatform, sourcesNamed, surfaceNamed } from '../query/index.js';
import { formatCivil } from '../time/moment.js';
import { axisOfRuns, type Axis } from './axis.js';
import { stretchesOf, tracksOf, tracksStored, type Track } from './periods.js';

export interface TimelineText {
  source?: string;
  surface?: string;
  /** A filter: without it, every platform. */
  platform?: string;
  /** The axis's first day (or instant); without it, 1 January of the first year with a change. */
  from?: string;
  /** The axis's last day, included whole (or an instant). */
  to?: string;
  asKnownOn?: string;
}

export interface Timeline {
  tracks: Track[];
  axis: Axis;
}

export function timelineOf(catalog: Catalog, text: TimelineText, now: number): Timeline {
  const platforms = text.platform === undefined ? [...catalog.platforms.values()] : [resolvePlatform(catalog, text.platform)];
  const asKnownOn = text.asKnownOn === undefined ? undefined : readKnownOn(text.asKnownOn, knownOnZone(catalog, text.platform), now);
  const sources = text.source === undefined ? undefined : sourcesOf(catalog, text.source);
  const surface = text.surface === undefined ? undefined : surfaceOn(platforms, text.surface);
  const tracks = tracksOf(catalog, {
    platforms: platforms.map((platform) => platform.id),
    ...(sources ? { sources } : {}),
    ...(surface ? { surfaces: [surface] } : {}),
    ...(asKnownOn ? { asKnownOn } : {}),
  });

  // One axis for every bar, read in the first platform's zone.
  const zone = platforms[0]?.timeZone ?? 'UTC';
  const from = text.from === undefined ? undefined : queryDate(text.from, zone, now).at;
  const to = text.to === undefined ? undefined : endOf(text.to, zone, now);
  if (from !== undefined && to !== undefined && from >= to) {
    throw wordedError('bad-axis', { from: text.from!, to: text.to! });
  }
  const axis = axisOfTracks(tracks, zone, { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  if (axis.from >= axis.to) {
    throw wordedError('bad-axis', { from: formatCivil(axis.from, zone), to: formatCivil(axis.to, zone) });
  }
  return { tracks, axis };
}

/**
 * timelineOf(catalog, {}) of the built-in record, from what the build stored of it (load/
 * snapshot.ts builtinTimeline), the catalog not loaded: the same tracks and axis for a text in
 * English, whose periods' answers are not there. Undefined when what is stored is not whole.
 */
export function storedTimelineOf(stored: unknown): Timeline | undefined {
  const made = tracksStored(stored);
  if (made === undefined) return undefined;
  const axis = axisOfTracks(made.tracks, made.timeZone);
  return axis.from < axis.to ? { tracks: made.tracks, axis } : undefined;
}

/** The axis of the tracks' runs, each run once: the tracks made from one history share theirs (views/periods.ts stretchesOf), hundreds of tracks from a few dozen. */
function axisOfTracks(tracks: readonly Track[], zone: string, bounds: { from?: number; to?: number } = {}): Axis {
  return axisOfRuns([...new Set(tracks.map(stretchesOf))], zone, bounds);
}

/** The end of a --to bound: a day is included whole. */
function endOf(text: string, zone: string, now: number): number {
  const time = queryDate(text, zone, now);
  return time.dayEnd ?? time.at;
}

/** The source the text names; for a group's short link (m.tb.cn), every member of the group. */
function sourcesOf(catalog: Catalog, text: string): string[] {
  const sources = sourcesNamed(catalog, text);
  if (sources.length > 0) return sources;
  throw wordedError('link-not-source', { value: shownInput(text) });
}

/** The surface id the text names on any of the platforms; the same id on each. */
function surfaceOn(platforms: readonly Platform[], text: string): string {
  const surface = surfaceNamed(platforms, text);
  if (surface !== undefined) return surface;
  const valid = [...new Set(platforms.flatMap((platform) => platform.surfaces.map((surface) => surface.id)))].join(', ');
  throw wordedError('unknown-view-surface', { value: shownInput(text), valid });
}
