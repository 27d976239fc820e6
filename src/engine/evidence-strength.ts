// Which evidence is shown first: the strongest (docs/usage.md, "Which evidence comes first").
// Pure: a sort key from the evidence's own fields.
import type { Text } from '../model/text.js';
import type { EvidenceStatus, Published, SeedDocument } from '../model/types.js';

/** Quotes and titles as published; notes and publishers in both languages (src/model/text.ts). */
export type CitedEvidence =
  | { kind: 'seed'; document: SeedDocument; quote: string; status?: EvidenceStatus; note?: Text }
  | { kind: 'report'; url: string; published: Published; title?: string; publisher?: Text; quote: string; status?: EvidenceStatus; note?: Text };

/** announced (the notice itself, or quoting it in full) > confirmed (by a party) > reported. */
const STATUS_RANK: Record<EvidenceStatus, number> = { announced: 0, confirmed: 1, reported: 2 };

/**
 * Strongest first:
 * 1. what the evidence is: an announcement, then a confirmation, then a report (a piece that
 *    says nothing of itself is a report);
 * 2. a seed document (kept whole in seeds/) before an outside report of the same strength;
 * 3. the earlier published first, the nearer to the event (a window counts from its earliest day);
 * 4. the order of the rule file.
 * A stable sort: equal keys keep the file's order.
 */
export function byStrength<T extends CitedEvidence>(evidence: readonly T[]): T[] {
  return [...evidence].sort((a, b) => STATUS_RANK[statusOf(a)] - STATUS_RANK[statusOf(b)] || kindRank(a) - kindRank(b) || compare(earliest(a), earliest(b)));
}

export function statusOf(evidence: CitedEvidence): EvidenceStatus {
  return evidence.status ?? 'reported';
}

const kindRank = (evidence: CitedEvidence) => (evidence.kind === 'seed' ? 0 : 1);

function earliest(evidence: CitedEvidence): string {
  const published: Published = evidence.kind === 'seed' ? evidence.document.published : evidence.published;
  return typeof published === 'string' ? published : published.earliest;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
