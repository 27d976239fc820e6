// A CSV plan's records as blocks of plain data, so that one thread can read and decode a
// large plan while another answers its rows (src/cli/reader-thread.ts). A record read where
// it lies in its chunk (RecordSink.text) travels as where its cells lie, its chunk's text
// posted with the block that first needs it (and again only with a block cut at BLOCK_LIMIT
// records inside the chunk); a record read as strings (one that spans chunks, or cannot be
// read) travels as its cells and its error. The answering side hands them to its sink as the
// reader would have: records held together through ahead() and each through text(), the
// others through the sink itself.
import type { InputError } from '../../errors/errors.js';
import { ChunkRecord } from './chunk-record.js';
import { grown } from '../../model/grown.js';
import { CELL_KEYS, handOnRecords, hasCellKey, HELD_ROWS, type RecordSink, type RecordText } from './records.js';
import { inputErrorOf, postedError, type PostedError } from './sheet-blocks.js';

const NO_KEYS = new Int32Array(0);

/**
 * Records after which a block is posted at its next chunk, so that a chunk's text is posted
 * once; past BLOCK_LIMIT records (many records read as strings) it is posted at once.
 */
export const BLOCK_RECORDS = 512;
const BLOCK_LIMIT = 4096;

/** What a record's second number is when it was read as strings (else the number of its chunk in `texts`). */
const AS_STRINGS = -1;
const FAILED = -2;

/** Set in a record's kind (its chunk's number) when it has cell keys in the block's cellKeys. */
const WITH_CELL_KEYS = 1 << 30;

export interface CsvBlock {
  records: number;
  /**
   * Per record: its line, its kind (the number of its chunk in `texts`, or AS_STRINGS, or
   * FAILED; with WITH_CELL_KEYS set when it has cell keys) and its cell count; then, for a
   * record where it lies, its key (RecordText.key, -1 for none) and its cells' spans in its chunk.
   */
  numbers: Int32Array;
  /** The cell keys of the records that have them (RecordText.cellKeys, CELL_KEYS each), in order: few records have them. */
  cellKeys: Int32Array;
  /** The chunks the block's records lie in, in order, each once. */
  texts: string[];
  /** The cells of the records read as strings, record after record. */
  cells: string[];
  /** The errors of the records that have one, in order. */
  errors: PostedError[];
  /** The plan's bytes read when the block was posted (for the progress line). */
  bytes: number;
}

/**
 * Keys records (text-keys.ts TextKeyer.keys): the first `count` of `records`, into `into`, and
 * their cells' keys into `cells` (CELL_KEYS each), which come filled with -1 (none).
 */
export type Keys = (records: readonly RecordText[], count: number, into: Int32Array, cells: Int32Array) => void;

/**
 * A sink that packs the records it is given into blocks, handed to `send` as they fill (and by
 * flush()). `wait`: what the reader is told to wait for after a block is sent (the other side's
 * room); `bytes`: the plan's bytes read so far; `keys`: the records' keys (RecordText.key), found
 * for a block's records together when it is sent.
 */
export function csvPacker(send: (block: CsvBlock) => void, wait: () => Promise<void> | undefined, bytes: () => number, keys?: Keys): { sink: RecordSink; flush: () => void } {
  let block: CsvBlock | undefined;
  let used = 0;
  let lastText: string | undefined;
  // Where each record where it lies has its key in the block's numbers, and how many there are.
  let keyAt = new Int32Array(BLOCK_RECORDS * 2);
  let keyed = 0;
  const held: PostedRecord[] = keys === undefined ? [] : Array.from({ length: HELD_ROWS }, () => new PostedRecord());
  const found = new Int32Array(HELD_ROWS);
  const foundCells = new Int32Array(HELD_ROWS * CELL_KEYS);
  let cellKeys = new Int32Array(HELD_ROWS * CELL_KEYS);
  const keyBlock = (into: CsvBlock) => {
    let withCells = 0;
    const { numbers, texts } = into;
    for (let first = 0; first < keyed; first += HELD_ROWS) {
      const count = Math.min(HELD_ROWS, keyed - first);
      for (let k = 0; k < count; k++) {
        const at = keyAt[first + k]!;
        held[k]!.fill(texts[numbers[at - 2]!]!, numbers, at, numbers[at - 1]!, undefined, 0);
      }
      // A cell that keys() gives no number has none.
      foundCells.fill(-1, 0, count * CELL_KEYS);
      keys!(held, count, found, foundCells);
      for (let k = 0; k < count; k++) {
        const at = keyAt[first + k]!;
        numbers[at] = found[k]!;
        const cells = k * CELL_KEYS;
        if (!hasCellKey(foundCells, cells)) continue;
        numbers[at - 2] = numbers[at - 2]! | WITH_CELL_KEYS;
        cellKeys = grown(cellKeys, withCells + CELL_KEYS);
        for (let c = 0; c < CELL_KEYS; c++) cellKeys[withCells++] = foundCells[cells + c]!;
      }
    }
    into.cellKeys = cellKeys.slice(0, withCells);
  };
  const room = (more: number): CsvBlock => {
    block ??= { records: 0, numbers: new Int32Array(4096), cellKeys: NO_KEYS, texts: [], cells: [], errors: [], bytes: 0 };
    block.numbers = grown(block.numbers, used + more, used);
    return block;
  };
  const flush = () => {
    if (block === undefined || block.records === 0) return;
    const full = block;
    if (keys !== undefined) keyBlock(full);
    keyed = 0;
    full.numbers = full.numbers.slice(0, used);
    full.bytes = bytes();
    block = undefined;
    used = 0;
    lastText = undefined;
    send(full);
  };
  const added = (): Promise<void> | undefined => {
    if (block!.records < BLOCK_LIMIT) return undefined;
    flush();
    return wait();
  };
  const sink = Object.assign(
    (line: number, _header: readonly string[], cells: readonly string[], error: InputError | undefined) => {
      const into = room(3);
      into.records++;
      into.numbers[used++] = line;
      into.numbers[used++] = error === undefined ? AS_STRINGS : FAILED;
      into.numbers[used++] = cells.length;
      for (const cell of cells) into.cells.push(cell);
      if (error !== undefined) into.errors.push(postedError(error));
      return added();
    },
    {
      text: (line: number, _header: readonly string[], record: RecordText) => {
        // A new chunk: the block filled so far goes first, so that no chunk is posted twice.
        let pause: Promise<void> | undefined;
        if (record.text !== lastText && block !== undefined && block.records >= BLOCK_RECORDS) {
          flush();
          pause = wait();
        }
        const { count, spans } = record;
        const into = room(4 + count * 2);
        if (record.text !== lastText) {
          into.texts.push(record.text);
          lastText = record.text;
        }
        into.records++;
        const numbers = into.numbers;
        numbers[used++] = line;
        numbers[used++] = into.texts.length - 1;
        numbers[used++] = count;
        if (keyed === keyAt.length) keyAt = grown(keyAt, keyed + 1);
        keyAt[keyed++] = used;
        numbers[used++] = -1;
        for (let i = 0; i < count * 2; i++) numbers[used++] = spans[i]!;
        return pause ?? added();
      },
    },
  );
  return { sink, flush };
}

/** A record where it lies in a chunk posted from the reader's thread: the reader's own ChunkRecord, filled from a block, with its keys. */
class PostedRecord extends ChunkRecord {
  key = -1;
  cellKeys = new Int32Array(CELL_KEYS);

  /** The record of `text` whose key and spans lie in `numbers` from `at`, with `count` cells; its cell keys in `keys` from `keysAt`, if it has them. */
  fill(text: string, numbers: Int32Array, at: number, count: number, keys: Int32Array | undefined, keysAt: number): void {
    this.text = text;
    this.count = count;
    this.key = numbers[at]!;
    const cellKeys = this.cellKeys;
    for (let i = 0; i < CELL_KEYS; i++) cellKeys[i] = keys === undefined ? -1 : keys[keysAt + i]!;
    if (count * 2 > this.spans.length) this.spans = new Int32Array(count * 2);
    const spans = this.spans;
    for (let i = 0; i < count * 2; i++) spans[i] = numbers[at + 1 + i]!;
  }
}

/**
 * Hands blocks' records to a sink in order, as the reader in this thread would: records where
 * they lie held together and given to ahead(), then each to text(), when the sink takes them so;
 * to text() alone, or as cells to the sink itself, when it takes only those. Returns what the
 * sink last asked to wait for.
 */
export function csvReplayer(): (block: CsvBlock, header: readonly string[], sink: RecordSink) => Promise<void> | undefined {
  const held: PostedRecord[] = Array.from({ length: HELD_ROWS }, () => new PostedRecord());
  const lines = new Int32Array(HELD_ROWS);
  return (block, header, sink) => {
    const { numbers, cellKeys, texts, cells, errors } = block;
    let keysAt = 0;
    const text = sink.text;
    const holding = text !== undefined && sink.ahead !== undefined;
    let wait: Promise<void> | undefined;
    let count = 0;
    const release = () => {
      if (count === 0) return;
      const result = handOnRecords(sink, header, held, count, lines);
      if (result) wait = result;
      count = 0;
    };
    let cell = 0;
    let error = 0;
    for (let record = 0, at = 0; record < block.records; record++) {
      const line = numbers[at]!;
      const kind = numbers[at + 1]!;
      const width = numbers[at + 2]!;
      at += 3;
      let result: void | Promise<void>;
      if (kind >= 0) {
        const into = holding ? held[count]! : held[0]!;
        const withKeys = (kind & WITH_CELL_KEYS) !== 0;
        into.fill(texts[kind & ~WITH_CELL_KEYS]!, numbers, at, width, withKeys ? cellKeys : undefined, keysAt);
        if (withKeys) keysAt += CELL_KEYS;
        at += 1 + width * 2;
        if (holding) {
          lines[count++] = line;
          if (count === HELD_ROWS) release();
          continue;
        }
        result = text !== undefined ? text(line, header, into) : sink(line, header, into.cells(), undefined);
      } else {
        release();
        result = sink(line, header, cells.slice(cell, cell + width), kind === FAILED ? inputErrorOf(errors[error++]!) : undefined);
        cell += width;
      }
      if (result) wait = result;
    }
    release();
    return wait;
  };
}
