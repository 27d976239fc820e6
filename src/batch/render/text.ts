// The text report: the counts, then every row that is not allowed.
import { Chalk } from 'chalk';
import type { BatchRow } from '../answer-rows.js';
import { Spool } from '../spool.js';
import { OUTCOMES, type Summary } from '../summary.js';
import type { BatchReport, Out, ReportContext } from './types.js';
import { rowView, type RowView } from './row-view.js';

export function textReport(out: Out, context: ReportContext): BatchReport {
  const paint = new Chalk({ level: context.colourLevel });
  const colour = { allowed: paint.green, denied: paint.red, 'rolling-out': paint.yellow, unknown: paint.yellow, error: paint.magenta };
  const rows = new Spool();
  const rest = (view: RowView) => {
    const why = view.message ?? (view.rule ? `rule ${view.rule}` : 'no rule on record');
    return `${colour[view.outcome](view.outcome.padEnd(11))} ${view.shown}  ${paint.dim(why)}\n`;
  };
  return {
    row(row: BatchRow) {
      if (row.kind === 'answer' && row.shared.verdict === 'allowed') return;
      rows.add('line ');
      rows.addNumber(row.line, 6);
      rows.add(' ');
      // Everything after the line number is the same for rows that ask the same.
      const memo = row.shared?.memo;
      if (memo) rows.addShared((memo.text ??= rest(rowView(row))));
      else rows.add(rest(rowView(row)));
    },
    async end(summary: Summary) {
      const counts = OUTCOMES.map((outcome) => `${summary.counts[outcome]} ${outcome === 'error' ? 'error' : outcome}${outcome === 'error' && summary.counts.error !== 1 ? 's' : ''}`).join(', ');
      out(`${summary.file}: ${summary.rows} row${summary.rows === 1 ? '' : 's'}: ${counts}\n`);
      await rows.drain(out);
    },
  };
}
