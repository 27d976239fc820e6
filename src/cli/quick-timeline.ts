// `linkcheck timeline` with no option: the entry of dist/quick-timeline.cjs (see quick-commands.ts).
import { builtinTimeline } from '../load/snapshot.js';
import { storedTimelineOf } from '../views/timeline-view.js';
import type { Terminals } from './context.js';
import { runQuickCommand, type QuickAnswer, type QuickCommand } from './quick-commands.js';
import { timelineWidth, timelineWith, writeTimeline } from './timeline-command.js';
import { plainViewSettings } from './view-options.js';

/**
 * In English, the built-in record's timeline is drawn from what the build stored of it while the
 * built-in files are still those it was made from: the snapshot's rules are neither parsed nor
 * restored (#18). In Chinese the names are the definitions', so the catalog is loaded.
 */
export const answerQuick: QuickAnswer = async (context, lang) => {
  const settings = plainViewSettings(context, lang);
  const stored = lang === 'en' ? storedTimelineOf(builtinTimeline()) : undefined;
  return stored ? writeTimeline(context, stored, settings, {}, timelineWidth(context, settings, {})) : timelineWith(context, [], settings, {});
};

export const runQuick = (command: QuickCommand, terminals: Terminals): Promise<number | undefined> => runQuickCommand(command, answerQuick, terminals);
