// A compiled catalog as plain JSON data and back, so that the build can compile the
// built-in rules once and a check can start from the result (src/load/load-catalog.ts).
// Each compiled rule names its rule by file and position instead of repeating it.
import { assembleCatalog, type Catalog, type CompiledRule } from './catalog.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';

export interface StoredRule extends Omit<CompiledRule, 'rule' | 'covers' | 'end'> {
  covers: string[];
  /** null for an open end (JSON has no Infinity). */
  end: number | null;
}

export function storeRules(catalog: Catalog): StoredRule[] {
  return catalog.rules.map(({ rule: _rule, covers, end, ...rest }) => ({ ...rest, covers: [...covers], end: end === Infinity ? null : end }));
}

/** The catalog `stored` was made from, given the same files and documents; undefined when they do not fit it. */
export function restoreCatalog(files: readonly LoadedRuleFile[], documents: readonly SeedDocument[], stored: readonly StoredRule[]): Catalog | undefined {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const rules: CompiledRule[] = [];
  for (const { covers, end, ...rest } of stored) {
    const rule = byPath.get(rest.file)?.data.rules[rest.index];
    if (rule === undefined) return undefined;
    rules.push({ ...rest, rule, covers: new Set(covers), end: end ?? Infinity });
  }
  return assembleCatalog(files, new Map(documents.map((document) => [document.file, document])), rules);
}
