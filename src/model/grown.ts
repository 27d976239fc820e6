// A typed array of numbers made larger by doubling, its values copied: for the tables and
// blocks that grow as a plan is read (numbers, and the code units of kept texts), and the verdict
// index's store of timelines.

/**
 * `numbers` itself when it holds `least` or more, else a copy twice as long (or more, until `least`
 * fits) holding its first `used` values (all of them when not given).
 */
export function grown(numbers: Int32Array, least: number, used?: number): Int32Array<ArrayBuffer>;
export function grown(numbers: Uint16Array, least: number, used?: number): Uint16Array<ArrayBuffer>;
export function grown(numbers: Float64Array, least: number, used?: number): Float64Array<ArrayBuffer>;
export function grown(numbers: Int32Array | Uint16Array | Float64Array, least: number, used = numbers.length): Int32Array | Uint16Array | Float64Array {
  if (least <= numbers.length) return numbers;
  let size = Math.max(numbers.length, 1) * 2;
  while (size < least) size *= 2;
  const copy = numbers instanceof Uint16Array ? new Uint16Array(size) : numbers instanceof Float64Array ? new Float64Array(size) : new Int32Array(size);
  copy.set(used === numbers.length ? numbers : numbers.subarray(0, used));
  return copy;
}
