// Parses and validates rule files and the seed index with the zod schemas.
// Only loaded when files need validating: it pulls in zod.
import type { z } from 'zod';
import { jsonPath, type Problem } from '../engine/problems.js';
import { incompleteEvidence } from '../lint/evidence-shape.js';
import * as schema from '../model/schema.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { duplicateKeys, locateProblems } from './locate.js';
import type { RawFile } from './read-files.js';

// For load-catalog.ts, which places problems on their lines only when there are some: from here,
// so that the start-up bundles keep one module apart (scripts/build.mjs), not two.
export { locateProblems };

export interface Validated<T> {
  value?: T;
  problems: Problem[];
}

export function validateRuleFile(file: RawFile): Validated<LoadedRuleFile> {
  const parsed = parseWith(schema.RuleFile, file, incompleteEvidence);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: { path: file.path, data: parsed.value }, problems: [] };
}

export function validateSeedIndex(file: RawFile): Validated<SeedDocument[]> {
  const parsed = parseWith(schema.SeedIndex, file);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: parsed.value.documents, problems: [] };
}

type PreCheck = (json: unknown, file: string) => Problem[];

function parseWith<S extends z.ZodType>(type: S, file: RawFile, preCheck?: PreCheck): Validated<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { problems: [{ code: 'invalid-json', file: file.path, path: '', message: `not valid JSON: ${jsonErrorAt(file.text, error as Error)}`, hint: 'check commas, quotes and brackets' }] };
  }
  // JSON.parse keeps the last of two equal keys: a second "rules": [] would empty the file.
  const duplicates = duplicateKeys(file.path, file.text);
  if (duplicates.length > 0) return { problems: duplicates };
  const early = preCheck?.(json, file.path) ?? [];
  const result = type.safeParse(json);
  if (result.success && early.length === 0) return { value: result.data, problems: [] };
  // A pre-check speaks more precisely about its paths than the schema does.
  const covered = (problem: Problem) => early.some((found) => problem.path === found.path || problem.path.startsWith(`${found.path}.`));
  const schemaProblems = result.success ? [] : result.error.issues.map((issue) => toProblem(file.path, issue)).filter((problem) => !covered(problem));
  return { problems: locateProblems([...early, ...schemaProblems], new Map([[file.path, file.text]])) };
}

type Issue = z.core.$ZodIssue;

function toProblem(file: string, issue: Issue, prefix: PropertyKey[] = []): Problem {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that came closest rather than "Invalid input".
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (closest.length > 0) return toProblem(file, closest[0]!, path);
  }
  if (issue.code === 'too_small' && path.at(-1) === 'evidence') {
    return { code: 'no-evidence', file, path: jsonPath(path), message: 'the rule cites no evidence', hint: 'add a seed quote { "seed", "quote" } or a report { "url", "published", "quote" }' };
  }
  const hint =
    issue.code === 'unrecognized_keys'
      ? 'remove it, or check its spelling against the rule-file format in the README'
      : issue.code === 'too_big'
        ? 'rule files cap the length of names, keywords and texts and the size of lists; see "Rules" in the README'
        : undefined;
  return { code: 'schema', file, path: jsonPath(path), message: issue.message, ...(hint ? { hint } : {}) };
}

function jsonErrorAt(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
