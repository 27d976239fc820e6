// The record as it stood on a day (--as-known-on): each rule as far as what was
// published by then says. A rule none of whose evidence was out is not on record;
// an end whose own evidence (untilEvidence) came later is not yet known, so the
// rule is open-ended; an allow's claim to cover every link counts from the day
// the evidence saying so appeared; only evidence published by then is cited.
// A later change of a rule's scope is a rule of its own with its own evidence,
// so it follows from the same filter.
import type { Evidence, Rule } from '../model/types.js';
import { publishedOn, type Catalog, type CompiledRule } from './catalog.js';

/** Days remembered per rule list, so that a batch or a view asked about one day compiles its record once. */
const DAYS_KEPT = 16;
const remembered = new WeakMap<readonly CompiledRule[], Map<string, readonly CompiledRule[]>>();

/** The rules of the catalog as known on the day (YYYY-MM-DD). */
export function rulesKnownOn(catalog: Catalog, day: string): readonly CompiledRule[] {
  let days = remembered.get(catalog.rules);
  if (days === undefined) {
    days = new Map();
    remembered.set(catalog.rules, days);
  }
  let rules = days.get(day);
  if (rules === undefined) {
    rules = catalog.rules.flatMap((rule) => ruleKnownOn(catalog, rule, day) ?? []);
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(day, rules);
  }
  return rules;
}

/** The rule as known on the day, or null when nothing of its evidence had been published. */
export function ruleKnownOn(catalog: Catalog, compiled: CompiledRule, day: string): CompiledRule | null {
  if (compiled.knownSince > day) return null;
  const known = (evidence: Evidence) => publishedOn(evidence, catalog.documents) <= day;
  const endKnown = compiled.endKnownSince === undefined || compiled.endKnownSince <= day;
  const anyLinkKnown = compiled.anyLinkKnownSince === undefined || compiled.anyLinkKnownSince <= day;
  const { until, untilEvidence, coversAnyLink, disputed, ...rest } = compiled.rule;
  const knownDispute = disputed?.evidence.filter(known) ?? [];
  const rule: Rule = {
    ...rest,
    evidence: compiled.rule.evidence.filter(known),
    ...(endKnown && until !== undefined ? { until } : {}),
    ...(endKnown && untilEvidence !== undefined ? { untilEvidence: untilEvidence.filter(known) } : {}),
    ...(anyLinkKnown && coversAnyLink !== undefined ? { coversAnyLink } : {}),
    ...(disputed && knownDispute.length > 0 ? { disputed: { ...disputed, evidence: knownDispute } } : {}),
  };
  const newestEvidence = [...rule.evidence, ...(rule.untilEvidence ?? []), ...knownDispute].map((evidence) => publishedOn(evidence, catalog.documents)).sort().at(-1)!;
  const { endKnownSince: _end, anyLinkKnownSince: _anyLink, ...kept } = compiled;
  return {
    ...kept,
    rule,
    newestEvidence,
    end: endKnown ? compiled.end : Infinity,
    coversUnknown: compiled.coversUnknown && (anyLinkKnown || compiled.rule.effect === 'deny'),
    ...(endKnown && compiled.endKnownSince !== undefined ? { endKnownSince: compiled.endKnownSince } : {}),
    ...(anyLinkKnown && compiled.anyLinkKnownSince !== undefined ? { anyLinkKnownSince: compiled.anyLinkKnownSince } : {}),
  };
}
