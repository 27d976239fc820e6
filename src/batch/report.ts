// What every batch renderer is: a sink for rows in input order, then the summary.
import type { Staleness } from '../time/staleness.js';
import type { Words } from '../i18n/words.js';
import type { BatchRow } from './batch-row.js';
import type { PolicyOutcome, Summary } from './summary.js';

export interface ReportContext {
  /** The plan as named on the command line; "-" for standard input. */
  file: string;
  colourLevel: 0 | 1 | 2 | 3;
  /** The outcomes that fail the run (--fail-on): a renderer shows them as failures, it does not choose them. */
  failOn: ReadonlySet<PolicyOutcome>;
  /** --max-staleness, when rows are checked for it. */
  maxStaleness?: Staleness | undefined;
  /** The reader's language, for the words of every report; English when not given. */
  words?: Words;
}

export interface BatchReport {
  /** The row is filled again for the next one: keep text made from it, never the row or its parts. */
  row(row: BatchRow): void;
  /** May write what it kept (see spool.ts), once the writer has taken each part. */
  end(summary: Summary): void | Promise<void>;
}

/** A report writes text, and the bytes it spooled (see spool.ts). */
export type ReportFactory = (out: Out, context: ReportContext) => BatchReport;

/** Writes text, or spooled bytes: then it may return a promise that resolves once their buffer may be filled again. */
export type Out = (text: string | Uint8Array) => void | Promise<void>;
