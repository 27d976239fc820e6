// How ids and aliases are compared: the one normal form every lookup and check uses.

/** Lower-cased, width-folded form under which ids and aliases are looked up. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
