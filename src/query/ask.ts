// A query as a person writes it (names, a link or share text, a date) to an
// answer, through the same functions as "linkcheck <source> <surface> [date]":
// resolvePlatform, classifyInput, resolveSurface, queryTime, check.
import type { Catalog } from '../engine/catalog.js';
import { check, newestEvidence, type Answer, type Query } from '../engine/check.js';
import { coded } from '../errors/coded.js';
import { InputError, wordedError } from '../errors/errors.js';
import { checkGroup, groupNewestEvidence } from '../engine/group-check.js';
import { queryTime, type QueryTime } from '../time/query-time.js';
import { findNamed, resolvePlatform, resolveSurface } from '../engine/resolve.js';
import { classifyText } from '../link/classify.js';
import { classifyName, groupAsked, isAmbiguousLink } from '../link/named-input.js';
import type { Classification, LinkInput } from '../link/types.js';
import { exceedsField, MAX_FIELD, utf8Length } from '../model/field-length.js';
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
    // classifyInput in its two steps: a source's name is found without the link reader, which a plan of names then never loads.
    source: (text) => classifyName(catalog, text) ?? classifyText(catalog, text),
    surface: (platform, text) => resolveSurface(platform, text),
    time: (text, timeZone) => queryTime(text, timeZone, now),
  };
}

/**
 * The steps of one check whose platform is already resolved (as a check resolves it first, to
 * read its other arguments in that platform's zone), the link and date readers' errors given the
 * codes of the arguments they read (codedSteps): the command line's check and the HTTP
 * service's both take these.
 */
export function checkSteps(catalog: Catalog, now: number, platform: Platform): Steps {
  return { ...codedSteps(directSteps(catalog, now)), platform: () => platform };
}

/**
 * The steps with the link and date readers' errors given the codes of the arguments they read
 * (bad-source, bad-date), not input-error: a check, the service and checkLink() alike.
 */
export function codedSteps(steps: Steps): Steps {
  return {
    ...steps,
    source: (text) => coded('bad-source', () => steps.source(text)),
    time: (text, timeZone) => coded('bad-date', () => steps.time(text, timeZone)),
  };
}

/** The moment a date of a view or a query names (queryTime), refused with the code a check's date gets (bad-date). */
export function queryDate(text: string | undefined, timeZone: string, now: number): QueryTime {
  return coded('bad-date', () => queryTime(text, timeZone, now));
}

/**
 * The same steps, each remembering its answers (and its input errors) by its
 * input: a plan repeats its dates, names and links across rows in other
 * combinations. A surface is remembered by its platform, then its text, and a time
 * by its zone, then its text: no key is made by joining them (a joined text is
 * hashed anew on every look-up). Each memory is emptied when it grows past `limit`.
 */
export function memoisedSteps(catalog: Catalog, now: number, limit = 20_000): Steps {
  const direct = directSteps(catalog, now);
  const platform = new Memo<Platform>(limit);
  const group = new Memo<Group | undefined>(limit);
  const source = new Memo<Classification>(limit);
  const surfaces = new Map<Platform, Memo<Surface>>();
  const times = new Map<string, Memo<QueryTime>>();
  return {
    platform: (text) => platform.get(text, direct.platform),
    group: (text) => group.get(text, direct.group),
    source: (text) => source.get(text, direct.source),
    surface: (resolved, text) => {
      let memo = surfaces.get(resolved);
      if (memo === undefined) surfaces.set(resolved, (memo = new Memo(limit)));
      return memo.get(text, (text) => direct.surface(resolved, text));
    },
    time: (text, timeZone) => {
      let memo = times.get(timeZone);
      if (memo === undefined) times.set(timeZone, (memo = new Memo(limit)));
      // No date (now) is kept under a text no date cell can be: a cell is a string.
      return text === undefined ? direct.time(text, timeZone) : memo.get(text, (text) => direct.time(text, timeZone));
    },
  };
}

/** Values by their text, or the input error their text gave; emptied when it grows past its limit. */
class Memo<T> {
  private kept = new Map<string, T | Kept>();

  constructor(private readonly limit: number) {}

  get(key: string, make: (key: string) => T): T {
    let entry = this.kept.get(key);
    if (entry === undefined) {
      try {
        entry = make(key);
      } catch (error) {
        // Only expected failures are kept; a bug goes on up each time.
        if (!(error instanceof InputError)) throw error;
        entry = new Kept(error);
      }
      if (this.kept.size >= this.limit) this.kept = new Map();
      this.kept.set(key, entry);
    }
    if (entry instanceof Kept) throw entry.error;
    return entry;
  }
}

/** An input error kept in place of a value. */
class Kept {
  constructor(readonly error: InputError) {}
}

/** The query check() takes, from what a person wrote, or an InputError saying what is wrong. */
export function resolveQuery(catalog: Catalog, text: QueryText, now: number, steps: Steps = directSteps(catalog, now)): { query: ResolvedQuery; link: LinkInput | null } {
  // In the order the caller wrote them, as Object.entries gives them, without its pairs.
  for (const name in text) {
    const value = text[name as keyof QueryText];
    if (typeof value === 'string' && exceedsField(value) && Object.hasOwn(text, name)) {
      throw wordedError('field-too-long', { name, length: String(utf8Length(value)), limit: String(MAX_FIELD) });
    }
  }
  const platform = steps.platform(text.platform ?? DEFAULT_PLATFORM);
  // A group's name (taobao, 淘宝联盟: the Taobao Alliance) asks about all its members at once, as a single check does.
  const named = steps.group(text.source);
  const source = named ? null : steps.source(text.source);
  // A group's short link with no member's mark (m.tb.cn: Taobao and Tmall items alike), or its share token, asks about the group too.
  const group = named ?? groupAsked(source);
  const surface = steps.surface(platform, text.surface);
  const time = steps.time(text.date, platform.timeZone);
  // An unrecognised link asks about an unknown source: only rules for any source cover it.
  // The fields in the order { platform, source, ambiguousLink?, surface, ...time, group? } gives them.
  const query: ResolvedQuery = { platform: platform.id, source: source?.source?.id ?? null } as ResolvedQuery;
  if (isAmbiguousLink(source)) query.ambiguousLink = true;
  query.surface = surface.id;
  query.at = time.at;
  query.precision = time.precision;
  if (time.now) query.now = true;
  if (time.dayEnd !== undefined) query.dayEnd = time.dayEnd;
  if (group) query.group = group.id;
  return { query, link: source === null || source.kind === 'name' ? null : source };
}

/** A query check() takes, or, with `group`, one checkGroup takes (source is then null). */
export type ResolvedQuery = Query & { group?: string };

/** The answer to a resolved query: checkGroup's for a group, check()'s otherwise. */
export function answerQuery(catalog: Catalog, query: ResolvedQuery): Answer {
  const { group, source, ...rest } = query;
  return group !== undefined ? checkGroup(catalog, { ...rest, group }) : check(catalog, { ...rest, source });
}

/** answerQuery(catalog, query).freshness.newestEvidence, without the answer. */
export function newestEvidenceOf(catalog: Catalog, query: ResolvedQuery): string | null {
  const { group, source, ...rest } = query;
  return group !== undefined ? groupNewestEvidence(catalog, { ...rest, group }) : newestEvidence(catalog, { ...rest, source });
}

export function ask(catalog: Catalog, text: QueryText, now: number, asKnownOn?: string, steps?: Steps): Asked {
  const { query, link } = resolveQuery(catalog, text, now, steps);
  return { answer: answerQuery(catalog, asKnownOn ? { ...query, asKnownOn } : query), link };
}
