// A value made the first time it is asked for. For Unicode property patterns (\p{…}),
// which cost a measurable part of a check's start-up to build even when no input needs them.

export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
