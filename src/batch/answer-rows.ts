// Each record of a plan to a row of the report, through ask() (the single
// check's road), with one answer kept per distinct (platform, source, surface,
// date) as written, so that repeated rows cost a few map look-ups.
import type { Catalog } from '../engine/catalog.js';
import type { Answer } from '../engine/check.js';
import { DataError, InputError, wordedError } from '../engine/errors.js';
import type { LinkInput } from '../link/types.js';
import { check } from '../engine/check.js';
import { answerQuery, memoisedSteps, MAX_FIELD, resolveQuery, type QueryText, type Steps } from './ask.js';
import { locateColumns, type ColumnNames, type ColumnPositions } from './columns.js';
import type { InputRecord } from './read/records.js';

/** One answer, or the reason there is none, shared by every row that asks the same. */
export interface Shared {
  answer: Answer | null;
  link: LinkInput | null;
  /** Why the query cannot be answered (an input error), when answer is null. */
  message: string | null;
  /** That error, for a report that words it in another language. */
  error?: InputError | DataError;
  /** Renderers keep their text for it here, made when first needed. */
  memo: Record<string, string>;
}

export interface SharedAnswer extends Shared {
  answer: Answer;
  message: null;
}

interface RowBase {
  line: number;
  /** The row as read: its header and cells. */
  record: InputRecord;
  /** Where its source, surface, date and platform cells are (see rowQuery); a string when the header cannot be read. */
  positions: ColumnPositions | string;
  /** Why the row itself cannot be asked (its header or cells), for a report that words it in another language. */
  error?: InputError;
}

export type BatchRow = (RowBase & { kind: 'answer'; shared: SharedAnswer; message: null }) | (RowBase & { kind: 'error'; shared: Shared | null; message: string });

export interface AnswerOptions {
  names: ColumnNames;
  /** --platform or LINKCHECK_PLATFORM, for rows without a platform cell. */
  platform: string;
  now: number;
  asKnownOn?: string;
}

/** Kept answers are dropped all at once past this many, so memory stays flat on plans with few repeats. */
const CACHE_LIMIT = 20_000;

type Level<T> = Map<string, T>;

export function rowAnswerer(catalog: Catalog, options: AnswerOptions): (record: InputRecord) => BatchRow {
  const answerOf = answerer(catalog, options);
  // source → date → surface → platform cell → answer: four short keys hash faster than one joined.
  let cache: Level<Level<Level<Level<Shared>>>> = new Map();
  let size = 0;
  const lookUp = (platform: string, source: string, surface: string, date: string): Shared => {
    let dates = cache.get(source);
    if (dates === undefined) cache.set(source, (dates = new Map()));
    let surfaces = dates.get(date);
    if (surfaces === undefined) dates.set(date, (surfaces = new Map()));
    let platforms = surfaces.get(surface);
    if (platforms === undefined) surfaces.set(surface, (platforms = new Map()));
    let shared = platforms.get(platform);
    if (shared === undefined) {
      shared = answerOf({ source, surface, date, platform: platform || options.platform });
      if (++size > CACHE_LIMIT) {
        cache = new Map();
        size = 0;
      } else {
        platforms.set(platform, shared);
      }
    }
    return shared;
  };

  // CSV rows and sheet rows share one header array; JSON Lines objects each have their own keys.
  let header: readonly string[] | undefined;
  let positions: ColumnPositions | string = {};
  let headerError: InputError | undefined;
  return (record) => {
    if (record.header !== header) {
      header = record.header;
      headerError = undefined;
      try {
        positions = locateColumns(header, options.names);
      } catch (error) {
        positions = expected(error);
        if (error instanceof InputError) headerError = error;
      }
    }
    // Every row is one object of one shape; the query as written is made only when a report shows it.
    if (record.error !== undefined) return { kind: 'error', line: record.line, record, positions, shared: null, message: record.error };
    if (typeof positions === 'string') return { kind: 'error', line: record.line, record, positions, shared: null, message: positions, ...(headerError ? { error: headerError } : {}) };
    const problem = rowProblem(record, positions);
    if (problem !== undefined) return { kind: 'error', line: record.line, record, positions, shared: null, message: problem.message, error: problem };
    const { cells } = record;
    const at = positions as ColumnPositions;
    const shared = lookUp(at.platform === undefined ? '' : (cells[at.platform] ?? '').trim(), cells[at.source!]!, cells[at.surface!]!, cells[at.date!]!.trim());
    return shared.message === null
      ? { kind: 'answer', line: record.line, record, positions, shared: shared as SharedAnswer, message: null }
      : { kind: 'error', line: record.line, record, positions, shared, message: shared.message };
  };
}

/**
 * ask(), in steps that remember: the four resolutions by their text, and the
 * answer by the resolved query, which many texts share (an alias and an id, two
 * links of one source).
 */
function answerer(catalog: Catalog, options: AnswerOptions): (text: QueryText) => Shared {
  const steps: Steps = memoisedSteps(catalog, options.now);
  let answers = new Map<string, Answer>();
  return (text) => {
    try {
      const { query, link } = resolveQuery(catalog, text, options.now, steps);
      const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.at}\u0000${query.precision}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = answerQuery(catalog, options.asKnownOn ? { ...query, asKnownOn: options.asKnownOn } : query);
        if (answers.size >= CACHE_LIMIT) answers = new Map();
        answers.set(key, answer);
      }
      return { answer, link, message: null, memo: {} };
    } catch (error) {
      return { answer: null, link: null, message: expected(error), error: error as InputError | DataError, memo: {} };
    }
  };
}

/** What makes a row unusable before it is asked: a cell too long, a needed one empty. */
function rowProblem(record: InputRecord, positions: ColumnPositions): InputError | undefined {
  const { cells } = record;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.length > MAX_FIELD) return wordedError('cell-too-long', { column: record.header[i] ?? `column ${i + 1}`, length: String(cell.length), limit: String(MAX_FIELD) });
  }
  const empty = (column: 'source' | 'surface' | 'date') => {
    const position = positions[column];
    return position === undefined || blank(cells[position] ?? '');
  };
  if (!empty('source') && !empty('surface') && !empty('date')) return undefined;
  return wordedError('empty-cells', { columns: (['source', 'surface', 'date'] as const).filter(empty).join(', ') });
}

/** Empty or only spaces; a cell that starts with a letter is not, without trimming it. */
function blank(cell: string): boolean {
  return cell.length === 0 || (cell.charCodeAt(0) <= 0x20 || cell.charCodeAt(0) === 0xa0 || cell.charCodeAt(0) >= 0x1680 ? cell.trim() === '' : false);
}

/** The row's source, surface, date and platform as written; a column the row lacks is absent. */
export function rowQuery(row: BatchRow): Partial<QueryText> {
  const query: Partial<Record<keyof QueryText, string>> = {};
  if (typeof row.positions === 'string') return query;
  for (const column of ['source', 'surface', 'date', 'platform'] as const) {
    const position = row.positions[column];
    if (position !== undefined) query[column] = row.record.cells[position] ?? '';
  }
  return query;
}

/** The message of an expected failure; anything else is a bug and goes on up. */
function expected(error: unknown): string {
  if (error instanceof InputError || error instanceof DataError) return error.message;
  throw error;
}
