// Writing to a stream or a file descriptor so that a failed write is an answer, not a crash;
// without imports beyond node:fs, so that the quick path (quick.ts) can print help with it.
// EPIPE (the reader closed the pipe, as "| head" does) or ECONNRESET (the reader of a socket went
// with text unread) stops further writes quietly.
import { fstatSync, readlinkSync, writeSync } from 'node:fs';

export interface Stream {
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

/** Whether a write failed because its reader is gone: a closed pipe, or a socket closed with text unread. */
const readerGone = (code: string | undefined): boolean => code === 'EPIPE' || code === 'ECONNRESET';

export function guardedOutput(stream: Stream): GuardedOutput {
  let closed = false;
  let failure: string | undefined;
  const pending = new Set<Promise<void>>();
  const note = (error: Error | null | undefined) => {
    if (!error || closed || failure !== undefined) return;
    const code = (error as NodeJS.ErrnoException).code;
    if (readerGone(code)) closed = true;
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
        } else if (readerGone(code)) {
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
 * What standard output (1) or error (2) is, as the writers need to know it: a terminal, known as
 * one without asking the stream (on Linux, a pseudo-terminal: what a terminal emulator, ssh, tmux
 * or script(1) gives); another device that may be a terminal (a character device other than, on
 * Linux, a memory device such as /dev/null, major number 1); anything else written plainly with
 * fs.writeSync (a file, a pipe, a socket, a memory device); or not open. A socket is what a Node
 * parent's `stdio: 'pipe'` gives: Node's own stream writes it synchronously on Linux too, and
 * loading that stream's classes (net's) cost a check from such a parent about 6 ms, a batch 35 ms
 * (#18). A terminal's stream (net's classes and tty's) took a check on one about 3.6 ms to ask
 * whether it was a terminal.
 */
export type DescriptorKind = 'terminal' | 'device' | 'plain' | 'closed';

/** Each descriptor's kind, asked once: a start decides by it (quick.ts), then writes by it (output.ts). */
const kinds: (DescriptorKind | undefined)[] = [];

export function descriptorKind(fd: 1 | 2): DescriptorKind {
  return (kinds[fd] ??= linkedKind(fd) ?? statedKind(fd));
}

/**
 * On Linux, what the descriptor's link in /proc names, when that says enough: a pipe, a socket, or
 * /dev/null (the null device, or if someone made it a file, a file: plain either way); a
 * pseudo-terminal, /dev/pts/<n> (devpts holds nothing else). Otherwise undefined, and the
 * descriptor is asked with fstat, whose first call costs a start about 0.2 ms of Node compiling its
 * Stats (#18).
 */
function linkedKind(fd: 1 | 2): DescriptorKind | undefined {
  if (process.platform !== 'linux') return undefined;
  let link: string;
  try {
    link = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
  if (link.startsWith('pipe:[') || link.startsWith('socket:[') || link === '/dev/null') return 'plain';
  return isPseudoTerminal(link) ? 'terminal' : undefined;
}

/** "/dev/pts/" and a number, as the kernel names a pseudo-terminal's device. */
function isPseudoTerminal(link: string): boolean {
  const PTS = '/dev/pts/';
  if (!link.startsWith(PTS) || link.length === PTS.length || link.length > PTS.length + 9) return false;
  for (let i = PTS.length; i < link.length; i++) {
    const code = link.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function statedKind(fd: 1 | 2): DescriptorKind {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || (process.platform === 'linux' && Math.floor(stat.rdev / 256) % 4096 === 1)) return 'plain';
    return 'device';
  } catch {
    return 'closed';
  }
}

/**
 * Whether standard output (1) or error (2) is written as standardOutput (output.ts) writes it,
 * directly, and is no terminal: a file, a pipe, a socket, or on Linux a memory device such as
 * /dev/null (major number 1). A terminal or any other device, or a descriptor that is not open,
 * is not (false).
 */
export function plainDescriptor(fd: 1 | 2): boolean {
  return descriptorKind(fd) === 'plain';
}

/**
 * Standard output (1) or error (2) as a quick path may write it: plainly (plainDescriptor), or a
 * terminal known as one, which it colours as the full CLI does; undefined for any other device or
 * a descriptor that is not open, which the full CLI answers.
 */
export function quickOutput(fd: 1 | 2): 'plain' | 'terminal' | undefined {
  const kind = descriptorKind(fd);
  return kind === 'plain' || kind === 'terminal' ? kind : undefined;
}
