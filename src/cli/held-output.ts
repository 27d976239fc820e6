// A quick path's run with its output held (plain-check.ts, quick-commands.ts and the bundles it describes, quick-batch.ts): what
// the command writes is kept until it has finished, so that on any failure nothing has been
// printed and the full CLI does the work again.
import type { CliContext } from './context.js';
import { settleOutput, standardOutput } from './output.js';
import type { Lang } from '../i18n/lang.js';

/**
 * The exit code once the held output is written and settled, or undefined when the command failed
 * and the full CLI must answer instead. Bytes a command writes already encoded (a batch's spooled
 * rows) are held as bytes, in order with its texts: decoding them to hold them as text cost a
 * decoder's first use and an encoding again (#18).
 */
export async function answerHeld(context: Omit<CliContext, 'stdout' | 'stderr' | 'stdoutBytes'>, answer: (context: CliContext) => Promise<number>, lang: Lang): Promise<number | undefined> {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await answer({
      ...context,
      stdout: (text) => out.push(text),
      // Copied (a Buffer's slice() would share them): the writer fills its buffer again once this resolves.
      stdoutBytes: async (bytes) => void out.push(new Uint8Array(bytes)),
      stderr: (text) => err.push(text),
    });
  } catch {
    return undefined;
  }
  const stdout = standardOutput(1);
  const stderr = standardOutput(2);
  if (out.length > 0) stdout.write(joined(out));
  if (err.length > 0) stderr.write(err.join(''));
  return settleOutput(stdout, stderr, code, lang);
}

/** The parts as one text, or as one run of bytes when some were bytes. */
function joined(parts: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
}
