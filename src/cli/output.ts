// Writing to stdout and stderr so that a failed write is an answer, not a crash:
// the stream's errors are caught and reported once everything has been written.
// EPIPE (the reader closed the pipe, as "| head" does) or ECONNRESET (a socket's reader gone) stops
// further writes quietly.
import { EXIT, inputError } from '../errors/errors.js';
import { errorLine } from '../render/error.js';
import { descriptorKind, directOutput, guardedOutput, type GuardedOutput } from './direct-output.js';

export { directOutput, guardedOutput, type GuardedOutput } from './direct-output.js';

/**
 * Standard output (1) or error (2), written as directOutput does, except to a descriptor that is
 * not open (for which Node makes a stream that drops what it is given): that gets the stream.
 */
export function standardOutput(fd: 1 | 2): GuardedOutput {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  const kind = descriptorKind(fd);
  return kind === 'closed' ? guardedOutput(stream()) : directOutput(fd, stream);
}

/**
 * Whether standard output (1) or error (2) is a terminal, without making process.stdout or
 * process.stderr (and loading the stream classes behind them) when its kind says: a file, a pipe
 * or a socket is no terminal, nor, on Linux, a memory device such as /dev/null (major number 1),
 * and a pseudo-terminal is one; any other character device is asked through the stream.
 */
export function isTerminal(fd: 1 | 2): boolean {
  const kind = descriptorKind(fd);
  return kind === 'terminal' || (kind === 'device' && (fd === 1 ? process.stdout : process.stderr).isTTY === true);
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
