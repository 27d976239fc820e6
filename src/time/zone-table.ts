// UTC offsets of one zone over a span, as written by scripts/zone-data.mjs.
export interface ZoneTable {
  /** Instants (seconds since the epoch, ascending) at which the offset changes. */
  at: readonly number[];
  /** Offsets east of UTC in seconds: offsets[0] before at[0], offsets[i + 1] from at[i]. */
  offsets: readonly number[];
}

/** The offset in seconds at an instant given in seconds. */
export function tableOffset(table: ZoneTable, seconds: number): number {
  let low = 0;
  let high = table.at.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table.at[middle]! <= seconds) low = middle + 1;
    else high = middle;
  }
  return table.offsets[low]!;
}
