// `linkcheck matrix`, `linkcheck timeline` and `linkcheck rules list` with no option, without the
// argument parser: each is the entry of a bundle of its own (dist/quick-matrix.cjs,
// dist/quick-timeline.cjs, dist/quick-rules.cjs: quick-matrix.ts and its siblings), which quick.ts
// loads with its code cache when standard output is written plainly or is a terminal known as one
// (src/cli/direct-output.ts quickOutput) and nothing (a configuration file, a LINKCHECK_ setting,
// COLUMNS) is set; one bundle for the three made each command read and
// deserialise the other two's code (#18). Each calls its command's own function with the options
// the full CLI's parser gives when none is typed, and holds the output until the command has
// succeeded: on any failure nothing has been printed and the full CLI does the work again.
import { processContext, type CliContext, type Terminals } from './context.js';
import { answerHeld } from './held-output.js';
import { configured, type FoundConfig } from './quick-config.js';
import type { Lang } from '../i18n/lang.js';

/** The commands this path answers, as typed. */
export type QuickCommandName = 'matrix' | 'timeline' | 'rules list';

export interface QuickCommand {
  name: QuickCommandName;
  /** The locale's: a configuration file's language comes before it. */
  lang: Lang;
  /** A configuration file was found: read by the command's bundle, as the full CLI reads it. */
  config?: FoundConfig;
}

/** A command's exit code, its output given to the context. */
export type QuickAnswer = (context: CliContext, lang: Lang) => Promise<number>;

/** The exit code, or undefined when the full CLI must answer instead. */
export async function runQuickCommand({ lang: locale, config }: QuickCommand, answer: QuickAnswer, terminals: Terminals): Promise<number | undefined> {
  const settings = configured(config, locale);
  if (settings === undefined) return undefined;
  const { env, lang } = settings;
  return answerHeld(processContext(terminals, env), (context) => answer(context, lang), lang);
}
