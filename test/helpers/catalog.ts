import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../src/engine/catalog.js';
import { check, type Answer } from '../../src/engine/check.js';
import { queryTime } from '../../src/time/query-time.js';
import { checkGroup } from '../../src/engine/group-check.js';
import { findNamed, resolvePlatform, resolveSource, resolveSurface } from '../../src/engine/resolve.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { classifyInput } from '../../src/link/classify.js';
import type { Classification } from '../../src/link/types.js';
import { InputError } from '../../src/errors/errors.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let builtin: Promise<Catalog> | undefined;

/** The shipped rules, loaded as a check loads them (from the build's snapshot while the files match it). */
export function builtinCatalog(): Promise<Catalog> {
  builtin ??= loadCatalog({ root: ROOT });
  return builtin;
}

/** Asks the engine as the CLI would, from names and a date as typed. */
export async function ask(platform: string, source: string | null, surface: string, date: string): Promise<Answer> {
  const catalog = await builtinCatalog();
  const resolvedPlatform = resolvePlatform(catalog, platform);
  const time = queryTime(date, resolvedPlatform.timeZone, Date.UTC(2026, 0, 1));
  const base = { platform: resolvedPlatform.id, surface: resolveSurface(resolvedPlatform, surface).id, ...time };
  // As on the command line, a group's name (taobao: the Taobao Alliance) asks about the group.
  const group = source === null ? undefined : findNamed([...catalog.groups.values()], source);
  if (group) return checkGroup(catalog, { ...base, group: group.id });
  return check(catalog, { ...base, source: source === null ? null : resolveSource(catalog, source).id });
}

/** What a text is read as, or null where it is refused as input (an InputError); anything else thrown fails the test. */
export function classifyOrNull(catalog: Catalog, input: string): Classification | null {
  try {
    return classifyInput(catalog, input);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}
