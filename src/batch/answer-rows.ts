// Each record of a plan to a row of the report, through ask() (the single
// check's road), with one answer kept per distinct (platform, source, surface,
// date) as written, so that repeated rows cost a map look-up.
import type { Catalog } from '../engine/catalog.js';
import type { Answer } from '../engine/check.js';
import { DataError, InputError } from '../engine/errors.js';
import type { LinkInput } from '../link/types.js';
import { ask, MAX_FIELD, type QueryText } from './ask.js';
import { locateColumns, type ColumnNames, type ColumnPositions } from './columns.js';
import type { InputRecord } from './read/records.js';

/** One answer, shared by every row that asks the same. */
export interface SharedAnswer {
  answer: Answer;
  link: LinkInput | null;
  /** The answer's --json object as text, made when first needed. */
  json?: string;
}

interface RowBase {
  line: number;
  /** The row as read: its header and cells. */
  record: InputRecord;
  query: Partial<QueryText>;
}

export type BatchRow = (RowBase & { kind: 'answer'; shared: SharedAnswer }) | (RowBase & { kind: 'error'; message: string });

export interface AnswerOptions {
  names: ColumnNames;
  /** --platform or LINKCHECK_PLATFORM, for rows without a platform cell. */
  platform: string;
  now: number;
  asKnownOn?: string;
}

/** Kept answers are dropped all at once past this many, so memory stays flat on plans with few repeats. */
const CACHE_LIMIT = 50_000;

export function rowAnswerer(catalog: Catalog, options: AnswerOptions): (record: InputRecord) => BatchRow {
  const cache = new Map<string, SharedAnswer | string>();
  // CSV rows and sheet rows share one header array; JSON Lines objects each have their own keys.
  let header: readonly string[] | undefined;
  let positions: ColumnPositions | string = {};
  return (record) => {
    if (record.header !== header) {
      header = record.header;
      try {
        positions = locateColumns(header, options.names);
      } catch (error) {
        positions = expected(error);
      }
    }
    const query = typeof positions === 'string' ? {} : queryOf(record.cells, positions);
    const base = { line: record.line, record, query };
    if (record.error !== undefined) return { ...base, kind: 'error', message: record.error };
    if (typeof positions === 'string') return { ...base, kind: 'error', message: positions };
    const long = record.cells.findIndex((cell) => cell.length > MAX_FIELD);
    if (long >= 0) return { ...base, kind: 'error', message: `the ${record.header[long] ?? `column ${long + 1}`} cell is ${record.cells[long]!.length} characters long; at most ${MAX_FIELD} (64 KiB) are read` };
    const missing = (['source', 'surface', 'date'] as const).filter((column) => query[column] === undefined || query[column].trim() === '');
    if (missing.length > 0) return { ...base, kind: 'error', message: `no ${missing.join(', ')} in this row` };

    const text: QueryText = { source: query.source!, surface: query.surface!, date: query.date!.trim(), platform: query.platform?.trim() || options.platform };
    const key = `${text.platform}\u0000${text.source}\u0000${text.surface}\u0000${text.date}`;
    let shared = cache.get(key);
    if (shared === undefined) {
      try {
        shared = ask(catalog, text, options.now, options.asKnownOn);
      } catch (error) {
        shared = expected(error);
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, shared);
    }
    return typeof shared === 'string' ? { ...base, kind: 'error', message: shared } : { ...base, kind: 'answer', shared };
  };
}

function queryOf(cells: readonly string[], positions: ColumnPositions): Partial<QueryText> {
  const query: Partial<Record<keyof QueryText, string>> = {};
  if (positions.source !== undefined) query.source = cells[positions.source] ?? '';
  if (positions.surface !== undefined) query.surface = cells[positions.surface] ?? '';
  if (positions.date !== undefined) query.date = cells[positions.date] ?? '';
  if (positions.platform !== undefined) query.platform = cells[positions.platform] ?? '';
  return query;
}

/** The message of an expected failure; anything else is a bug and goes on up. */
function expected(error: unknown): string {
  if (error instanceof InputError || error instanceof DataError) return error.message;
  throw error;
}
