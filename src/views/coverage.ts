// What the record covers: per platform, its surfaces, the sources its rules speak
// of, the first and newest publication dates of their evidence, and how many rules
// there are; and the record's own date. Pure: the catalog in, data out.
import type { Text } from '../model/text.js';
import { evidenceLists, publishedOn, type Catalog } from '../engine/catalog.js';

export interface PlatformCoverage {
  id: string;
  /** In the reader's language when rendered as text; in English in JSON. */
  name: Text;
  surfaces: string[];
  /** Sources some rule of the platform covers, in catalog order. */
  sources: string[];
  /** Whether some rule also covers links of no recognised source. */
  unrecognisedLinks: boolean;
  /** Earliest and latest publication dates of the evidence its rules cite (disputes and ends included); null with no rules. */
  firstEvidence: string | null;
  newestEvidence: string | null;
  rules: number;
}

export interface RecordDates {
  /** The record's date: the newest publication date of any evidence on record. */
  newestEvidence: string | null;
  firstEvidence: string | null;
  /** The latest "reviewed" date of the rule files, when any gives one. */
  reviewed: string | null;
  rules: number;
}

export interface Coverage {
  record: RecordDates;
  platforms: PlatformCoverage[];
}

/** The record's dates over all its rules. */
export function recordDates(catalog: Catalog): RecordDates {
  const days = catalog.rules.flatMap((rule) => [firstPublished(catalog, rule.rule), rule.newestEvidence]).sort();
  return { newestEvidence: days.at(-1) ?? null, firstEvidence: days[0] ?? null, reviewed: catalog.reviewed ?? null, rules: catalog.rules.length };
}

/**
 * recordDates' newestEvidence alone, from the compiled rules: each rule's newest publication date
 * is the latest of all it cites, so its first is never later. --version reads no rule's evidence (#18).
 */
export function recordDate(catalog: Catalog): string | null {
  let newest: string | null = null;
  for (const rule of catalog.rules) if (newest === null || rule.newestEvidence > newest) newest = rule.newestEvidence;
  return newest;
}

/** Coverage of the given platforms (all of them when not given), in catalog order. */
export function coverageOf(catalog: Catalog, platformIds?: readonly string[]): Coverage {
  const platforms = [...catalog.platforms.values()].filter((platform) => platformIds === undefined || platformIds.includes(platform.id));
  return {
    record: recordDates(catalog),
    platforms: platforms.map((platform) => {
      const rules = catalog.rules.filter((rule) => rule.rule.platform === platform.id);
      const covered = new Set(rules.flatMap((rule) => [...rule.covers]));
      const days = rules.flatMap((rule) => [firstPublished(catalog, rule.rule), rule.newestEvidence]).sort();
      return {
        id: platform.id,
        name: platform.name,
        surfaces: platform.surfaces.map((surface) => surface.id),
        sources: [...catalog.sources.keys()].filter((id) => covered.has(id)),
        unrecognisedLinks: rules.some((rule) => rule.coversUnknown),
        firstEvidence: days[0] ?? null,
        newestEvidence: days.at(-1) ?? null,
        rules: rules.length,
      };
    }),
  };
}

/** The earliest publication date of anything a rule cites. */
function firstPublished(catalog: Catalog, rule: Parameters<typeof evidenceLists>[0]): string {
  return evidenceLists(rule)
    .flatMap(([, list]) => list.map((evidence) => publishedOn(evidence, catalog.documents)))
    .sort()[0]!;
}
