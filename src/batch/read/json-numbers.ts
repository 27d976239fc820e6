// The numbers of a JSON text as they are written. JSON.parse makes 1e999 Infinity, -0 zero and
// 123456789012345678901234567890 another number; a message that echoes such a value must show
// the text the client sent, not one it never wrote. The walk is json-keys.ts's, keeping each
// number's text by its path.
import { walkJson, type Segment } from './json-keys.js';

/** A path's key in the map numberTexts returns. */
export function pathKey(path: readonly Segment[]): string {
  return JSON.stringify(path);
}

/**
 * The text of every number in the JSON text, by pathKey() of its path ([] for a text that is one
 * number). Call on valid JSON only, nested no deeper than JSON.parse and repeatedKeys allowed.
 */
export function numberTexts(text: string): Map<string, string> {
  const found = new Map<string, string>();
  walkJson(text, Infinity, {
    number(levels, from, to) {
      found.set(pathKey(levels.map((open) => open.at)), text.slice(from, to));
    },
  });
  return found;
}
