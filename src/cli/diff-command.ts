// linkcheck diff <date1> <date2>: what changed between two moments; exit 1 when anything did.
import type { Command } from 'commander';
import { EXIT } from '../errors/errors.js';
import { knownOnZone, queryDate, resolvePlatform } from '../query/index.js';
import { formatDate, type Lang } from '../i18n/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { renderDiffJson, renderDiffText } from '../render/diff.js';
import { diffOf } from '../views/diff.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { knownOn, viewSettings } from './view-options.js';

export async function runDiff(context: CliContext, [first = '', second = '']: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const asKnownOn = knownOn(settings, knownOnZone(catalog, settings.platformFilter), context.now);
  const platforms = settings.platformFilter === undefined ? undefined : [resolvePlatform(catalog, settings.platformFilter).id];
  // A date means the start of that day in each platform's own zone (docs/views.md).
  const instantsFor = (platform: { timeZone: string }) => ({
    before: queryDate(first, platform.timeZone, context.now).at,
    after: queryDate(second, platform.timeZone, context.now).at,
  });
  // Refuse a bad date before anything is printed, even with no platform to compare.
  instantsFor({ timeZone: 'UTC' });
  const changes = diffOf(catalog, instantsFor, { ...(platforms ? { platforms } : {}), ...(asKnownOn ? { asKnownOn } : {}) });
  const report = { before: shown(settings.lang, first), after: shown(settings.lang, second), changes };
  context.stdout(settings.json ? renderDiffJson(report) : renderDiffText(report, settings));
  return changes.length > 0 ? EXIT.denied : EXIT.allowed;
}

/** A date as the reader writes it; a time or instant as typed (formatDate leaves anything but YYYY-MM-DD as it is). */
function shown(lang: Lang, text: string): string {
  return formatDate(lang, text);
}
