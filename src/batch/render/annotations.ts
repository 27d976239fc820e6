// GitHub Actions annotations (workflow commands), on stderr: ::error for denied
// and error rows, ::warning for rolling-out and unknown ones, each at its line.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { safeCommandData, safeCommandProperty } from '../../render/safe.js';
import type { BatchRow } from '../answer-rows.js';
import type { BatchReport, ReportContext } from './types.js';
import { rowView } from './row-view.js';

export function annotationReport(out: (text: string) => void, context: ReportContext): BatchReport {
  const file = context.file === '-' ? null : safeCommandProperty(context.file);
  return {
    row(row: BatchRow) {
      const view = rowView(row);
      if (view.outcome === 'allowed') return;
      const level = view.outcome === 'error' || view.outcome === 'denied' ? 'error' : 'warning';
      const why = view.message ?? (view.rule ? `rule ${view.rule}` : 'no rule on record');
      const where = `${file === null ? '' : `file=${file},`}line=${view.line},title=${safeCommandProperty(`linkcheck: ${view.outcome}`)}`;
      out(`::${level} ${where}::${safeCommandData(`${view.outcome}: ${view.shown} (${why})`)}\n`);
    },
    end: () => {},
  };
}
