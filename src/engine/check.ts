// The engine: given a catalog and a query, the verdict and why. Pure: the
// instant to ask about comes in with the query, never from the clock.
import type { Text } from '../model/text.js';
import type { Group, Platform, Source, Surface } from '../model/types.js';
import type { Catalog, CompiledRule } from './catalog.js';
import { wordedError } from '../errors/errors.js';
import { citeAll } from './cite.js';
import type { CitedEvidence } from './evidence-strength.js';

export type { CitedEvidence } from './evidence-strength.js';
import { someKnownOn } from './known-on.js';
import { placementsOf, UNKNOWN_SOURCE } from './placements.js';
import { formatInstant, type Precision } from '../time/moment.js';

export type Verdict = 'allowed' | 'denied' | 'rolling-out' | 'unknown';

/** Every verdict, in this order: the verdict index codes them by their place in it. */
export const VERDICTS: readonly Verdict[] = ['allowed', 'denied', 'rolling-out', 'unknown'];

/**
 * Why the verdict is what it is:
 * - in-force: the deciding rule is certainly in force;
 * - phase-in: the deciding rule is rolling out;
 * - imprecise-start: the deciding rule began somewhere in a window the record cannot narrow;
 * - no-rule: nothing on record covers the query;
 * - members-differ: a group query whose member sources get different answers.
 */
export type Reason = 'in-force' | 'phase-in' | 'imprecise-start' | 'no-rule' | 'members-differ';

export interface Query {
  platform: string;
  /** A source id, or null for a link whose source is not recognised. */
  source: string | null;
  /** A link whose host cannot be told for sure (reason ambiguous-host): no rule covers it, so the answer is unknown. */
  ambiguousLink?: boolean;
  surface: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** How precisely the instant was given; a day-precision query reports changes within the day. */
  precision?: Precision;
  /** The clock's instant ("now"): its answer prints the time to the minute, as a clock shows it (formatClock). */
  now?: true;
  /** With day precision: the end of that civil day. */
  dayEnd?: number;
  /** Answer as the record stood on this day (YYYY-MM-DD): only evidence published by then counts. */
  asKnownOn?: string;
}


/** Reports that contradict the deciding rule, and why the rule does not follow them. */
export interface Dispute {
  claim: Text;
  decision: Text;
  evidence: CitedEvidence[];
}

export interface Answer {
  platform: Platform;
  source: Source | null;
  surface: Surface;
  at: number;
  precision: Precision;
  /** Asked about the clock's instant ("now"). */
  now?: true;
  verdict: Verdict;
  reason: Reason;
  /** The rule that decides, or null when none is on record. */
  rule: CompiledRule | null;
  /** Other rules in force for the query that the deciding rule overrides. */
  overridden: CompiledRule[];
  /** Strongest first (src/engine/evidence-strength.ts). */
  evidence: CitedEvidence[];
  /** The deciding rule's evidence for its end, when the end has its own (untilEvidence); only what was published by the --as-known-on day. */
  untilEvidence: CitedEvidence[];
  /** With no rule on record: the next rule that starts later, if any. */
  next: CompiledRule | null;
  /** With no rule on record: the rule that ended last before the queried instant, if any. */
  lastKnown: CompiledRule | null;
  /** Instants inside the queried civil day at which the answer changes. */
  changesDuringDay: number[];
  /** Reports that contradict the deciding rule, and why the rule does not follow them. */
  dispute: Dispute | null;
  asKnownOn: string | null;
  freshness: Freshness;
  /** For a group query (taobao = Taobao Alliance): the group and each member's own answer. */
  group?: { group: Group; members: Answer[] };
}

export interface Freshness {
  /** The newest publication date of evidence on record for this platform, source and surface. */
  newestEvidence: string | null;
  /** The queried civil day in the platform's time zone (YYYY-MM-DD). */
  queriedDay: string;
  /** Whether the queried day is later than that: nothing newer is on record. */
  stale: boolean;
  /**
   * When the files holding this key's rules were last reviewed (the oldest of them); null when
   * any of them gives no date: a file never borrows another file's.
   */
  reviewed: string | null;
}

/** The query's platform, surface and source, and the rules that could decide it. */
function applicableTo(catalog: Catalog, query: Query): { platform: Platform; surface: Surface; source: Source | null; applicable: readonly CompiledRule[] } {
  const platform = platformOf(catalog, query);
  const surface = surfaceOf(platform, query);
  const source = sourceOf(catalog, query);
  return { platform, surface, source, applicable: applicableRules(catalog, query, platform, source) };
}

function platformOf(catalog: Catalog, query: Query): Platform {
  const platform = catalog.platforms.get(query.platform);
  if (!platform) throw wordedError('query-platform', { platform: query.platform });
  return platform;
}

/** The query's surface on the platform, found by an indexed loop (no closure for each query). */
function surfaceOf(platform: Platform, query: Query): Surface {
  const { surfaces } = platform;
  for (let index = 0; index < surfaces.length; index++) if (surfaces[index]!.id === query.surface) return surfaces[index]!;
  throw wordedError('query-surface', { surface: query.surface, platform: platform.id });
}

function sourceOf(catalog: Catalog, query: Query): Source | null {
  if (query.source === null) return null;
  const source = catalog.sources.get(query.source);
  if (!source) throw wordedError('query-source', { source: query.source });
  return source;
}

/** One empty list for every placement without rules. */
const NO_RULES: readonly CompiledRule[] = [];

function applicableRules(catalog: Catalog, query: Query, platform: Platform, source: Source | null): readonly CompiledRule[] {
  if (query.ambiguousLink === true) return NO_RULES;
  const rules = rulesFor(catalog.rules, platform.id, query.surface, source);
  if (query.asKnownOn === undefined) return rules;
  // As known on a day: each rule as what was published by then says (known-on.ts), its end
  // included, worked out for the placement's rules alone. A rule keeps its platform and surfaces;
  // an allow's claim to cover every link may not be known yet, and with it its place for a link
  // of no known source, nor its claim to a source its evidence named only later.
  const known = someKnownOn(catalog, rules, query.asKnownOn);
  return source === null ? known.filter((rule) => rule.coversUnknown) : known.filter((rule) => rule.covers.has(source.id));
}

/**
 * The rules that could decide a query, as check() finds them (its errors for an unknown platform,
 * surface or source included): a timeline asks once a track, then for each boundary's verdict
 * alone (verdictAmong; views/periods.ts). Without applicableTo's object: a timeline asks for each
 * of its hundreds of tracks at start-up, and matrix for each cell (#18).
 */
export function rulesDeciding(catalog: Catalog, query: Query): readonly CompiledRule[] {
  const platform = platformOf(catalog, query);
  surfaceOf(platform, query);
  return applicableRules(catalog, query, platform, sourceOf(catalog, query));
}

/**
 * check()'s freshness.newestEvidence alone: the newest publication day among the rules that could
 * decide the query (rulesDeciding), which no instant changes; without the answer, its rule read
 * whole for its evidence. A batch asks it once a placement, for the staleness of its rows (#18).
 */
export function newestEvidence(catalog: Catalog, query: Query): string | null {
  return newestAmong(rulesDeciding(catalog, query));
}

function newestAmong(rules: readonly CompiledRule[]): string | null {
  let newest: string | null = null;
  for (const rule of rules) newest = laterDay(newest, rule.newestEvidence);
  return newest;
}

/** The later of two days (YYYY-MM-DD), either of which may be none: how the newest evidence is found, of rules or of a group's members. */
export function laterDay(a: string | null, b: string | null): string | null {
  return b === null || (a !== null && a >= b) ? a : b;
}

/**
 * check()'s verdict alone, without the rest of the answer: the rule in force that comes first by
 * precedence decides, as in check().
 */
export function verdictOf(catalog: Catalog, query: Query): Verdict {
  return verdictAmong(rulesDeciding(catalog, query), query.at);
}

/** The verdict at an instant among the rules that could decide it (rulesDeciding), as check() gives it. */
export function verdictAmong(applicable: readonly CompiledRule[], at: number): Verdict {
  // Indexed, and the verdict without decide()'s object: a timeline runs this thousands of times at
  // start-up, before it is optimised, where each for-of step and each object is an allocation (#18).
  let rule: CompiledRule | null = null;
  for (let index = 0; index < applicable.length; index++) {
    const candidate = applicable[index]!;
    if (candidate.start <= at && at < candidate.end && (rule === null || byPrecedence(candidate, rule) < 0)) rule = candidate;
  }
  if (rule !== null && unorderedWith(rule, applicable, at) !== undefined) return 'unknown';
  return verdictFor(rule, reasonAt(rule, at));
}

export function check(catalog: Catalog, query: Query): Answer {
  const { platform, surface, source, applicable } = applicableTo(catalog, query);
  const asKnownOn = query.asKnownOn;
  const inForce = applicable.filter((rule) => rule.start <= query.at && query.at < rule.end).sort(byPrecedence);
  // Two rules in force whose order is not known answer unknown, shown by the one with the window.
  const unordered = inForce.length > 1 ? unorderedWith(inForce[0]!, inForce, query.at) : undefined;
  if (unordered !== undefined) inForce.unshift(...inForce.splice(inForce.indexOf(unordered), 1));
  const [rule = null, ...overridden] = inForce;
  const { verdict, reason } = unordered === undefined ? decide(rule, query.at) : { verdict: 'unknown' as const, reason: 'imprecise-start' as const };
  const next = rule ? null : applicable.filter((candidate) => candidate.start > query.at).sort((a, b) => a.start - b.start)[0] ?? null;
  const lastKnown = rule ? null : applicable.filter((candidate) => candidate.end <= query.at).sort((a, b) => b.end - a.end || byPrecedence(a, b))[0] ?? null;
  const precision = query.precision ?? 'second';
  const disputeEvidence = rule?.rule.disputed?.evidence ?? [];
  const newestEvidence = newestAmong(applicable);
  const queriedDay = formatInstant(query.at, platform.timeZone).slice(0, 10);

  return {
    platform,
    source,
    surface,
    at: query.at,
    precision,
    ...(query.now ? { now: true as const } : {}),
    verdict,
    reason,
    rule,
    overridden,
    evidence: rule ? citeAll(catalog, rule.rule.evidence) : [],
    untilEvidence: rule?.rule.untilEvidence ? citeAll(catalog, rule.rule.untilEvidence) : [],
    next,
    lastKnown,
    changesDuringDay: precision === 'day' && query.dayEnd !== undefined ? boundariesWithin(applicable, query.at, query.dayEnd) : [],
    dispute:
      rule?.rule.disputed && disputeEvidence.length > 0
        ? { claim: rule.rule.disputed.claim, decision: rule.rule.disputed.decision, evidence: citeAll(catalog, disputeEvidence) }
        : null,
    asKnownOn: asKnownOn ?? null,
    freshness: { newestEvidence, queriedDay, stale: newestEvidence !== null && queriedDay > newestEvidence, reviewed: reviewedOf(applicable) },
  };
}

function reviewedOf(rules: readonly CompiledRule[]): string | null {
  let oldest: string | null = null;
  for (const rule of rules) {
    if (rule.reviewed === undefined) return null;
    if (oldest === null || rule.reviewed < oldest) oldest = rule.reviewed;
  }
  return oldest;
}

function rulesFor(rules: readonly CompiledRule[], platform: string, surface: string, source: Source | null): readonly CompiledRule[] {
  return placementsOf(rules).get(platform)?.get(surface)?.get(source === null ? UNKNOWN_SOURCE : source.id) ?? NO_RULES;
}

/**
 * Latest start first; on the same start the more specific selector first. Rules
 * still equal answer alike (load refuses ties that would not), and the rule id
 * makes the order total, so the rule shown never depends on file or rule order.
 */
export function byPrecedence(a: CompiledRule, b: CompiledRule): number {
  return b.start - a.start || b.specificity - a.specificity || unstatedLast(a, b) || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0);
}

/**
 * As known on a day before a rule's start was stated, it starts at its first evidence's day
 * (known-on.ts); its own start is earlier. A rule starting at that very instant started later
 * than it, and decides: the id decided, and an allow won or lost by its name.
 */
function unstatedLast(a: CompiledRule, b: CompiledRule): number {
  return (a.startUnstated === true ? 1 : 0) - (b.startUnstated === true ? 1 : 0);
}

/**
 * Of the rule that decides by precedence and the others in force at the same instant, one that
 * answers otherwise and whose order with it is not known: the answer is unknown, and shows that
 * rule for its reason (imprecise-start). The record loaded holds none such (findTies and
 * findUnorderedStarts in rule-order-checks.ts refuse them); the record as known on a day may,
 * when a rule whose start was stated later starts, as known then, at its first evidence's day:
 * - inside the window of another's imprecise start (a deny reported in a window of mid-January,
 *   and an allow reported on 10 January "since December": as known on 25 January the allow starts
 *   on 10 January, and the deny may have started after it);
 * - on the day another such rule, for sources as specific, starts so too (an allow and a deny
 *   both first reported on 10 January, "since November" and "since December" reported in
 *   February: as known in January either may have started later). The rule shown is then the
 *   one precedence puts next, by id, as rules that tie are shown.
 */
export function unorderedWith(top: CompiledRule, rules: readonly CompiledRule[], at: number): CompiledRule | undefined {
  // Only a start moved later, to the day of the rule's first evidence, can fall inside a window that
  // its own start did not (a window that shrinks with its start holds nothing it did not hold), or
  // tie with another so moved (precedence puts a start stated on that day first).
  if (top.startUnstated !== true) return undefined;
  let found: CompiledRule | undefined;
  for (let index = 0; index < rules.length; index++) {
    const other = rules[index]!;
    if (other === top || !(other.start <= at && at < other.end) || !orderUnknown(top, other, at)) continue;
    // Rules in any order (a heap's): the one precedence puts first, as check() finds it in its sorted list.
    if (found === undefined || byPrecedence(other, found) < 0) found = other;
  }
  return found;
}

/** Whether the other rule in force, which precedence puts after the top one (its start not stated), may have started later and answers otherwise. */
function orderUnknown(top: CompiledRule, other: CompiledRule, at: number): boolean {
  // Both first reported on that day, neither start stated by then: which started later is not known.
  // A rule for fewer sources still decides on the same start; so do rules that would answer alike.
  if (other.start === top.start) return other.startUnstated === true && other.specificity === top.specificity && verdictAt(other, at) !== verdictAt(top, at);
  // The top rule started no earlier than the other: their order is known unless the other's window holds that start.
  return other.rule.effect !== top.rule.effect && other.certainFrom > top.start;
}

function verdictAt(rule: CompiledRule, at: number): Verdict {
  return verdictFor(rule, reasonAt(rule, at));
}

function decide(rule: CompiledRule | null, at: number): { verdict: Verdict; reason: Reason } {
  const reason = reasonAt(rule, at);
  return { verdict: verdictFor(rule, reason), reason };
}

/** Why the rule in force (if any) decides as it does at an instant: unknown before its start is certain, rolling out during its phase-in, else its effect. */
function reasonAt(rule: CompiledRule | null, at: number): Reason {
  if (!rule) return 'no-rule';
  if (at < rule.certainFrom) return 'imprecise-start';
  if (rule.phaseInUntil !== undefined && at < rule.phaseInUntil) return 'phase-in';
  return 'in-force';
}

/** The verdict for that reason. */
function verdictFor(rule: CompiledRule | null, reason: Reason): Verdict {
  if (reason === 'phase-in') return 'rolling-out';
  if (reason === 'in-force') return rule!.rule.effect === 'allow' ? 'allowed' : 'denied';
  return 'unknown';
}

function boundariesWithin(rules: readonly CompiledRule[], dayStart: number, dayEnd: number): number[] {
  const instants = new Set<number>();
  for (const rule of rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && instant > dayStart && instant < dayEnd) instants.add(instant);
    }
  }
  return [...instants].sort((a, b) => a - b);
}
