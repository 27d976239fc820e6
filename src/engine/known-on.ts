// The record as it stood on a day (--as-known-on): each rule as far as what was
// published by then says. A rule none of whose evidence was out is not on record;
// an end whose own evidence (untilEvidence) came later is not yet known, so the
// rule is open-ended; an allow's claim to cover every link counts from the day
// the evidence saying so appeared, and its claim to cover a source from the day
// its evidence first named it; a start or a phase-in's end stated only by later
// evidence (fromStated, phaseIn.untilStated) is not yet known either, so the rule
// starts no earlier than its first evidence, and rolls out to its end; only
// evidence published by then is cited.
// A later change of a rule's scope is a rule of its own with its own evidence,
// so it follows from the same filter.
import type { Evidence, Rule } from '../model/types.js';
import { publishedOn, type Catalog, type CompiledRule } from './catalog.js';
import { lazyRule, type RuleHead } from './catalog-store.js';
import { formatCivil, momentInstant } from '../time/moment.js';

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
  const startKnown = compiled.startKnownSince === undefined || compiled.startKnownSince <= day;
  const phaseInKnown = compiled.phaseInKnownSince === undefined || compiled.phaseInKnownSince <= day;
  const end = endKnown ? compiled.end : Infinity;
  // Before its start was reported, the rule is known to be in force from the day of its first evidence, no earlier.
  const reported = startKnown ? undefined : momentInstant(compiled.knownSince, compiled.timeZone);
  const start = reported === undefined ? compiled.start : Math.max(compiled.start, reported);
  const certainFrom = reported === undefined ? compiled.certainFrom : Math.max(compiled.certainFrom, reported);
  if (certainFrom >= end) return null;
  const covers = coversOn(compiled, day);
  // The summary and note are written of the whole rule, from all its evidence: as known before the last of it, they may say what was not yet out.
  const wholeKnown = compiled.evidenceDays === undefined || compiled.evidenceDays[compiled.evidenceDays.length - 1]! <= day;
  const fields: KnownParts = { endKnown, anyLinkKnown, startKnown, phaseInKnown, wholeKnown, from: reported !== undefined && reported > compiled.start ? knownFrom(compiled, reported) : undefined };
  let known: Rule | undefined;
  const knownNow = () => (known ??= knownFields(catalog, compiled.rule, day, fields));
  const disputeKnown = compiled.disputeKnownSince !== undefined && compiled.disputeKnownSince <= day;
  // A disputed rule compiled without the day its dispute became known is worked out at once.
  const rule = 'disputed' in compiled.rule && compiled.disputeKnownSince === undefined ? knownNow() : lazyRule(knownHead(compiled.rule, fields, disputeKnown), knownNow);
  // An end's evidence is out from endKnownSince on, and a dispute's from disputeKnownSince: the
  // days up to the day are those of the evidence then cited. A rule of one day cites it by now.
  const evidenceDays = compiled.evidenceDays === undefined ? undefined : daysUpTo(compiled.evidenceDays, day);
  // The fields kept, one by one into a new object: a copy by rest and spread of a rule of some twenty
  // fields was an object of slow properties, for every rule of the record at once (#18).
  const made: Record<string, unknown> = {};
  for (const key in compiled) if (!WORKED_OUT.has(key)) made[key] = compiled[key as keyof CompiledRule];
  made.rule = rule;
  made.newestEvidence = evidenceDays === undefined ? compiled.newestEvidence : evidenceDays[evidenceDays.length - 1]!;
  made.start = start;
  if (reported !== undefined && reported > compiled.start) made.startUnstated = true;
  made.certainFrom = certainFrom;
  made.end = end;
  // A phase-in whose end was not yet reported rolls out to the rule's end (Infinity when open).
  if (compiled.phaseInUntil !== undefined) made.phaseInUntil = phaseInKnown ? Math.max(compiled.phaseInUntil, certainFrom) : end;
  made.covers = covers;
  made.coversUnknown = compiled.coversUnknown && (anyLinkKnown || compiled.rule.effect === 'deny');
  if (endKnown && compiled.endKnownSince !== undefined) made.endKnownSince = compiled.endKnownSince;
  if (anyLinkKnown && compiled.anyLinkKnownSince !== undefined) made.anyLinkKnownSince = compiled.anyLinkKnownSince;
  if (startKnown && compiled.startKnownSince !== undefined) made.startKnownSince = compiled.startKnownSince;
  if (phaseInKnown && compiled.phaseInKnownSince !== undefined) made.phaseInKnownSince = compiled.phaseInKnownSince;
  if (disputeKnown) made.disputeKnownSince = compiled.disputeKnownSince;
  if (evidenceDays !== undefined && evidenceDays.length > 1) made.evidenceDays = evidenceDays;
  return made as unknown as CompiledRule;
}

/** The compiled rule's fields ruleKnownOn works out again for the day (or leaves out), not copied. */
const WORKED_OUT: ReadonlySet<string> = new Set(['endKnownSince', 'anyLinkKnownSince', 'startKnownSince', 'phaseInKnownSince', 'coveredSince', 'disputeKnownSince', 'rule', 'newestEvidence', 'evidenceDays']);

/**
 * The sources the rule covers as known on the day: an allow's evidence may have named some of
 * them only later (coveredSince). The rule's own set when it covers them all by then.
 */
function coversOn(compiled: CompiledRule, day: string): ReadonlySet<string> {
  const since = compiled.coveredSince;
  if (since === undefined) return compiled.covers;
  let covers: Set<string> | undefined;
  for (const id of compiled.covers) {
    const first = since[id];
    if (first !== undefined && first > day) (covers ??= new Set(compiled.covers)).delete(id);
  }
  return covers ?? compiled.covers;
}

/**
 * The rule's `from` as known before its start was reported: the day of its first evidence, or,
 * when that day falls inside the window of an imprecise start, the window from that day.
 */
function knownFrom(compiled: CompiledRule, reported: number): Rule['from'] {
  const day = formatCivil(reported, compiled.timeZone).slice(0, 10);
  const from = compiled.rule.from;
  return reported >= compiled.certainFrom || typeof from === 'string' ? day : { earliest: day, latest: from.latest };
}

/** What of the rule's parts reported apart from it is known on the day, and the start it then has (when not its own). */
interface KnownParts {
  endKnown: boolean;
  anyLinkKnown: boolean;
  startKnown: boolean;
  phaseInKnown: boolean;
  /** Whether all the rule cites was out by the day: else its summary is empty and its note left out (their words speak of the whole rule). */
  wholeKnown: boolean;
  /** The rule's `from` as known, when not its own (knownFrom). */
  from: Rule['from'] | undefined;
}

/** The days of `days` (in order) up to `day`; the list itself when all are. */
function daysUpTo(days: readonly string[], day: string): readonly string[] {
  let count = days.length;
  while (count > 0 && days[count - 1]! > day) count--;
  return count === days.length ? days : days.slice(0, count);
}

/** The rule with only what was known on the day. */
function knownFields(catalog: Catalog, whole: Rule, day: string, { endKnown, anyLinkKnown, startKnown, phaseInKnown, wholeKnown, from }: KnownParts): Rule {
  const known = (evidence: Evidence) => publishedOn(evidence, catalog.documents) <= day;
  const { until, untilEvidence, coversAnyLink, disputed, ...rest } = whole;
  // A start or a phase-in's end not yet stated leaves out the quote that states it (a phase-in then has no end on record).
  if (!startKnown) delete rest.fromStated;
  if (!phaseInKnown) delete rest.phaseIn;
  if (!wholeKnown) {
    rest.summary = '';
    delete rest.note;
  }
  const knownDispute = disputed?.evidence.filter(known) ?? [];
  const rule: Rule = {
    ...rest,
    ...(from !== undefined ? { from } : {}),
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
 * when known; a dispute is known once some of its evidence is out, from disputeKnownSince;
 * fromStated, phaseIn and note in their places, when known). The
 * text's place is not used: the rule is worked out, not read.
 */
function knownHead(whole: Rule, { endKnown, anyLinkKnown, startKnown, phaseInKnown, wholeKnown }: KnownParts, disputeKnown: boolean): RuleHead {
  const keys = Object.keys(whole);
  const known = keys.filter((key) => !KNOWN_LATER.has(key) && (startKnown || key !== 'fromStated') && (phaseInKnown || key !== 'phaseIn') && (wholeKnown || key !== 'note'));
  if (endKnown && keys.includes('until')) known.push('until');
  if (endKnown && keys.includes('untilEvidence')) known.push('untilEvidence');
  if (anyLinkKnown && keys.includes('coversAnyLink')) known.push('coversAnyLink');
  if (disputeKnown && keys.includes('disputed')) known.push('disputed');
  const { id, platform, effect, sources, surfaces, status } = whole;
  return { id, platform, effect, sources, surfaces, status, keys: known, at: 0, length: 0 };
}
