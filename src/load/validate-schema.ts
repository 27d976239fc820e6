// Parses and validates rule files and the seed index with the zod schemas.
// Only loaded when a file needs the schema's words or checks (validate.ts): it pulls in zod.
import type { z } from 'zod';
import { cut, ECHO_LIMIT, echoValue } from '../errors/echo.js';
import { problem } from '../errors/problems.js';
import { jsonPath, type Problem } from '../errors/problems.js';
import { YEAR_RANGE } from '../time/civil.js';
import { incompleteEvidence } from './evidence-shape.js';
import * as schema from '../model/schema.js';
import { SCHEMA_CHECKS, type SchemaCheck } from '../model/schema.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { acceptRuleFile, type SchemaParse } from './accept-rule-file.js';
import { duplicateKeys, locateProblems, writtenValues } from './locate.js';
import type { RawFile } from './read-files.js';
import { branchesOf, keysOf, nearestKey, otherShape, schemaAt } from './schema-keys.js';

export interface Validated<T> {
  value?: T;
  problems: Problem[];
}

export function validateRuleFile(file: RawFile): Validated<LoadedRuleFile> {
  // Most files are accepted without the schema's walk of the whole file; the rest get its words.
  const accepted = acceptRuleFile(file.text, parseOne);
  if (accepted) return { value: { path: file.path, data: accepted }, problems: [] };
  const parsed = parseWith(schema.RuleFile, file, incompleteEvidence);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: { path: file.path, data: parsed.value }, problems: [] };
}

export function validateSeedIndex(file: RawFile): Validated<SeedDocument[]> {
  const parsed = parseWith(schema.SeedIndex, file);
  if (!parsed.value) return { problems: parsed.problems };
  return { value: parsed.value.documents, problems: [] };
}

const ONE = { platform: schema.Platform, group: schema.Group, source: schema.Source, rule: schema.Rule };

/** The schema's output for one definition or rule, or undefined when it refuses it. */
export const parseOne: SchemaParse = (kind, value) => {
  const result = ONE[kind].safeParse(value);
  return result.success ? result.data : undefined;
};

type PreCheck = (json: unknown, file: string) => Problem[];

function parseWith<S extends z.ZodType>(type: S, file: RawFile, preCheck?: PreCheck): Validated<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    return { problems: [problem('invalid-json', jsonErrorAt(file.text, error as Error), file.path, '')] };
  }
  // JSON.parse keeps the last of two equal keys: a second "rules": [] would empty the file.
  const duplicates = duplicateKeys(file.path, file.text);
  if (duplicates.length > 0) return { problems: duplicates };
  const early = preCheck?.(json, file.path) ?? [];
  // reportInput: an issue keeps the value it is about, so that its wording can say what type it was.
  const result = type.safeParse(json, { reportInput: true });
  if (result.success && early.length === 0) return { value: result.data, problems: [] };
  // A pre-check speaks more precisely about its paths than the schema does.
  const covered = (problem: Problem) => early.some((found) => problem.path === found.path || problem.path.startsWith(`${found.path}.`));
  const written = writtenValues(file.text);
  const schemaProblems = result.success ? [] : onePerValue(result.error.issues.flatMap((issue) => toProblems(file.path, issue, type, written))).filter((problem) => !covered(problem));
  return { problems: locateProblems([...early, ...schemaProblems], new Map([[file.path, file.text]])) };
}

type Issue = z.core.$ZodIssue;

/**
 * The first problem of each value: a value two checks refuse (too long, and not an id) is one
 * problem. A key missing because it is misspelt ("keyword" for "keywords") is one problem too:
 * the unknown key, which says which one it is meant as.
 */
function onePerValue(problems: readonly Problem[]): Problem[] {
  const meant = new Set<string>();
  for (const problem of problems) {
    const { key, suggestion } = problem.params;
    if (problem.wording !== 'schema.unrecognized-key' || key === undefined || suggestion === undefined) continue;
    const parent = problem.path.slice(0, problem.path.length - (JSON.parse(key) as string).length).replace(/\.$/, '');
    meant.add(parent ? `${parent}.${JSON.parse(suggestion) as string}` : (JSON.parse(suggestion) as string));
  }
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (seen.size === seen.add(problem.path).size) return false;
    const missing = (problem.wording === 'schema.invalid-type' || problem.wording === 'schema.invalid-value') && problem.params.value === undefined;
    return !(missing && meant.has(problem.path));
  });
}

/** The text of the value at a JSON path as the file writes it (locate.ts writtenValues). */
type Written = (path: string) => string | undefined;

/**
 * The problems of an issue: one, or one for each key the schema does not know. `schema` is the
 * schema of the value at `prefix`, the place issue.path starts from; `union`, the union whose
 * branch it is, when the issue is that branch's.
 */
function toProblems(file: string, issue: Issue, schema: z.core.$ZodType | undefined, written: Written, prefix: PropertyKey[] = [], union?: z.core.$ZodType): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that came closest rather than "Invalid input": one of the value's type
    // (an imprecise from is an object, not a string) before one that says it is of another; of
    // two that know all but some keys given, the one that knows more (a report with a seed key
    // is a report).
    const size = (inner: Issue) => (inner.code === 'unrecognized_keys' ? inner.keys.length : 1);
    const distance = (issues: readonly Issue[]) => issues.reduce((sum, inner) => sum + size(inner), 0) + (issues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0) ? 1000 : 0);
    const union = schemaAt(schema, issue.path);
    // An object none of the shapes takes because of a key none of them has ({ "id": … } for
    // { "ids": … }): that key, rather than what one of the shapes lacks.
    const anyKeys = [...new Set(branchesOf(union).flatMap((branch) => keysOf(branch)))];
    const unknown = isObject(issue.input) && anyKeys.length > 0 ? Object.keys(issue.input).filter((key) => !anyKeys.includes(key)) : [];
    if (unknown.length > 0) return unknownKeys(file, path, unknown, anyKeys, issue.input);
    const closest = [...issue.errors].sort((a, b) => distance(a) - distance(b))[0]!;
    const branch = branchesOf(union)[(issue.errors as Issue[][]).indexOf(closest)];
    if (closest.length > 0) return toProblems(file, closest[0]!, branch, written, path, union);
  }
  if (issue.code === 'unrecognized_keys') {
    // zod reports a union whose value only one branch could take (a seed quote with a report's
    // publisher) as that branch's issue, at the union: its keys are that branch's.
    const at = schemaAt(schema, issue.path);
    const shapes = branchesOf(at).length > 0 ? at : issue.path.length === 0 ? union : undefined;
    return unknownKeys(file, path, issue.keys, keysOf(at, issue.input, issue.keys), issue.input, shapes);
  }
  return [toProblem(file, issue, path, written)];
}

/**
 * Each key at its own place in the file, with the keys valid there and the one it may be meant
 * as; or, a key of another shape the value may take (`shapes`, a union), what that shape needs.
 */
function unknownKeys(file: string, path: readonly PropertyKey[], unknown: readonly string[], keys: readonly string[], given: unknown, shapes?: z.core.$ZodType): Problem[] {
  // A key the object already gives is not the one meant.
  const free = keys.filter((key) => !(isObject(given) && Object.hasOwn(given, key)));
  return unknown.map((key) => {
    const other = otherShape(shapes, keys, key);
    const near = other === undefined ? nearestKey(free, key) : undefined;
    const params = { key: JSON.stringify(key), valid: keys.join(', '), ...(near === undefined ? {} : { suggestion: JSON.stringify(near) }), ...(other === undefined ? {} : { shape: other.needs.join(', '), instead: other.instead.join(', ') }) };
    return problem('schema.unrecognized-key', params, file, jsonPath([...path, key]));
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toProblem(file: string, issue: Issue, path: PropertyKey[], written: Written): Problem {
  const at = jsonPath(path);
  if (issue.message === 'no-evidence' || (issue.code === 'too_small' && path.at(-1) === 'evidence')) {
    return problem('no-evidence', {}, file, at);
  }
  // The value refused, as its wording quotes it (when it is one to quote: not a list or an object).
  const value = given(issue.input, () => written(at));
  if ((SCHEMA_CHECKS as readonly string[]).includes(issue.message)) {
    const check = issue.message as Exclude<SchemaCheck, 'no-evidence'>;
    return check === 'calendar' ? problem('schema.calendar', { years: YEAR_RANGE, ...value }, file, at) : problem(`schema.${check}`, { ...value }, file, at);
  }
  switch (issue.code) {
    case 'invalid_type':
      return problem('schema.invalid-type', { expected: issue.expected, received: typeOf(issue.input), ...value }, file, at);
    case 'invalid_value':
      return problem('schema.invalid-value', { values: issue.values.map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value))).join('|'), count: String(issue.values.length), ...value }, file, at);
    case 'too_big':
      return problem('schema.too-big', { origin: issue.origin, bound: `${issue.inclusive ? '<=' : '<'}${String(issue.maximum)}`, ...lengthOf(issue.input), ...value }, file, at);
    case 'too_small':
      return problem('schema.too-small', { origin: issue.origin, bound: `${issue.inclusive ? '>=' : '>'}${String(issue.minimum)}`, ...lengthOf(issue.input), ...value }, file, at);
    case 'invalid_format':
      return problem('schema.invalid-format', { format: issue.format, ...value }, file, at);
    default:
      return problem('schema.other', { detail: issue.message, ...value }, file, at);
  }
}

/**
 * The value as a problem quotes it (echoValue), when it is one to quote; a number as the file
 * writes it: -1e400 is -Infinity once read, which JSON would write as null.
 */
function given(input: unknown, written: () => string | undefined): { value?: string } {
  const asWritten = typeof input === 'number' ? written() : undefined;
  const shown = asWritten === undefined ? echoValue(input) : cut(asWritten, ECHO_LIMIT);
  return shown === undefined ? {} : { value: shown };
}

/** How long a text or a list is, for a size it is refused for. */
function lengthOf(input: unknown): { length?: string } {
  if (typeof input === 'string') return { length: String(input.length) };
  return Array.isArray(input) ? { length: String(input.length) } : {};
}

/** The type of a value as zod names it in its messages. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** The parser's reason, without the position, and the line and column of that position when it gives one. */
function jsonErrorAt(text: string, error: Error): { reason: string; line?: string; column?: string } {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return { reason: error.message };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { reason: error.message.replace(/ in JSON at position \d+.*$/, ''), line: String(line), column: String(column) };
}
