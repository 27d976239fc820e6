// Parses and validates rule files and the seed index with the zod schemas.
// Only loaded when files need validating: it pulls in zod.
import type { z } from 'zod';
import { jsonPath, type Problem } from '../engine/problems.js';
import * as schema from '../model/schema.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import type { RawFile } from './read-files.js';

export interface Validated<T> {
  value?: T;
  problems: Problem[];
}

export function validateRuleFile(file: RawFile): Validated<LoadedRuleFile> {
  const parsed = parseWith(schema.RuleFile, file);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: { path: file.path, data: parsed.value }, problems: [] };
}

export function validateSeedIndex(file: RawFile): Validated<SeedDocument[]> {
  const parsed = parseWith(schema.SeedIndex, file);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: parsed.value.documents, problems: [] };
}

function parseWith<S extends z.ZodType>(type: S, file: RawFile): Validated<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { problems: [{ code: 'schema', file: file.path, path: '', message: `not valid JSON: ${jsonErrorAt(file.text, error as Error)}`, hint: 'check commas, quotes and brackets' }] };
  }
  const result = type.safeParse(json);
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => toProblem(file.path, issue)) };
}

type Issue = z.core.$ZodIssue;

function toProblem(file: string, issue: Issue, prefix: PropertyKey[] = []): Problem {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that came closest rather than "Invalid input".
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (closest.length > 0) return toProblem(file, closest[0]!, path);
  }
  const hint = issue.code === 'unrecognized_keys' ? 'remove it, or check its spelling against the rule-file format in the README' : undefined;
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
