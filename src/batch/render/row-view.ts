// Plain data for one row of a report, shared by every renderer.
import { shownInput } from '../../link/classify.js';
import { answerToJson } from '../../render/json.js';
import { safe, safeJsonLine } from '../../render/safe.js';
import { rowQuery, type BatchRow } from '../answer-rows.js';
import { outcomeOf, type Outcome } from '../summary.js';

export interface RowView {
  line: number;
  outcome: Outcome;
  /** The deciding rule's id, when a rule decided. */
  rule: string | null;
  /** Why the row is an error, when it is one. */
  message: string | null;
  /** The row's query as written, made safe to print and shortened. */
  shown: string;
}

export function rowView(row: BatchRow): RowView {
  // Rows that ask the same share their answer, and the words for it.
  const memo = row.shared?.memo;
  return {
    line: row.line,
    outcome: outcomeOf(row),
    rule: row.kind === 'answer' ? (row.shared.rule?.rule.id ?? null) : null,
    message: row.kind === 'error' ? (memo ? (memo.message ??= shownMessage(row.message)) : shownMessage(row.message)) : null,
    shown: memo ? (memo.shown ??= shownQuery(row)) : shownQuery(row),
  };
}

/** An error row's reason on one line, made safe to print. */
export function shownMessage(message: string): string {
  return safe(shownInput(message, 400));
}

/** A row with no source, surface, date or platform, as the machine reports show it. */
export const EMPTY_ROW = '(empty row)';

function shownQuery(row: BatchRow): string {
  const { source, surface, date, platform } = rowQuery(row);
  const shown = [source === undefined ? '' : shownInput(source, 60), ...[surface, date, platform].map((value) => (value === undefined ? '' : shownInput(value, 30)))]
    .filter((value) => value !== '')
    .join(' · ');
  return shown === '' ? EMPTY_ROW : safe(shown);
}

/** The row's cells by header, as read. */
export function rowObject(row: BatchRow): Record<string, string> {
  const object: Record<string, string> = {};
  row.header.forEach((header, index) => {
    object[header] = row.cells[index] ?? '';
  });
  return object;
}

/**
 * One row as JSON text: its line, the single check's --json fields (or the
 * error), and the row. The answer's part is made once per shared answer.
 */
export function rowJson(row: BatchRow): string {
  const cells = safeJsonLine(rowObject(row));
  if (row.kind === 'error') return `{"line":${row.line},"error":${safeJsonLine(row.message)},"row":${cells}}`;
  const { memo, answer, link } = row.shared;
  memo.json ??= safeJsonLine(answerToJson(answer, link)).slice(1, -1);
  return `{"line":${row.line},${memo.json},"row":${cells}}`;
}
