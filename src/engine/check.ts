// The engine: given a catalog and a query, the verdict and why. Pure: the
// instant to ask about comes in with the query, never from the clock.
import type { Text } from '../model/text.js';
import type { Group, Platform, Source, Surface } from '../model/types.js';
import type { Catalog, CompiledRule } from './catalog.js';
import { wordedError } from '../errors/errors.js';
import { citeAll } from './cite.js';
import type { CitedEvidence } from './evidence-strength.js';
import { someKnownOn } from './known-on.js';
import { placementsOf, UNKNOWN_SOURCE } from './placements.js';
import { byPrecedence, decide, unorderedWith, verdictAt } from './precedence.js';
import type { Reason, Verdict } from './verdict.js';
import { formatInstant, type Precision } from '../time/moment.js';

export type { CitedEvidence } from './evidence-strength.js';
export { VERDICTS, type Reason, type Verdict } from './verdict.js';

export interface Query {
  platform: string;
  /** A source id, or null for a link whose source is not recognised. */
  source: string | null;
  /** A link in doubt (its host, or the path that tells whose it is, cannot be told for sure; several links…: link/named-input.ts isAmbiguousLink): no rule covers it, so the answer is unknown. */
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
  if (!platform) throw wordedError('query-platform', { platform: query.platform, valid: [...catalog.platforms.keys()].join(', ') });
  return platform;
}

/** The query's surface on the platform, found by an indexed loop (no closure for each query). */
function surfaceOf(platform: Platform, query: Query): Surface {
  const { surfaces } = platform;
  for (let index = 0; index < surfaces.length; index++) if (surfaces[index]!.id === query.surface) return surfaces[index]!;
  throw wordedError('query-surface', { surface: query.surface, platform: platform.id, valid: surfaces.map((surface) => surface.id).join(', ') });
}

function sourceOf(catalog: Catalog, query: Query): Source | null {
  if (query.source === null) return null;
  const source = catalog.sources.get(query.source);
  if (!source) throw wordedError('query-source', { source: query.source, valid: [...catalog.sources.keys()].join(', ') });
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
  return verdictAt(rule, at);
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

function boundariesWithin(rules: readonly CompiledRule[], dayStart: number, dayEnd: number): number[] {
  const instants = new Set<number>();
  for (const rule of rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && instant > dayStart && instant < dayEnd) instants.add(instant);
    }
  }
  return [...instants].sort((a, b) => a - b);
}
