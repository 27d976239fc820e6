// Counting a batch and turning the counts into its exit code.
import type { Verdict } from '../engine/check.js';
import { EXIT, inputError } from '../engine/errors.js';
import type { BatchRow } from './answer-rows.js';

export type Outcome = Verdict | 'error';

export const OUTCOMES: readonly Outcome[] = ['allowed', 'denied', 'rolling-out', 'unknown', 'error'];

export interface Summary {
  /** The file as named on the command line; "-" for standard input. */
  file: string;
  rows: number;
  /** Lines (sheet rows) with nothing on them: no rows, but counted (see ReadStats). */
  blank: number;
  counts: Record<Outcome, number>;
  exitCode: number;
}

export function outcomeOf(row: BatchRow): Outcome {
  return row.kind === 'error' ? 'error' : row.shared.verdict;
}

export function emptyCounts(): Record<Outcome, number> {
  return { allowed: 0, denied: 0, 'rolling-out': 0, unknown: 0, error: 0 };
}

/** The verdicts that fail a run unless --fail-on says otherwise. */
export const DEFAULT_FAIL_ON: ReadonlySet<Verdict> = new Set(['denied', 'rolling-out', 'unknown']);

/** "denied,rolling-out"; "none" fails on error rows only. */
export function parseFailOn(text: string): ReadonlySet<Verdict> {
  const valid = ['denied', 'rolling-out', 'unknown'];
  const parts = text.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  if (parts.length === 1 && parts[0] === 'none') return new Set();
  const wrong = parts.filter((part) => !valid.includes(part));
  if (parts.length === 0 || wrong.length > 0) {
    throw inputError('bad-fail-on', { value: wrong[0] ?? text, valid: valid.join(', ') });
  }
  return new Set(parts as Verdict[]);
}

/** 2 for any error row; else 1 for a failing denied row; else 3 for a failing rolling-out or unknown one; else 0. */
export function exitCodeOf(counts: Readonly<Record<Outcome, number>>, failOn: ReadonlySet<Verdict>): number {
  if (counts.error > 0) return EXIT.usage;
  if (failOn.has('denied') && counts.denied > 0) return EXIT.denied;
  if ((failOn.has('rolling-out') && counts['rolling-out'] > 0) || (failOn.has('unknown') && counts.unknown > 0)) return EXIT.undecided;
  return EXIT.allowed;
}
