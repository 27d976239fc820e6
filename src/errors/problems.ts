// Problems found in rule data. Data, not wording: each carries the id of its
// wording in the problem catalogues (problem-messages.ts, problem-messages-zh.ts)
// and the values the wording needs; message and hint are its English words, for
// --json and the library. The lint and load renderers turn them into lines.
import type { ProblemWording } from '../i18n/en-problems.js';

export type ProblemCode =
  | 'unreadable'
  | 'invalid-utf8'
  | 'duplicate-key'
  | 'alias-like-link'
  | 'invalid-json'
  | 'schema'
  | 'no-evidence'
  | 'evidence-incomplete'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'alias-conflict'
  | 'domain-conflict'
  | 'keyword-conflict'
  | 'until-not-after-from'
  | 'until-evidence-without-until'
  | 'bad-imprecise-from'
  | 'bad-phase-in'
  | 'conflicting-rules'
  | 'any-link-unstated'
  | 'any-link-unquoted'
  | 'any-link-vague'
  | 'quote-too-short'
  | 'allow-source-unnamed'
  | 'evidence-after-review'
  | 'unknown-document'
  | 'quote-not-found'
  | 'missing-language';

export interface Problem {
  code: ProblemCode;
  /** The rule file (or seed index) the problem is in. */
  file: string;
  /** JSON path inside the file, e.g. rules[3].surfaces[0]; empty for the whole file. */
  path: string;
  message: string;
  hint?: string;
  /** 1-based line and column of the value at path, when the file's text is at hand. */
  line?: number;
  column?: number;
  /** How the problem is worded: a key of the problem catalogues. */
  wording: ProblemWording;
  /** The values its wording needs. */
  params: Readonly<Record<string, string>>;
  /** "warning": reported by the lint without failing it; absent: an error. */
  severity?: 'warning';
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The problem as one English line (the build and the library; the CLI words it in the reader's language). */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file}: ${problem.path}` : problem.file;
  const at = problem.line === undefined ? [] : [`line ${problem.line}, column ${problem.column ?? 1}`];
  const notes = [...at, ...(problem.hint ? [problem.hint] : [])];
  const hint = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${where}: ${problem.message}${hint}`;
}
