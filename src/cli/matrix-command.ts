// linkcheck matrix [date]: every source on every surface of a platform at one moment.
import type { Command } from 'commander';
import { DEFAULT_PLATFORM, queryTime, resolvePlatform } from '../query/index.js';
import { loadCatalog } from '../load/load-catalog.js';
import { renderMatrixJson, renderMatrixText } from '../render/matrix.js';
import { matrixOf } from '../views/matrix.js';
import type { CliContext } from './context.js';
import { loadOptions } from './rule-options.js';
import { knownOn, viewSettings } from './view-options.js';

export async function runMatrix(context: CliContext, [date]: string[], command: Command): Promise<number> {
  const settings = viewSettings(context, command);
  const catalog = await loadCatalog(loadOptions(context, settings));
  const platform = resolvePlatform(catalog, settings.platform ?? DEFAULT_PLATFORM);
  const asKnownOn = knownOn(settings, platform.timeZone, context.now);
  const matrix = matrixOf(catalog, platform.id, queryTime(date, platform.timeZone, context.now), asKnownOn);
  context.stdout(settings.json ? renderMatrixJson(matrix) : renderMatrixText(matrix, settings));
  return 0;
}
