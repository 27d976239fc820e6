// Answers kept by the four texts a row asks with, found by a fingerprint of the
// texts and then compared with every one of them: two rows share an answer only
// when all four texts are equal, whatever their fingerprints. A cell is a fresh
// slice of its chunk, so a map keyed by it hashes it natively, then compares it
// through the runtime; one fingerprint over the four cells in a loop, one slot in
// a typed array and four comparisons cost a third of four such look-ups (#18).

/** The texts' fingerprint: any function of their contents, equal texts giving equal numbers. */
export type Fingerprint = (a: string, b: string, c: string, d: string) => number;

/** Slots for the fingerprints of rows missed once. */
const MISSED = 1 << 16;

export class KeptAnswers<T> {
  /** Entry number + 1 in each slot, 0 for none; open addressing, probed one slot on at a time. */
  private readonly slots: Int32Array;
  private readonly prints: Int32Array;
  private readonly mask: number;
  /** Fingerprints of texts get() did not find, one a slot, for admit(). */
  private readonly missed = new Int32Array(MISSED);
  private lastMiss = 0;
  /** Four texts an entry, in order. */
  private texts: string[] = [];
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
    this.slots = new Int32Array(size);
    this.prints = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.values.length;
  }

  /** The value kept for exactly these texts. */
  get(a: string, b: string, c: string, d: string): T | undefined {
    const print = this.fingerprint(a, b, c, d);
    const { slots, prints, mask, texts } = this;
    for (let slot = print & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) {
        this.lastMiss = print;
        return undefined;
      }
      if (prints[slot] === print) {
        const at = (entry - 1) * 4;
        if (texts[at] === a && texts[at + 1] === b && texts[at + 2] === c && texts[at + 3] === d) return this.values[entry - 1];
      }
    }
  }

  /**
   * Whether the texts get() last did not find are worth keeping: whether they were missed
   * once before (or another texts' of the same fingerprint were, lately). A row seen once is
   * not kept, so that a plan of nearly all distinct rows holds none of them, and its garbage
   * dies young; a row seen twice is kept (#18).
   */
  admit(): boolean {
    const print = this.lastMiss;
    const slot = (print ^ (print >>> 16)) & (MISSED - 1);
    if (this.missed[slot] === print) return true;
    this.missed[slot] = print;
    return false;
  }

  /** Keeps a value for texts that get() did not find; past the limit, every value kept so far is dropped first. */
  set(a: string, b: string, c: string, d: string, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    const print = this.fingerprint(a, b, c, d);
    const { slots, mask } = this;
    let slot = print & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    this.texts.push(a, b, c, d);
    this.values.push(value);
    slots[slot] = this.values.length;
    this.prints[slot] = print;
  }

  clear(): void {
    this.slots.fill(0);
    this.texts = [];
    this.values = [];
  }
}

/** FNV-1a over the UTF-16 code units, with a unit no text holds between the texts (so "ab","c" and "a","bc" differ). */
export function fnv1a(a: string, b: string, c: string, d: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) hash = Math.imul(hash ^ a.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 0x10000, 0x01000193);
  for (let i = 0; i < b.length; i++) hash = Math.imul(hash ^ b.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 0x10000, 0x01000193);
  for (let i = 0; i < c.length; i++) hash = Math.imul(hash ^ c.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 0x10000, 0x01000193);
  for (let i = 0; i < d.length; i++) hash = Math.imul(hash ^ d.charCodeAt(i), 0x01000193);
  // The slot is taken from the low bits: fold the high ones in.
  return hash ^ (hash >>> 15);
}
