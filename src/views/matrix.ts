// A platform at one moment: the engine's answer for every source on every
// surface, and, for a whole day asked, the changes inside that day.
import type { Catalog } from '../engine/catalog.js';
import { check, verdictOf, type Answer, type Query, type Verdict } from '../engine/check.js';
import { verdictChanges, type AnswerChange } from '../engine/day-changes.js';
import type { QueryTime } from '../time/query-time.js';
import type { Platform, Source, Surface } from '../model/types.js';

export interface MatrixCell {
  source: Source;
  surface: Surface;
  verdict: Verdict;
  /** The engine's whole answer (its rule, reason and evidence), made when first read: the text grid reads only the verdict (#18). */
  readonly answer: Answer;
  /** With a day asked: each instant inside the day at which the verdict changes, and the answer from then. */
  changes: AnswerChange[];
}

export interface Matrix {
  platform: Platform;
  time: QueryTime;
  asKnownOn: string | null;
  sources: Source[];
  surfaces: Surface[];
  /** One row per source, one cell per surface, in catalog order. */
  rows: MatrixCell[][];
}

export function matrixOf(catalog: Catalog, platformId: string, time: QueryTime, asKnownOn?: string): Matrix {
  const platform = catalog.platforms.get(platformId);
  if (!platform) throw new Error(`platform ${platformId} missing from the catalog`);
  const known = asKnownOn ? { asKnownOn } : {};
  const sources = [...catalog.sources.values()];
  const rows = sources.map((source) =>
    platform.surfaces.map((surface): MatrixCell => {
      const asked: Query = { platform: platform.id, source: source.id, surface: surface.id, ...known, ...time };
      // Only a day asked can change within itself; a moment needs its verdict alone.
      if (time.precision !== 'day') return lazyCell(source, surface, verdictOf(catalog, asked), () => check(catalog, asked));
      const answer = check(catalog, asked);
      const changes = [...verdictChanges(answer, (at) => check(catalog, { ...asked, at }))];
      return { source, surface, verdict: answer.verdict, answer, changes };
    }),
  );
  return { platform, time, asKnownOn: asKnownOn ?? null, sources, surfaces: platform.surfaces, rows };
}

function lazyCell(source: Source, surface: Surface, verdict: Verdict, answerOf: () => Answer): MatrixCell {
  let answer: Answer | undefined;
  return {
    source,
    surface,
    verdict,
    get answer() {
      return (answer ??= answerOf());
    },
    changes: [],
  };
}
