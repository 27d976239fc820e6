// --junit <file>: JUnit XML for CI dashboards, one test case per row. Rows that
// fail the run under --fail-on are failures, error rows are errors; a row the
// policy lets pass but warns about says so in its output.
import { safeXml as xml } from './safe.js';
import type { BatchRow } from '../batch/batch-row.js';
import { Spool } from '../batch/spool.js';
import type { Summary } from '../batch/summary.js';
import type { BatchReport, Out, ReportContext } from '../batch/report.js';
import { ENGLISH } from '../i18n/words.js';
import { rowView } from './batch-row-view.js';
import { rowWhy } from './batch-row-words.js';

export function junitReport(out: Out, context: ReportContext): BatchReport {
  const cases = new Spool();
  let failures = 0;
  const suite = xml(context.file);
  const words = context.words ?? ENGLISH;
  return {
    row(row: BatchRow) {
      const view = rowView(row, context.failOn);
      const name = xml(`line ${view.line}: ${view.shown}`);
      const open = `  <testcase classname="${suite}" name="${name}">`;
      if (view.outcome === 'error') {
        cases.add(`${open}<error type="error" message="${xml(view.message ?? '')}"/></testcase>\n`);
      } else if (view.status === 'fail') {
        failures++;
        // A stale row that fails only for its age is a failure of type "stale".
        const type = view.outcome !== 'allowed' && context.failOn.has(view.outcome) ? view.outcome : 'stale';
        cases.add(`${open}<failure type="${type}" message="${xml(`${view.outcome}: ${rowWhy(view, words)}`)}"/></testcase>\n`);
      } else {
        const warning = view.status === 'warn' ? `${words.say('batch.warning')}: ` : '';
        cases.add(`${open}<system-out>${xml(`${warning}${view.outcome}: ${rowWhy(view, words)}`)}</system-out></testcase>\n`);
      }
    },
    async end(summary: Summary) {
      const counts = `tests="${summary.rows}" failures="${failures}" errors="${summary.counts.error}"`;
      out(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="linkcheck batch" ${counts}>\n <testsuite name="${suite}" ${counts}>\n`);
      await cases.drain(out);
      out(' </testsuite>\n</testsuites>\n');
    },
  };
}
