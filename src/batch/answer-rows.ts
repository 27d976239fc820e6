// Each record of a plan to a row of the report, through ask() (the single
// check's road), with one answer kept per distinct (platform, source, surface,
// date) as written, so that repeated rows cost a few map look-ups.
import type { Catalog } from '../engine/catalog.js';
import type { Platform } from '../model/types.js';
import { InputError, wordedError } from '../errors/errors.js';
import { namedIn } from '../engine/resolve.js';
import { DEFAULT_PLATFORM } from '../query/ask.js';
import { errorMessage } from '../i18n/error-words.js';
import type { Staleness } from '../time/staleness.js';
import { cellAnswerer } from './answer-queries.js';
import { expected } from './answer-parts.js';
import { FilledRow, type BatchRow } from './batch-row.js';
import type { Shared } from './shared-answer.js';
import { KeptAnswers } from './kept-answers.js';
import { KeptNumbers } from './kept-numbers.js';
import { KeptTexts, stretchPrint } from './kept-texts.js';
import { ByNumber } from './by-number.js';
import { keySpan, NONE, sheetKey } from './row-keys.js';
import { asKeys, filled, rowDate, rowProblem, unreadPlatform } from './row-checks.js';
import { locateColumns, REQUIRED, type ColumnNames, type ColumnPositions } from './columns.js';
import { hasCellKey, HELD_ROWS, type RecordText } from './read/records.js';

export type { StaleRecord } from './kept-cells.js';
export type { Shared } from './shared-answer.js';

export interface AnswerOptions {
  names: ColumnNames;
  /** --platform or LINKCHECK_PLATFORM, for rows without a platform cell. */
  platform: string;
  /**
   * Whether `platform` was given (-p, LINKCHECK_PLATFORM), not the default: only then is a plan
   * without a platform column whose first rows name platforms in another column answered.
   * Without it, a platform other than the default is taken as given (the library's platform).
   */
  platformGiven?: boolean;
  /** The plan is JSON Lines: its headers are each line's keys, and its messages say so. */
  keys?: boolean;
  now: number;
  asKnownOn?: string;
  /** --max-staleness: a row whose queried day is further than this past its newest evidence is stale. */
  maxStaleness?: Staleness;
}

/** Kept answers are dropped all at once past this many, so memory stays flat on plans with few repeats. */
const CACHE_LIMIT = 20_000;

/** Rows over which the share found by their text is judged (see rowAnswerer). */
const WINDOW = 4096;

/** Headers whose columns are kept located (read-jsonl.ts shares one array per shape of keys). */
const HEADER_SHAPES = 16;

/** The first rows of a plan whose cells are looked at for a platform's name in a column not read (see row-checks.ts unreadPlatform). */
const PLATFORM_SNIFFED_ROWS = 100;

/** A row of the plan (see RecordSink) to a row of the report, valid until the next call. */
export interface RowAnswerer {
  (line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined): BatchRow;
  /** A record where it lies in the text read (see RecordSink.text). */
  text(line: number, header: readonly string[], record: RecordText): BatchRow;
  /** The records text() is about to be given, in order (see RecordSink.ahead). */
  ahead(header: readonly string[], records: readonly RecordText[], count: number): void;
  /** A sheet row with the shared strings its cells hold, from `from` in `strings` (see RecordSink.sheet). */
  sheet(line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number): BatchRow;
  /** The sheet rows sheet() is about to be given, in order (see RecordSink.sheetAhead). */
  sheetAhead(header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array): void;
  /** The columns a record is answered by (see RecordSink.keyColumns). */
  keyColumns(header: readonly string[]): ColumnPositions | undefined;
}

export function rowAnswerer(catalog: Catalog, options: AnswerOptions): RowAnswerer {
  const answerOf = cellAnswerer(catalog, options);
  const kept = new KeptAnswers<Shared>(CACHE_LIMIT);
  // Whether the last answer lookUp gave is kept.
  let keptLast = false;
  // Keyed by the cells as written: rows that differ only in white space around the date or
  // platform are answered apart, and alike.
  const lookUp = (source: string, surface: string, date: string, platform: string): Shared => {
    let shared = kept.get(source, surface, date, platform);
    keptLast = true;
    if (shared === undefined) {
      shared = answerOf(source, surface, date, platform);
      keptLast = kept.admit(source, surface, date, platform);
      if (keptLast) kept.set(source, surface, date, platform, shared);
    }
    return shared;
  };
  // Kept answers again, by the text of a CSV record from its first asked cell to its last, as
  // written (quotes and all): the same text is the same cells, so a row found here makes no
  // string of its cells (#18). Kept only what the table above keeps.
  let byText = new KeptTexts<Shared>(CACHE_LIMIT);
  // Where the asked cells of the records ahead() was given lie, and their fingerprints: text()
  // takes them from here for those records, in order, under the columns they were found by.
  let aheadRecords: readonly RecordText[] = [];
  let aheadCount = 0;
  let aheadAt = 0;
  let aheadPositions: ColumnPositions | string = '';
  let aheadSpans = new Int32Array(HELD_ROWS * 3);
  let aheadPrints = new Int32Array(HELD_ROWS);
  let aheadEntries = new Int32Array(HELD_ROWS);
  // Where the asked cells of a record lie (see keySpan), and their fingerprint.
  const span = new Int32Array(2);
  // While few rows are found by their text (a plan of nearly all distinct rows), none is looked
  // for, until the table above finds most again (a search that finds nothing costs a hash of the
  // text and a line of memory no cache holds); what that table keeps is still kept here.
  let asked = 0;
  let found = 0;
  let finding = true;
  // Kept answers again, by the shared strings of a sheet row's cells (see KeptNumbers). Kept only
  // what the first table keeps.
  let byStrings = new KeptNumbers<Shared>(CACHE_LIMIT);
  // Kept answers again, by the key a reader in a thread of its own gave a record (RecordText.key,
  // text-keys.ts). Kept only what the first table keeps.
  const keyed = new ByNumber<Shared>();

  // CSV rows and sheet rows share one header array; JSON Lines rows share one per shape of keys
  // (read-jsonl.ts), and a plan's few shapes may take turns: each is located once.
  let located = new Map<readonly string[], { positions: ColumnPositions | string; headerError: InputError | undefined }>();
  let header: readonly string[] | undefined;
  let positions: ColumnPositions | string = {};
  let headerError: InputError | undefined;
  const locate = (rowHeader: readonly string[]) => {
    header = rowHeader;
    // Texts are keyed under one header's columns.
    if (byText.size > 0) byText = new KeptTexts(CACHE_LIMIT);
    if (byStrings.size > 0) byStrings = new KeptNumbers(CACHE_LIMIT);
    let known = located.get(header);
    if (known === undefined) {
      known = { positions: {}, headerError: undefined };
      try {
        known.positions = locateColumns(header, options.names);
      } catch (error) {
        const worded = options.keys === true ? asKeys(error) : error;
        known.positions = expected(worded);
        if (worded instanceof InputError) known.headerError = worded;
      }
      if (located.size >= HEADER_SHAPES) located = new Map();
      located.set(header, known);
    }
    positions = known.positions;
    headerError = known.headerError;
    // JSON Lines: once a line has named its platform, a line of a shape without that key does not
    // say it is on the default platform (platformLeftOut). A CSV or sheet plan has one header.
    if (typeof positions !== 'string') {
      if (positions.platform !== undefined) platformColumn ??= header[positions.platform]!;
      platformLeftOut = platformColumn !== undefined && positions.platform === undefined;
    }
  };
  let platformColumn: string | undefined;
  let platformLeftOut = false;
  // One object, filled again for every row: a report reads it during its row() call and keeps
  // only text it makes from it (see BatchReport), so a million rows are not a million objects.
  const row = new FilledRow();
  // The platforms, for the message of a row whose platform cell is empty; and, while the first
  // rows of a plan without a platform column are read, a column of platform names no one reads:
  // its rows would be answered on the default platform, silently (unreadPlatform).
  const platformList = [...catalog.platforms.values()];
  const validPlatforms = platformList.map((platform) => platform.id).join(', ');
  // Made when a cell outside the asked columns is first looked at: a plan of those alone never
  // normalises the platforms' names for it (about 0.2 ms of a one-row batch, #18).
  let platformNames: ((input: string) => Platform | undefined) | undefined;
  const platformNamed = (input: string): Platform | undefined => (platformNames ??= namedIn(platformList))(input);
  const platformGiven = options.platformGiven ?? options.platform !== DEFAULT_PLATFORM;
  let sniffed = platformGiven ? PLATFORM_SNIFFED_ROWS : 0;
  const sniff = (line: number, rowHeader: readonly string[], cells: readonly string[]): void => {
    sniffed++;
    if (typeof positions !== 'string') unreadPlatform(line, rowHeader, cells, positions, platformNamed, options.platform);
  };
  const answer = (line: number, rowHeader: readonly string[], cells: readonly string[], error: InputError | undefined): BatchRow => {
    if (rowHeader !== header) locate(rowHeader);
    if (platformLeftOut && error === undefined && asksAll(cells)) return answerRow(line, rowHeader, cells, leftOut());
    if (sniffed < PLATFORM_SNIFFED_ROWS && error === undefined) sniff(line, rowHeader, cells);
    return answerRow(line, rowHeader, cells, error);
  };
  // A line left without its platform, whose source, surface and date are there (one without them says so first).
  const leftOut = () => wordedError('platform-left-out', { column: platformColumn!, valid: validPlatforms });
  const asksAll = (cells: readonly string[]) => typeof positions !== 'string' && REQUIRED.every((column) => filled(cells, (positions as ColumnPositions)[column]));
  // A row's answer, its header located (text() and sheet() looked at it for sniff() already).
  const answerRow = (line: number, rowHeader: readonly string[], cells: readonly string[], error: InputError | undefined): BatchRow => {
    row.line = line;
    row.header = rowHeader;
    row.cells = cells;
    row.positions = positions;
    // The reader's error (a malformed CSV row), else the header's, else the cells'.
    let problem = error ?? (typeof positions === 'string' ? headerError : rowProblem(rowHeader, cells, positions, validPlatforms, platformGiven ? options.platform : undefined));
    // The date asked: the date cell's, or with the time column's cell joined to it.
    let date = '';
    if (problem === undefined && typeof positions !== 'string') {
      const asked = rowDate(rowHeader, cells, positions);
      if (typeof asked === 'string') date = asked;
      else problem = asked;
    }
    const message = (problem ? errorMessage(problem) : undefined) ?? (typeof positions === 'string' ? positions : undefined);
    row.error = problem;
    if (message !== undefined) {
      row.kind = 'error';
      row.shared = null;
      row.message = message;
    } else {
      const at = positions as ColumnPositions;
      const shared = lookUp(cells[at.source!]!, cells[at.surface!]!, date, at.platform === undefined ? '' : (cells[at.platform] ?? ''));
      row.kind = shared.message === null ? 'answer' : 'error';
      row.shared = shared;
      row.message = shared.message;
    }
    return row as BatchRow;
  };
  const text = (line: number, rowHeader: readonly string[], record: RecordText): BatchRow => {
    if (rowHeader !== header) locate(rowHeader);
    if (platformLeftOut && asksAll(record.cells())) return answerRow(line, rowHeader, record.cells(), leftOut());
    if (sniffed < PLATFORM_SNIFFED_ROWS) sniff(line, rowHeader, record.cells());
    const key = record.key ?? -1;
    if (key >= 0 && typeof positions !== 'string') return byKey(line, rowHeader, record, key, positions);
    const looking = finding;
    // The asked cells' stretch of the record, from..to, and its fingerprint; from is -1 when not asked for or unusable.
    let from = -1;
    let to = -1;
    let print = 0;
    let shared: Shared | undefined;
    if (looking && typeof positions !== 'string') {
      if (aheadAt < aheadCount && aheadRecords[aheadAt] === record && aheadPositions === positions) {
        from = aheadSpans[aheadAt * 3]!;
        to = aheadSpans[aheadAt * 3 + 1]!;
        print = aheadSpans[aheadAt * 3 + 2]!;
        aheadAt++;
      } else if (keySpan(record, positions, span)) {
        from = span[0]!;
        to = span[1]!;
        print = stretchPrint(record.text, from, to);
      }
      if (from >= 0) shared = byText.get(record.text, from, to, print);
      if (shared !== undefined) found++;
    }
    if (++asked === WINDOW) {
      finding = looking ? found * 2 >= asked : kept.finding;
      asked = 0;
      found = 0;
    }
    if (shared !== undefined) {
      row.lazy(record);
      return row.found(line, rowHeader, positions, shared);
    }
    keptLast = false;
    const answered = answerRow(line, rowHeader, record.cells(), undefined);
    if (!looking && keptLast && typeof positions !== 'string' && keySpan(record, positions, span)) {
      from = span[0]!;
      to = span[1]!;
      print = stretchPrint(record.text, from, to);
    }
    // While none is looked for, a kept row's text may be kept already: it is not copied again.
    if (from >= 0 && keptLast && answered.shared !== null && (looking || byText.get(record.text, from, to, print) === undefined)) byText.set(record.text, from, to, print, answered.shared);
    return answered;
  };
  // A record keyed by the reader's thread: its answer found by its key alone.
  const byKey = (line: number, rowHeader: readonly string[], record: RecordText, key: number, at: ColumnPositions): BatchRow => {
    if (aheadAt < aheadCount && aheadRecords[aheadAt] === record) aheadAt++;
    const shared = keyed.get(key);
    if (shared !== undefined) {
      row.lazy(record);
      return row.found(line, rowHeader, at, shared);
    }
    const cellKeys = record.cellKeys;
    if (cellKeys !== undefined && hasCellKey(cellKeys)) return fresh(line, rowHeader, record, at, cellKeys);
    keptLast = false;
    const answered = answerRow(line, rowHeader, record.cells(), undefined);
    if (keptLast && answered.shared !== null) keyed.set(key, answered.shared);
    return answered;
  };
  // A record whose cells the reader numbered: its stretch was new to the reader, so the row is new
  // here too, and is answered without the kept answers' tables (should it come again, it comes
  // without cell numbers, and is kept as any other row). keySpan found it usable, so rowProblem
  // finds nothing but an empty platform cell: its answer is its cells'.
  const fresh = (line: number, rowHeader: readonly string[], record: RecordText, at: ColumnPositions, cellKeys: Int32Array): BatchRow => {
    const cells = record.cells();
    // keySpan takes an empty platform cell, which rowProblem refuses: such a row goes its road.
    if (at.platform !== undefined && !filled(cells, at.platform)) return answerRow(line, rowHeader, cells, undefined);
    const shared = answerOf.numbered(cellKeys, cells[at.source!]!, cells[at.surface!]!, cells[at.date!]!, at.platform === undefined ? '' : (cells[at.platform] ?? ''));
    row.cells = cells;
    return row.found(line, rowHeader, at, shared);
  };
  // The records about to come: their stretches found and fingerprinted now, and the memory their
  // look-ups will read fetched for all of them together (see KeptTexts.warm), by their texts or,
  // for those the reader keyed, by their keys (ByNumber.warm). Warming the keyed ones too took the
  // realistic million rows, about half of them keyed, from 1.74 to 1.63 s (median of eight pairs).
  const ahead = (rowHeader: readonly string[], records: readonly RecordText[], count: number): void => {
    if (rowHeader !== header) locate(rowHeader);
    aheadRecords = records;
    aheadAt = 0;
    aheadCount = 0;
    aheadPositions = positions;
    if (!finding || typeof positions === 'string') return;
    aheadCount = count;
    if (count > aheadPrints.length) {
      aheadSpans = new Int32Array(count * 3);
      aheadPrints = new Int32Array(count);
      aheadEntries = new Int32Array(count);
    }
    let keyedAhead = 0;
    for (let k = 0; k < count; k++) {
      const record = records[k]!;
      let print = 0;
      // A keyed record is found by its key (byKey).
      const byItsKey = (record.key ?? -1) >= 0;
      if (byItsKey) keyedAhead++;
      if (!byItsKey && keySpan(record, positions, span)) {
        print = stretchPrint(record.text, span[0]!, span[1]!);
        aheadSpans[k * 3] = span[0]!;
        aheadSpans[k * 3 + 1] = span[1]!;
      } else {
        aheadSpans[k * 3] = -1;
        aheadSpans[k * 3 + 1] = -1;
      }
      aheadSpans[k * 3 + 2] = print;
      aheadPrints[k] = print;
    }
    if (keyedAhead < count) byText.warm(aheadPrints, count, touch, aheadEntries);
    if (keyedAhead > 0) keyed.warm(records, count, touch);
  };
  // The four numbers a sheet row is kept by (see sheetKey).
  const numbers = new Int32Array(4);
  const sheet = (line: number, rowHeader: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number): BatchRow => {
    if (rowHeader !== header) locate(rowHeader);
    if (sniffed < PLATFORM_SNIFFED_ROWS) sniff(line, rowHeader, cells);
    if (typeof positions === 'string' || !sheetKey(positions, cells, strings, from, longest, numbers, 0)) return answerRow(line, rowHeader, cells, undefined);
    const [a, b, c, d] = numbers as unknown as [number, number, number, number];
    const shared = byStrings.get(a, b, c, d);
    if (shared === undefined) {
      keptLast = false;
      const answered = answerRow(line, rowHeader, cells, undefined);
      if (keptLast && answered.shared !== null) byStrings.set(a, b, c, d, answered.shared);
      return answered;
    }
    // The same shared strings are the same texts: the row is the one answered before, cell for cell where asked.
    row.cells = cells;
    return row.found(line, rowHeader, positions, shared);
  };
  // Sheet rows about to come: the memory their look-ups will read fetched for all of them together.
  let aheadNumbers = new Int32Array(HELD_ROWS * 4);
  const sheetAhead = (rowHeader: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array): void => {
    if (rowHeader !== header) locate(rowHeader);
    if (typeof positions === 'string') return;
    if (count * 4 > aheadNumbers.length) aheadNumbers = new Int32Array(count * 4);
    if (count > aheadEntries.length) aheadEntries = new Int32Array(count);
    for (let k = 0; k < count; k++) if (!sheetKey(positions, rows[k]!, strings, k * stride, longest[k]!, aheadNumbers, k * 4)) aheadNumbers[k * 4] = NONE;
    byStrings.warm(aheadNumbers, count, touch, aheadEntries);
  };
  // A plan with a time column is keyed by no reader (keySpan and sheetKey take none either): its rows are asked by their joined date.
  const keyColumns = (rowHeader: readonly string[]): ColumnPositions | undefined => {
    if (rowHeader !== header) locate(rowHeader);
    return typeof positions === 'string' || positions.time !== undefined ? undefined : positions;
  };
  return Object.assign(answer, { text, sheet, ahead, sheetAhead, keyColumns });
}

/** What a report reads first of a kept answer, read ahead (see KeptTexts.warm): the answer, then its text report's words. */
function touch(shared: Shared): number {
  const words = shared.wordsSlab;
  if (words === undefined) return 0;
  const at = shared.wordsAt ?? 0;
  return words[at]! ^ words[at + (shared.wordsLength ?? 1) - 1]!;
}
