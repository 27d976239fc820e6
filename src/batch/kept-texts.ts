// Answers kept by a stretch of a text: a CSV record from its first asked cell to
// its last, as written. Found by a fingerprint of every code unit of the
// stretch, then compared unit for unit with the one kept: two records share an
// answer only when the stretches are equal. The kept stretches' code units lie
// one after another in one typed array, and the slots in another, so that a
// look-up reads a slot and one run of units, and makes no string (#18).
//
// A look-up waits on memory no cache holds: the slot, the kept units, then what
// the caller reads of the value. warm() reads those of many look-ups to come in
// turn, one kind after another, so that the memory of them all is fetched
// together rather than one look-up's after another's.

import { grown } from '../model/grown.js';
import { spread } from './kept-answers.js';

/** Slots of the table at first, and code units for the kept stretches. */
const FIRST_SLOTS = 64;
const FIRST_UNITS = 1 << 12;

/**
 * Code units kept at most (16 MB): past them, as past the limit of entries, all are dropped at
 * once. Twenty thousand stretches of four cells of 64 KiB each would otherwise hold 10 GB.
 */
const MOST_UNITS = 1 << 23;

/**
 * The stretch's fingerprint: FNV-1a over its length and every code unit of it, in 30 bits (a
 * number V8 passes and keeps without a box on the heap: one a row was a tenth of a plan's
 * garbage), never 0 (an empty slot).
 */
export function stretchPrint(text: string, from: number, to: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  // The slot is taken from the low bits: fold the high ones in.
  hash = (hash ^ (hash >>> 15)) & 0x3fffffff;
  return hash === 0 ? 1 : hash;
}

/** stretchPrint of the same stretch held as code units (see KeptTexts.getUnits). */
export function unitsPrint(units: Uint16Array, from: number, to: number): number {
  let hash = Math.imul(0x811c9dc5 ^ (to - from), 0x01000193);
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
  hash = (hash ^ (hash >>> 15)) & 0x3fffffff;
  return hash === 0 ? 1 : hash;
}

export class KeptTexts<T> {
  /** Two numbers a slot: the entry number + 1 (0 for none) and its fingerprint; open addressing, probed one slot on at a time. */
  private slots = new Int32Array(FIRST_SLOTS * 2);
  private mask = FIRST_SLOTS - 1;
  /** Where each entry's units start, and how many. */
  private starts = new Int32Array(FIRST_SLOTS);
  private lengths = new Int32Array(FIRST_SLOTS);
  private units = new Uint16Array(FIRST_UNITS);
  private used = 0;
  private values: T[] = [];
  /** What warm() last read, kept so that its reads are not left out as unused. */
  warmth = 0;

  /**
   * @param limit entries kept before all are dropped at once, so memory stays flat on plans with few repeats.
   */
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.values.length;
  }

  /** The value kept for text[from, to), whose stretchPrint is `print`. */
  get(text: string, from: number, to: number, print: number): T | undefined {
    const { slots, mask } = this;
    const length = to - from;
    for (let slot = print & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]!;
      if (entry === 0) return undefined;
      if (slots[slot * 2 + 1] === print && this.lengths[entry - 1] === length) {
        const units = this.units;
        const offset = this.starts[entry - 1]! - from;
        let i = from;
        while (i < to && units[offset + i] === text.charCodeAt(i)) i++;
        if (i === to) return this.values[entry - 1];
      }
    }
  }

  /**
   * As get(), the stretch held as code units (a text's, copied whole once: a look-up then reads
   * typed arrays alone, several times as fast as a string's units one by one); `print` its unitsPrint.
   */
  getUnits(source: Uint16Array, from: number, to: number, print: number): T | undefined {
    const { slots, mask } = this;
    const length = to - from;
    for (let slot = print & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]!;
      if (entry === 0) return undefined;
      if (slots[slot * 2 + 1] === print && this.lengths[entry - 1] === length) {
        const units = this.units;
        const offset = this.starts[entry - 1]! - from;
        let i = from;
        while (i < to && units[offset + i] === source[i]) i++;
        if (i === to) return this.values[entry - 1];
      }
    }
  }

  /** As set(), the stretch held as code units (see getUnits). */
  setUnits(source: Uint16Array, from: number, to: number, print: number, value: T): void {
    const at = this.add(to - from, print, value);
    this.units.set(source.subarray(from, to), at);
  }

  /** Keeps a value for a stretch that get() did not find; past the limit (or MOST_UNITS), every value kept so far is dropped first. */
  set(text: string, from: number, to: number, print: number, value: T): void {
    const at = this.add(to - from, print, value);
    const { units } = this;
    for (let i = 0, length = to - from; i < length; i++) units[at + i] = text.charCodeAt(from + i);
  }

  /** Whether keeping a stretch of `length` units drops every value kept so far first (see set). */
  dropsAll(length: number): boolean {
    return this.values.length >= this.limit || this.used + length > MOST_UNITS;
  }

  /** An entry for a stretch of `length` units, its value and its slot kept: where its units go. */
  private add(length: number, print: number, value: T): number {
    if (this.dropsAll(length)) this.clear();
    const entry = this.values.length;
    // Kept a third full at most, so that a probe seldom goes past its first slot.
    if ((entry + 1) * 3 > this.mask + 1) this.grow();
    if (entry === this.starts.length) {
      this.starts = grown(this.starts, entry + 1);
      this.lengths = grown(this.lengths, entry + 1);
    }
    this.units = grown(this.units, this.used + length, this.used);
    const { used } = this;
    this.starts[entry] = used;
    this.lengths[entry] = length;
    this.used = used + length;
    this.values.push(value);
    const { slots, mask } = this;
    let slot = print & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = entry + 1;
    slots[slot * 2 + 1] = print;
    return used;
  }

  /**
   * Reads ahead what get() will read for the first `count` fingerprints: their first slots, then
   * the units and values those hold, then what `touch` reads of each value. The answers are
   * get()'s alone; this only fetches their memory.
   */
  warm(prints: Int32Array, count: number, touch: (value: T) => number, entries: Int32Array): void {
    const { slots, mask, starts, lengths, units, values } = this;
    let warmth = 0;
    for (let k = 0; k < count; k++) entries[k] = prints[k] === 0 ? 0 : slots[(prints[k]! & mask) * 2]!;
    for (let k = 0; k < count; k++) {
      const entry = entries[k]!;
      if (entry !== 0) warmth ^= units[starts[entry - 1]! + lengths[entry - 1]! - 1]! ^ units[starts[entry - 1]!]!;
    }
    for (let k = 0; k < count; k++) {
      const entry = entries[k]!;
      if (entry !== 0) warmth ^= touch(values[entry - 1]!);
    }
    this.warmth = warmth;
  }

  clear(): void {
    this.slots.fill(0);
    this.values = [];
    this.used = 0;
    // A plan with a few very long cells leaves a large array: start again small.
    if (this.units.length > 1 << 22) this.units = new Uint16Array(FIRST_UNITS);
  }

  /** Twice the slots, each entry placed again by its fingerprint. */
  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = spread(this.slots, size);
    this.mask = size - 1;
  }
}
