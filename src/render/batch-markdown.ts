// --markdown <file>: a report for people in a pull request or a job summary
// ($GITHUB_STEP_SUMMARY): a table of counts, the result under the policy, and a
// table of the rows that fail or warn. Every value from the plan or the record goes
// through safeMarkdown, the one function that makes text safe in Markdown.
import { ENGLISH } from '../i18n/words.js';
import { safeMarkdown } from './safe.js';
import type { BatchRow } from '../batch/batch-row.js';
import { Spool } from '../batch/spool.js';
import { failOnText, OUTCOMES, type Outcome, type Summary } from '../batch/summary.js';
import type { BatchReport, Out, ReportContext } from '../batch/report.js';
import { rowView, shownIn } from './batch-row-view.js';
import { rowWhy } from './batch-row-words.js';

/** Rows listed at most: a job summary holds 1 MiB; the rest are counted, and every row is in --ndjson and --junit. */
export const MARKDOWN_ROWS = 1000;

export function markdownReport(out: Out, context: ReportContext): BatchReport {
  const words = context.words ?? ENGLISH;
  const { say } = words;
  const outcomeWord = (outcome: Outcome) => (outcome === 'error' ? say('batch.error') : say(`verdict.${outcome}`));
  const rows = new Spool();
  let left = 0;
  return {
    row(row: BatchRow) {
      if (row.kind === 'answer' && row.shared.verdict === 'allowed' && row.shared.stale === null && row.shared.dayChange === null) return;
      // Whether the rows that share an answer pass is kept with it: once the table is full, a
      // row is only counted, without its view (#18).
      const memo = row.shared?.memo;
      if (memo?.markdownPasses === 'yes') return;
      if (rows.count >= MARKDOWN_ROWS && memo?.markdownPasses === 'no') {
        left++;
        return;
      }
      const view = rowView(row, context.failOn);
      if (memo !== undefined) memo.markdownPasses = view.status === 'pass' ? 'yes' : 'no';
      if (view.status === 'pass') return;
      if (rows.count >= MARKDOWN_ROWS) {
        left++;
        return;
      }
      const status = say(view.status === 'fail' ? 'markdown.fail' : 'markdown.warn');
      const shown = shownIn(view.shown, say);
      rows.add(`| ${view.line} | ${status} | ${cell(outcomeWord(view.outcome))} | ${cell(shown)} | ${cell(rowWhy(view, words))} |\n`);
    },
    async end(summary: Summary) {
      const lines = [`### ${say('markdown.heading', { file: cell(summary.file === '-' ? say('markdown.stdin') : summary.file) })}`, '', `| ${say('markdown.outcome')} | ${say('markdown.rows')} |`, '| --- | ---: |'];
      for (const outcome of OUTCOMES) lines.push(`| ${cell(outcomeWord(outcome))} | ${summary.counts[outcome]} |`);
      if (context.maxStaleness) lines.push(`| ${cell(say('markdown.stale', { limit: context.maxStaleness.text }))} | ${summary.stale} |`);
      lines.push(`| **${say('markdown.total')}** | **${summary.rows}** |`, '');
      const result = summary.exitCode === 0 ? say('markdown.passes') : say('markdown.fails');
      lines.push(`**${result}** ${cell(say('markdown.result', { code: summary.exitCode, failing: summary.failing, warnings: summary.warnings, failOn: failOnText(context.failOn) }))}`, '');
      if (rows.count === 0) {
        out(`${lines.join('\n')}\n${say('markdown.none')}\n`);
        return;
      }
      lines.push(`| ${say('markdown.line')} | ${say('markdown.status')} | ${say('markdown.outcome')} | ${say('markdown.row')} | ${say('markdown.why')} |`, '| ---: | --- | --- | --- | --- |', '');
      out(lines.join('\n'));
      await rows.drain(out);
      if (left > 0) out(`\n${cell(say('markdown.more', { count: left }))}\n`);
    },
  };
}

const cell = (text: string) => safeMarkdown(text, 400);
