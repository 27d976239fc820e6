// A sheet's rows as blocks of plain data, so that one thread can read a workbook while
// another answers its rows (src/cli/reader-thread.ts). A row of shared strings travels as
// their numbers, its other cells as their texts; the answering side holds the workbook's
// shared strings and makes each row's cells again, then hands the rows to its sink as the
// reader would have: rows held together through sheetAhead() and each through sheet(),
// a row that cannot be read through the sink itself, with its error.
import { InputError, type ErrorDetails } from '../../errors/errors.js';
import { handOnSheetRows, HELD_ROWS, type RecordSink } from './records.js';

/** Rows a block carries at most. */
export const BLOCK_ROWS = 1024;

/** What a row's `flags` say: it came through sheet() (its cells' shared-string numbers kept), or with an error. */
const SHEET = 1;
const FAILED = 2;

/** An input error as data posted from the reader's thread, to be made an InputError again on the other side (inputErrorOf). */
export interface PostedError extends ErrorDetails {
  message: string;
}

export interface SheetBlock {
  rows: number;
  /** Four numbers a row: its line, its width (cells), its longest cell and its flags. */
  meta: Int32Array;
  /** For each row through sheet(), its cells' shared-string numbers (-1 for none), a header's width apart. */
  numbers: Int32Array;
  /** The texts of the cells without a shared-string number, row after row, in order. */
  texts: string[];
  /** The errors of the rows that have one, in order. */
  errors: PostedError[];
}

/** The input error as it is posted to another thread: plain data, its exit code with it. */
export function postedError(error: InputError): PostedError {
  return { message: error.message, exitCode: error.exitCode, code: error.code, ...(error.params ? { params: error.params } : {}), worded: error.worded, problem: error.problem };
}

export function inputErrorOf(data: PostedError): InputError {
  const { message, ...details } = data;
  return new InputError(message, details);
}

/**
 * A sink that packs the rows it is given into blocks of at most BLOCK_ROWS, handed to `send`
 * as they fill (and by flush()). `stride`: the header's width, known once the header is read.
 * `wait`: what the reader is told to wait for after a block is sent (the other side's room).
 */
export function blockPacker(stride: () => number, send: (block: SheetBlock) => void, wait: () => Promise<void> | undefined): { sink: RecordSink; flush: () => void } {
  let block: SheetBlock | undefined;
  let sheetRows = 0;
  const room = (): SheetBlock => (block ??= { rows: 0, meta: new Int32Array(BLOCK_ROWS * 4), numbers: new Int32Array(BLOCK_ROWS * stride()), texts: [], errors: [] });
  const flush = () => {
    if (block === undefined || block.rows === 0) return;
    const full = block;
    block = undefined;
    sheetRows = 0;
    send(full);
  };
  const added = (): Promise<void> | undefined => {
    if (block!.rows < BLOCK_ROWS) return undefined;
    flush();
    return wait();
  };
  const sink = Object.assign(
    (line: number, _header: readonly string[], cells: readonly string[], error: InputError | undefined) => {
      const into = room();
      const at = into.rows++ * 4;
      into.meta[at] = line;
      into.meta[at + 1] = cells.length;
      into.meta[at + 3] = error === undefined ? 0 : FAILED;
      for (const cell of cells) into.texts.push(cell);
      if (error !== undefined) into.errors.push(postedError(error));
      return added();
    },
    {
      sheet: (line: number, _header: readonly string[], cells: readonly string[], strings: Int32Array, from: number, longest: number) => {
        const into = room();
        const at = into.rows++ * 4;
        into.meta[at] = line;
        into.meta[at + 1] = cells.length;
        into.meta[at + 2] = longest;
        into.meta[at + 3] = SHEET;
        const numbers = into.numbers;
        for (let i = 0, to = sheetRows++ * stride(); i < cells.length; i++, to++) {
          const number = strings[from + i]!;
          numbers[to] = number;
          if (number < 0) into.texts.push(cells[i]!);
        }
        return added();
      },
    },
  );
  return { sink, flush };
}

/**
 * A block's rows handed to `sink` in order, their cells made from `strings` (the workbook's
 * shared strings) and the block's texts: consecutive rows through sheet() held together as the
 * reader holds them, when the sink takes them so. Returns what the sink last asked to wait for.
 */
export function replayBlock(block: SheetBlock, header: readonly string[], strings: readonly string[], sink: RecordSink): Promise<void> | undefined {
  const { meta, numbers, texts, errors } = block;
  const stride = header.length;
  const held = sink.sheet !== undefined && sink.sheetAhead !== undefined;
  let text = 0;
  let error = 0;
  let sheetRow = 0;
  let wait: Promise<void> | undefined;
  const rows: string[][] = [];
  const lines = new Int32Array(HELD_ROWS);
  const longest = new Int32Array(HELD_ROWS);
  const heldNumbers = new Int32Array(HELD_ROWS * stride);
  let count = 0;
  const release = () => {
    if (count === 0) return;
    const result = handOnSheetRows(sink, header, rows, count, heldNumbers, stride, lines, longest);
    if (result) wait = result;
    count = 0;
  };
  for (let row = 0; row < block.rows; row++) {
    const line = meta[row * 4]!;
    const width = meta[row * 4 + 1]!;
    const flags = meta[row * 4 + 3]!;
    const cells = new Array<string>(width);
    if (flags !== SHEET) {
      for (let i = 0; i < width; i++) cells[i] = texts[text++]!;
      release();
      const result = sink(line, header, cells, flags === FAILED ? inputErrorOf(errors[error++]!) : undefined);
      if (result) wait = result;
      continue;
    }
    const from = sheetRow++ * stride;
    for (let i = 0; i < width; i++) {
      const number = numbers[from + i]!;
      cells[i] = number < 0 ? texts[text++]! : strings[number]!;
    }
    if (!held) {
      const result = sink.sheet !== undefined ? sink.sheet(line, header, cells, numbers, from, meta[row * 4 + 2]!) : sink(line, header, cells, undefined);
      if (result) wait = result;
      continue;
    }
    const k = count++;
    lines[k] = line;
    longest[k] = meta[row * 4 + 2]!;
    rows[k] = cells;
    // Copied one by one, as the reader copies them (sheet-reader.ts): a view per row cost more.
    for (let i = 0, at = k * stride; i < width; i++, at++) heldNumbers[at] = numbers[from + i]!;
    heldNumbers.fill(-1, k * stride + width, (k + 1) * stride);
    if (count === HELD_ROWS) release();
  }
  release();
  return wait;
}
