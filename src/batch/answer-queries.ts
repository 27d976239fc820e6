// ask(), in steps that remember, for a batch: each cell's text resolved once
// (memoisedSteps), then the resolved query answered through the verdict index,
// with the reason a report words taken from the deciding rule (row-why.ts), not
// from a whole check(). The whole answer is made only for a report that reads it.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import type { Answer, Verdict } from '../engine/check.js';
import { DataError, InputError } from '../errors/errors.js';
import { errorMessage } from '../i18n/error-words.js';
import { formatInstant } from '../time/moment.js';
import { beyondStaleness, type Staleness } from '../time/staleness.js';
import { buildVerdictIndex, type Decision, type VerdictIndex } from '../engine/verdict-index.js';
import type { LinkInput } from '../link/types.js';
import { answerQuery, memoisedSteps, resolveQuery, type QueryText, type ResolvedQuery, type Steps } from '../query/ask.js';
import { whyOfAnswer, Whys, type Why } from './row-why.js';

/** One answer, or the reason there is none, shared by every row that asks the same. */
export interface Shared {
  /** The verdict, when the query could be answered. */
  verdict: Verdict | null;
  /** The rule that decides it; null when none does. */
  rule: CompiledRule | null;
  /** The whole answer, as the single check gives it: made when a report first reads it. */
  readonly answer: Answer | null;
  /** Why the verdict is what it is, as a report words it: made when first read, shared by every answer of the same stretch. */
  readonly why: Why | null;
  link: LinkInput | null;
  /** Why the query cannot be answered (an input error), when answer is null. */
  message: string | null;
  /** That error, for a report that words it in another language. */
  error?: InputError | DataError | undefined;
  /** When the record for the query is older than the staleness limit: its newest evidence and the queried day (one object for each pair). */
  stale: StaleRecord | null;
  /** Renderers keep their text for it here, made when first needed. */
  memo: Record<string, string>;
  /** And their bytes (see Spool#addEncoded). */
  encoded: Record<string, Uint8Array>;
}

export interface StaleRecord {
  /** The newest publication date of evidence for the platform, source and surface (YYYY-MM-DD). */
  newestEvidence: string;
  /** The queried civil day in the platform's zone. */
  queriedDay: string;
  /** The limit it is past. */
  limit: Staleness;
}

export interface QueryAnswerOptions {
  now: number;
  asKnownOn?: string;
  /** --max-staleness: a row whose queried day is further than this past its newest evidence is stale. */
  maxStaleness?: Staleness;
}

/** Answers and days are kept up to this many, then dropped all at once, so memory stays flat. */
const CACHE_LIMIT = 20_000;

/**
 * The four resolutions are kept by their text, and the answer by the resolved query, which
 * many texts share (an alias and an id, two links of one source). The verdict and deciding
 * rule come from the verdict index, which agrees with check() by construction
 * (test/engine/verdict-index.test.ts). The index holds the record as it stands, so with
 * --as-known-on every answer is check()'s.
 */
export function queryAnswerer(catalog: Catalog, options: QueryAnswerOptions): (text: QueryText) => Shared {
  const steps: Steps = memoisedSteps(catalog, options.now);
  const index = options.asKnownOn === undefined ? buildVerdictIndex(catalog) : undefined;
  const whys = new Whys(catalog);
  let answers = new Map<string, Answer>();
  const answerOf = (query: ResolvedQuery): Answer => {
    // An ambiguous link and an unrecognised one both ask about no source: only the second is covered by rules for any source.
    const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.at}\u0000${query.precision}\u0000${query.ambiguousLink === true}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = answerQuery(catalog, options.asKnownOn ? { ...query, asKnownOn: options.asKnownOn } : query);
      if (answers.size >= CACHE_LIMIT) answers = new Map();
      answers.set(key, answer);
    }
    return answer;
  };
  const zones = new Map<string, string>();
  for (const platform of catalog.platforms.values()) zones.set(platform.id, platform.timeZone);
  const staleness = stalenessOf(zones, options, answerOf);
  return (text) => {
    let resolved: { query: ResolvedQuery; link: LinkInput | null };
    try {
      resolved = resolveQuery(catalog, text, options.now, steps);
    } catch (error) {
      return new Kept(null, null, null, null, null, expected(error), error as InputError | DataError, null);
    }
    const { query, link } = resolved;
    let decision: Decision | undefined;
    try {
      decision = index?.decision(query);
    } catch (error) {
      // A key the index does not hold (a group no source belongs to): check() answers it.
      if (!(error instanceof InputError)) throw error;
    }
    if (decision === undefined) {
      const answer = answerOf(query);
      return new Kept(answer.verdict, answer.rule, answer, null, link, null, undefined, staleness(query));
    }
    return new Kept(decision.verdict, decision.rule, () => answerOf(query), () => whyOf(index!, whys, query, decision, zones.get(query.platform)!), link, null, undefined, staleness(query));
  };
}

/** The why of a query the index decided: a group's from its members' decisions. */
function whyOf(index: VerdictIndex, whys: Whys, query: ResolvedQuery, decision: Decision, zone: string): Why {
  if (query.group === undefined) return whys.of(decision, zone);
  const ids = whys.membersOf(query.group);
  return whys.ofGroup(ids.map((source) => index.decision({ platform: query.platform, source, surface: query.surface, at: query.at })), ids, zone);
}

/**
 * Staleness, as the single check's freshness gives it: the newest evidence depends on the
 * platform, source and surface only, not on the instant (one check per key, however many
 * dates a plan asks about); the queried day is kept by instant, and the record by the pair.
 */
function stalenessOf(zones: ReadonlyMap<string, string>, options: QueryAnswerOptions, answerOf: (query: ResolvedQuery) => Answer): (query: ResolvedQuery) => StaleRecord | null {
  const limit = options.maxStaleness;
  const newest = new Map<string, string | null>();
  let days = new Map<string, Map<number, string>>();
  let records = new Map<string, Map<string, StaleRecord | null>>();
  let kept = 0;
  return (query) => {
    if (limit === undefined) return null;
    const key = `${query.platform}\u0000${query.group !== undefined ? `group:${query.group}` : (query.source ?? '')}\u0000${query.surface}\u0000${query.ambiguousLink === true}`;
    let newestEvidence = newest.get(key);
    if (newestEvidence === undefined) {
      newestEvidence = answerOf(query).freshness.newestEvidence;
      newest.set(key, newestEvidence);
    }
    if (newestEvidence === null) return null;
    if (kept >= CACHE_LIMIT) {
      days = new Map();
      records = new Map();
      kept = 0;
    }
    const zone = zones.get(query.platform)!;
    let dayOf = days.get(zone);
    if (dayOf === undefined) days.set(zone, (dayOf = new Map()));
    let queriedDay = dayOf.get(query.at);
    if (queriedDay === undefined) {
      queriedDay = formatInstant(query.at, zone).slice(0, 10);
      dayOf.set(query.at, queriedDay);
      kept++;
    }
    let byDay = records.get(newestEvidence);
    if (byDay === undefined) records.set(newestEvidence, (byDay = new Map()));
    let record = byDay.get(queriedDay);
    if (record === undefined) {
      record = beyondStaleness(newestEvidence, queriedDay, limit) ? { newestEvidence, queriedDay, limit } : null;
      byDay.set(queriedDay, record);
      kept++;
    }
    return record;
  };
}

/** Every kept answer has this one shape, so that reading one per row stays a plain field load. */
class Kept implements Shared {
  memo: Record<string, string> = {};
  encoded: Record<string, Uint8Array> = {};
  private made: Answer | (() => Answer) | null;
  private madeWhy: Why | (() => Why) | null;

  constructor(
    readonly verdict: Verdict | null,
    readonly rule: CompiledRule | null,
    answer: Answer | (() => Answer) | null,
    why: (() => Why) | null,
    readonly link: LinkInput | null,
    readonly message: string | null,
    readonly error: InputError | DataError | undefined,
    readonly stale: StaleRecord | null,
  ) {
    this.made = answer;
    this.madeWhy = why;
  }

  /** The whole answer, made the first time a report reads it. */
  get answer(): Answer | null {
    if (typeof this.made === 'function') this.made = this.made();
    return this.made;
  }

  get why(): Why | null {
    if (typeof this.madeWhy === 'function') this.madeWhy = this.madeWhy();
    else if (this.madeWhy === null && this.message === null) this.madeWhy = whyOfAnswer(this.answer!);
    return this.madeWhy;
  }
}

/** The message of an expected failure; anything else is a bug and goes on up. */
export function expected(error: unknown): string {
  if (error instanceof InputError || error instanceof DataError) return errorMessage(error);
  throw error;
}
