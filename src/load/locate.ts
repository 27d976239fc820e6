// Positions in a rule file's text: duplicate keys, which JSON.parse silently
// resolves to the last one, and the line and column of a problem's JSON path.
import { parse, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { problem } from '../engine/problem-messages.js';
import { jsonPath, type Problem } from '../engine/problems.js';

type Segment = string | number;

/** Every key that appears twice in one object, at its second appearance. Call on valid JSON only. */
export function duplicateKeys(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let document: DocumentNode;
  try {
    document = parse(text, { mode: 'json' });
  } catch (error) {
    // JSON.parse read it, so this is depth (the parser recurses) or a disagreement: refuse rather than skip the check.
    return [error instanceof RangeError ? problem('invalid-json.too-deep', {}, file, '') : problem('invalid-json.unchecked', { reason: (error as Error).message }, file, '')];
  }
  // An explicit stack, not recursion: nesting depth is the file's to choose.
  const stack: [AnyNode, Segment[]][] = [[document.body, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        if (seen.has(key)) {
          problems.push(problem('duplicate-key', { key }, file, jsonPath([...path, key]), { line: member.loc.start.line, column: member.loc.start.column }));
        }
        seen.add(key);
        stack.push([member.value, [...path, key]]);
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, index) => stack.push([element.value, [...path, index]]));
    }
  }
  return problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
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
