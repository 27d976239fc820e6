// --junit <file>: JUnit XML for CI dashboards, one test case per row. Rows with a
// verdict that fails the run are failures, error rows are errors.
import { safeXml as xml } from '../../render/safe.js';
import type { BatchRow } from '../answer-rows.js';
import { Spool } from '../spool.js';
import type { Summary } from '../summary.js';
import type { BatchReport, Out, ReportContext } from './types.js';
import { rowView } from './row-view.js';

export function junitReport(out: Out, context: ReportContext): BatchReport {
  const cases = new Spool();
  let failures = 0;
  const suite = xml(context.file);
  return {
    row(row: BatchRow) {
      const view = rowView(row);
      const name = xml(`line ${view.line}: ${view.shown}`);
      const open = `  <testcase classname="${suite}" name="${name}">`;
      if (view.outcome === 'error') {
        cases.add(`${open}<error type="error" message="${xml(view.message ?? '')}"/></testcase>\n`);
      } else if (view.outcome !== 'allowed' && context.failOn.has(view.outcome)) {
        failures++;
        const why = view.rule ? `rule ${view.rule}` : 'no rule on record';
        cases.add(`${open}<failure type="${view.outcome}" message="${xml(`${view.outcome}: ${why}`)}"/></testcase>\n`);
      } else {
        cases.add(`${open}<system-out>${xml(`${view.outcome}${view.rule ? `: rule ${view.rule}` : ''}`)}</system-out></testcase>\n`);
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
