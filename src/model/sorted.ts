// Binary searches in an ascending Float64Array of instants: the verdict index's stretches and the
// rules' sorted starts.

/**
 * How many of the sorted values are at or before `value`: the stretch it falls in. With `from` and
 * `count`, of the `count` sorted values from `from` on (the verdict index keeps every timeline's
 * instants in one array).
 */
export function countAtOrBefore(sorted: Float64Array, value: number, from = 0, count = sorted.length - from): number {
  let low = from;
  let high = from + count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low - from;
}

/** How many of the sorted values are before `value`. */
export function countBefore(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
