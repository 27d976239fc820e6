// A resolved query's instant, checked to be one linkcheck reads: checkLink reads a date of the
// years 1900–2199 in the platform's time zone, and refuses any other. The index's timelines run
// over every number, so without this check it answered for instants no date names (at 1e20, past
// the range of a Date, jd on douyin's short-video cart was allowed), and the two disagreed.
import type { Catalog } from '../engine/catalog.js';
import { wordedError, type InputError } from '../errors/errors.js';
import { YEAR_RANGE } from '../time/civil.js';
import { isInstantInRange } from '../time/moment.js';
import { shownValue } from './shown-value.js';

/** Instants in the years read in every zone (no offset is a day): decided without looking one up, as most are. */
const SURELY_FROM = Date.UTC(1900, 0, 2);
const SURELY_UNTIL = Date.UTC(2199, 11, 31);

/** Whether the query's instant is one linkcheck reads; an unknown platform is left to the index, which names it. */
export function isReadAt(catalog: Catalog, query: { platform: string; at: number }): boolean {
  const { at } = query;
  if (at >= SURELY_FROM && at < SURELY_UNTIL) return true;
  const zone = catalog.platforms.get(query.platform)?.timeZone;
  return zone === undefined || isInstantInRange(at, zone);
}

/** The refusal of a query whose instant isReadAt refuses; `name` is how the message names the query. */
export function atOutOfRange(catalog: Catalog, query: { platform: string; at: number }, name: string): InputError {
  const zone = catalog.platforms.get(query.platform)?.timeZone;
  return wordedError('api-not-millis', { name: `${name}.at`, value: shownValue(query.at), years: YEAR_RANGE, ...(zone !== undefined ? { zone } : {}) });
}
