// What every batch renderer is: a sink for rows in input order, then the summary.
import type { Verdict } from '../../engine/check.js';
import type { Words } from '../../i18n/words.js';
import type { BatchRow } from '../answer-rows.js';
import type { Summary } from '../summary.js';

export interface ReportContext {
  /** The plan as named on the command line; "-" for standard input. */
  file: string;
  colourLevel: 0 | 1 | 2 | 3;
  /** The verdicts that fail the run: a renderer shows them as failures, it does not choose them. */
  failOn: ReadonlySet<Verdict>;
  /** The reader's language, for the text report; the machine formats stay as they are. English when not given. */
  words?: Words;
}

export interface BatchReport {
  row(row: BatchRow): void;
  end(summary: Summary): void;
}

export type ReportFactory = (out: (text: string) => void, context: ReportContext) => BatchReport;
