// The text report: the counts, then every row that fails or warns (not allowed, or
// stale), with its reason, in the reader's language.
import { ENGLISH } from '../i18n/words.js';
import { safe } from './safe.js';
import { painter } from './verdict-marks.js';
import { displayWidth, padEndToWidth } from './width.js';
import type { BatchRow } from '../batch/batch-row.js';
import { encoded, placeEncoded, Spool } from '../batch/spool.js';
import { OUTCOMES, type Outcome, type Summary } from '../batch/summary.js';
import type { BatchReport, Out, ReportContext } from '../batch/report.js';
import { rowView, shownIn, type RowView } from './batch-row-view.js';
import { rowWhy } from './batch-row-words.js';

/** No words: a row's line alone (its words follow as a text). */
const NO_WORDS = new Uint8Array(0);

export function textReport(out: Out, context: ReportContext): BatchReport {
  const words = context.words ?? ENGLISH;
  const { say } = words;
  const paint = painter(context.colourLevel);
  const colour = { allowed: paint.green, denied: paint.red, 'rolling-out': paint.yellow, unknown: paint.yellow, error: paint.magenta };
  const outcomeWord = (outcome: Outcome) => (outcome === 'error' ? say('batch.error') : say(`verdict.${outcome}`));
  const outcomeWidth = Math.max(11, ...OUTCOMES.map((outcome) => displayWidth(outcomeWord(outcome))));
  // "line 12    ", "第 12 行    ": the words around the number, written straight into the spool
  // with the number between them (Spool#addLine), its digits and the spaces after them six
  // columns at least, as padEndToWidth would pad the whole.
  const lineParts = say('batch.line', { line: '\u0000' }).split('\u0000');
  const [beforeNumber = '', afterNumber = ''] = lineParts;
  const lineWidth = displayWidth(beforeNumber + afterNumber) + 6;
  const lineWords = lineParts.length <= 2 ? { before: encoded(beforeNumber), after: encoded(afterNumber) } : undefined;
  const rows = new Spool();
  // A row's line, then `length` bytes of words from `at`.
  const line = (number: number, words: Uint8Array, at: number, length: number) => {
    if (lineWords !== undefined) {
      rows.addLine(lineWords.before, number, lineWords.after, 6, words, at, length);
    } else {
      rows.add(`${padEndToWidth(say('batch.line', { line: String(number) }), lineWidth)} `);
      rows.addEncoded(words, at, length);
    }
  };
  // Each outcome's word, padded and coloured, and the warning mark: made once, not for every row.
  const outcomeCells = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, colour[outcome](padEndToWidth(outcomeWord(outcome), outcomeWidth))])) as Record<Outcome, string>;
  const warningMark = ` ${paint.yellow(`(${say('batch.warning')})`)}`;
  // Without colour, chalk gives a text back as it is: not asked for every row.
  const dim = context.colourLevel === 0 ? (text: string) => text : (text: string) => paint.dim(text);
  const rest = (row: BatchRow, view: RowView) => {
    const why = rowWhy(view, words);
    const shown = shownIn(view.shown, say);
    // A row the policy lets pass says so: it is printed because it is not a plain allowed.
    const warning = view.status === 'warn' ? warningMark : '';
    return `${outcomeCells[view.outcome]} ${shown}  ${dim(why)}${warning}\n`;
  };
  return {
    row(row: BatchRow) {
      if (row.kind === 'answer' && row.shared.verdict === 'allowed' && row.shared.stale === null && row.shared.dayChange === null) return;
      // Everything after the line number is the same for rows that ask the same: encoded on the
      // second row that shows them. The words of a row no other row shares (nearly every row of a
      // plan of distinct rows) go into the spool as a text, with the texts around them (#18).
      const shared = row.shared;
      if (shared && shared.wordsSlab === undefined && shared.memo.words !== undefined) {
        placeEncoded(shared.memo.words, shared);
        shared.memo.words = '';
      }
      if (shared?.wordsSlab !== undefined) {
        line(row.line, shared.wordsSlab, shared.wordsAt!, shared.wordsLength!);
        return;
      }
      line(row.line, NO_WORDS, 0, 0);
      const after = rest(row, rowView(row, context.failOn));
      if (shared) shared.memo.words = after;
      rows.add(after);
    },
    async end(summary: Summary) {
      const counts = OUTCOMES.map((outcome) => {
        const count = summary.counts[outcome];
        const word = outcome === 'error' ? say(count === 1 ? 'batch.error' : 'batch.errors') : say(`verdict.${outcome}`);
        return say('batch.count', { count, outcome: word });
      }).join(say('common.comma'));
      const rowCount = summary.rows === 1 ? say('batch.row') : say('batch.rows', { count: summary.rows });
      const blank = summary.blank > 0 ? ` (${say('batch.blank', { count: summary.blank })})` : '';
      const stale = summary.stale > 0 && context.maxStaleness ? `${say('common.comma')}${say('batch.stale', { count: summary.stale, limit: context.maxStaleness.text })}` : '';
      out(`${say('batch.summary', { file: safe(summary.file), rows: rowCount, counts: counts + stale })}${blank}\n`);
      await rows.drain(out);
    },
  };
}
