// A typed array of numbers made larger by doubling, its values copied: for the tables and
// blocks that grow as a plan is read.

/** `numbers` itself when it holds `least` or more, else a copy twice as long (or more, until `least` fits). */
export function grown(numbers: Int32Array, least: number): Int32Array<ArrayBuffer> {
  if (least <= numbers.length) return numbers as Int32Array<ArrayBuffer>;
  let size = Math.max(numbers.length, 1) * 2;
  while (size < least) size *= 2;
  const copy = new Int32Array(size);
  copy.set(numbers);
  return copy;
}
