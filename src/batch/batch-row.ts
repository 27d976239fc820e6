// A row of a batch's report, as the reports read it (batch-text.ts, batch-json.ts …): its line,
// header, cells, where its asked cells are, and its answer or why it has none. One FilledRow is
// filled again for every row (answer-rows.ts), so a million rows are not a million objects.
import type { Answer, Verdict } from '../engine/check.js';
import type { InputError } from '../errors/errors.js';
import type { QueryText } from '../query/ask.js';
import type { Shared } from './shared-answer.js';
import type { ColumnPositions } from './columns.js';
import { isJoinFault, joinDateAndTime } from './date-and-time.js';
import type { RecordText } from './read/records.js';
import type { Why } from './row-why.js';

export interface SharedAnswer extends Shared {
  verdict: Verdict;
  readonly answer: Answer;
  readonly why: Why;
  message: null;
}

interface RowBase {
  line: number;
  /** The header the row is read under (the same array for every row of a CSV file or sheet). */
  header: readonly string[];
  /** Its cells, in the file's order; a missing cell reads as empty. */
  cells: readonly string[];
  /** Where its source, surface, date and platform cells are (see rowQuery); a string when the header cannot be read. */
  positions: ColumnPositions | string;
  /** Why the row itself cannot be asked (its header or cells), for a report that words it in another language. */
  error?: InputError;
}

export type BatchRow = (RowBase & { kind: 'answer'; shared: SharedAnswer; message: null }) | (RowBase & { kind: 'error'; shared: Shared | null; message: string });

/** The row a report reads, filled again for every row; its cells made from the record only if read. */
export class FilledRow {
  kind: 'answer' | 'error' = 'error';
  line = 0;
  header: readonly string[] = [];
  positions: ColumnPositions | string = {};
  shared: Shared | null = null;
  message: string | null = null;
  error: InputError | undefined = undefined;
  private made: readonly string[] | null = [];
  private record: RecordText | null = null;

  get cells(): readonly string[] {
    return (this.made ??= this.record!.cells());
  }

  set cells(cells: readonly string[]) {
    this.made = cells;
    this.record = null;
  }

  /** The row as one answered before whose answer was found kept (its cells set before). */
  found(line: number, header: readonly string[], positions: ColumnPositions | string, shared: Shared): BatchRow {
    this.line = line;
    this.header = header;
    this.positions = positions;
    this.error = undefined;
    this.kind = shared.message === null ? 'answer' : 'error';
    this.shared = shared;
    this.message = shared.message;
    return this as BatchRow;
  }

  /** Cells to be made from the record, if a report reads them while the record is valid. */
  lazy(record: RecordText): void {
    this.made = null;
    this.record = record;
  }
}

/**
 * The row's source, surface, date and platform as written; a column the row lacks is absent. The
 * date is the one asked: with the time column's cell joined to it, when the two make one.
 */
export function rowQuery(row: BatchRow): Partial<QueryText> {
  const query: Partial<Record<keyof QueryText, string>> = {};
  if (typeof row.positions === 'string') return query;
  for (const column of ['source', 'surface', 'date', 'platform'] as const) {
    const position = row.positions[column];
    if (position !== undefined) query[column] = row.cells[position] ?? '';
  }
  const { time } = row.positions;
  if (query.date !== undefined && time !== undefined) {
    const joined = joinDateAndTime(query.date, row.cells[time] ?? '');
    if (!isJoinFault(joined)) query.date = joined;
  }
  return query;
}
