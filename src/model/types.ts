// Types of the rule data, inferred from the schemas. Type-only imports: nothing
// here loads zod at run time.
import type { z } from 'zod';
import type * as schema from './schema.js';

export type RuleFile = z.infer<typeof schema.RuleFile>;
export type Platform = z.infer<typeof schema.Platform>;
export type Surface = z.infer<typeof schema.Surface>;
export type AmbiguousName = z.infer<typeof schema.AmbiguousName>;
export type Group = z.infer<typeof schema.Group>;
export type ShareMarker = z.infer<typeof schema.ShareMarker>;
export type Source = z.infer<typeof schema.Source>;
export type ShareText = z.infer<typeof schema.ShareText>;
export type SourceSelector = z.infer<typeof schema.SourceSelector>;
export type Rule = z.infer<typeof schema.Rule>;
export type Evidence = z.infer<typeof schema.Evidence>;
export type SeedEvidence = z.infer<typeof schema.SeedEvidence>;
export type ReportEvidence = z.infer<typeof schema.ReportEvidence>;
export type EvidenceStatus = z.infer<typeof schema.EvidenceStatus>;
export type CoversAnyLink = z.infer<typeof schema.CoversAnyLink>;
export type Dispute = z.infer<typeof schema.Dispute>;
export type SeedDocument = z.infer<typeof schema.SeedDocument>;
export type SeedIndex = z.infer<typeof schema.SeedIndex>;
export type Published = z.infer<typeof schema.Published>;

/** A validated rule file together with where it came from. */
export interface LoadedRuleFile {
  path: string;
  data: RuleFile;
}
