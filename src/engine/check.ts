// The engine: given a catalog and a query, the verdict and why. Pure: the
// instant to ask about comes in with the query, never from the clock.
import type { Evidence, Platform, SeedDocument, Source, Surface } from '../model/types.js';
import type { Catalog, CompiledRule } from './catalog.js';
import { InputError } from './errors.js';
import type { Precision } from './moment.js';

export type Verdict = 'allowed' | 'denied' | 'rolling-out' | 'unknown';

/**
 * Why the verdict is what it is:
 * - in-force: the deciding rule is certainly in force;
 * - phase-in: the deciding rule is rolling out;
 * - imprecise-start: the deciding rule began somewhere in a window the record cannot narrow;
 * - no-rule: nothing on record covers the query.
 */
export type Reason = 'in-force' | 'phase-in' | 'imprecise-start' | 'no-rule';

export interface Query {
  platform: string;
  /** A source id, or null for a link whose source is not recognised. */
  source: string | null;
  surface: string;
  /** Milliseconds since the epoch. */
  at: number;
  /** How precisely the instant was given; a day-precision query reports changes within the day. */
  precision?: Precision;
  /** With day precision: the end of that civil day. */
  dayEnd?: number;
}

export type CitedEvidence =
  | { kind: 'seed'; document: SeedDocument; quote: string; note?: string }
  | { kind: 'report'; url: string; published: string; title?: string; publisher?: string; quote: string; note?: string };

export interface Answer {
  platform: Platform;
  source: Source | null;
  surface: Surface;
  at: number;
  precision: Precision;
  verdict: Verdict;
  reason: Reason;
  /** The rule that decides, or null when none is on record. */
  rule: CompiledRule | null;
  /** Other rules in force for the query that the deciding rule overrides. */
  overridden: CompiledRule[];
  evidence: CitedEvidence[];
  /** With no rule on record: the next rule that starts later, if any. */
  next: CompiledRule | null;
  /** Instants inside the queried civil day at which the answer changes. */
  changesDuringDay: number[];
}

export function check(catalog: Catalog, query: Query): Answer {
  const platform = catalog.platforms.get(query.platform);
  if (!platform) throw new InputError(`unknown platform "${query.platform}"`);
  const surface = platform.surfaces.find((candidate) => candidate.id === query.surface);
  if (!surface) throw new InputError(`unknown surface "${query.surface}" of ${platform.id}`);
  let source: Source | null = null;
  if (query.source !== null) {
    source = catalog.sources.get(query.source) ?? null;
    if (!source) throw new InputError(`unknown source "${query.source}"`);
  }

  const applicable = catalog.rules.filter((rule) => rule.rule.platform === platform.id && rule.rule.surfaces.includes(surface.id) && covers(rule, source));
  const inForce = applicable.filter((rule) => rule.start <= query.at && query.at < rule.end).sort(byPrecedence);
  const [rule = null, ...overridden] = inForce;
  const { verdict, reason } = decide(rule, query.at);
  const next = rule ? null : applicable.filter((candidate) => candidate.start > query.at).sort((a, b) => a.start - b.start)[0] ?? null;
  const precision = query.precision ?? 'second';

  return {
    platform,
    source,
    surface,
    at: query.at,
    precision,
    verdict,
    reason,
    rule,
    overridden,
    evidence: rule ? rule.rule.evidence.map((evidence) => cite(catalog, evidence)) : [],
    next,
    changesDuringDay: precision === 'day' && query.dayEnd !== undefined ? boundariesWithin(applicable, query.at, query.dayEnd) : [],
  };
}

/** Latest start first; on the same start the more specific selector first. */
export function byPrecedence(a: CompiledRule, b: CompiledRule): number {
  return b.start - a.start || b.specificity - a.specificity;
}

function covers(rule: CompiledRule, source: Source | null): boolean {
  return source === null ? rule.coversUnknown : rule.covers.has(source.id);
}

function decide(rule: CompiledRule | null, at: number): { verdict: Verdict; reason: Reason } {
  if (!rule) return { verdict: 'unknown', reason: 'no-rule' };
  if (at < rule.certainFrom) return { verdict: 'unknown', reason: 'imprecise-start' };
  if (rule.phaseInUntil !== undefined && at < rule.phaseInUntil) return { verdict: 'rolling-out', reason: 'phase-in' };
  return { verdict: rule.rule.effect === 'allow' ? 'allowed' : 'denied', reason: 'in-force' };
}

function cite(catalog: Catalog, evidence: Evidence): CitedEvidence {
  const note = evidence.note !== undefined ? { note: evidence.note } : {};
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

function boundariesWithin(rules: CompiledRule[], dayStart: number, dayEnd: number): number[] {
  const instants = new Set<number>();
  for (const rule of rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && instant > dayStart && instant < dayEnd) instants.add(instant);
    }
  }
  return [...instants].sort((a, b) => a - b);
}
