// A query as a person writes it (names, a link or share text, a date) to an
// answer, through the same functions as "linkcheck <source> <surface> [date]":
// resolvePlatform, classifyInput, resolveSurface, queryTime, check.
import type { Catalog } from '../engine/catalog.js';
import { check, type Answer, type Query } from '../engine/check.js';
import { coded } from '../errors/coded.js';
import { InputError, wordedError } from '../errors/errors.js';
import { checkGroup } from '../engine/group-check.js';
import { queryTime, type QueryTime } from '../time/query-time.js';
import { findNamed, resolvePlatform, resolveSurface } from '../engine/resolve.js';
import { classifyInput, isAmbiguousLink } from '../link/classify.js';
import type { Classification, LinkInput } from '../link/types.js';
import type { Group, Platform, Surface } from '../model/types.js';

export interface QueryText {
  source: string;
  surface: string;
  /** Without it: now. */
  date?: string;
  /** Without it: kuaishou. */
  platform?: string;
}

export interface Asked {
  answer: Answer;
  /** What the source was recognised as, when it was a link or share text. */
  link: LinkInput | null;
}

export const DEFAULT_PLATFORM = 'kuaishou';

/** Longest argument or field read, in UTF-16 code units: longer ones are refused before any parsing. */
export const MAX_FIELD = 64 * 1024;

/** The four steps from text to a query; a batch keeps their results (see memoisedSteps). */
export interface Steps {
  platform(text: string): Platform;
  /** The group a source's text names (taobao, 淘宝联盟), if it names one. */
  group(text: string): Group | undefined;
  source(text: string): Classification;
  surface(platform: Platform, text: string): Surface;
  time(text: string | undefined, timeZone: string): QueryTime;
}

export function directSteps(catalog: Catalog, now: number): Steps {
  return {
    platform: (text) => resolvePlatform(catalog, text),
    group: (text) => findNamed([...catalog.groups.values()], text.trim()),
    source: (text) => classifyInput(catalog, text),
    surface: (platform, text) => resolveSurface(platform, text),
    time: (text, timeZone) => queryTime(text, timeZone, now),
  };
}

/**
 * The steps of one check whose platform is already resolved (as a check resolves it first, to
 * read its other arguments in that platform's zone), the link and date readers' errors given the
 * codes of the arguments they read (bad-source, bad-date): the command line's check and the HTTP
 * service's both take these.
 */
export function checkSteps(catalog: Catalog, now: number, platform: Platform): Steps {
  const direct = directSteps(catalog, now);
  return {
    ...direct,
    platform: () => platform,
    source: (text) => coded('bad-source', () => direct.source(text)),
    time: (text, timeZone) => coded('bad-date', () => direct.time(text, timeZone)),
  };
}

/**
 * The same steps, each remembering its answers (and its input errors) by its
 * input: a plan repeats its dates, names and links across rows in other
 * combinations. Each memory is emptied when it grows past `limit`.
 */
export function memoisedSteps(catalog: Catalog, now: number, limit = 20_000): Steps {
  const direct = directSteps(catalog, now);
  const platform = memo<Platform>(limit);
  const group = memo<Group | undefined>(limit);
  const source = memo<Classification>(limit);
  const surface = memo<Surface>(limit);
  const time = memo<QueryTime>(limit);
  return {
    platform: (text) => platform(text, () => direct.platform(text)),
    group: (text) => group(text, () => direct.group(text)),
    source: (text) => source(text, () => direct.source(text)),
    surface: (resolved, text) => surface(`${resolved.id}\u0000${text}`, () => direct.surface(resolved, text)),
    time: (text, timeZone) => time(`${timeZone}\u0000${text ?? ''}`, () => direct.time(text, timeZone)),
  };
}

function memo<T>(limit: number): (key: string, make: () => T) => T {
  let kept = new Map<string, { value: T } | { error: unknown }>();
  return (key, make) => {
    let entry = kept.get(key);
    if (entry === undefined) {
      try {
        entry = { value: make() };
      } catch (error) {
        // Only expected failures are kept; a bug goes on up each time.
        if (!(error instanceof InputError)) throw error;
        entry = { error };
      }
      if (kept.size >= limit) kept = new Map();
      kept.set(key, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value;
  };
}

/** The query check() takes, from what a person wrote, or an InputError saying what is wrong. */
export function resolveQuery(catalog: Catalog, text: QueryText, now: number, steps: Steps = directSteps(catalog, now)): { query: ResolvedQuery; link: LinkInput | null } {
  for (const [name, value] of Object.entries(text)) {
    if (typeof value === 'string' && value.length > MAX_FIELD) {
      throw wordedError('field-too-long', { name, length: String(value.length), limit: String(MAX_FIELD) });
    }
  }
  const platform = steps.platform(text.platform ?? DEFAULT_PLATFORM);
  // A group's name (taobao, 淘宝联盟: the Taobao Alliance) asks about all its members at once, as a single check does.
  const named = steps.group(text.source);
  const source = named ? null : steps.source(text.source);
  // A group's short link with no member's mark (m.tb.cn: Taobao and Tmall items alike) asks about the group too.
  const group = named ?? (source?.kind === 'link' && source.source === null ? source.group : undefined);
  const surface = steps.surface(platform, text.surface);
  const time = steps.time(text.date, platform.timeZone);
  // An unrecognised link asks about an unknown source: only rules for any source cover it.
  const query: ResolvedQuery = { platform: platform.id, source: source?.source?.id ?? null, ...(isAmbiguousLink(source) ? { ambiguousLink: true } : {}), surface: surface.id, ...time, ...(group ? { group: group.id } : {}) };
  return { query, link: source === null || source.kind === 'name' ? null : source };
}

/** A query check() takes, or, with `group`, one checkGroup takes (source is then null). */
export type ResolvedQuery = Query & { group?: string };

/** The answer to a resolved query: checkGroup's for a group, check()'s otherwise. */
export function answerQuery(catalog: Catalog, query: ResolvedQuery): Answer {
  const { group, source, ...rest } = query;
  return group !== undefined ? checkGroup(catalog, { ...rest, group }) : check(catalog, { ...rest, source });
}

export function ask(catalog: Catalog, text: QueryText, now: number, asKnownOn?: string, steps?: Steps): Asked {
  const { query, link } = resolveQuery(catalog, text, now, steps);
  return { answer: answerQuery(catalog, asKnownOn ? { ...query, asKnownOn } : query), link };
}
