// What every reader hands on: one record per row of the plan, with the line of
// the file it starts on, or the reason it could not be read.
import type { InputError } from '../../engine/errors.js';

export type InputFormat = 'csv' | 'jsonl' | 'xlsx';

export const FORMATS: readonly InputFormat[] = ['csv', 'jsonl', 'xlsx'];

/**
 * Called once per row, in input order, with the line of the file it starts on,
 * the header it is read under (the same array for every row of a CSV file or
 * sheet), its cells in the file's order, and, when it cannot be used, why (worded by id, so
 * that a report can say it in the reader's language). No
 * object is made for a row here: a plan of a million rows is a million calls.
 * Returns nothing, so a reader never waits on it.
 */
export type RecordSink = (line: number, header: readonly string[], cells: readonly string[], error: InputError | undefined) => void;

/** Throws an InputError when a header row lacks a needed column: then no row can be read. */
export type HeaderCheck = (names: readonly string[]) => void;
