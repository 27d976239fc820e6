// The plan reader's own thread (see reader-thread.ts): reads the sheet of the workbook it is
// given, or the CSV plan, and posts its rows in blocks (src/batch/read/sheet-blocks.ts,
// csv-blocks.ts), a few blocks at most (AHEAD, CSV_AHEAD) ahead of the thread that answers
// them. Built as dist/reader-worker.cjs.
import { parentPort, workerData } from 'node:worker_threads';
import { askedColumns, locateColumns } from '../batch/columns.js';
import { csvPacker, type CsvBlock, type Keys } from '../batch/read/csv-blocks.js';
import { readTextPlan } from '../batch/read/plan-bytes.js';
import { readXlsx } from '../batch/read/read-xlsx.js';
import type { HeaderCheck, ReadStats } from '../batch/read/records.js';
import { blockPacker, postedError, type SheetBlock } from '../batch/read/sheet-blocks.js';
import { textKeyer } from '../batch/text-keys.js';
import { InputError } from '../errors/errors.js';
import { asciiText, bufferUnits, countedChunks, fileChunks, fileSource } from './batch-io.js';
import { nodeInflate } from './node-inflate.js';
import { AHEAD, CSV_AHEAD, type FromReader, type ReaderData, type ReaderJob, type ToReader } from './reader-thread.js';

const port = parentPort!;
const { job, replayed } = workerData as ReaderData;
const post = (message: FromReader, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// Blocks posted and not yet answered; the reader waits while there are `ahead` of them.
const ahead = job.format === 'csv' ? CSV_AHEAD : AHEAD;
let unanswered = 0;
let room: { promise: Promise<void>; resolve: () => void } | undefined;
const keyer = textKeyer(bufferUnits);
port.on('message', (message: ToReader) => {
  if (message !== 0) return keyer.columns(message.columns);
  unanswered--;
  if (room !== undefined && unanswered < ahead) {
    const { resolve } = room;
    room = undefined;
    resolve();
  }
});
const wait = (): Promise<void> | undefined => {
  if (unanswered < ahead) return undefined;
  if (room === undefined) {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    room = { promise, resolve };
  }
  return room.promise;
};

/**
 * Blocks the other thread has yet to hand on, at least, for this one to key the next block's
 * records (see readCsvPlan). On the realistic million-row plan, in six interleaved runs of each:
 * keying every block 1.89× the bare loop, none 1.89×, with 2 blocks waiting 1.75×, with 4 1.56×;
 * in six more, the machine busy with another process, every block 2.14×, none 1.95×, with 4 1.98×.
 */
const KEYED_AHEAD = CSV_AHEAD / 2;

let header: readonly string[] = [];
const check: HeaderCheck = (names, sheet) => {
  header = names;
  post({ type: 'header', header, ...(sheet !== undefined ? { sheet } : {}) });
};

/** The workbook's sheet, its rows posted as sheet blocks. */
function readSheet(job: ReaderJob & { format: 'xlsx' }): { read: () => Promise<ReadStats>; flush: () => void; close: () => void } {
  const send = (block: SheetBlock) => {
    unanswered++;
    post({ type: 'rows', block }, [block.meta.buffer as ArrayBuffer, block.numbers.buffer as ArrayBuffer]);
  };
  const packer = blockPacker(() => header.length, send, wait);
  const sink = Object.assign(packer.sink, { sharedStrings: (strings: readonly string[]) => post({ type: 'strings', strings }) });
  const source = fileSource(job.path);
  // The header is checked in the other thread, which refuses it there; here only the columns asked by are wanted.
  const { names } = job;
  const checked: HeaderCheck = (header, sheet) => {
    check(header, sheet);
    if (names === undefined) return undefined;
    try {
      return askedColumns(locateColumns(header, names));
    } catch {
      return undefined;
    }
  };
  return { read: () => readXlsx(source, job.sheet, sink, checked, job.name, nodeInflate), flush: packer.flush, close: () => source.close() };
}

/** The CSV plan, decoded as in the other thread, its records posted as CSV blocks. */
function readCsvPlan(job: ReaderJob & { format: 'csv' }): { read: () => Promise<ReadStats>; flush: () => void; close: () => void } {
  let bytes = 0;
  let posted = 0;
  const send = (block: CsvBlock) => {
    unanswered++;
    posted++;
    post({ type: 'records', block }, [block.numbers.buffer as ArrayBuffer]);
  };
  // With fewer than KEYED_AHEAD blocks posted and not yet handed on, the other thread is about to
  // wait for this one, and a block's records go unkeyed: their look-ups are done there. Keying
  // costs this thread about as much as reading: the two threads so share the work as it comes.
  const keys: Keys = (records, count, into, cells) => {
    if (posted - Atomics.load(replayed, 0) >= KEYED_AHEAD) keyer.keys(records, count, into, cells);
    else into.fill(-1, 0, count);
  };
  const packer = csvPacker(send, wait, () => bytes, keys);
  const chunks = countedChunks(fileChunks(job.path), (read) => (bytes += read));
  return { read: () => readTextPlan(chunks, 'csv', job.encoding, job.name, check, packer.sink, asciiText), flush: packer.flush, close: () => chunks.return(undefined) };
}

void (async () => {
  const reader = job.format === 'xlsx' ? readSheet(job) : readCsvPlan(job);
  try {
    const stats = await reader.read();
    reader.flush();
    post({ type: 'done', blank: stats.blank });
  } catch (error) {
    // The rows read before the error go first, as they would in one thread.
    reader.flush();
    post(error instanceof InputError ? { type: 'failed', error: postedError(error) } : { type: 'bug', message: (error as Error).message, stack: (error as Error).stack });
  } finally {
    reader.close();
  }
})();
