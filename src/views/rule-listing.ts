// The rules on record for a platform, a source and a surface as written: what
// `linkcheck rules list` and the HTTP service's /v1/rules both list.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { inputError } from '../errors/errors.js';
import type { Platform } from '../model/types.js';
import { resolvePlatform, resolveSource, resolveSurface } from '../query/index.js';

export interface RuleFilter {
  platform?: string;
  source?: string;
  surface?: string;
}

export interface RuleSelection {
  platforms: string[];
  sources: string[];
  rules: CompiledRule[];
}

export function rulesListed(catalog: Catalog, filter: RuleFilter): RuleSelection {
  const platform = filter.platform === undefined ? undefined : resolvePlatform(catalog, filter.platform);
  const source = filter.source === undefined ? undefined : resolveSource(catalog, filter.source);
  const platforms = platform ? [platform] : [...catalog.platforms.values()];
  const surface = filter.surface === undefined ? undefined : resolveSurfaceOnAny(platforms, filter.surface);
  const rules = catalog.rules.filter(
    (rule) =>
      (!platform || rule.rule.platform === platform.id) &&
      (!source || rule.covers.has(source.id)) &&
      (!surface || rule.rule.surfaces.includes(surface)),
  );
  return { platforms: platforms.map((entry) => entry.id), sources: source ? [source.id] : [...catalog.sources.keys()], rules };
}

/** A surface filter applies to every listed platform that has it. */
function resolveSurfaceOnAny(platforms: readonly Platform[], input: string): string {
  let failure: unknown;
  for (const platform of platforms) {
    try {
      return resolveSurface(platform, input).id;
    } catch (error) {
      failure ??= error;
    }
  }
  failure ??= inputError('no-platforms', { input });
  throw failure;
}
