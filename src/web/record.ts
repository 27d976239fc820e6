// The built-in record, bundled into the page by scripts/build-site.mjs from the
// snapshot the build writes (dist/builtin-rules.json): the page fetches nothing.
import type { Catalog } from '../engine/catalog.js';
import { restoreCatalog, type StoredRule } from '../engine/catalog-store.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';

export interface BundledRecord {
  files: LoadedRuleFile[];
  documents: SeedDocument[];
  rules: StoredRule[];
}

// Replaced by the record's JSON text when the page is built (esbuild's define): JSON.parse
// reads it faster than a script engine compiles the same data written as an object literal.
declare const LINKCHECK_RECORD: string;

export function builtinCatalog(record: BundledRecord = JSON.parse(LINKCHECK_RECORD) as BundledRecord): Catalog {
  const catalog = restoreCatalog(record.files, record.documents, record.rules);
  // The build made the record from these very files: a mismatch is a bug of the build.
  if (!catalog) throw new Error('the bundled record does not fit its rule files');
  return catalog;
}

/** The newest publication date of any evidence on record. */
export function newestEvidence(catalog: Catalog): string {
  return catalog.rules.reduce((newest, rule) => (rule.newestEvidence > newest ? rule.newestEvidence : newest), '');
}
