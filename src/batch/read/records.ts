// What every reader hands on: one record per row of the plan, with the line of
// the file it starts on, or the reason it could not be read.
import { inputError, wordedError, type InputError } from '../../errors/errors.js';
import { utf8Length } from '../../model/field-length.js';
import type { ColumnPositions, SheetPlace } from '../columns.js';
import type { Encoding } from './decode.js';
import { ownEntry } from '../../model/own.js';

export type { SheetPlace };

export type InputFormat = 'csv' | 'jsonl' | 'xlsx';

export const FORMATS: readonly InputFormat[] = ['csv', 'jsonl', 'xlsx'];

/**
 * The format a plan file's extension names (without its dot, in any case), for the CLI and the
 * page alike; undefined for any other. A spreadsheet's tab-separated export (.tsv, .tab, or .txt
 * for "Unicode Text") is read as CSV: its separator is found from its header line
 * (csv-separator.ts separatorOf).
 */
export function formatOfExtension(extension: string): InputFormat | undefined {
  const key = extension.toLowerCase();
  return ownEntry(BY_EXTENSION, key);
}

/**
 * Refuses a setting the plan's format does not read, rather than leave it unread: a sheet of a
 * plan that is no workbook, an encoding other than UTF-8 of a workbook (its XML is UTF-8).
 */
export function checkFormatSettings(format: InputFormat, sheet: string | undefined, encoding: Encoding): void {
  if (format !== 'xlsx' && sheet !== undefined) throw inputError('sheet-not-workbook', { format });
  if (format === 'xlsx' && encoding !== 'utf-8') throw inputError('encoding-of-workbook', {});
}

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = { csv: 'csv', tsv: 'csv', tab: 'csv', txt: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', xlsx: 'xlsx' };

/**
 * Longest record (a CSV record, a JSON line, a sheet row's cells together) read, in bytes of
 * UTF-8, as the docs count it: a longer one is an error row, its text skipped, not kept.
 * Sixteen query fields of 64 KiB each (MAX_FIELD), so no field that could be read is cut.
 * Readers count a record's UTF-16 code units as they go (each is one to three bytes): past
 * MAX_RECORD units it is too long; past a third of it, its bytes are counted (recordTooLong).
 */
export const MAX_RECORD = 1024 * 1024;

/**
 * Why a record of `units` UTF-16 code units is too long, or undefined when it is not: `texts`
 * are its text (or its cells, which hold all of it but ASCII separators and quotes), kept when
 * `units` is at most MAX_RECORD. Past that the text is not kept, and its length is given as at
 * least that many bytes.
 */
export function recordTooLong(units: number, texts: () => readonly string[]): InputError | undefined {
  if (units * 3 <= MAX_RECORD) return undefined;
  if (units > MAX_RECORD) return wordedError('row-too-long', { length: String(units), limit: String(MAX_RECORD), atLeast: 'true' });
  let bytes = units;
  for (const text of texts()) bytes += utf8Length(text) - text.length;
  return bytes > MAX_RECORD ? wordedError('row-too-long', { length: String(bytes), limit: String(MAX_RECORD) }) : undefined;
}

/**
 * Called once per row, in input order, with the line of the file it starts on,
 * the header it is read under (the same array for every row of a CSV file or
 * sheet), its cells in the file's order, and, when it cannot be used, why (worded by id, so
 * that a report can say it in the reader's language). No
 * object is made for a row here: a plan of a million rows is a million calls.
 * Returns a promise when the reports' output is behind: the reader then reads no
 * further until it resolves, so memory stays bounded however fast the input comes.
 * A reader may hand over a few more rows before it waits (at most those of the
 * chunk it is reading).
 */
export type RecordSink = ((line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => void | Promise<void>) & {
  /**
   * When present, a CSV record that can be read and lies whole in one decoded chunk comes
   * here instead, as that text and where its cells lie in it, so that a row whose cells are
   * not read costs no strings (#18). The record is valid until the call returns.
   */
  readonly text?: (line: number, header: readonly string[], record: RecordText) => void | Promise<void>;
  /**
   * When present with text(), records lying whole in one chunk are held a few at a time and
   * given here first, all together (the first `count` of `records`), then each to text() in the
   * same order: what their look-ups will read can then be fetched for all of them at once (#18).
   * The records are valid until the last of them has been given to text().
   */
  readonly ahead?: (header: readonly string[], records: readonly RecordText[], count: number) => void;
  /**
   * When present, a sheet row that can be read comes here instead, with, for each of its cells,
   * the number of the workbook's shared string it holds, or -1 for any other value (or none),
   * and the length of its longest cell: a row of shared strings seen before is then found by
   * those numbers, no text of it read (#18). Cell i's number is strings[from + i]: rows held
   * together share one array (see sheetAhead), which a view per row made a million objects of a
   * million rows. The numbers are valid until the call returns.
   */
  readonly sheet?: (line: number, header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => void | Promise<void>;
  /**
   * When present with sheet(), sheet rows are held a few at a time and given here first, all
   * together (the first `count` of `rows`): each row's cells, its cells' shared-string numbers in
   * `strings` (row k's from k × stride) and its longest cell; then each to sheet() in the same
   * order, so that what their look-ups will read can be fetched for all of them at once (#18).
   */
  readonly sheetAhead?: (header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, longest: Int32Array) => void;
  /** When present, given the workbook's shared strings (the texts sheet()'s numbers stand for) before its first row. */
  readonly sharedStrings?: (strings: readonly string[]) => void;
  /**
   * When present, the columns whose cells a record is answered by, under this header (undefined
   * when none is: the header cannot be read). A reader in a thread of its own then finds records
   * whose text from the first of those cells to the last is one it has seen, and gives each
   * record a number for that text (RecordText.key) (#18).
   */
  readonly keyColumns?: (header: readonly string[]) => ColumnPositions | undefined;
};

/** A record where it lies in the text read: its cells are made only when asked for. */
export interface RecordText {
  /** The text the record lies in. */
  readonly text: string;
  /** How many cells it has. */
  readonly count: number;
  /** Where cell i lies in the text, quotes and all: from spans[2i] to spans[2i + 1]. Only a quoted cell starts with a quote. */
  readonly spans: Int32Array;
  /** The cells, as the sink's other road would have them. */
  cells(): string[];
  /**
   * A number for the record's text from the first cell its sink's keyColumns() named to the last,
   * as written (see row-keys.ts keySpan): the same number for the same text, and never for
   * another, over the whole plan. Absent or -1 when the reader did not look for it or the
   * record could not be keyed so.
   */
  readonly key?: number;
  /**
   * Where key is given: numbers for the record's source, surface, date and platform cells as
   * written (CELL_KEYS of them, in that order), each the same for the same cell text and never
   * for another over the whole plan, one numbering for each of the four; -1 for a cell not
   * numbered. A reader numbers the cells of a record whose key it gave for the first time, while
   * most of the keys it gives are new (text-keys.ts).
   */
  readonly cellKeys?: Int32Array;
}

/** Numbers in RecordText.cellKeys: the source's, the surface's, the date's and the platform's. */
export const CELL_KEYS = 4;

/** Whether any of the CELL_KEYS cell keys in `keys` from `at` is a number (0 or more), not -1. */
export function hasCellKey(keys: Int32Array, at = 0): boolean {
  for (let c = at; c < at + CELL_KEYS; c++) if (keys[c]! >= 0) return true;
  return false;
}

/**
 * Throws an InputError when a header row lacks a needed column: then no row can be read.
 * Otherwise it may give the positions of the columns the rows are asked by: a workbook's cell
 * that cannot be read in another column is then shown as stored, and its row answered
 * (sheet-reader.ts); without them, every cell is read as if asked.
 */
export type HeaderCheck = (names: readonly string[], sheet?: SheetPlace) => readonly number[] | void;

/** What a reader read besides its rows. */
export interface ReadStats {
  /**
   * Lines with nothing on them (CSV, JSON Lines) and sheet rows with no value in any
   * cell: not records, so not rows, but counted so that none goes unmentioned.
   */
  blank: number;
}

/**
 * Records (or sheet rows) a reader holds before it hands them on together, when its sink takes
 * them so (RecordSink.ahead, sheetAhead): every reader, and a sheet's rows read in another thread
 * (sheet-blocks.ts), hold as many.
 */
export const HELD_ROWS = 128;

/** Hands on `count` held records: all of them to the sink's ahead(), then each to its text() with its line. What the sink last asked to wait for. */
export function handOnRecords(sink: RecordSink, header: readonly string[], records: readonly RecordText[], count: number, lines: Int32Array): Promise<void> | undefined {
  const text = sink.text!;
  sink.ahead!(header, records, count);
  let wait: Promise<void> | undefined;
  for (let k = 0; k < count; k++) {
    const result = text(lines[k]!, header, records[k]!);
    if (result) wait = result;
  }
  return wait;
}

/**
 * Hands on `count` held sheet rows: all of them to the sink's sheetAhead(), then each to its
 * sheet() (row k with its line lines[k], its numbers in `strings` from k × stride, its longest
 * cell longest[k]). What the sink last asked to wait for.
 */
export function handOnSheetRows(sink: RecordSink, header: readonly string[], rows: readonly (readonly string[])[], count: number, strings: Int32Array, stride: number, lines: Int32Array, longest: Int32Array): Promise<void> | undefined {
  sink.sheetAhead!(header, rows, count, strings, stride, longest);
  let wait: Promise<void> | undefined;
  for (let k = 0; k < count; k++) {
    const result = sink.sheet!(lines[k]!, header, rows[k]!, strings, k * stride, longest[k]!);
    if (result) wait = result;
  }
  return wait;
}
