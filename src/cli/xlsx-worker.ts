// The workbook reader's own thread (see xlsx-thread.ts): reads the sheet of the file it is
// given and posts its rows in blocks (src/batch/read/sheet-blocks.ts), at most AHEAD blocks
// ahead of the thread that answers them. Built as dist/xlsx-worker.cjs.
import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx } from '../batch/read/read-xlsx.js';
import { blockPacker, postedError, type SheetBlock } from '../batch/read/sheet-blocks.js';
import { InputError } from '../errors/errors.js';
import { fileSource } from './batch-io.js';
import { nodeInflate } from './node-inflate.js';
import { AHEAD, type FromReader, type ReaderJob } from './xlsx-thread.js';

const port = parentPort!;
const job = workerData as ReaderJob;
const post = (message: FromReader, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// Blocks posted and not yet answered; the reader waits while there are AHEAD of them.
let unanswered = 0;
let room: { promise: Promise<void>; resolve: () => void } | undefined;
port.on('message', () => {
  unanswered--;
  if (room !== undefined && unanswered < AHEAD) {
    const { resolve } = room;
    room = undefined;
    resolve();
  }
});
const wait = (): Promise<void> | undefined => {
  if (unanswered < AHEAD) return undefined;
  if (room === undefined) {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    room = { promise, resolve };
  }
  return room.promise;
};

let header: readonly string[] = [];
const send = (block: SheetBlock) => {
  unanswered++;
  post({ type: 'rows', block }, [block.meta.buffer as ArrayBuffer, block.numbers.buffer as ArrayBuffer]);
};
const packer = blockPacker(() => header.length, send, wait);
const sink = Object.assign(packer.sink, { sharedStrings: (strings: readonly string[]) => post({ type: 'strings', strings }) });

void (async () => {
  const source = fileSource(job.path);
  try {
    const stats = await readXlsx(
      source,
      job.sheet,
      sink,
      (names) => {
        header = names;
        post({ type: 'header', header });
      },
      job.name,
      nodeInflate,
    );
    packer.flush();
    post({ type: 'done', blank: stats.blank });
  } catch (error) {
    // The rows read before the error go first, as they would in one thread.
    packer.flush();
    post(error instanceof InputError ? { type: 'failed', error: postedError(error) } : { type: 'bug', message: (error as Error).message, stack: (error as Error).stack });
  } finally {
    source.close();
  }
})();
