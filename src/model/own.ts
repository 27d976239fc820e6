// A table's entry by a name that came from outside (an argument, a header, a file's extension):
// only the table's own entries count, so that constructor, toString or __proto__ names nothing.

export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
