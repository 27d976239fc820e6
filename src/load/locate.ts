// Positions in a rule file's text: duplicate keys, which JSON.parse silently
// resolves to the last one, and the line and column of a problem's JSON path.
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { problem } from '../errors/problems.js';
import { jsonPath, type Problem } from '../errors/problems.js';

type Segment = string | number;

/** Nesting deeper than this is refused rather than checked: rule files nest a few levels deep. */
export const MAX_NESTING = 5_000;

/** One open object or array of the scan, and where the scan is inside it. */
interface Level {
  /** The keys met so far in an object (null: an array); a Set once there are many. */
  keys: string[] | Set<string> | null;
  /** The current member's key, or the current element's index. */
  at: Segment;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
}

/**
 * Every key that appears twice in one object, at its second appearance. Call on valid JSON only
 * (JSON.parse read it): one pass over the text that keeps only the open objects' keys, not a
 * syntax tree, and counts lines only for the keys it reports (#18).
 */
export function duplicateKeys(file: string, text: string): Problem[] {
  const found: { offset: number; key: string; path: Segment[] }[] = [];
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
        if (remember(level, key)) {
          const path = levels.map((open) => open.at);
          path[path.length - 1] = key;
          found.push({ offset: i, key, path });
        }
        level.at = key;
        level.expectKey = false;
      }
      i = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (levels.length === MAX_NESTING) return [problem('invalid-json.too-deep', {}, file, '')];
      level = { keys: code === OPEN_BRACE ? [] : null, at: 0, expectKey: code === OPEN_BRACE };
      levels.push(level);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      levels.pop();
      level = levels[levels.length - 1];
    } else if (code === COMMA && level !== undefined) {
      if (level.keys === null) level.at = (level.at as number) + 1;
      else level.expectKey = true;
    }
  }
  if (found.length === 0) return [];
  const lines = lineStarts(text);
  return found.map(({ offset, key, path }) => problem('duplicate-key', { key }, file, jsonPath(path), positionOf(lines, offset)));
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** Past this many keys an object's keys go into a Set; below it a list is cheaper. */
const FEW_KEYS = 16;

/** The index of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    // A quote preceded by an odd number of backslashes is escaped.
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Adds the key to the object's; whether it was there already. */
function remember(level: Level, key: string): boolean {
  const keys = level.keys!;
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return true;
    keys.push(key);
    if (keys.length > FEW_KEYS) level.keys = new Set(keys);
    return false;
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return false;
}

/** The offset at which each line begins; a line ends at \n, \r\n or a lone \r, as in the syntax tree. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** The line and column (from 1) of an offset, as the syntax tree gives them. */
function positionOf(lines: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (lines[middle]! <= offset) low = middle;
    else high = middle;
  }
  return { line: low + 1, column: offset - lines[low]! + 1 };
}

/** Adds the line and column of each problem's path in the texts given (by file). */
export function locateProblems(problems: readonly Problem[], texts: ReadonlyMap<string, string>): Problem[] {
  const trees = new Map<string, DocumentNode | undefined>();
  return problems.map((problem) => {
    if (problem.line !== undefined || !problem.path) return problem;
    const text = texts.get(problem.file);
    if (text === undefined) return problem;
    if (!trees.has(problem.file)) trees.set(problem.file, tree(text));
    const document = trees.get(problem.file);
    if (!document) return problem;
    // A path to a missing key points at the deepest part that exists.
    let node: AnyNode = document.body;
    let at: { line: number; column: number } = node.loc.start;
    for (const segment of pathSegments(problem.path)) {
      const next = child(node, segment);
      if (!next) break;
      at = next.at;
      node = next.node;
    }
    return { ...problem, line: at.line, column: at.column };
  });
}

function tree(text: string): DocumentNode | undefined {
  try {
    return parse(text, { mode: 'json' });
  } catch {
    return undefined;
  }
}

function child(node: AnyNode, segment: Segment): { node: AnyNode; at: { line: number; column: number } } | undefined {
  if (node.type === 'Object' && typeof segment === 'string') {
    // The last of equal keys is the one JSON.parse keeps.
    const member = node.members.findLast((candidate) => (candidate.name.type === 'String' ? candidate.name.value : candidate.name.name) === segment);
    return member ? { node: member.value, at: member.loc.start } : undefined;
  }
  if (node.type === 'Array' && typeof segment === 'number') {
    const element = node.elements[segment];
    return element ? { node: element.value, at: element.value.loc.start } : undefined;
  }
  return undefined;
}

function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}
