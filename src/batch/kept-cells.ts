// What a batch keeps of the cells it has read, in bounded memory: each cell's text with what
// it resolved to, and the staleness of each pair of days (#18).
import { beyondStaleness, type Staleness } from '../time/staleness.js';

/** Answers, cells and days are kept up to this many, then dropped all at once, so memory stays flat. */
export const CACHE_LIMIT = 20_000;

/** Code units of a cell's text past which it is not kept (see Cells#set). */
const LONGEST_KEPT = 1024;

export interface StaleRecord {
  /** The newest publication date of evidence for the platform, source and surface (YYYY-MM-DD). */
  newestEvidence: string;
  /** The queried civil day in the platform's zone. */
  queriedDay: string;
  /** The limit it is past. */
  limit: Staleness;
}

/** Values by a cell's text as written; the text is copied when kept (see detached). */
export class Cells<T> {
  private kept = new Map<string, T>();

  get(text: string): T | undefined {
    return this.kept.get(text);
  }

  /** Keeps the value, and returns it; a text longer than a cell usually is is not kept, so that 20,000 of them cannot fill the memory. */
  set(text: string, value: T): T {
    if (text.length > LONGEST_KEPT) return value;
    if (this.kept.size >= CACHE_LIMIT) this.kept = new Map();
    this.kept.set(detached(text), value);
    return value;
  }
}

/**
 * The text in a string of its own. A cell a reader cuts from a chunk refers to the chunk
 * (V8 makes a slice of a longer string a view of it), so a kept cell kept 64 KiB of the file:
 * a plan with thousands of distinct links spread through it peaked at 460 MB. Joined to a
 * character, the text is copied into a new string (its slice refers to that copy, not to the
 * chunk); no Buffer, so that the batch runs in a browser too (#19). Every code unit is kept,
 * a lone surrogate as well.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Staleness, as the single check's freshness gives it, from the newest evidence of the
 * placement (which does not depend on the instant) and the queried day: one record for each
 * pair of days, so that rows of one day share it, and its words.
 */
export function stalenessOf(limit: Staleness | undefined): (newestEvidence: string, queriedDay: string) => StaleRecord | null {
  let records = new Map<string, Map<string, StaleRecord | null>>();
  let kept = 0;
  return (newestEvidence, queriedDay) => {
    if (limit === undefined) return null;
    let byDay = records.get(newestEvidence);
    if (byDay === undefined) {
      if (kept >= CACHE_LIMIT) {
        records = new Map();
        kept = 0;
      }
      records.set(newestEvidence, (byDay = new Map()));
    }
    let record = byDay.get(queriedDay);
    if (record === undefined) {
      record = beyondStaleness(newestEvidence, queriedDay, limit) ? { newestEvidence, queriedDay, limit } : null;
      byDay.set(queriedDay, record);
      kept++;
    }
    return record;
  };
}

