import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/engine/resolve.js';
import { nearestKey } from '../../src/load/schema-keys.js';

/** The nearest key as defined: the same but for case, or within two edits (one for a key of three characters or fewer), the first of the nearest. */
function defined(keys: readonly string[], key: string): string | undefined {
  const typed = [...key.toLowerCase()];
  const tolerance = typed.length <= 3 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of keys) {
    const distance = editDistance(typed, [...candidate.toLowerCase()]);
    if (distance <= tolerance && (best === undefined || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

describe('nearestKey', () => {
  const keys = ['source', 'surface', 'platform', 'at', 'asKnownOn', 'lang'];

  it.each([
    ['Source', 'source'],
    ['surfce', 'surface'],
    ['date', 'at'],
    ['as-known-on', 'asKnownOn'],
    ['a', 'at'],
    ['when', undefined],
    ['', undefined],
  ])('%j is nearest %j', (key, nearest) => {
    expect(nearestKey(keys, key)).toBe(nearest);
  });

  it('finds a key as long as the longest and two more, and none in a key of a megabyte', () => {
    expect(nearestKey(['abcdefghij'], 'abcdefghijkl')).toBe('abcdefghij');
    expect(nearestKey(['abcdefghij'], '\u{1f600}'.repeat(12))).toBeUndefined();
    expect(nearestKey(keys, 'x'.repeat(1_000_000))).toBeUndefined();
    expect(nearestKey(keys, 'surface\u0130')).toBe(defined(keys, 'surface\u0130'));
  });

  it('gives the key its definition gives, for any key', () => {
    const part = fc.constantFrom('s', 'u', 'r', 'f', 'a', 'c', 'e', 'S', 'A', 't', 'l', 'n', 'g', '-', '\u0130', '\u{1f600}', 'surface', 'source', 'asKnownOn');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const key = parts.join('');
        expect(nearestKey(keys, key)).toBe(defined(keys, key));
      }),
      { numRuns: 5000 },
    );
  });
});
