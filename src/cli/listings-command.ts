// linkcheck platforms | sources | surfaces: the names there are to type; coverage: what the record covers.
import type { Command } from 'commander';
import { resolvePlatform } from '../query/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { platformsToJson, renderPlatformsText, renderSourcesText, renderSurfacesText, sourcesToJson, surfacesToJson } from '../render/listings.js';
import { safeJson as json } from '../render/safe.js';
import { wordsFor } from '../i18n/index.js';
import { renderCoverageJson, renderCoverageText } from '../render/coverage.js';
import { coverageOf } from '../views/coverage.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { terminalWidth } from './terminal-width.js';
import { viewSettings } from './view-options.js';


export async function runPlatforms(context: CliContext, _args: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const platforms = [...(await loadCatalog(loadOptions(context, settings))).platforms.values()];
  context.stdout(settings.json ? json(platformsToJson(platforms)) : renderPlatformsText(platforms, { ...settings, width: terminalWidth(context) }));
  return 0;
}

export async function runSources(context: CliContext, _args: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const sources = [...(await loadCatalog(loadOptions(context, settings))).sources.values()];
  context.stdout(settings.json ? json(sourcesToJson(sources)) : renderSourcesText(sources, { ...settings, width: terminalWidth(context) }));
  return 0;
}

export async function runSurfaces(context: CliContext, _args: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const platforms = settings.platformFilter === undefined ? [...catalog.platforms.values()] : [resolvePlatform(catalog, settings.platformFilter)];
  context.stdout(settings.json ? json(surfacesToJson(platforms)) : renderSurfacesText(platforms, { ...settings, width: terminalWidth(context) }));
  return 0;
}

export async function runCoverage(context: CliContext, _args: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const platforms = settings.platformFilter === undefined ? undefined : [resolvePlatform(catalog, settings.platformFilter).id];
  const coverage = coverageOf(catalog, platforms);
  context.stdout(settings.json ? renderCoverageJson(coverage) : renderCoverageText(coverage, { colourLevel: settings.colourLevel, words: wordsFor(settings.lang) }));
  return 0;
}
