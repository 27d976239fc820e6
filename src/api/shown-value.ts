// A value as the library's refusals show it (arguments.ts, plan-bytes-argument.ts, verdict-at.ts,
// and the service's query objects): never its own toString, which may be anything.
import { shownInput } from '../link/named-input.js';

/** A value as a message shows it: a string quoted and shortened, anything else as JavaScript writes it. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return `"${shownInput(value)}"`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  const time = timeOf(value);
  if (time !== undefined) return Number.isNaN(time) ? 'Invalid Date' : `Date ${new Date(time).toISOString()}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/**
 * The time of a Date, undefined for anything else. By the date's own slot, read by Date's own
 * getTime, not by instanceof or the object's getTime: a Date made in another realm (a frame's, a vm
 * context's, a test runner's) is a Date too; an object that only inherits from Date.prototype, or
 * calls itself one (Symbol.toStringTag), or a Proxy of a Date has no time; and a getTime of the
 * date's own, which may answer otherwise at each call, is not asked.
 */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return dateTime.call(value);
  } catch {
    return undefined;
  }
}
const dateTime = Date.prototype.getTime;
