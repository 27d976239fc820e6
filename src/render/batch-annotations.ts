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
      const view = rowView(row, context.failOn);
      if (view.status === 'pass') return;
      const level = view.status === 'fail' ? 'error' : 'warning';
      const title = `linkcheck: ${view.outcome}${view.stale ? ', stale' : ''}`;
      const where = `${file === null ? '' : `file=${file},`}line=${view.line},title=${safeCommandProperty(title)}`;
      out(`::${level} ${where}::${safeCommandData(`${view.outcome}: ${view.shown} (${rowWhy(view, words)})`)}\n`);
    },
    end: () => {},
  };
}
