// Answers kept by the four texts a row asks with, found by a fingerprint of the
// texts and then compared with every one of them: two rows share an answer only
// when all four texts are equal, whatever their fingerprints. A cell is a fresh
// slice of its chunk, so a map keyed by it hashes it natively, then compares it
// through the runtime; one fingerprint over the four cells in a loop, one slot in
// a typed array and four comparisons cost a third of four such look-ups (#18).
// The kept texts' code units lie one after another in one typed array, so that
// comparing a row with them reads a few lines of memory, where four strings kept
// apart cost a miss of the cache each, for their pointers, headers and contents.
import { grown } from '../model/grown.js';

/** The texts' fingerprint: any function of their contents, equal texts giving equal numbers. */
export type Fingerprint = (a: string, b: string, c: string, d: string) => number;

/** Code units of a row's four texts past which it is not kept: 20,000 rows of 64 KiB cells would fill gigabytes. */
const LONGEST_KEPT = 4096;

/** Slots for the fingerprints of rows missed once. */
const MISSED = 1 << 16;

/** Slots of the table at first, and code units for the kept texts. */
const FIRST_SLOTS = 64;
const FIRST_UNITS = 1 << 12;

export class KeptAnswers<T> {
  /**
   * Two numbers a slot, side by side so that a probe reads one line of memory: the entry
   * number + 1 (0 for none) and its fingerprint; open addressing, probed one slot on at a time.
   */
  private slots = new Int32Array(FIRST_SLOTS * 2);
  private mask = FIRST_SLOTS - 1;
  /** Slots the table grows to, three for each entry kept at most. */
  private readonly mostSlots: number;
  /** Fingerprints of texts get() did not find, one a slot, for admit(); made when first needed. */
  private missed: Int32Array | undefined;
  private lastMiss = 0;
  /** Look-ups and hits lately (see admit). */
  private asked = 0;
  private found = 0;
  /** The four texts of each entry, their code units one after another. */
  private units = new Uint16Array(FIRST_UNITS);
  private used = 0;
  /** Five numbers an entry: where its texts start in units, then their four lengths. */
  private entries = new Int32Array(FIRST_SLOTS * 5);
  private values: T[] = [];

  /**
   * @param limit entries kept before all are dropped at once, so memory stays flat on plans with few repeats.
   */
  constructor(
    private readonly limit: number,
    private readonly fingerprint: Fingerprint = fnv1a,
  ) {
    let size = 16;
    while (size < limit * 3) size *= 2;
    this.mostSlots = size;
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * Whether a quarter or more of the texts asked for lately were found, or missed once before (see
   * admit): then rows repeat, and a missed one is worth keeping at once. A realistic plan's first
   * rows are mostly new, and each was answered twice before a half had to be found (#18).
   */
  get finding(): boolean {
    return this.found * 4 >= this.asked;
  }

  /** The value kept for exactly these texts. */
  get(a: string, b: string, c: string, d: string): T | undefined {
    const print = this.fingerprint(a, b, c, d);
    const { slots, mask } = this;
    if (++this.asked > MISSED) {
      this.asked = 1;
      this.found = 0;
    }
    for (let slot = print & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2]!;
      if (entry === 0) {
        this.lastMiss = print;
        return undefined;
      }
      if (slots[slot * 2 + 1] === print && this.holds(entry - 1, a, b, c, d)) {
        this.found++;
        return this.values[entry - 1];
      }
    }
  }

  /** Whether the entry's texts are these. */
  private holds(entry: number, a: string, b: string, c: string, d: string): boolean {
    const { entries, units } = this;
    const at = entry * 5;
    if (entries[at + 1] !== a.length || entries[at + 2] !== b.length || entries[at + 3] !== c.length || entries[at + 4] !== d.length) return false;
    let offset = entries[at]!;
    for (let i = 0; i < a.length; i++) if (units[offset + i] !== a.charCodeAt(i)) return false;
    offset += a.length;
    for (let i = 0; i < b.length; i++) if (units[offset + i] !== b.charCodeAt(i)) return false;
    offset += b.length;
    for (let i = 0; i < c.length; i++) if (units[offset + i] !== c.charCodeAt(i)) return false;
    offset += c.length;
    for (let i = 0; i < d.length; i++) if (units[offset + i] !== d.charCodeAt(i)) return false;
    return true;
  }

  /**
   * Whether the texts get() last did not find are worth keeping: while rows are found (see
   * finding), yes; else only when they were missed once before (or another texts' of the same
   * fingerprint were, lately), which counts as found. On a plan of nearly all distinct rows a row
   * seen once is not kept, so that none is held and its garbage dies young; a row seen twice is (#18).
   */
  admit(a: string, b: string, c: string, d: string): boolean {
    // A row longer than any plan's usual row is answered each time it comes, not held.
    if (a.length + b.length + c.length + d.length > LONGEST_KEPT) return false;
    const print = this.lastMiss;
    const slot = (print ^ (print >>> 16)) & (MISSED - 1);
    const missed = (this.missed ??= new Int32Array(MISSED));
    if (missed[slot] === print) {
      this.found++;
      return true;
    }
    if (this.finding) return true;
    missed[slot] = print;
    return false;
  }

  /** Keeps a value for texts that get() did not find; past the limit, every value kept so far is dropped first. */
  set(a: string, b: string, c: string, d: string, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    const entry = this.values.length;
    // A short plan keeps a few answers: the table starts small and doubles, kept a third full at most.
    if ((entry + 1) * 3 > this.mask + 1 && this.mask + 1 < this.mostSlots) this.grow();
    const print = this.fingerprint(a, b, c, d);
    const { slots, mask } = this;
    let slot = print & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    const length = a.length + b.length + c.length + d.length;
    this.units = grown(this.units, this.used + length, this.used);
    const at = entry * 5;
    this.entries[at] = this.used;
    this.entries[at + 1] = a.length;
    this.entries[at + 2] = b.length;
    this.entries[at + 3] = c.length;
    this.entries[at + 4] = d.length;
    for (const text of [a, b, c, d]) {
      const { units, used } = this;
      for (let i = 0; i < text.length; i++) units[used + i] = text.charCodeAt(i);
      this.used += text.length;
    }
    this.values.push(value);
    slots[slot * 2] = this.values.length;
    slots[slot * 2 + 1] = print;
  }

  /** Twice the slots, each entry placed again by its fingerprint, and room for as many entries. */
  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = spread(this.slots, size);
    this.mask = size - 1;
    const entries = new Int32Array(Math.min(size, this.limit) * 5);
    entries.set(this.entries.subarray(0, Math.min(this.entries.length, entries.length)));
    this.entries = entries;
  }

  clear(): void {
    this.slots.fill(0);
    this.values = [];
    this.used = 0;
    // A plan with a few very long cells leaves a large array: start again small.
    if (this.units.length > 1 << 22) this.units = new Uint16Array(FIRST_UNITS);
  }
}

/**
 * FNV-1a over each text's length and up to 32 of its code units (see sampled; every unit of a
 * short text): a function of the contents, so equal texts give equal numbers, and cheaper than
 * every unit of a long share text; the units it skips are compared when the slot is (#18).
 * The lengths part the texts, so "ab","c" and "a","bc" differ.
 */
export function fnv1a(a: string, b: string, c: string, d: string): number {
  let hash = sampled(0x811c9dc5, a);
  hash = sampled(hash, b);
  hash = sampled(hash, c);
  hash = sampled(hash, d);
  // The slot is taken from the low bits: fold the high ones in.
  return hash ^ (hash >>> 15);
}

/**
 * FNV-1a steps over a text's length and code units: every one of its last TAIL (links and ids
 * differ at their ends), and up to TAIL more spread over the rest. Steps of a sixteenth of the
 * text, as before, read three digits of a Taobao link's twelve-digit id: 20,000 such links had
 * 1,000 fingerprints, up to 38 links each, and a plan of them in one thread took half as long
 * again (2.27 s against 1.53 s for 300,000 rows).
 */
export function sampled(hash: number, text: string): number {
  const length = text.length;
  hash = Math.imul(hash ^ length, 0x01000193);
  const tail = length > TAIL ? length - TAIL : 0;
  for (let i = length - 1; i >= tail; i--) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const step = Math.floor(tail / TAIL) + 1;
  for (let i = tail - 1; i >= 0; i -= step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Code units at the end of a text that its fingerprint reads every one of. */
const TAIL = 16;

/**
 * A table of `size` slots of two numbers (an entry number + 1, 0 for none, and its fingerprint),
 * each entry of `old` placed again by its fingerprint, probed one slot on at a time.
 */
export function spread(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  for (let at = 0; at < old.length; at += 2) {
    if (old[at] === 0) continue;
    let slot = old[at + 1]! & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = old[at]!;
    slots[slot * 2 + 1] = old[at + 1]!;
  }
  return slots;
}
