// Problems found in rule data. Data, not wording: each carries the id of its
// wording (ids.ts) and the values the wording needs; the catalogues in src/i18n/
// (en-problems.ts, zh-problems.ts) word it, and the renderers turn it into lines.
import type { ProblemParams, ProblemWording } from './problem-ids.js';

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
  | 'empty-group'
  | 'duplicate-id'
  | 'duplicate-entry'
  | 'alias-conflict'
  | 'domain-conflict'
  | 'keyword-conflict'
  | 'until-not-after-from'
  | 'until-evidence-without-until'
  | 'bad-imprecise-from'
  | 'bad-published-window'
  | 'bad-phase-in'
  | 'conflicting-rules'
  | 'any-link-unstated'
  | 'any-link-unquoted'
  | 'stated-unquoted'
  | 'any-link-vague'
  | 'quote-too-short'
  | 'allow-source-unnamed'
  | 'evidence-after-review'
  | 'evidence-in-future'
  | 'reviewed-in-future'
  | 'unknown-document'
  | 'quote-not-found'
  | 'missing-language';

export interface Problem {
  code: ProblemCode;
  /** The rule file (or seed index) the problem is in. */
  file: string;
  /** JSON path inside the file, e.g. rules[3].surfaces[0]; empty for the whole file. */
  path: string;
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

/** A problem in rule data: its code is the wording id up to the first dot (unreadable.missing is an unreadable problem). */
export function problem<K extends ProblemWording>(wording: K, params: ProblemParams<K>, file: string, path: string, at?: { line: number; column: number }): Problem {
  return {
    code: wording.split('.')[0] as ProblemCode,
    file,
    path,
    ...(at ?? {}),
    wording,
    params: params as Readonly<Record<string, string>>,
  };
}

/** A problem met while reading a file, before it is parsed: it names the whole file. */
export function readProblem<K extends ProblemWording>(wording: K, params: ProblemParams<K>, file: string, at?: { line: number; column: number }): Problem {
  return problem(wording, params, file, '', at);
}
