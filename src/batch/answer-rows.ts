// Each record of a plan to a row of the report, through ask() (the single
// check's road), with one answer kept per distinct (platform, source, surface,
// date) as written, so that repeated rows cost a few map look-ups.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import type { Answer, Verdict } from '../engine/check.js';
import { DataError, InputError, wordedError } from '../errors/errors.js';
import { errorMessage } from '../i18n/error-words.js';
import { formatInstant } from '../time/moment.js';
import { beyondStaleness, type Staleness } from '../time/staleness.js';
import { buildVerdictIndex, type Decision } from '../engine/verdict-index.js';
import type { LinkInput } from '../link/types.js';
import { answerQuery, memoisedSteps, MAX_FIELD, resolveQuery, type QueryText, type ResolvedQuery, type Steps } from '../query/ask.js';
import { KeptAnswers } from './kept-answers.js';
import { locateColumns, REQUIRED, type ColumnNames, type ColumnPositions } from './columns.js';

/** One answer, or the reason there is none, shared by every row that asks the same. */
export interface Shared {
  /** The verdict, when the query could be answered. */
  verdict: Verdict | null;
  /** The rule that decides it; null when none does. */
  rule: CompiledRule | null;
  /** The whole answer, as the single check gives it: made when a report first reads it. */
  readonly answer: Answer | null;
  link: LinkInput | null;
  /** Why the query cannot be answered (an input error), when answer is null. */
  message: string | null;
  /** That error, for a report that words it in another language. */
  error?: InputError | DataError | undefined;
  /** When the record for the query is older than the staleness limit: its newest evidence and the queried day. */
  stale: StaleRecord | null;
  /** Renderers keep their text for it here, made when first needed. */
  memo: Record<string, string>;
  /** And their bytes (see Spool#addEncoded). */
  encoded: Record<string, Uint8Array>;
}

export interface StaleRecord {
  /** The newest publication date of evidence for the platform, source and surface (YYYY-MM-DD). */
  newestEvidence: string;
  /** The queried civil day in the platform's zone. */
  queriedDay: string;
  /** The limit it is past. */
  limit: Staleness;
}

export interface SharedAnswer extends Shared {
  verdict: Verdict;
  readonly answer: Answer;
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

export interface AnswerOptions {
  names: ColumnNames;
  /** --platform or LINKCHECK_PLATFORM, for rows without a platform cell. */
  platform: string;
  now: number;
  asKnownOn?: string;
  /** --max-staleness: a row whose queried day is further than this past its newest evidence is stale. */
  maxStaleness?: Staleness;
}

/** Kept answers are dropped all at once past this many, so memory stays flat on plans with few repeats. */
const CACHE_LIMIT = 20_000;

/** Headers whose columns are kept located (read-jsonl.ts shares one array per shape of keys). */
const HEADER_SHAPES = 16;

/** A row of the plan (see RecordSink) to a row of the report, valid until the next call. */
export type RowAnswerer = (line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => BatchRow;

export function rowAnswerer(catalog: Catalog, options: AnswerOptions): RowAnswerer {
  const answerOf = answerer(catalog, options);
  const kept = new KeptAnswers<Shared>(CACHE_LIMIT);
  // Keyed by the cells as written: rows that differ only in white space around the date or
  // platform are answered apart, and alike.
  const lookUp = (source: string, surface: string, date: string, platform: string): Shared => {
    let shared = kept.get(source, surface, date, platform);
    if (shared === undefined) {
      // Kept texts are copies: a cell is a slice of its chunk of the file and would keep all of it.
      const texts = [detached(source), detached(surface), detached(date), detached(platform)] as const;
      shared = answerOf({ source: texts[0], surface: texts[1], date: texts[2].trim(), platform: texts[3].trim() || options.platform });
      kept.set(...texts, shared);
    }
    return shared;
  };

  // CSV rows and sheet rows share one header array; JSON Lines rows share one per shape of keys
  // (read-jsonl.ts), and a plan's few shapes may take turns: each is located once.
  let located = new Map<readonly string[], { positions: ColumnPositions | string; headerError: InputError | undefined }>();
  let header: readonly string[] | undefined;
  let positions: ColumnPositions | string = {};
  let headerError: InputError | undefined;
  // One object, filled again for every row: a report reads it during its row() call and keeps
  // only text it makes from it (see BatchReport), so a million rows are not a million objects.
  const row = { kind: 'error', line: 0, header: [] as readonly string[], cells: [] as readonly string[], positions: positions as ColumnPositions | string, shared: null as Shared | null, message: null as string | null, error: undefined as InputError | undefined };
  return (line, rowHeader, cells, error) => {
    if (rowHeader !== header) {
      header = rowHeader;
      let known = located.get(header);
      if (known === undefined) {
        known = { positions: {}, headerError: undefined };
        try {
          known.positions = locateColumns(header, options.names);
        } catch (error) {
          known.positions = expected(error);
          if (error instanceof InputError) known.headerError = error;
        }
        if (located.size >= HEADER_SHAPES) located = new Map();
        located.set(header, known);
      }
      positions = known.positions;
      headerError = known.headerError;
    }
    row.line = line;
    row.header = rowHeader;
    row.cells = cells;
    row.positions = positions;
    // The reader's error (a malformed CSV row), else the header's, else the cells'.
    const problem = error ?? (typeof positions === 'string' ? headerError : rowProblem(rowHeader, cells, positions));
    const message = (problem ? errorMessage(problem) : undefined) ?? (typeof positions === 'string' ? positions : undefined);
    row.error = problem;
    if (message !== undefined) {
      row.kind = 'error';
      row.shared = null;
      row.message = message;
    } else {
      const at = positions as ColumnPositions;
      const shared = lookUp(cells[at.source!]!, cells[at.surface!]!, cells[at.date!]!, at.platform === undefined ? '' : (cells[at.platform] ?? ''));
      row.kind = shared.message === null ? 'answer' : 'error';
      row.shared = shared;
      row.message = shared.message;
    }
    return row as BatchRow;
  };
}

/**
 * ask(), in steps that remember: the four resolutions by their text, and the
 * answer by the resolved query, which many texts share (an alias and an id, two
 * links of one source). The verdict and deciding rule come from the verdict
 * index, which agrees with check() by construction (test/engine/verdict-index.test.ts):
 * the text report needs no more, and check()'s explanation, a thousand times
 * dearer, is made only for a report that reads it. The index holds the record
 * as it stands, so with --as-known-on every answer is check()'s.
 */
function answerer(catalog: Catalog, options: AnswerOptions): (text: QueryText) => Shared {
  const steps: Steps = memoisedSteps(catalog, options.now);
  const index = options.asKnownOn === undefined ? buildVerdictIndex(catalog) : undefined;
  let answers = new Map<string, Answer>();
  const answerOf = (query: ResolvedQuery): Answer => {
    const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.at}\u0000${query.precision}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = answerQuery(catalog, options.asKnownOn ? { ...query, asKnownOn: options.asKnownOn } : query);
      if (answers.size >= CACHE_LIMIT) answers = new Map();
      answers.set(key, answer);
    }
    return answer;
  };
  // The newest evidence depends on the platform, source and surface only, not on the instant:
  // one check per key, however many dates a plan asks about.
  const newest = new Map<string, string | null>();
  const staleness = (query: ResolvedQuery): StaleRecord | null => {
    const limit = options.maxStaleness;
    if (limit === undefined) return null;
    const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.ambiguousLink === true}`;
    let newestEvidence = newest.get(key);
    if (newestEvidence === undefined) {
      newestEvidence = answerQuery(catalog, options.asKnownOn ? { ...query, asKnownOn: options.asKnownOn } : query).freshness.newestEvidence;
      newest.set(key, newestEvidence);
    }
    if (newestEvidence === null) return null;
    const queriedDay = formatInstant(query.at, catalog.platforms.get(query.platform)!.timeZone).slice(0, 10);
    return beyondStaleness(newestEvidence, queriedDay, limit) ? { newestEvidence, queriedDay, limit } : null;
  };
  return (text) => {
    let resolved: { query: ResolvedQuery; link: LinkInput | null };
    try {
      resolved = resolveQuery(catalog, text, options.now, steps);
    } catch (error) {
      return new Kept(null, null, null, null, expected(error), error as InputError | DataError, null);
    }
    const { query, link } = resolved;
    let decision: Decision | undefined;
    try {
      decision = index?.decision(query);
    } catch (error) {
      // A key the index does not hold (a group no source belongs to): check() answers it.
      if (!(error instanceof InputError)) throw error;
    }
    if (decision === undefined) {
      const answer = answerOf(query);
      return new Kept(answer.verdict, answer.rule, answer, link, null, undefined, staleness(query));
    }
    return new Kept(decision.verdict, decision.rule, () => answerOf(query), link, null, undefined, staleness(query));
  };
}

/** Every kept answer has this one shape, so that reading one per row stays a plain field load. */
class Kept implements Shared {
  memo: Record<string, string> = {};
  encoded: Record<string, Uint8Array> = {};
  private made: Answer | (() => Answer) | null;

  constructor(
    readonly verdict: Verdict | null,
    readonly rule: CompiledRule | null,
    answer: Answer | (() => Answer) | null,
    readonly link: LinkInput | null,
    readonly message: string | null,
    readonly error: InputError | DataError | undefined,
    readonly stale: StaleRecord | null,
  ) {
    this.made = answer;
  }

  /** The whole answer, made the first time a report reads it. */
  get answer(): Answer | null {
    if (typeof this.made === 'function') this.made = this.made();
    return this.made;
  }
}

/**
 * The text in a string of its own. A cell Papa Parse cuts from a chunk refers to the chunk
 * (V8 makes a slice of a longer string a view of it), so a kept cell kept 64 KiB of the file:
 * a plan with thousands of distinct links spread through it peaked at 460 MB. Joined to a
 * character, the text is copied into a new string (its slice refers to that copy, not to the
 * chunk); no Buffer, so that the batch runs in a browser too (#19). Every code unit is kept,
 * a lone surrogate as well.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** What makes a row unusable before it is asked: a cell too long, a needed one empty. */
function rowProblem(header: readonly string[], cells: readonly string[], positions: ColumnPositions): InputError | undefined {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.length > MAX_FIELD) return wordedError('cell-too-long', { column: header[i] ?? `column ${i + 1}`, length: String(cell.length), limit: String(MAX_FIELD) });
  }
  if (filled(cells, positions.source) && filled(cells, positions.surface) && filled(cells, positions.date)) return undefined;
  const empty = REQUIRED.filter((column) => !filled(cells, positions[column]));
  return wordedError('empty-cells', { columns: empty.join(', ') });
}

function filled(cells: readonly string[], position: number | undefined): boolean {
  return position !== undefined && !blank(cells[position] ?? '');
}

/** Empty or only white space; a cell whose first character cannot be white space is not, without trimming it. */
function blank(cell: string): boolean {
  return cell.length === 0 || (maybeSpace(cell.charCodeAt(0)) && cell.trim() === '');
}

/** Whether trim() may remove this code unit: controls and space, and the Unicode spaces (so not CJK text). */
function maybeSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The row's source, surface, date and platform as written; a column the row lacks is absent. */
export function rowQuery(row: BatchRow): Partial<QueryText> {
  const query: Partial<Record<keyof QueryText, string>> = {};
  if (typeof row.positions === 'string') return query;
  for (const column of ['source', 'surface', 'date', 'platform'] as const) {
    const position = row.positions[column];
    if (position !== undefined) query[column] = row.cells[position] ?? '';
  }
  return query;
}

/** The message of an expected failure; anything else is a bug and goes on up. */
function expected(error: unknown): string {
  if (error instanceof InputError || error instanceof DataError) return errorMessage(error);
  throw error;
}
