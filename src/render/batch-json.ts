// --json: one object with the counts, the rows that are not allowed, the allowed rows whose
// record is stale, and the error rows.
// --ndjson: one object per row, in input order, as they are answered.
import { safeJsonLine } from './safe.js';
import type { BatchRow } from '../batch/batch-row.js';
import { Spool } from '../batch/spool.js';
import type { Summary } from '../batch/summary.js';
import type { BatchReport, Out } from '../batch/report.js';
import { writeRowJson } from './batch-row-view.js';

export function jsonReport(out: Out): BatchReport {
  const notAllowed = new Spool();
  const staleAllowed = new Spool();
  const changingAllowed = new Spool();
  const errors = new Spool();
  // Each row after a list's first follows a comma; its answer's part is copied as kept bytes (writeRowJson).
  const add = (spool: Spool, row: BatchRow) => {
    let comma = spool.count > 0;
    writeRowJson(row, (part) => {
      if (typeof part !== 'string') spool.addEncoded(part);
      else spool.add(comma ? `,${part}` : part);
      comma = false;
    });
  };
  return {
    row(row: BatchRow) {
      if (row.kind === 'error') add(errors, row);
      else if (row.shared.verdict !== 'allowed') add(notAllowed, row);
      else {
        if (row.shared.stale !== null) add(staleAllowed, row);
        if (row.shared.dayChange !== null) add(changingAllowed, row);
      }
    },
    async end(summary: Summary) {
      out(`{"file":${safeJsonLine(summary.file)},"rows":${summary.rows},"blank":${summary.blank},"counts":${JSON.stringify({ ...summary.counts, stale: summary.stale })},"failing":${summary.failing},"warnings":${summary.warnings},"exitCode":${summary.exitCode},"notAllowed":[`);
      await notAllowed.drain(out);
      out('],"staleAllowed":[');
      await staleAllowed.drain(out);
      out('],"changingAllowed":[');
      await changingAllowed.drain(out);
      out('],"errors":[');
      await errors.drain(out);
      out(']}\n');
    },
  };
}

/** One line a row, each written as it is answered: its answer's part copied as kept bytes (writeRowJson). */
export function ndjsonReport(out: Out): BatchReport {
  return {
    row: (row) => writeRowJson(row, out, '\n'),
    end: () => {},
  };
}
