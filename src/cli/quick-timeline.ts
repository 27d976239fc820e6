// `linkcheck timeline` with no option: the entry of dist/quick-timeline.cjs (see quick-commands.ts).
import { runQuickCommand, type QuickAnswer, type QuickCommand } from './quick-commands.js';
import { timelineWith } from './timeline-command.js';
import { plainViewSettings } from './view-options.js';

export const answerQuick: QuickAnswer = (context, lang) => timelineWith(context, [], plainViewSettings(context, lang), {});

export const runQuick = (command: QuickCommand): Promise<number | undefined> => runQuickCommand(command, answerQuick);
