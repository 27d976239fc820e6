// The questions the service answers, each through the road the command line
// takes (src/query/, src/views/) and rendered by the same renderers, so that a
// response's JSON is what the matching command prints with --json.
import { coded } from '../errors/coded.js';
import type { Catalog } from '../engine/catalog.js';
import type { Lang } from '../i18n/lang.js';
import { answerQuery, checkSteps, DEFAULT_PLATFORM, queryDate, readKnownOn, resolvePlatform, resolveQuery } from '../query/index.js';
import { classifyArgument } from '../link/classify.js';
import { renderClassificationsJson } from '../render/classifications.js';
import { renderCoverageJson } from '../render/coverage.js';
import { answerToJson, renderJson } from '../render/json.js';
import { renderMatrixJson } from '../render/matrix.js';
import { renderMatrixSvg } from '../render/matrix-svg.js';
import { renderRuleListJson } from '../render/rules.js';
import { renderTimelineSvg } from '../render/svg.js';
import { renderTimelineJson } from '../render/timeline.js';
import { coverageOf } from '../views/coverage.js';
import { matrixOf, type Matrix } from '../views/matrix.js';
import { rulesListed, type RuleFilter } from '../views/rule-listing.js';
import { timelineOf, type TimelineText } from '../views/timeline-view.js';
import type { CheckQuery } from './schemas.js';

/** One query resolved as a check resolves it: platform, as-known-on day, then source, surface and time (errors in that order). */
function resolvedOf(catalog: Catalog, query: CheckQuery, now: number) {
  const platform = resolvePlatform(catalog, query.platform ?? DEFAULT_PLATFORM);
  const asKnownOn = query.asKnownOn === undefined ? undefined : readKnownOn(query.asKnownOn, platform.timeZone, now);
  const text = { source: query.source, surface: query.surface, platform: platform.id, ...(query.at !== undefined ? { date: query.at } : {}) };
  const { query: resolved, link } = resolveQuery(catalog, text, now, checkSteps(catalog, now, platform));
  return { resolved: asKnownOn ? { ...resolved, asKnownOn } : resolved, link };
}

function answerOf(catalog: Catalog, query: CheckQuery, now: number) {
  const { resolved, link } = resolvedOf(catalog, query, now);
  return { answer: answerQuery(catalog, resolved), link };
}

/** Answers already written, by what decides them; emptied when it grows past its size. */
export type AnswerCache = Map<string, string>;
const CACHED_ANSWERS = 10_000;
/**
 * A link text longer than this is answered without being kept: a key holds the whole text, and ten
 * thousand sources of 64 KiB each held a gigabyte and more. Links as people share them are far shorter.
 */
const KEPT_SOURCE = 2048;

/**
 * What `linkcheck <source> <surface> [date] --json` prints. The answer is a function of the
 * catalog and the resolved query (its instant, not the text of its date: "today" resolves
 * anew each time), and of the source's text when it was a link: the text is kept by that key.
 */
export function checkJson(catalog: Catalog, query: CheckQuery, now: number, cache?: AnswerCache): string {
  const { resolved, link } = resolvedOf(catalog, query, now);
  const key = cache && (link === null || query.source.length <= KEPT_SOURCE) ? JSON.stringify([resolved, link === null ? null : query.source]) : undefined;
  const kept = key === undefined ? undefined : cache!.get(key);
  if (kept !== undefined) return kept;
  const text = renderJson(answerQuery(catalog, resolved), link);
  if (key !== undefined) {
    if (cache!.size >= CACHED_ANSWERS) cache!.clear();
    cache!.set(key, text);
  }
  return text;
}

/** Several answers as one JSON array, each as --json prints it; all or none (the first bad query is refused). */
export function checkValues(catalog: Catalog, queries: readonly CheckQuery[], now: number): ReturnType<typeof answerToJson>[] {
  return queries.map((query) => {
    const { answer, link } = answerOf(catalog, query, now);
    return answerToJson(answer, link);
  });
}

/** `linkcheck classify <input...> --json`. */
export function classifyJson(catalog: Catalog, inputs: readonly string[]): string {
  return renderClassificationsJson(inputs.map((input) => coded('bad-source', () => classifyArgument(catalog, input))));
}

/** `linkcheck rules list --json`. */
export function rulesJson(catalog: Catalog, filter: RuleFilter): string {
  return renderRuleListJson({ catalog, ...rulesListed(catalog, filter) });
}

/** `linkcheck coverage --json`. */
export function coverageJson(catalog: Catalog, platform: string | undefined): string {
  return renderCoverageJson(coverageOf(catalog, platform === undefined ? undefined : [resolvePlatform(catalog, platform).id]));
}

/** `linkcheck matrix [date] --json`'s matrix. */
export function matrixAt(catalog: Catalog, query: { platform?: string | undefined; at?: string | undefined; asKnownOn?: string | undefined }, now: number): Matrix {
  const platform = resolvePlatform(catalog, query.platform ?? DEFAULT_PLATFORM);
  const asKnownOn = query.asKnownOn === undefined ? undefined : readKnownOn(query.asKnownOn, platform.timeZone, now);
  return matrixOf(catalog, platform.id, queryDate(query.at, platform.timeZone, now), asKnownOn);
}

/** `linkcheck matrix --json`, or the matrix as the page draws it (SVG), in a language. */
export function matrixOut(matrix: Matrix, svg: { lang: Lang } | undefined): string {
  return svg ? renderMatrixSvg(matrix, { lang: svg.lang }) : renderMatrixJson(matrix);
}

/** `linkcheck timeline … --json`, or its `--svg -` chart in a language. */
export function timelineOut(catalog: Catalog, text: TimelineText, now: number, svg: { lang: Lang } | undefined): string {
  const { tracks, axis } = timelineOf(catalog, text, now);
  return svg ? renderTimelineSvg(tracks, axis, { lang: svg.lang }) : renderTimelineJson(tracks, axis);
}
