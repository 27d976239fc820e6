// Answers kept by four whole numbers: a sheet row's source, surface, date and
// platform as the numbers of the workbook's shared strings they hold. One shared
// string is one text, so rows with the same four numbers ask with the same four
// texts; they are found without reading a text, by one slot of a typed array
// holding the numbers themselves, compared in full (#18).

/** Slots of the table at first. */
const FIRST_SLOTS = 64;

/** Five numbers a slot, side by side so that a probe reads one line of memory: the entry number + 1 (0 for none), then the four numbers. */
const WIDTH = 5;

export class KeptNumbers<T> {
  private slots = new Int32Array(FIRST_SLOTS * WIDTH);
  private mask = FIRST_SLOTS - 1;
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

  /** The value kept for exactly these numbers (each from 0 to 2³¹ − 1, or a negative mark of the caller's). */
  get(a: number, b: number, c: number, d: number): T | undefined {
    const { slots, mask } = this;
    for (let slot = mix(a, b, c, d) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * WIDTH;
      const entry = slots[at]!;
      if (entry === 0) return undefined;
      if (slots[at + 1] === a && slots[at + 2] === b && slots[at + 3] === c && slots[at + 4] === d) return this.values[entry - 1];
    }
  }

  /** Keeps a value for numbers that get() did not find; past the limit, every value kept so far is dropped first. */
  set(a: number, b: number, c: number, d: number, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    // Kept a third full at most, so that a probe seldom goes past its first slot.
    if ((this.values.length + 1) * 3 > this.mask + 1) this.grow();
    this.values.push(value);
    this.place(this.slots, this.mask, this.values.length, a, b, c, d);
  }

  /**
   * Reads ahead what get() will read for `count` keys of four numbers each (`keys`, one after
   * another): their first slots, then what `touch` reads of the values those hold. The answers
   * are get()'s alone; this only fetches their memory, for many look-ups at once (see
   * KeptTexts.warm).
   */
  warm(keys: Int32Array, count: number, touch: (value: T) => number, entries: Int32Array): void {
    const { slots, mask, values } = this;
    let warmth = 0;
    for (let k = 0; k < count; k++) {
      const at = k * 4;
      entries[k] = keys[at]! < 0 ? 0 : slots[(mix(keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!) & mask) * WIDTH]!;
    }
    for (let k = 0; k < count; k++) {
      const entry = entries[k]!;
      if (entry !== 0) warmth ^= touch(values[entry - 1]!);
    }
    this.warmth = warmth;
  }

  clear(): void {
    this.values = [];
    this.slots = new Int32Array(FIRST_SLOTS * WIDTH);
    this.mask = FIRST_SLOTS - 1;
  }

  private place(slots: Int32Array, mask: number, entry: number, a: number, b: number, c: number, d: number): void {
    let slot = mix(a, b, c, d) & mask;
    while (slots[slot * WIDTH] !== 0) slot = (slot + 1) & mask;
    const at = slot * WIDTH;
    slots[at] = entry;
    slots[at + 1] = a;
    slots[at + 2] = b;
    slots[at + 3] = c;
    slots[at + 4] = d;
  }

  /** Twice the slots, each entry placed again. */
  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * WIDTH);
    const old = this.slots;
    for (let at = 0; at < old.length; at += WIDTH) {
      if (old[at] !== 0) this.place(slots, size - 1, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!, old[at + 4]!);
    }
    this.slots = slots;
    this.mask = size - 1;
  }
}

/** A fingerprint of the four numbers, its low bits (the slot) depending on all of them. */
function mix(a: number, b: number, c: number, d: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ b ^ (hash >>> 13), 0xc2b2ae35);
  hash = Math.imul(hash ^ c ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ d ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
