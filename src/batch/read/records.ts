// What every reader hands on: one record per row of the plan, with the line of
// the file it starts on, or the reason it could not be read.

export type InputFormat = 'csv' | 'jsonl' | 'xlsx';

export const FORMATS: readonly InputFormat[] = ['csv', 'jsonl', 'xlsx'];

/**
 * A row as read: the header it is read under (the same array for every row of a
 * CSV file or sheet) and its cells, in the file's order; a missing cell reads as
 * empty. With error: why the row cannot be used.
 */
export interface InputRecord {
  line: number;
  header: readonly string[];
  cells: readonly string[];
  error?: string;
}

/** Called once per record, in input order; returns nothing, so a reader never waits on it. */
export type RecordSink = (record: InputRecord) => void;

/** Throws an InputError when a header row lacks a needed column: then no row can be read. */
export type HeaderCheck = (names: readonly string[]) => void;
