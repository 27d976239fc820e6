// How long a value may be where it is printed, and how a message quotes a value of the user's:
// here, below everything that reports, so that the core can quote the value it refuses
// (a rule-file problem) the way the renderers cut what they print (src/render/safe.ts).

/** At most this many characters of one value are printed; longer ones end in "…". */
export const VALUE_LIMIT = 1000;
/** At most this many characters of an argument echoed in an error message. */
export const ECHO_LIMIT = 100;

/** The value cut to `limit` characters, the last one "…". */
export function cut(value: string, limit = VALUE_LIMIT): string {
  if (value.length <= limit) return value;
  const characters = [...value];
  return characters.length <= limit ? value : `${characters.slice(0, limit - 1).join('')}…`;
}

/**
 * A value read from a file as a message quotes it: a string in JSON's quotes (a line break or a
 * quote in it escaped, as the file writes it), cut to ECHO_LIMIT characters; a number, true, false
 * or null as JSON writes it; undefined for a list, an object or a missing value, which the path
 * names better than a copy, and for a number too large to keep (Infinity, which JSON writes as
 * null). What else could drive a terminal is escaped where it is printed.
 */
export function echoValue(value: unknown): string | undefined {
  if (typeof value === 'string') return JSON.stringify(cut(value, ECHO_LIMIT));
  // A number too large for a double (1e400 in a file) is Infinity, which JSON writes as null: not quoted.
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  return undefined;
}
