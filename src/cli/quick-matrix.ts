// `linkcheck matrix` with no option: the entry of dist/quick-matrix.cjs (see quick-commands.ts).
import { matrixWith } from './matrix-command.js';
import type { Terminals } from './context.js';
import { runQuickCommand, type QuickAnswer, type QuickCommand } from './quick-commands.js';
import { plainViewSettings } from './view-options.js';

export const answerQuick: QuickAnswer = (context, lang) => matrixWith(context, [], plainViewSettings(context, lang));

export const runQuick = (command: QuickCommand, terminals: Terminals): Promise<number | undefined> => runQuickCommand(command, answerQuick, terminals);
