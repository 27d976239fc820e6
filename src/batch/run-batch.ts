// A batch: every record a reader hands over is answered and passed to every
// report, in input order; then the counts and the exit code.
import type { Catalog } from '../engine/catalog.js';
import type { Verdict } from '../engine/check.js';
import { rowAnswerer, type AnswerOptions } from './answer-rows.js';
import type { RecordSink } from './read/records.js';
import type { BatchReport } from './render/index.js';
import { emptyCounts, exitCodeOf, outcomeOf, type Outcome, type Summary } from './summary.js';

export interface BatchRun extends AnswerOptions {
  file: string;
  failOn: ReadonlySet<Verdict>;
  /** Called after every row, with the number of rows so far. */
  progress?: (rows: number) => void;
}

export async function runBatch(catalog: Catalog, read: (sink: RecordSink) => Promise<void>, reports: readonly BatchReport[], run: BatchRun): Promise<Summary> {
  const answer = rowAnswerer(catalog, run);
  const counts = emptyCounts();
  let rows = 0;
  await read((line, header, cells, error) => {
    const row = answer(line, header, cells, error);
    rows++;
    tally(counts, outcomeOf(row));
    for (const report of reports) report.row(row);
    run.progress?.(rows);
  });
  const summary: Summary = { file: run.file, rows, counts, exitCode: exitCodeOf(counts, run.failOn) };
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
