// The record as it stood on a day (--as-known-on): each rule as far as what was
// published by then says. A rule none of whose evidence was out is not on record;
// an end whose own evidence (untilEvidence) came later is not yet known, so the
// rule is open-ended; an allow's claim to cover every link counts from the day
// the evidence saying so appeared; only evidence published by then is cited.
// A later change of a rule's scope is a rule of its own with its own evidence,
// so it follows from the same filter.
import type { Evidence, Rule } from '../model/types.js';
import { publishedOn, type Catalog, type CompiledRule } from './catalog.js';
import { lazyRule, type RuleHead } from './catalog-store.js';

/** Days remembered per rule list, so that a batch or a view asked about one day compiles its record once. */
const DAYS_KEPT = 16;
const remembered = new WeakMap<readonly CompiledRule[], Map<string, KnownOnDay>>();

/** The rules of a list as known on one day: each as worked out (null when not yet on record), and the whole list's once asked for. */
interface KnownOnDay {
  each: Map<CompiledRule, CompiledRule | null>;
  all?: readonly CompiledRule[];
}

function knownOnDay(catalog: Catalog, day: string): KnownOnDay {
  let days = remembered.get(catalog.rules);
  if (days === undefined) {
    days = new Map();
    remembered.set(catalog.rules, days);
  }
  let known = days.get(day);
  if (known === undefined) {
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(day, (known = { each: new Map() }));
  }
  return known;
}

/** The rules of the catalog as known on the day (YYYY-MM-DD). */
export function rulesKnownOn(catalog: Catalog, day: string): readonly CompiledRule[] {
  const known = knownOnDay(catalog, day);
  return (known.all ??= knownAmong(catalog, known, catalog.rules, day));
}

/**
 * Some of the catalog's rules (those of one placement, in their order) as known on the day: the
 * same objects rulesKnownOn gives, the rules not yet on record left out. A check asks about one
 * placement, and working out the whole record for it was most of a check's --as-known-on (#18).
 */
export function someKnownOn(catalog: Catalog, rules: readonly CompiledRule[], day: string): CompiledRule[] {
  return knownAmong(catalog, knownOnDay(catalog, day), rules, day);
}

/** The rules as known on the day, each worked out once a day (the same object however it is asked for), those not yet on record left out. */
function knownAmong(catalog: Catalog, known: KnownOnDay, rules: readonly CompiledRule[], day: string): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    let made = known.each.get(rule);
    if (made === undefined) known.each.set(rule, (made = ruleKnownOn(catalog, rule, day)));
    if (made !== null) out.push(made);
  }
  return out;
}

/**
 * The rule as known on the day, or null when nothing of its evidence had been published. The
 * rule as known, with only the evidence out by then, is worked out when first read: a check
 * reads it of the rule that decides, not of the whole record; the newest date it then cites is
 * the last of its evidence days up to the day (#18).
 */
export function ruleKnownOn(catalog: Catalog, compiled: CompiledRule, day: string): CompiledRule | null {
  if (compiled.knownSince > day) return null;
  const endKnown = compiled.endKnownSince === undefined || compiled.endKnownSince <= day;
  const anyLinkKnown = compiled.anyLinkKnownSince === undefined || compiled.anyLinkKnownSince <= day;
  let known: Rule | undefined;
  const knownNow = () => (known ??= knownFields(catalog, compiled.rule, day, endKnown, anyLinkKnown));
  const disputeKnown = compiled.disputeKnownSince !== undefined && compiled.disputeKnownSince <= day;
  // A disputed rule compiled without the day its dispute became known is worked out at once.
  const rule = 'disputed' in compiled.rule && compiled.disputeKnownSince === undefined ? knownNow() : lazyRule(knownHead(compiled.rule, endKnown, anyLinkKnown, disputeKnown), knownNow);
  // An end's evidence is out from endKnownSince on, and a dispute's from disputeKnownSince: the
  // days up to the day are those of the evidence then cited. A rule of one day cites it by now.
  const evidenceDays = compiled.evidenceDays === undefined ? undefined : daysUpTo(compiled.evidenceDays, day);
  // The fields kept, one by one into a new object: a copy by rest and spread of a rule of some twenty
  // fields was an object of slow properties, for every rule of the record at once (#18).
  const made: Record<string, unknown> = {};
  for (const key in compiled) if (!WORKED_OUT.has(key)) made[key] = compiled[key as keyof CompiledRule];
  made.rule = rule;
  made.newestEvidence = evidenceDays === undefined ? compiled.newestEvidence : evidenceDays[evidenceDays.length - 1]!;
  made.end = endKnown ? compiled.end : Infinity;
  made.coversUnknown = compiled.coversUnknown && (anyLinkKnown || compiled.rule.effect === 'deny');
  if (endKnown && compiled.endKnownSince !== undefined) made.endKnownSince = compiled.endKnownSince;
  if (anyLinkKnown && compiled.anyLinkKnownSince !== undefined) made.anyLinkKnownSince = compiled.anyLinkKnownSince;
  if (disputeKnown) made.disputeKnownSince = compiled.disputeKnownSince;
  if (evidenceDays !== undefined && evidenceDays.length > 1) made.evidenceDays = evidenceDays;
  return made as unknown as CompiledRule;
}

/** The compiled rule's fields ruleKnownOn works out again for the day (or leaves out), not copied. */
const WORKED_OUT: ReadonlySet<string> = new Set(['endKnownSince', 'anyLinkKnownSince', 'disputeKnownSince', 'rule', 'newestEvidence', 'evidenceDays']);

/** The days of `days` (in order) up to `day`; the list itself when all are. */
function daysUpTo(days: readonly string[], day: string): readonly string[] {
  let count = days.length;
  while (count > 0 && days[count - 1]! > day) count--;
  return count === days.length ? days : days.slice(0, count);
}

/** The rule with only what was known on the day. */
function knownFields(catalog: Catalog, whole: Rule, day: string, endKnown: boolean, anyLinkKnown: boolean): Rule {
  const known = (evidence: Evidence) => publishedOn(evidence, catalog.documents) <= day;
  const { until, untilEvidence, coversAnyLink, disputed, ...rest } = whole;
  const knownDispute = disputed?.evidence.filter(known) ?? [];
  const rule: Rule = {
    ...rest,
    evidence: whole.evidence.filter(known),
    ...(endKnown && until !== undefined ? { until } : {}),
    ...(endKnown && untilEvidence !== undefined ? { untilEvidence: untilEvidence.filter(known) } : {}),
    ...(anyLinkKnown && coversAnyLink !== undefined ? { coversAnyLink } : {}),
    ...(disputed && knownDispute.length > 0 ? { disputed: { ...disputed, evidence: knownDispute } } : {}),
  };
  return rule;
}

/** The fields knownFields leaves out of the spread and sets after the others, when known. */
const KNOWN_LATER = new Set(['until', 'untilEvidence', 'coversAnyLink', 'disputed']);

/**
 * The head of the rule as knownFields makes it, from the whole rule's head alone: its keys as
 * that spread leaves them (until, untilEvidence, coversAnyLink and disputed after the others,
 * when known; a dispute is known once some of its evidence is out, from disputeKnownSince). The
 * text's place is not used: the rule is worked out, not read.
 */
function knownHead(whole: Rule, endKnown: boolean, anyLinkKnown: boolean, disputeKnown: boolean): RuleHead {
  const keys = Object.keys(whole);
  const known = keys.filter((key) => !KNOWN_LATER.has(key));
  if (endKnown && keys.includes('until')) known.push('until');
  if (endKnown && keys.includes('untilEvidence')) known.push('untilEvidence');
  if (anyLinkKnown && keys.includes('coversAnyLink')) known.push('coversAnyLink');
  if (disputeKnown && keys.includes('disputed')) known.push('disputed');
  const { id, platform, effect, sources, surfaces, status } = whole;
  return { id, platform, effect, sources, surfaces, status, keys: known, at: 0, length: 0 };
}
