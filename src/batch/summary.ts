// Counting a batch, the failing policy (--fail-on), and the exit code it gives.
import type { Verdict } from '../engine/check.js';
import { EXIT, inputError } from '../errors/errors.js';
import type { BatchRow } from './batch-row.js';

export type Outcome = Verdict | 'error';

export const OUTCOMES: readonly Outcome[] = ['allowed', 'denied', 'rolling-out', 'unknown', 'error'];

/** What --fail-on names: a row's outcome, or "stale" (its record older than --max-staleness). */
export type PolicyOutcome = Exclude<Outcome, 'allowed'> | 'stale';

export const POLICY_OUTCOMES: readonly PolicyOutcome[] = ['denied', 'rolling-out', 'unknown', 'stale', 'error'];

/**
 * What the run does with a row: fail it, warn about it (an outcome or staleness
 * the policy lets pass, still printed), or nothing (allowed and fresh).
 */
export type RowStatus = 'fail' | 'warn' | 'pass';

export interface Summary {
  /** The file as named on the command line; "-" for standard input. */
  file: string;
  rows: number;
  /** Lines (sheet rows) with nothing on them: no rows, but counted (see ReadStats). */
  blank: number;
  counts: Record<Outcome, number>;
  /** Rows whose record is older than the staleness limit (whatever their verdict). */
  stale: number;
  /** Rows that fail the run, and rows that only warn. */
  failing: number;
  warnings: number;
  exitCode: number;
}

export function outcomeOf(row: BatchRow): Outcome {
  return row.kind === 'error' ? 'error' : row.shared.verdict;
}

export function emptyCounts(): Record<Outcome, number> {
  return { allowed: 0, denied: 0, 'rolling-out': 0, unknown: 0, error: 0 };
}

/**
 * Unless --fail-on says otherwise: what the record says will not work (denied), or may
 * not yet (rolling-out), fails; what it cannot say (unknown, stale) warns, so a plan
 * about today, where some rows are always unknown, passes with its warnings in view.
 */
export const DEFAULT_FAIL_ON: ReadonlySet<PolicyOutcome> = new Set(['denied', 'rolling-out', 'error']);

/**
 * A batch marks a row stale when its newest evidence is more than this before the day it
 * asks about: a plan about today is told when the record is years old, not when it is weeks.
 */
export const BATCH_MAX_STALENESS = '1y';

/**
 * "denied,stale", "denied,unknown": the outcomes that fail the run; "none" (or "error")
 * fails on error rows only, "all" on everything that is not allowed and fresh. Error rows
 * always fail: a row that could not be asked is never taken for a pass.
 */
export function parseFailOn(text: string): ReadonlySet<PolicyOutcome> {
  const parts = text.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  if (parts.length === 1 && parts[0] === 'none') return new Set(['error']);
  if (parts.length === 1 && parts[0] === 'all') return new Set(POLICY_OUTCOMES);
  const wrong = parts.filter((part) => !(POLICY_OUTCOMES as readonly string[]).includes(part));
  if (parts.length === 0 || wrong.length > 0) {
    throw inputError('bad-fail-on', { value: wrong[0] ?? text, valid: POLICY_OUTCOMES.join(', ') });
  }
  return new Set<PolicyOutcome>([...(parts as PolicyOutcome[]), 'error']);
}

/** The policy as written back: "denied, rolling-out, error". */
export function failOnText(failOn: ReadonlySet<PolicyOutcome>): string {
  return POLICY_OUTCOMES.filter((outcome) => failOn.has(outcome)).join(', ');
}

/**
 * A row's fate under the policy: its outcome or its staleness fails it; else any outcome but
 * allowed, staleness, or a day whose verdict changes before it ends (`dayChanges`), warns.
 */
export function statusOf(outcome: Outcome, stale: boolean, failOn: ReadonlySet<PolicyOutcome>, dayChanges = false): RowStatus {
  if (outcome === 'error') return 'fail';
  if ((outcome !== 'allowed' && failOn.has(outcome)) || (stale && failOn.has('stale'))) return 'fail';
  return outcome !== 'allowed' || stale || dayChanges ? 'warn' : 'pass';
}

/** 2 for any error row; else 1 for a failing denied row; else 3 for any other failing row; else 0. */
export function exitCodeOf(counts: Readonly<Record<Outcome, number>>, failing: number, failOn: ReadonlySet<PolicyOutcome>): number {
  if (counts.error > 0) return EXIT.usage;
  if (failOn.has('denied') && counts.denied > 0) return EXIT.denied;
  if (failing > 0) return EXIT.undecided;
  return EXIT.allowed;
}
