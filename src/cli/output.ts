// Writing to stdout and stderr so that a failed write is an answer, not a crash:
// the stream's errors are caught and reported once everything has been written.
// EPIPE (the reader closed the pipe, as "| head" does) stops further writes quietly.
import { fstatSync, writeSync } from 'node:fs';
import { EXIT, inputError } from '../errors/errors.js';
import { errorLine } from '../render/error.js';

interface Stream {
  write(text: string | Uint8Array, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface GuardedOutput {
  /** Resolves once the text is handed to the system, or dropped after a failure: a buffer written may then be filled again. */
  write: (text: string | Uint8Array) => Promise<void>;
  /** Waits for every write; `failure` says why one failed, other than a closed pipe. */
  settled: () => Promise<{ closed: boolean; failure: string | undefined }>;
  /** Whether writes are now dropped: the pipe closed, or a write failed. */
  stopped: () => boolean;
}

export function guardedOutput(stream: Stream): GuardedOutput {
  let closed = false;
  let failure: string | undefined;
  const pending = new Set<Promise<void>>();
  const note = (error: Error | null | undefined) => {
    if (!error || closed || failure !== undefined) return;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') closed = true;
    else failure = error.message;
  };
  stream.on('error', note);
  return {
    write: (text) => {
      if (closed || failure !== undefined) return Promise.resolve();
      // The callback must not hold the text: a batch hands over megabytes in one
      // synchronous run, and each text would live until its callback had run.
      let resolve!: () => void;
      const done = new Promise<void>((settle) => (resolve = settle));
      try {
        stream.write(text, (error) => {
          note(error);
          resolve();
        });
      } catch (error) {
        note(error as Error);
        resolve();
      }
      pending.add(done);
      void done.then(() => pending.delete(done));
      return done;
    },
    settled: async () => {
      await Promise.all([...pending]);
      return { closed, failure };
    },
    stopped: () => closed || failure !== undefined,
  };
}

/**
 * The same, written with fs.writeSync to a file descriptor: a plain check's few
 * kilobytes go out without process.stdout, whose stream classes (net's, for a pipe)
 * take longer to load than the check takes. A pipe that would block (EAGAIN) gets
 * what is left through the stream.
 */
export function directOutput(fd: number, stream: () => Stream): GuardedOutput {
  let closed = false;
  let failure: string | undefined;
  let rest: GuardedOutput | undefined;
  return {
    write: (text) => {
      if (rest) return rest.write(text);
      if (closed || failure !== undefined) return Promise.resolve();
      let bytes = typeof text === 'string' ? Buffer.from(text) : text;
      try {
        while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          rest = guardedOutput(stream());
          return rest.write(bytes);
        } else if (code === 'EPIPE') {
          closed = true;
        } else {
          failure = (error as Error).message;
        }
      }
      return Promise.resolve();
    },
    settled: async () => (rest ? rest.settled() : { closed, failure }),
    stopped: () => (rest ? rest.stopped() : closed || failure !== undefined),
  };
}

/**
 * Standard output (1) or error (2), written as directOutput does, except to a socket (what a
 * Node parent's `stdio: 'pipe'` gives: there a reader that goes makes writeSync fail with
 * ECONNRESET where the stream sees a closed pipe) or to a descriptor that is not open (for which
 * Node makes a stream that drops what it is given): those get the stream.
 */
export function standardOutput(fd: 1 | 2): GuardedOutput {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let direct: boolean;
  try {
    direct = !fstatSync(fd).isSocket();
  } catch {
    direct = false;
  }
  return direct ? directOutput(fd, stream) : guardedOutput(stream());
}

/**
 * Whether standard output (1) or error (2) is a terminal, without making process.stdout or
 * process.stderr (and loading the stream classes behind them) when it cannot be one: a file, a
 * pipe or a socket is no terminal, nor, on Linux, a memory device such as /dev/null (major
 * number 1); any other character device is asked through the stream.
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (process.platform === 'linux' && Math.floor(stat.rdev / 256) % 4096 === 1) return false;
  } catch {
    return false;
  }
  return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
}

/**
 * Waits for both streams and gives the exit code: the answer's, or 74 when stdout
 * could not be written for a reason other than a closed pipe, said in one line.
 */
export async function settleOutput(stdout: GuardedOutput, stderr: GuardedOutput, code: number, lang: 'en' | 'zh' = 'en'): Promise<number> {
  const written = await stdout.settled();
  let exitCode = code;
  if (written.failure) {
    const failure = inputError('write-error', { reason: written.failure });
    stderr.write(errorLine({ code: failure.code, message: failure.message, params: failure.params, exitCode: EXIT.ioError }, lang));
    exitCode = EXIT.ioError;
  }
  await stderr.settled();
  return exitCode;
}
