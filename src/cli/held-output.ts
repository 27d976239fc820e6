// A quick path's run with its output held (plain-check.ts, quick-commands.ts and the bundles it describes, quick-batch.ts): what
// the command writes is kept until it has finished, so that on any failure nothing has been
// printed and the full CLI does the work again.
import type { CliContext } from './context.js';
import { settleOutput, standardOutput } from './output.js';
import type { Lang } from '../i18n/lang.js';

/** The exit code once the held output is written and settled, or undefined when the command failed and the full CLI must answer instead. */
export async function answerHeld(context: Omit<CliContext, 'stdout' | 'stderr'>, answer: (context: CliContext) => Promise<number>, lang: Lang): Promise<number | undefined> {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await answer({ ...context, stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  } catch {
    return undefined;
  }
  const stdout = standardOutput(1);
  const stderr = standardOutput(2);
  if (out.length > 0) stdout.write(out.join(''));
  if (err.length > 0) stderr.write(err.join(''));
  return settleOutput(stdout, stderr, code, lang);
}
