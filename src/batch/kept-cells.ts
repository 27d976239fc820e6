// What a batch keeps of the cells it has read, in bounded memory: each cell's text with what
// it resolved to, and the staleness of each pair of days (#18).
import { sampled } from './kept-answers.js';
import { beyondStaleness, type Staleness } from '../time/staleness.js';

/** Answers, cells and days are kept up to this many, then dropped all at once, so memory stays flat. */
export const CACHE_LIMIT = 20_000;

/** Code units of a cell's text past which it is not kept (see Cells#set). */
export const LONGEST_KEPT = 1024;

export interface StaleRecord {
  /** The newest publication date of evidence for the platform, source and surface (YYYY-MM-DD). */
  newestEvidence: string;
  /** The queried civil day in the platform's zone. */
  queriedDay: string;
  /** The limit it is past. */
  limit: Staleness;
}

/** Slots a Cells table starts with; it doubles when a third are taken, so that probes stay short. */
const FIRST_SLOTS = 1 << 10;

/**
 * Values by a cell's text as written. A cell is a fresh slice of its chunk, which a Map would
 * hash in full: here a fingerprint of up to 32 of its code units picks a slot of a typed array,
 * and the text is compared with the kept one natively. Two texts share a value only when they
 * are equal (#18). (The kept texts were once code units in one typed array, compared one by one
 * in JavaScript: that loop was most of a nearly distinct plan's look-ups.)
 */
export class Cells<T> {
  /** Two numbers a slot: the entry number + 1 (0 for none) and its fingerprint; open addressing. */
  private slots = new Int32Array(FIRST_SLOTS * 2);
  private mask = FIRST_SLOTS - 1;
  private texts: string[] = [];
  private values: T[] = [];

  get(text: string): T | undefined {
    const print = fingerprint(text);
    const { slots, mask, texts } = this;
    for (let slot = print & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]!;
      if (entry === 0) return undefined;
      if (slots[slot * 2 + 1] === print && texts[entry - 1] === text) return this.values[entry - 1];
    }
  }

  /** Keeps the value for a text get() did not find, and returns it; a text longer than a cell usually is is not kept, so that 20,000 of them cannot fill the memory. */
  set(text: string, value: T): T {
    if (text.length > LONGEST_KEPT) return value;
    if (this.values.length >= CACHE_LIMIT) this.clear();
    const entry = this.values.length;
    if ((entry + 1) * 3 > this.slots.length / 2) this.grow();
    this.texts.push(ownCopy(text));
    this.values.push(value);
    this.place(entry, fingerprint(text));
    return value;
  }

  private place(entry: number, print: number): void {
    const { slots, mask } = this;
    let slot = print & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = entry + 1;
    slots[slot * 2 + 1] = print;
  }

  /** Twice the slots, the entries placed anew. */
  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry, fingerprint(this.texts[entry]!));
  }

  private clear(): void {
    this.slots.fill(0);
    this.values = [];
    this.texts = [];
  }
}

/**
 * A copy of a text that holds nothing else: a slice of a chunk (as a cell is) keeps the whole
 * chunk alive, so twenty thousand kept slices could hold as many chunks. A text as short as
 * a slice's least length is already a copy. A longer one is joined to one more character and
 * sliced back: the slice is of the joined text, which V8 makes flat, a copy of the text alone.
 * (A round trip through JSON, as before, took twice as long: it scans for escapes and parses.)
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

/** The text's fingerprint (kept-answers.ts sampled), its high bits folded into the low ones, which pick the slot. */
function fingerprint(text: string): number {
  const hash = sampled(0x811c9dc5, text);
  return hash ^ (hash >>> 15);
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

