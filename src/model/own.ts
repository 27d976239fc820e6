// A table's entry by a name that came from outside (an argument, a header, a file's extension):
// only the table's own entries count, so that constructor, toString or __proto__ names nothing.

export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Sets the object's own property `key` to `value`, a key named __proto__ (as a plan's header or
 * JSON.parse can give one) included: assigned, that one would set the object's prototype instead.
 */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
