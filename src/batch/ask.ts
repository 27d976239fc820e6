// A query as a person writes it (names, a link or share text, a date) to an
// answer, through the same functions as "linkcheck <source> <surface> [date]":
// resolvePlatform, classifyInput, resolveSurface, queryTime, check.
import type { Catalog } from '../engine/catalog.js';
import { check, type Answer, type Query } from '../engine/check.js';
import { InputError } from '../engine/errors.js';
import { queryTime } from '../engine/query-time.js';
import { resolvePlatform, resolveSurface } from '../engine/resolve.js';
import { classifyInput } from '../link/classify.js';
import type { LinkInput } from '../link/types.js';

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

/** The query check() takes, from what a person wrote, or an InputError saying what is wrong. */
export function resolveQuery(catalog: Catalog, text: QueryText, now: number): { query: Query; link: LinkInput | null } {
  for (const [name, value] of Object.entries(text)) {
    if (typeof value === 'string' && value.length > MAX_FIELD) {
      throw new InputError(`the ${name} is ${value.length} characters long; at most ${MAX_FIELD} (64 KiB) are read`);
    }
  }
  const platform = resolvePlatform(catalog, text.platform ?? DEFAULT_PLATFORM);
  const source = classifyInput(catalog, text.source);
  const surface = resolveSurface(platform, text.surface);
  const time = queryTime(text.date, platform.timeZone, now);
  // An unrecognised link asks about an unknown source: only rules for any source cover it.
  const query: Query = { platform: platform.id, source: source.source?.id ?? null, surface: surface.id, ...time };
  return { query, link: source.kind === 'name' ? null : source };
}

export function ask(catalog: Catalog, text: QueryText, now: number, asKnownOn?: string): Asked {
  const { query, link } = resolveQuery(catalog, text, now);
  return { answer: check(catalog, asKnownOn ? { ...query, asKnownOn } : query), link };
}
