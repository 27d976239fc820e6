// A large workbook read in a thread of its own (dist/xlsx-worker.cjs, from xlsx-worker.ts)
// while this one answers its rows: reading a sheet (unpacking, then its XML) costs several
// times what answering its rows does, and the two now take about as long as the reading
// alone on a machine with two cores (#18). The rows come in blocks (sheet-blocks.ts) and go
// to the sink as the reader in this thread would give them, in order, with the same errors.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { HeaderCheck, ReadStats, RecordSink } from '../batch/read/records.js';
import { inputErrorOf, replayBlock, type PostedError, type SheetBlock } from '../batch/read/sheet-blocks.js';

/**
 * Blocks the reader posts ahead of the ones answered, at most: 32,768 rows. The first rows, each
 * answered the first time, are the slowest to answer; with 4 blocks the reader waited on them for
 * about a tenth of its run.
 */
export const AHEAD = 32;

export interface ReaderJob {
  /** The workbook's path, and its name as messages give it. */
  path: string;
  name: string;
  /** --sheet. */
  sheet: string | undefined;
}

/** What the reader's thread posts: the shared strings, the header, blocks of rows, then how it ended. */
export type FromReader =
  | { type: 'strings'; strings: readonly string[] }
  | { type: 'header'; header: readonly string[] }
  | { type: 'rows'; block: SheetBlock }
  | { type: 'done'; blank: number }
  | { type: 'failed'; error: PostedError }
  | { type: 'bug'; message: string; stack: string | undefined };

/**
 * Reads the workbook in the thread `workerFile` runs, each row to `sink`; the header is
 * checked here. Whatever the sink throws (a stop, a failed write) ends the reading, and the
 * thread, and rejects with it. A thread that cannot start (no memory or no thread to be had)
 * leaves the reading to `alone`, in this thread; one that fails once started is a bug.
 * `options`: more of the thread's options (its resource limits, for a test).
 */
export function readXlsxInThread(workerFile: string, job: ReaderJob, sink: RecordSink, check: HeaderCheck, alone: () => Promise<ReadStats>, options: WorkerOptions = {}): Promise<ReadStats> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { ...options, workerData: job });
    let started = false;
    worker.once('online', () => (started = true));
    let strings: readonly string[] = [];
    let header: readonly string[] = [];
    let settled = false;
    const finish = (error: unknown, stats?: ReadStats) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (stats !== undefined) resolve(stats);
      else reject(error);
    };
    const handle = async (message: FromReader) => {
      if (settled) return;
      switch (message.type) {
        case 'strings':
          strings = message.strings;
          return;
        case 'header':
          check(message.header);
          header = message.header;
          return;
        case 'rows': {
          const wait = replayBlock(message.block, header, strings, sink);
          if (wait) await wait;
          if (!settled) worker.postMessage(0);
          return;
        }
        case 'done':
          finish(undefined, { blank: message.blank });
          return;
        case 'failed':
          finish(inputErrorOf(message.error));
          return;
        case 'bug':
          finish(Object.assign(new Error(message.message), { stack: message.stack }));
      }
    };
    // One message at a time, in order, each after the sink is done with the one before.
    let queue = Promise.resolve();
    const then = (step: () => unknown) => {
      queue = queue.then(step).then(
        () => undefined,
        (error: unknown) => finish(error),
      );
    };
    const failed = (error: unknown) => {
      if (started || settled) return finish(error);
      settled = true;
      return alone().then(resolve, reject);
    };
    worker.on('message', (message: FromReader) => then(() => handle(message)));
    worker.on('error', (error) => then(() => failed(error)));
    worker.on('exit', (code) => then(() => failed(new Error(`the workbook reader's thread stopped (exit code ${code})`))));
  });
}
