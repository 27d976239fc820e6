// linkcheck matrix [date]: every source on every surface of a platform at one moment.
import type { Command } from 'commander';
import { DEFAULT_PLATFORM, queryDate, resolvePlatform } from '../query/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { renderMatrixJson, renderMatrixText } from '../render/matrix.js';
import { matrixOf } from '../views/matrix.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { knownOn, viewSettings, type ViewSettings } from './view-options.js';

export async function runMatrix(context: CliContext, args: string[], command: Command): Promise<number> {
  return matrixWith(context, args, viewSettings(context, command));
}

/** The matrix with the options already read (the quick path, quick-commands.ts, reads none). */
export async function matrixWith(context: CliContext, [date]: string[], settings: ViewSettings): Promise<number> {
  const catalog = await loadCatalog(loadOptions(context, settings));
  const platform = resolvePlatform(catalog, settings.platform ?? DEFAULT_PLATFORM);
  const asKnownOn = knownOn(settings, platform.timeZone, context.now);
  const matrix = matrixOf(catalog, platform.id, queryDate(date, platform.timeZone, context.now), asKnownOn);
  context.stdout(settings.json ? renderMatrixJson(matrix) : renderMatrixText(matrix, settings));
  return 0;
}
