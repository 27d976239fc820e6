// GitHub Actions annotations (workflow commands), on stderr, each at its row's
// line: ::error for a row that fails the run under --fail-on, ::warning for one
// the policy lets pass (an outcome other than allowed, or a stale record).
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { safeCommandData, safeCommandProperty } from './safe.js';
import { ENGLISH } from '../i18n/words.js';
import type { BatchRow } from '../batch/batch-row.js';
import type { BatchReport, ReportContext } from '../batch/report.js';
import { rowView } from './batch-row-view.js';
import { rowWhy } from './batch-row-words.js';

export function annotationReport(out: (text: string) => void, context: ReportContext): BatchReport {
  const file = context.file === '-' ? null : safeCommandProperty(context.file);
  const words = context.words ?? ENGLISH;
  return {
    row(row: BatchRow) {
      // What a row's annotation says around its line number is the same for every row that shares
      // its answer: kept with the answer (#18); empty for a row that passes, which has none.
      const memo = row.shared?.memo;
      if (memo?.annotationAfter !== undefined) {
        if (memo.annotationAfter !== '') out(`${memo.annotationBefore}${row.line}${memo.annotationAfter}`);
        return;
      }
      const view = rowView(row, context.failOn);
      let before = '';
      let after = '';
      if (view.status !== 'pass') {
        const level = view.status === 'fail' ? 'error' : 'warning';
        const title = `linkcheck: ${view.outcome}${view.stale ? ', stale' : ''}`;
        before = `::${level} ${file === null ? '' : `file=${file},`}line=`;
        after = `,title=${safeCommandProperty(title)}::${safeCommandData(`${view.outcome}: ${view.shown} (${rowWhy(view, words)})`)}\n`;
        out(`${before}${view.line}${after}`);
      }
      if (memo !== undefined) {
        memo.annotationBefore = before;
        memo.annotationAfter = after;
      }
    },
    end: () => {},
  };
}
