// --json: one object with the counts, the rows that are not allowed, the allowed rows whose
// record is stale, and the error rows.
// --ndjson: one object per row, in input order, as they are answered.
import { safeJsonLine } from './safe.js';
import type { BatchRow } from '../batch/batch-row.js';
import { Spool } from '../batch/spool.js';
import type { Summary } from '../batch/summary.js';
import type { BatchReport, Out } from '../batch/report.js';
import { rowJson } from './batch-row-view.js';

export function jsonReport(out: Out): BatchReport {
  const notAllowed = new Spool();
  const staleAllowed = new Spool();
  const errors = new Spool();
  const add = (spool: Spool, text: string) => spool.add(spool.count === 0 ? text : `,${text}`);
  return {
    row(row: BatchRow) {
      if (row.kind === 'error') add(errors, rowJson(row));
      else if (row.shared.verdict !== 'allowed') add(notAllowed, rowJson(row));
      else if (row.shared.stale !== null) add(staleAllowed, rowJson(row));
    },
    async end(summary: Summary) {
      out(`{"file":${safeJsonLine(summary.file)},"rows":${summary.rows},"blank":${summary.blank},"counts":${JSON.stringify({ ...summary.counts, stale: summary.stale })},"failing":${summary.failing},"warnings":${summary.warnings},"exitCode":${summary.exitCode},"notAllowed":[`);
      await notAllowed.drain(out);
      out('],"staleAllowed":[');
      await staleAllowed.drain(out);
      out('],"errors":[');
      await errors.drain(out);
      out(']}\n');
    },
  };
}

export function ndjsonReport(out: (text: string) => void): BatchReport {
  return {
    row: (row) => out(`${rowJson(row)}\n`),
    end: () => {},
  };
}
