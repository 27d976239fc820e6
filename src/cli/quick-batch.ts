// `linkcheck batch <file>` with no option, for a short plan in a file (quick.ts decides), without
// the argument parser: the entry of dist/quick-batch.cjs, which quick.ts loads with its code
// cache. It calls runBatchCommand with the options the full CLI's parser gives when none is
// typed, and holds the report until the batch has finished: on any failure nothing has been
// printed and the full CLI does the work again.
import { runBatchCommand, type BatchOptions } from './batch-command.js';
import { processContext, type CliContext, type Terminals } from './context.js';
import { answerHeld } from './held-output.js';
import { configured, type FoundConfig } from './quick-config.js';
import type { Lang } from '../i18n/lang.js';

export interface QuickBatch {
  file: string;
  /** The locale's: a configuration file's language comes before it. */
  lang: Lang;
  /** A configuration file was found: read here, as the full CLI reads it. */
  config?: FoundConfig;
  /** The plan's bytes, read whole by quick.ts to know it is short: the batch reads these, not the file again. */
  bytes: Uint8Array;
}

/** The options commander gives `batch` when none is typed (test/cli/quick.test.ts compares the answers). */
export function plainBatchOptions(lang: Lang): BatchOptions {
  return { encoding: 'utf-8', color: true, rules: [], builtinRules: true, lang };
}

/** The batch's exit code, its report given to the context (also for tests, which load the bundle). */
export function answerQuickBatch(context: CliContext, { file, lang, bytes }: QuickBatch): Promise<number> {
  return runBatchCommand(context, file, plainBatchOptions(lang), bytes);
}

/** The exit code, or undefined when the full CLI must answer instead. */
export async function runQuickBatch(batch: QuickBatch, terminals: Terminals): Promise<number | undefined> {
  const settings = configured(batch.config, batch.lang);
  if (settings === undefined) return undefined;
  const { env, lang } = settings;
  return answerHeld(processContext(terminals, env), (context) => answerQuickBatch(context, { ...batch, lang }), lang);
}
