// A batch: every record a reader hands over is answered and passed to every
// report, in input order; then the counts and the exit code. Reading waits while
// the reports' output is behind, and stops when standard output's reader has gone.
import type { Catalog } from '../engine/catalog.js';
import type { InputError } from '../errors/errors.js';
import { rowAnswerer, type AnswerOptions } from './answer-rows.js';
import type { BatchRow } from './batch-row.js';
import type { ReadStats, RecordSink, RecordText } from './read/records.js';
import type { BatchReport } from './report.js';
import { emptyCounts, exitCodeOf, outcomeOf, statusOf, type Outcome, type PolicyOutcome, type Summary } from './summary.js';

export interface BatchRun extends AnswerOptions {
  file: string;
  failOn: ReadonlySet<PolicyOutcome>;
  /** Called after every row, with the number of rows so far. */
  progress?: (rows: number) => void;
  /** A promise while written output waits to be taken (a slow pipe): no row is read until it resolves. */
  backlog?: () => Promise<void> | undefined;
  /** True once nobody reads the answer any more (stdout's pipe closed, as by `| head -1`): reading stops. */
  stopped?: () => boolean;
}

/** Thrown through the reader to stop it; caught here. */
class Stop extends Error {}

export async function runBatch(catalog: Catalog, read: (sink: RecordSink) => Promise<ReadStats | void>, reports: readonly BatchReport[], run: BatchRun): Promise<Summary> {
  const answer = rowAnswerer(catalog, run);
  const counts = emptyCounts();
  let rows = 0;
  let stale = 0;
  let failing = 0;
  let warnings = 0;
  let stats: ReadStats | void = undefined;
  try {
    const next = (row: BatchRow) => {
      rows++;
      const outcome = outcomeOf(row);
      tally(counts, outcome);
      const isStale = row.shared?.stale != null;
      if (isStale) stale++;
      const status = statusOf(outcome, isStale, run.failOn, row.shared?.dayChange != null);
      if (status === 'fail') failing++;
      else if (status === 'warn') warnings++;
      for (const report of reports) report.row(row);
      run.progress?.(rows);
      if (run.stopped?.()) throw new Stop();
      return run.backlog?.();
    };
    const sink: RecordSink = Object.assign((line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => next(answer(line, header, cells, error)), {
      text: (line: number, header: readonly string[], record: RecordText) => next(answer.text(line, header, record)),
      ahead: (header: readonly string[], records: readonly RecordText[], count: number) => answer.ahead(header, records, count),
      sheet: (line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => next(answer.sheet(line, header, cells, strings, from, longest)),
      sheetAhead: (header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array) => answer.sheetAhead(header, rows, count, strings, stride, longest),
      keyColumns: (header: readonly string[]) => answer.keyColumns(header),
    });
    stats = await read(sink);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  const summary: Summary = { file: run.file, rows, blank: stats?.blank ?? 0, counts, stale, failing, warnings, exitCode: exitCodeOf(counts, failing, run.failOn) };
  for (const report of reports) await report.end(summary);
  return summary;
}

/** counts[outcome]++, by a switch: one keyed store over five names was among a row's dearest steps. */
function tally(counts: Record<Outcome, number>, outcome: Outcome): void {
  switch (outcome) {
    case 'allowed':
      counts.allowed++;
      break;
    case 'denied':
      counts.denied++;
      break;
    case 'rolling-out':
      counts['rolling-out']++;
      break;
    case 'unknown':
      counts.unknown++;
      break;
    case 'error':
      counts.error++;
      break;
  }
}
