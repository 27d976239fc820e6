// `linkcheck matrix`, `linkcheck timeline` and `linkcheck rules list` with no option, without the
// argument parser: the entry of dist/quick-commands.cjs, which quick.ts loads with its code cache
// when standard output is no terminal and nothing (a configuration file, a LINKCHECK_ setting,
// COLUMNS) is set. It calls each command's own function with the options the full CLI's parser
// gives when none is typed, and holds the output until the command has succeeded: on any failure
// nothing has been printed and the full CLI does the work again.
import type { CliContext } from './context.js';
import { matrixWith } from './matrix-command.js';
import { answerHeld } from './held-output.js';
import { runList } from './rules-command.js';
import { timelineWith } from './timeline-command.js';
import { plainViewSettings } from './view-options.js';
import type { Lang } from '../i18n/lang.js';

/** The commands this path answers, as typed. */
export type QuickCommandName = 'matrix' | 'timeline' | 'rules list';

export interface QuickCommand {
  name: QuickCommandName;
  lang: Lang;
}

/** The command's exit code, its output given to the context (for the build, which warms the bundle up before it writes the code cache, and for tests). */
export async function answerQuickCommand(context: CliContext, { name, lang }: QuickCommand): Promise<number> {
  if (name === 'matrix') return matrixWith(context, [], plainViewSettings(context, lang));
  if (name === 'timeline') return timelineWith(context, [], plainViewSettings(context, lang), {});
  return runList(context, { json: false, lang, rules: [], builtinRules: true });
}

/** The exit code, or undefined when the full CLI must answer instead. Standard output is known to be no terminal (quick.ts). */
export async function runQuickCommand(command: QuickCommand): Promise<number | undefined> {
  return answerHeld({ env: process.env, stdoutIsTTY: false, now: Date.now() }, (context) => answerQuickCommand(context, command), command.lang);
}
