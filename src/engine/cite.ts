// A rule's evidence as an answer shows it: each piece with its seed document resolved, the
// strongest first (evidence-strength.ts).
import type { Evidence } from '../model/types.js';
import type { Catalog } from './catalog.js';
import { byStrength, type CitedEvidence } from './evidence-strength.js';

/** Evidence with its documents resolved, strongest first. */
export function citeAll(catalog: Catalog, evidence: readonly Evidence[]): CitedEvidence[] {
  return byStrength(evidence.map((piece) => cite(catalog, piece)));
}

/** Evidence with its document resolved, ready to render. */
export function cite(catalog: Catalog, evidence: Evidence): CitedEvidence {
  const note = { ...(evidence.note !== undefined ? { note: evidence.note } : {}), ...(evidence.status !== undefined ? { status: evidence.status } : {}) };
  if ('seed' in evidence) {
    const document = catalog.documents.get(evidence.seed);
    if (!document) throw new Error(`seed document ${evidence.seed} missing from a compiled catalog`);
    return { kind: 'seed', document, quote: evidence.quote, ...note };
  }
  return {
    kind: 'report',
    url: evidence.url,
    published: evidence.published,
    quote: evidence.quote,
    ...(evidence.title !== undefined ? { title: evidence.title } : {}),
    ...(evidence.publisher !== undefined ? { publisher: evidence.publisher } : {}),
    ...note,
  };
}
