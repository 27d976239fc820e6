// Values kept by a number a reader in a thread of its own gave a text (text-keys.ts): a
// record's key, or one of its cells' keys. A number of one run of numbering has a slot no
// other number of that run shares, so a look-up is one comparison of numbers (#18).
import { KEYED_TEXTS } from './text-keys.js';

export class ByNumber<T> {
  /** The number each slot's value is kept for, -1 for none; made when the first value is kept. */
  private numbers: Int32Array | undefined;
  private values: (T | undefined)[] = [];

  /** The value kept for the number, if it is still kept (a number of a later run takes its slot); none for a number below 0 (none given). */
  get(number: number): T | undefined {
    const numbers = this.numbers;
    if (numbers === undefined || number < 0) return undefined;
    const slot = number % KEYED_TEXTS;
    return numbers[slot] === number ? this.values[slot] : undefined;
  }

  /** What warm() last read, kept so that its reads are not left out as unused. */
  warmth = 0;

  /**
   * Reads what the look-ups of the records' keys will read (see KeptTexts.warm), for all of them
   * together: first the slots, then each value found through `touch`.
   */
  warm(records: readonly { key?: number }[], count: number, touch: (value: T) => number): void {
    const numbers = this.numbers;
    if (numbers === undefined) return;
    const values = this.values;
    let warmth = 0;
    for (let k = 0; k < count; k++) {
      const number = records[k]!.key ?? -1;
      if (number >= 0 && numbers[number % KEYED_TEXTS] === number) warmth ^= touch(values[number % KEYED_TEXTS]!);
    }
    this.warmth = warmth;
  }

  /** Keeps the value for a number of 0 or more (nothing for one below 0), and returns it. */
  set(number: number, value: T): T {
    if (number < 0) return value;
    if (this.numbers === undefined) {
      this.numbers = new Int32Array(KEYED_TEXTS).fill(-1);
      this.values = new Array<T | undefined>(KEYED_TEXTS).fill(undefined);
    }
    const slot = number % KEYED_TEXTS;
    this.numbers[slot] = number;
    this.values[slot] = value;
    return value;
  }
}
