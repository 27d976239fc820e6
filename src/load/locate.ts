// Positions in a rule file's text: duplicate keys, which JSON.parse silently
// resolves to the last one, and the line and column of a problem's JSON path.
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { problem } from '../errors/problems.js';
import { jsonPath, type Problem } from '../errors/problems.js';
import { repeatedKeys, type Segment } from '../batch/read/json-keys.js';

/** Nesting deeper than this is refused rather than checked: rule files nest a few levels deep. */
export const MAX_NESTING = 5_000;

/**
 * Every key that appears twice in one object, at its second appearance. Call on valid JSON only
 * (JSON.parse read it): one pass over the text that keeps only the open objects' keys, not a
 * syntax tree (repeatedKeys), and counts lines only for the keys it reports (#18).
 */
export function duplicateKeys(file: string, text: string): Problem[] {
  const found = repeatedKeys(text, MAX_NESTING);
  if (found === 'too-deep') return [problem('invalid-json.too-deep', {}, file, '')];
  if (found.length === 0) return [];
  const lines = lineStarts(text);
  return found.map(({ offset, key, path }) => problem('duplicate-key', { key }, file, jsonPath(path), positionOf(lines, offset)));
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

/**
 * The text of the number at a JSON path as the file writes it (-1e400, 1.50), for a number whose
 * value JSON.parse cannot keep: one too large for a double is Infinity, which JSON writes as null.
 * The syntax tree is made on the first call, and only then.
 */
export function writtenValues(text: string): (path: string) => string | undefined {
  let document: DocumentNode | undefined | null = null;
  return (path) => {
    if (document === null) document = tree(text);
    if (!document) return undefined;
    let node: AnyNode = document.body;
    for (const segment of pathSegments(path)) {
      const next = child(node, segment);
      if (!next) return undefined;
      node = next.node;
    }
    return node.type === 'Number' ? text.slice(node.loc.start.offset, node.loc.end.offset) : undefined;
  };
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
