// linkcheck timeline [source] [surface]: how verdicts changed over time, as runs,
// a terminal chart, JSON or an SVG file.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Catalog } from '../engine/catalog.js';
import { wordedError } from '../errors/errors.js';
import { formatCivil } from '../time/moment.js';
import { knownOnZone, queryTime, resolvePlatform, sourcesNamed, surfaceNamed } from '../query/index.js';
import { format } from '../i18n/index.js';
import { shownInput } from '../link/classify.js';
import { loadCatalog } from '../load/load-catalog.js';
import type { Platform } from '../model/types.js';
import { renderTimelineSvg } from '../render/svg.js';
import { renderTimelineJson, renderTimelineText } from '../render/timeline.js';
import { axisFor } from '../views/axis.js';
import { tracksOf } from '../views/periods.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { knownOn, viewSettings, type ViewSettings } from './view-options.js';

interface TimelineOptions {
  from?: string;
  to?: string;
  width?: string;
  evidence?: boolean;
  svg?: string;
}

export async function runTimeline(context: CliContext, [sourceText, surfaceText]: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const options = command.opts<TimelineOptions>();
  const width = options.width === undefined ? terminalWidth(context) : columns(settings, options.width);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const platforms = settings.platformFilter === undefined ? [...catalog.platforms.values()] : [resolvePlatform(catalog, settings.platformFilter)];
  const asKnownOn = knownOn(settings, knownOnZone(catalog, settings.platformFilter), context.now);
  const sources = sourceText === undefined ? undefined : sourcesOf(catalog, settings, sourceText);
  const surface = surfaceText === undefined ? undefined : surfaceOn(platforms, settings, surfaceText);
  const tracks = tracksOf(catalog, {
    platforms: platforms.map((platform) => platform.id),
    ...(sources ? { sources } : {}),
    ...(surface ? { surfaces: [surface] } : {}),
    ...(asKnownOn ? { asKnownOn } : {}),
  });

  // One axis for every bar, read in the first platform's zone.
  const zone = platforms[0]?.timeZone ?? 'UTC';
  const from = options.from === undefined ? undefined : queryTime(options.from, zone, context.now).at;
  const to = options.to === undefined ? undefined : endOf(options.to, zone, context.now);
  if (from !== undefined && to !== undefined && from >= to) {
    throw wordedError('bad-axis', { from: options.from!, to: options.to! });
  }
  const axis = axisFor(tracks.flatMap((track) => track.periods), zone, { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  if (axis.from >= axis.to) {
    throw wordedError('bad-axis', { from: formatCivil(axis.from, zone), to: formatCivil(axis.to, zone) });
  }

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

/** The end of a --to bound: a day is included whole. */
function endOf(text: string, zone: string, now: number): number {
  const time = queryTime(text, zone, now);
  return time.dayEnd ?? time.at;
}

function terminalWidth(context: CliContext): number {
  if (!context.stdoutIsTTY) return 80;
  const columns = Number(context.env.COLUMNS) || context.columns || 80;
  return Math.min(1000, Math.max(20, columns));
}

function columns(settings: ViewSettings, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 20 || value > 1000) throw wordedError('bad-width', { value: shownInput(text) });
  return value;
}

/** The source the text names; for a group's short link (m.tb.cn), every member of the group. */
function sourcesOf(catalog: Catalog, settings: ViewSettings, text: string): string[] {
  const sources = sourcesNamed(catalog, text);
  if (sources.length > 0) return sources;
  throw wordedError('link-not-source', { value: shownInput(text) });
}

/** The surface id the text names on any of the platforms; the same id on each. */
function surfaceOn(platforms: readonly Platform[], settings: ViewSettings, text: string): string {
  const surface = surfaceNamed(platforms, text);
  if (surface !== undefined) return surface;
  const valid = [...new Set(platforms.flatMap((platform) => platform.surfaces.map((surface) => surface.id)))].join(', ');
  throw wordedError('unknown-view-surface', { value: shownInput(text), valid });
}
