// linkcheck timeline [source] [surface]: how verdicts changed over time, as runs,
// a terminal chart, JSON or an SVG file.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { wordedError } from '../errors/errors.js';
import { format } from '../i18n/index.js';
import { shownInput } from '../link/named-input.js';
import { loadCatalog } from '../load/load-catalog.js';
import { renderTimelineSvg } from '../render/svg.js';
import { renderTimelineJson, renderTimelineText } from '../render/timeline.js';
import { timelineOf, type Timeline } from '../views/timeline-view.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { viewSettings, type ViewSettings } from './view-options.js';

export interface TimelineOptions {
  from?: string;
  to?: string;
  width?: string;
  evidence?: boolean;
  svg?: string;
}

export async function runTimeline(context: CliContext, args: string[], command: Command): Promise<number> {
  return timelineWith(context, args, viewSettings(context, command), command.opts<TimelineOptions>());
}

/** The timeline with the options already read (the quick path, quick-commands.ts, reads none). */
export async function timelineWith(context: CliContext, [sourceText, surfaceText]: string[], settings: ViewSettings, options: TimelineOptions): Promise<number> {
  // A bad --width is said before the record is read.
  const width = timelineWidth(context, settings, options);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const timeline = timelineOf(
    catalog,
    {
      ...(sourceText !== undefined ? { source: sourceText } : {}),
      ...(surfaceText !== undefined ? { surface: surfaceText } : {}),
      ...(settings.platformFilter !== undefined ? { platform: settings.platformFilter } : {}),
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(settings.asKnownOn !== undefined ? { asKnownOn: settings.asKnownOn } : {}),
    },
    context.now,
  );
  return writeTimeline(context, timeline, settings, options, width);
}

/** The columns a text timeline fits in: --width, else the terminal's. */
export function timelineWidth(context: CliContext, settings: ViewSettings, options: TimelineOptions): number {
  return options.width === undefined ? terminalWidth(context) : columns(settings, options.width);
}

/** A timeline's tracks and axis given as the options ask: as text `width` columns wide, as JSON, or as an SVG to a file or standard output. */
export function writeTimeline(context: CliContext, { tracks, axis }: Timeline, settings: ViewSettings, options: TimelineOptions, width: number): number {
  if (options.svg !== undefined) {
    const svg = renderTimelineSvg(tracks, axis, { lang: settings.lang });
    if (options.svg === '-') {
      context.stdout(svg);
      return 0;
    }
    try {
      writeFileSync(options.svg, svg);
    } catch (error) {
      throw wordedError('unwritable-svg', { file: options.svg, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    context.stderr(`linkcheck: ${format(settings.lang, 'timeline.wrote', { file: options.svg })}\n`);
    return 0;
  }
  context.stdout(settings.json ? renderTimelineJson(tracks, axis) : renderTimelineText(tracks, axis, { ...settings, width, evidence: options.evidence === true }));
  return 0;
}

function terminalWidth(context: CliContext): number {
  if (!context.stdoutIsTTY) return 80;
  const columns = Number(context.env.COLUMNS) || context.columns?.() || 80;
  return Math.min(1000, Math.max(20, columns));
}

function columns(settings: ViewSettings, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 20 || value > 1000) throw wordedError('bad-width', { value: shownInput(text) });
  return value;
}
