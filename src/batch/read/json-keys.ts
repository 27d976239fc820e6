// Keys written twice in one JSON object, which JSON.parse silently resolves to the last one: for
// a rule file (src/load/locate.ts), a JSON Lines plan's line (read-jsonl.ts) and a request's
// body (src/serve/app.ts). One pass over text JSON.parse has read, keeping only the open
// objects' keys, not a syntax tree (#18).

/** A step of a key's path: an object's key, or an array's index. */
export type Segment = string | number;

/** A key written a second time in one object: where (offset of its quote), which, and its path. */
export interface RepeatedKey {
  offset: number;
  key: string;
  path: Segment[];
}

/** One open object or array of the scan, and where the scan is inside it. */
export interface Level {
  /** The keys met so far in an object (null: an array); a Set once there are many. */
  keys: string[] | Set<string> | null;
  /** The current member's key, or the current element's index. */
  at: Segment;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
}

/** What a walk of a JSON text reports: each key (its object's level, the open levels), each number (the open levels, its text's span). */
export interface JsonVisit {
  key?(level: Level, levels: readonly Level[], key: string, offset: number): void;
  number?(levels: readonly Level[], from: number, to: number): void;
}

/**
 * One pass over valid JSON (JSON.parse read it), keeping only the open objects and arrays and where
 * the walk is in each (`at`: a member's key, an element's index): repeatedKeys and json-numbers.ts
 * numberTexts. False when more than maxNesting objects and arrays are open at once. A key with an
 * escape is read as JSON reads it: "sour\u0063e" is "source".
 */
export function walkJson(text: string, maxNesting: number, visit: JsonVisit): boolean {
  const levels: Level[] = [];
  let level: Level | undefined;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (level !== undefined && level.keys !== null && level.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        visit.key?.(level, levels, key, i);
        level.at = key;
        level.expectKey = false;
      }
      i = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (levels.length === maxNesting) return false;
      level = { keys: code === OPEN_BRACE ? [] : null, at: 0, expectKey: code === OPEN_BRACE };
      levels.push(level);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      levels.pop();
      level = levels[levels.length - 1];
    } else if (code === COMMA && level !== undefined) {
      if (level.keys === null) level.at = (level.at as number) + 1;
      else level.expectKey = true;
    } else if (visit.number !== undefined && (code === MINUS || (code >= DIGIT_0 && code <= DIGIT_9))) {
      let end = i + 1;
      while (end < length && isNumberPart(text.charCodeAt(end))) end++;
      visit.number(levels, i, end);
      i = end - 1;
    }
  }
  return true;
}

/**
 * Every key that appears twice in one object, at each appearance after its first, in the text's
 * order; 'too-deep' when more than maxNesting objects and arrays are open at once. Call on valid
 * JSON only (JSON.parse read it).
 */
export function repeatedKeys(text: string, maxNesting: number): RepeatedKey[] | 'too-deep' {
  const found: RepeatedKey[] = [];
  const walked = walkJson(text, maxNesting, {
    key(level, levels, key, offset) {
      if (!remember(level, key)) return;
      const path = levels.map((open) => open.at);
      path[path.length - 1] = key;
      found.push({ offset, key, path });
    },
  });
  return walked ? found : 'too-deep';
}

/** A character a JSON number is written with after its first: digits, ".", "e", "E", "+", "-". */
function isNumberPart(code: number): boolean {
  return (code >= DIGIT_0 && code <= DIGIT_9) || code === 0x2e || code === 0x65 || code === 0x45 || code === 0x2b || code === MINUS;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** Past this many keys an object's keys go into a Set; below it a list is cheaper. */
const FEW_KEYS = 16;

/** The index of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (isEscaped(text, end)) end = text.indexOf('"', end + 1);
  return end;
}

/** Whether the character at `at` (a quote) is escaped: preceded by an odd number of backslashes. Also keys-written.ts's. */
export function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/** Adds the key to the object's; whether it was there already. */
function remember(level: Level, key: string): boolean {
  const keys = withKey(level.keys!, key);
  if (keys === true) return true;
  level.keys = keys;
  return false;
}

/**
 * The keys of one object met so far with the key added, or true when it was among them: kept in
 * a list while few (cheaper than a Set), in a Set past FEW_KEYS (a list compared with each key
 * took seconds for tens of thousands). Also a JSON Lines line's keys (flat-line.ts).
 */
export function withKey(keys: string[] | Set<string>, key: string): string[] | Set<string> | true {
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return true;
    keys.push(key);
    return keys.length > FEW_KEYS ? new Set(keys) : keys;
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return keys;
}
