// The one reader of --as-known-on (the check, a batch, every view and the
// library): any day form a query's date takes (2022-06-01, 2022/6/1, 2022年6月1日,
// today, yesterday…), read in the platform's zone, as YYYY-MM-DD.
import { InputError, inputError } from '../errors/errors.js';
import { queryDay } from '../time/query-time.js';
import type { Catalog } from '../engine/catalog.js';
import { findNamed } from '../engine/resolve.js';
import { DEFAULT_PLATFORM } from './ask.js';

export function readKnownOn(text: string, timeZone: string, now: number): string {
  try {
    return queryDay(text, timeZone, now);
  } catch (error) {
    if (error instanceof InputError) throw inputError('bad-known-on-date', { input: text, reason: error.message }, error.worded);
    throw error;
  }
}

/**
 * The zone a day of --as-known-on is read in: the named platform's, else the default
 * platform's (a batch's rows may name no platform, or a wrong one each row reports).
 */
export function knownOnZone(catalog: Catalog, platformText: string | undefined): string {
  const platforms = [...catalog.platforms.values()];
  const platform = (platformText === undefined ? undefined : findNamed(platforms, platformText)) ?? catalog.platforms.get(DEFAULT_PLATFORM) ?? platforms[0];
  return platform?.timeZone ?? 'UTC';
}
