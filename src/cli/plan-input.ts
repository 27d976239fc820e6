// Where a batch's plan comes from: a file (its format by extension, its size for
// the progress line, its bytes counted as they are read) or standard input. The
// command file stays free of file and stream handling.
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { ColumnNames } from '../batch/columns.js';
import type { Encoding } from '../batch/read/decode.js';
import { readTextPlan } from '../batch/read/plan-bytes.js';
import { formatOfExtension, type HeaderCheck, type InputFormat, type ReadStats, type RecordSink } from '../batch/read/records.js';
import { inputError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { packageRoot } from '../load/builtin-files.js';
import { asciiText, checkPlanFile, countedChunks, fileChunks, fileSource, stdinSource } from './batch-io.js';
import type { ReaderJob, ThreadOptions } from './reader-thread.js';

export interface PlanOptions {
  format: InputFormat;
  sheet: string | undefined;
  /** The text encoding of a CSV or JSON Lines plan, as encodingOf reads it. */
  encoding: Encoding;
  check: HeaderCheck;
  /** The columns' names (--columns) `check` reads the header by: a workbook read in a thread of its own knows by them the columns its rows are asked by. */
  names?: ColumnNames;
  /** Standard input, for the plan "-"; process.stdin when not given. */
  stdin?: AsyncIterable<Uint8Array>;
  /** The folder a relative file name is found in; the process's when not given. Messages name the file as given. */
  cwd?: string;
  /**
   * The file's bytes, read already (quick.ts: a short plan, found to read as a file): a CSV or JSON
   * Lines plan is read from them, its status not asked nor the file read again. A workbook is read
   * from its file.
   */
  read?: Uint8Array;
  /**
   * Whether a workbook or CSV file is read in a thread of its own (reader-thread.ts) while this one
   * answers: when not given, a workbook of THREAD_FROM bytes or more is, and a CSV file of
   * CSV_THREAD_FROM or more, on a machine of two cores or more, if the build's reader for it is
   * there. On one core the thread would only add its cost. Standard input, and a plan whose bytes
   * were read already, are read in this thread.
   */
  thread?: boolean;
  /**
   * Whether this thread's young generation is held while a CSV plan is read in a thread of its own
   * (reader-thread.ts YOUNG_MB): it sets a V8 flag, which is the whole process's, so only for the
   * CLI run as a program (CliContext.ownProcess).
   */
  holdYoung?: boolean;
  /** More options of that thread (its resource limits, or the young generation's hold, for a test). */
  threadOptions?: ThreadOptions;
}

/** A workbook file this large or larger is read in a thread of its own: a thread costs about 30 ms to start. */
export const THREAD_FROM = 1024 * 1024;

/**
 * A CSV file this large or larger is read in a thread of its own. Reading a realistic plan here
 * costs about a fifth of answering it, but its first rows, each answered the first time, leave
 * the reader waiting: a plan of 120,000 to 400,000 rows (8 to 26 MB) took as long either way, and
 * one of a million rows (66 MB) a tenth to a fifth less with the thread. The thread holds about
 * 25 MB more.
 */
export const CSV_THREAD_FROM = 32 * 1024 * 1024;

export interface PlanInput {
  read(sink: RecordSink): Promise<ReadStats>;
  /** The file's size in bytes when it is read as a stream (CSV, JSON Lines), for the progress line; else undefined. */
  size: number | undefined;
  /** Bytes read so far of a streamed file. */
  bytesRead(): number;
}

/** The format named by --format, else by the file's extension; standard input is CSV. */
export function planFormat(file: string, format: InputFormat | undefined): InputFormat {
  // An empty path (a variable left unset) names no file, whatever its format.
  if (file.trim() === '') throw inputError('unreadable-plan', { file: '', reason: 'empty' });
  if (format) return format;
  if (file === '-') return 'csv';
  const extension = extname(file).slice(1);
  const byExtension = formatOfExtension(extension);
  if (byExtension) return byExtension;
  throw inputError('unknown-plan-format', { file: shownInput(file), ...(extension.toLowerCase() === 'xls' ? { xls: 'true' } : {}) });
}

/** Refuses a plan that is not a regular file before anything is read. */
export function planInput(file: string, options: PlanOptions): PlanInput {
  const path = options.cwd === undefined ? file : resolve(options.cwd, file);
  const given = file === '-' || options.format === 'xlsx' ? undefined : options.read;
  if (file !== '-' && given === undefined) checkPlanFile(file, path);
  const size = file === '-' ? undefined : given !== undefined ? given.length : statSync(path).size;
  const name = file === '-' ? 'standard input' : file;
  const stdin = () => options.stdin ?? process.stdin;
  let bytesRead = 0;
  return {
    // An .xlsx workbook is read whole, standard input has no size.
    size: options.format === 'xlsx' ? undefined : size,
    bytesRead: () => bytesRead,
    read: async (sink) => {
      // By default, only where a second core can read while this one answers.
      const threaded = async (from: number) => options.thread ?? (size! >= from && (await import('node:os')).availableParallelism() >= 2);
      const inThread = async (job: ReaderJob, alone: () => Promise<ReadStats>) => {
        const worker = workerFile();
        if (worker === undefined) return alone();
        const { readInThread, YOUNG_MB } = await import('./reader-thread.js');
        return readInThread(worker, job, sink, options.check, alone, { ...(options.holdYoung ? { youngMb: YOUNG_MB } : {}), ...options.threadOptions }, (bytes) => (bytesRead = bytes));
      };
      if (options.format === 'xlsx') {
        const alone = async () => {
          const [{ readXlsx }, { nodeInflate }] = await Promise.all([import('../batch/read/read-xlsx.js'), import('./node-inflate.js')]);
          const source = file === '-' ? await stdinSource(stdin()) : fileSource(path);
          try {
            return await readXlsx(source, options.sheet, sink, options.check, name, nodeInflate);
          } finally {
            if ('close' in source) (source.close as () => void)();
          }
        };
        if (file === '-' || !(await threaded(THREAD_FROM))) return alone();
        return inThread({ format: 'xlsx', path, name, sheet: options.sheet, ...(options.names !== undefined ? { names: options.names } : {}) }, alone);
      }
      const format = options.format;
      const alone = () => {
        const chunks = file === '-' ? stdin() : countedChunks(given !== undefined ? [given] : fileChunks(path), (bytes) => (bytesRead += bytes));
        return readTextPlan(chunks, format, options.encoding, name, options.check, sink, asciiText);
      };
      if (format !== 'csv' || file === '-' || given !== undefined || !(await threaded(CSV_THREAD_FROM))) return alone();
      return inThread({ format: 'csv', path, name, encoding: options.encoding }, alone);
    },
  };
}

/** The build's plan reader for a thread of its own (dist/reader-worker.cjs), when it is there. */
function workerFile(): string | undefined {
  try {
    const file = join(packageRoot(), 'dist', 'reader-worker.cjs');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
