// Where the histories the build stored of a catalog's placements are read from (views/histories.ts
// storeHistories): attached by the loader to a catalog restored from the build's snapshot, read by
// a timeline when it first asks. Apart from periods.ts so that a check's bundle, which loads the
// snapshot but draws no timeline, holds no more than this.
import type { Catalog } from '../engine/catalog.js';

const readers = new WeakMap<Catalog, () => unknown>();

/** `read` gives this catalog's stored histories as the build wrote them, or undefined when there are none of its rules. */
export function withStoredHistories(catalog: Catalog, read: () => unknown): void {
  readers.set(catalog, read);
}

export function storedHistoriesReader(catalog: Catalog): (() => unknown) | undefined {
  return readers.get(catalog);
}
