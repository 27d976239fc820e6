// A plan's answered rows as the page keeps them: each --ndjson line read back for the
// table and the filters, and the rows as CSV for download.
import type { Outcome } from '../batch/summary.js';

export interface PlanRow {
  line: number;
  outcome: Outcome;
  /** The deciding rule's id, when a rule decided. */
  rule: string | null;
  stale: boolean;
  /** The row's error, when it is one. */
  error: string;
  /** The row's cells as written, by the plan's headers. */
  cells: Readonly<Record<string, string>>;
}

interface RowLine {
  line: number;
  verdict?: Outcome;
  error?: string;
  rule?: { id: string } | null;
  stale?: unknown;
  /** null for a row too long to read. */
  row: Record<string, string> | null;
}

export function planRowOf(ndjson: string): PlanRow {
  const row = JSON.parse(ndjson) as RowLine;
  return {
    line: row.line,
    outcome: row.error !== undefined ? 'error' : row.verdict!,
    rule: row.rule?.id ?? null,
    stale: row.stale !== undefined && row.stale !== null,
    error: row.error ?? '',
    cells: row.row ?? {},
  };
}

/** The results as CSV: each row's line, outcome, deciding rule, staleness and error, then its cells as written under the plan's headers. */
export function planCsv(rows: readonly PlanRow[]): string {
  const seen = new Set<string>();
  for (const row of rows) for (const header of Object.keys(row.cells)) seen.add(header);
  const headers = [...seen];
  const lines = [['line', 'outcome', 'rule', 'stale', 'error', ...headers].map(csvField).join(',')];
  for (const row of rows) lines.push([String(row.line), row.outcome, row.rule ?? '', row.stale ? 'stale' : '', row.error, ...headers.map((header) => row.cells[header] ?? '')].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A CSV field: quoted when it holds a comma, quote or line break; a field a spreadsheet
 * would take for a formula (=, +, -, @, a tab or carriage return first) gets a leading
 * apostrophe, so that opening the download runs nothing.
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
