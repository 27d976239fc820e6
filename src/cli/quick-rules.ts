// `linkcheck rules list` with no option: the entry of dist/quick-rules.cjs (see quick-commands.ts).
import type { Terminals } from './context.js';
import { runQuickCommand, type QuickAnswer, type QuickCommand } from './quick-commands.js';
import { runList } from './rules-command.js';

export const answerQuick: QuickAnswer = (context, lang) => runList(context, { json: false, lang, rules: [], builtinRules: true });

export const runQuick = (command: QuickCommand, terminals: Terminals): Promise<number | undefined> => runQuickCommand(command, answerQuick, terminals);
