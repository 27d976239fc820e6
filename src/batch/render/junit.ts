// --junit <file>: JUnit XML for CI dashboards, one test case per row. Rows with a
// verdict that fails the run are failures, error rows are errors.
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

/**
 * Text safe in an XML attribute or element: the five special characters as
 * entities, and characters XML 1.0 cannot carry at all (controls, lone
 * surrogates, U+FFFE, U+FFFF) written out as \x.. or \u.... so nothing is lost.
 */
export function xml(text: string): string {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\t\n\r]/g, (character) => {
    switch (character) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      case '\r':
        return '&#13;';
    }
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
