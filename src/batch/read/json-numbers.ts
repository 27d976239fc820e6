// The numbers of a JSON text as they are written. JSON.parse makes 1e999 Infinity, -0 zero and
// 123456789012345678901234567890 another number; a message that echoes such a value must show
// the text the client sent, not one it never wrote. One pass over text JSON.parse has read,
// as json-keys.ts's, keeping each number's text by its path.
import { stringEnd, type Segment } from './json-keys.js';

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
  // Each open object or array: its current key or index, and (an object) whether a key comes next.
  const levels: { at: Segment; expectKey: boolean; array: boolean }[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const level = levels[levels.length - 1];
    if (code === 0x22) {
      const end = stringEnd(text, i);
      if (level !== undefined && !level.array && level.expectKey) {
        const raw = text.slice(i + 1, end);
        level.at = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        level.expectKey = false;
      }
      i = end;
    } else if (code === 0x7b || code === 0x5b) {
      levels.push({ at: 0, expectKey: code === 0x7b, array: code === 0x5b });
    } else if (code === 0x7d || code === 0x5d) {
      levels.pop();
    } else if (code === 0x2c && level !== undefined) {
      if (level.array) level.at = (level.at as number) + 1;
      else level.expectKey = true;
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = i + 1;
      while (end < length && NUMBER_PART.test(text[end]!)) end++;
      found.set(pathKey(levels.map((open) => open.at)), text.slice(i, end));
      i = end - 1;
    }
  }
  return found;
}

const NUMBER_PART = /[0-9eE+.-]/u;
