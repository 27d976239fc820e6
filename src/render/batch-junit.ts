// --junit <file>: JUnit XML for CI dashboards, one test case per row. Rows that
// fail the run under --fail-on are failures, error rows are errors; a row the
// policy lets pass but warns about says so in its output.
import { safeXml as xml, VALUE_LIMIT } from './safe.js';
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
  // Each case up to its name's text.
  const open = `  <testcase classname="${suite}" name="`;
  const words = context.words ?? ENGLISH;
  return {
    row(row: BatchRow) {
      // A case kept for rows that share an answer (see below): what follows the line number.
      const memo = row.shared?.memo;
      const kept = memo?.junit;
      if (kept !== undefined) {
        if (memo!.junitFails === 'yes') failures++;
        cases.add(`${open}line ${row.line}${kept}`);
        return;
      }
      const view = rowView(row, context.failOn);
      const lead = `line ${view.line}`;
      const name = xml(`${lead}: ${view.shown}`);
      let rest: string;
      if (view.outcome === 'error') {
        rest = `<error type="error" message="${xml(rowWhy(view, words))}"/></testcase>\n`;
      } else if (view.status === 'fail') {
        failures++;
        // A stale row that fails only for its age is a failure of type "stale".
        const type = view.outcome !== 'allowed' && context.failOn.has(view.outcome) ? view.outcome : 'stale';
        rest = `<failure type="${type}" message="${xml(`${view.outcome}: ${rowWhy(view, words)}`)}"/></testcase>\n`;
      } else {
        const warning = view.status === 'warn' ? `${words.say('batch.warning')}: ` : '';
        rest = `<system-out>${xml(`${warning}${view.outcome}: ${rowWhy(view, words)}`)}</system-out></testcase>\n`;
      }
      cases.add(`${open}${name}">${rest}`);
      // The name begins with the line number, as it is (digits), and the rest is the same for
      // every row that shares the answer, as long as no line number, up to ten digits, makes it
      // long enough to be cut: kept, so that such a row neither makes its view nor escapes its
      // words again (#18).
      if (memo !== undefined && name.length + 10 < VALUE_LIMIT) {
        memo.junit = `${name.slice(lead.length)}">${rest}`;
        memo.junitFails = view.status === 'fail' && view.outcome !== 'error' ? 'yes' : 'no';
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
