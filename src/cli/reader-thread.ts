// A large plan read in a thread of its own (dist/reader-worker.cjs, from reader-worker.ts)
// while this one answers its rows (#18). Reading a sheet (unpacking, then its XML) costs
// several times what answering its rows does, and the two now take about as long as the
// reading alone on a machine with two cores. Reading a CSV plan (its bytes, decoding them,
// finding its cells) cost a fifth of a realistic million-row batch in one thread. The rows
// come in blocks (sheet-blocks.ts, csv-blocks.ts) and go to the sink as the reader in this
// thread would give them, in order, with the same errors.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ColumnNames, ColumnPositions } from '../batch/columns.js';
import { csvReplayer, type CsvBlock } from '../batch/read/csv-blocks.js';
import type { Encoding } from '../batch/read/decode.js';
import type { HeaderCheck, ReadStats, RecordSink, SheetPlace } from '../batch/read/records.js';
import { inputErrorOf, replayBlock, type PostedError, type SheetBlock } from '../batch/read/sheet-blocks.js';

/**
 * Sheet blocks the reader posts ahead of the ones answered, at most: 32,768 rows. The first rows,
 * each answered the first time, are the slowest to answer; with 4 blocks the reader waited on them
 * for about a tenth of its run.
 */
export const AHEAD = 32;

/**
 * CSV blocks posted ahead, at most: each holds a 64 KiB chunk's records or more. With 32 a
 * million-row batch peaked 7 MB higher and took as long: the reader waits while the first rows are
 * answered, and a few dozen blocks bank little of that.
 */
export const CSV_AHEAD = 8;

/**
 * The young generation of a CSV reader's heap, in MB: its chunks' texts and cells die young, if
 * it is large enough for them to. At 2 MB some lived through two collections and were promoted:
 * the reader's old generation then grew from 8 to 18 MB between its full collections, and held
 * the 128 KB copies of chunks the keyer makes (bufferUnits) until then, so that a batch of ten
 * million realistic rows peaked at 132 to 143 MB where a million peaked at 126. At 8 MB both peak
 * at 130 to 133 MB, in as much time; with V8's default (16) a million rows peaked 8 MB higher
 * than at 2, and no faster. (Measured with the batch's hold, YOUNG_MB below: its flag is the
 * process's, so this young generation stops growing once it is set, too.)
 */
const CSV_YOUNG_MB = 8;

/**
 * While a CSV plan is read in a thread of its own by the CLI run as a program (ThreadOptions.youngMb,
 * see CliContext.ownProcess), this thread's young generation (both halves) grows to YOUNG_MB and
 * no further. A realistic million-row batch grew it to V8's most (32 MB) and peaked at 145 MB (the
 * goal is 150 MB); held at 16 MB it peaked at 130 MB, in as much time. Held at 8 MB (123 MB), a
 * plan of nearly all distinct rows and the JSON report of the realistic one took a tenth longer.
 */
export const YOUNG_MB = 16;

/** V8's own factor: the flag's value again once the plan has been read. */
const GROWTH_FACTOR = 2;

/**
 * Stops this thread's young generation growing once it has grown to `youngMb` (V8's
 * --semi-space-growth-factor, read each time it would grow); whether it is stopped. Set when a
 * block has come, not before: starting a thread sets V8's flags again. V8's flags are the whole
 * process's and part of what a code cache is checked against: while the flag is set, a cache
 * written or read anywhere in the process is another flag set's. So only a process that is the
 * CLI's alone holds it (a library's or a test runner's threads share the flags with code of
 * their own), and gives it back as soon as the plan is read (releaseYoung).
 */
function holdYoung(youngMb: number): boolean {
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
  if (young < youngMb * 1024 * 1024) return false;
  setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

const releaseYoung = (): void => setFlagsFromString(`--semi-space-growth-factor=${GROWTH_FACTOR}`);

/**
 * The thread's options, and the size this thread's young generation is held at while a CSV plan
 * is read (YOUNG_MB, or a test's smaller one; without it, not held: see holdYoung).
 */
export type ThreadOptions = WorkerOptions & { youngMb?: number };

/**
 * The plan to read: its path, and its name as messages give it; a workbook's --sheet and the
 * columns' names (--columns), by which the thread knows the columns its rows are asked by, as this
 * one does (HeaderCheck); a CSV plan's --encoding.
 */
export type ReaderJob = { format: 'xlsx'; path: string; name: string; sheet: string | undefined; names?: ColumnNames } | { format: 'csv'; path: string; name: string; encoding: Encoding };

/**
 * What the reader's thread is given: the job, and the number of blocks this thread has handed
 * on, shared, so that the reader can tell how far ahead it is without waiting for a message.
 */
export interface ReaderData {
  job: ReaderJob;
  replayed: Int32Array;
}

/** What the reader's thread is told: that a block was answered (0), or the columns a CSV plan's records are keyed by (RecordSink.keyColumns). */
export type ToReader = 0 | { columns: ColumnPositions };

/** What the reader's thread posts: a workbook's shared strings, the header, blocks of rows, then how it ended. */
export type FromReader =
  | { type: 'strings'; strings: readonly string[] }
  | { type: 'header'; header: readonly string[]; sheet?: SheetPlace }
  | { type: 'rows'; block: SheetBlock }
  | { type: 'records'; block: CsvBlock }
  | { type: 'done'; blank: number }
  | { type: 'failed'; error: PostedError }
  | { type: 'bug'; message: string; stack: string | undefined };

/**
 * Reads the plan in the thread `workerFile` runs, each row to `sink`; the header is
 * checked here. Whatever the sink throws (a stop, a failed write) ends the reading, and the
 * thread, and rejects with it. A thread that cannot start (no memory or no thread to be had)
 * leaves the reading to `alone`, in this thread; one that fails once started is a bug.
 * `options`: more of the thread's options (its resource limits, for a test), and the young
 * generation's hold (ThreadOptions). `read`: told the plan's bytes read, as of the rows handed on
 * so far (a CSV plan's, for the progress line).
 */
export function readInThread(workerFile: string, job: ReaderJob, sink: RecordSink, check: HeaderCheck, alone: () => Promise<ReadStats>, { youngMb, ...options }: ThreadOptions = {}, read: (bytes: number) => void = () => {}): Promise<ReadStats> {
  return new Promise((resolve, reject) => {
    const replayed = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(workerFile, { ...(job.format === 'csv' ? { resourceLimits: { maxYoungGenerationSizeMb: CSV_YOUNG_MB } } : {}), ...options, workerData: { job, replayed } satisfies ReaderData });
    const replayCsv = csvReplayer();
    let started = false;
    let held = false;
    worker.once('online', () => (started = true));
    let strings: readonly string[] = [];
    let header: readonly string[] = [];
    let settled = false;
    const finish = (error: unknown, stats?: ReadStats) => {
      if (settled) return;
      settled = true;
      if (held) releaseYoung();
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
        case 'header': {
          check(message.header, message.sheet);
          header = message.header;
          // The columns a CSV reader keys records by, from the records it reads next.
          const columns = job.format === 'csv' ? sink.keyColumns?.(header) : undefined;
          if (columns !== undefined) worker.postMessage({ columns } satisfies ToReader);
          return;
        }
        case 'rows':
        case 'records': {
          const wait = message.type === 'rows' ? replayBlock(message.block, header, strings, sink) : replayCsv(message.block, header, sink);
          Atomics.add(replayed, 0, 1);
          if (message.type === 'records') {
            if (!held && youngMb !== undefined) held = holdYoung(youngMb);
            read(message.block.bytes);
          }
          if (wait) await wait;
          if (!settled) worker.postMessage(0 satisfies ToReader);
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
    worker.on('exit', (code) => then(() => failed(new Error(`the plan reader's thread stopped (exit code ${code})`))));
  });
}
