// One answer, or the reason there is none, shared by every row of a batch that asks the same
// (answer-queries.ts): its verdict and deciding rule at once, its whole answer and its why made
// when a report first reads them.
import type { CompiledRule } from '../engine/catalog.js';
import type { Answer, Verdict } from '../engine/check.js';
import type { DataError, InputError } from '../errors/errors.js';
import type { Decision, VerdictChange, VerdictQuery } from '../engine/verdict-index.js';
import type { LinkInput } from '../link/types.js';
import type { Platform, Surface } from '../model/types.js';
import type { QueryTime } from '../time/query-time.js';
import type { StaleRecord } from './kept-cells.js';
import { whyOfAnswer, type Why } from './row-why.js';

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
  /** For a day, asked at its start: when its verdict changes before the day ends, and to what; else null. */
  dayChange: DayChange | null;
  /** Renderers keep their text for it here, made when first needed. */
  readonly memo: Record<string, string>;
  /**
   * The text report's words for it after the line number, as UTF-8 (see placeEncoded), made when
   * first needed: where they lie in a slab many share, in fields of its own, so that a row
   * reaches them through no other object.
   */
  wordsSlab?: Uint8Array | undefined;
  wordsAt?: number;
  wordsLength?: number;
  /** The JSON reports' fields of its answer, as UTF-8 (writeRowJson), made when first needed. */
  jsonBytes?: Uint8Array | undefined;
}

/** A day's verdict changing before the day ends: the instant, its time of day in the platform's zone (20:00), and the verdict from then on. */
export interface DayChange extends VerdictChange {
  time: string;
}

/** What a source's text asks about, as resolveQuery reads it: one object for all the texts that ask alike. */
export interface Asks {
  source: string | null;
  group: string | undefined;
  ambiguousLink: boolean;
}

/**
 * One platform, surface and source (or group): the verdict index's key, and its newest evidence
 * once asked. Shared by every text that asks alike (a name, its aliases, its links), so that a
 * plan's thousands of links on a source make one placement a surface, not one each (#18).
 */
export interface Placement {
  platform: Platform;
  surface: Surface;
  asks: Asks;
  query: Omit<VerdictQuery, 'at'>;
  /** The index's decision at an instant, the placement's timeline found once; or the InputError the index gave for it. */
  decide: ((at: number) => Decision) | InputError;
  /** The index's first change of verdict between two instants (VerdictIndex.changer); unused when decide is an InputError. */
  change: (from: number, to: number) => VerdictChange | null;
  newest: string | null | undefined;
}

/** How a kept answer of the index makes its whole answer and its why, when a report first reads them. */
export interface Context {
  answer(kept: Kept): Answer;
  why(kept: Kept): Why;
}

/**
 * Every kept answer has this one shape, so that reading one per row stays a plain field load.
 * The fields every row reads come first, so that they lie in one line of memory.
 */
export class Kept implements Shared {
  readonly verdict: Verdict | null;
  readonly message: string | null;
  readonly stale: StaleRecord | null;
  readonly dayChange: DayChange | null;
  wordsSlab: Uint8Array | undefined = undefined;
  wordsAt = 0;
  wordsLength = 0;
  readonly rule: CompiledRule | null;
  readonly link: LinkInput | null;
  readonly error: InputError | DataError | undefined;
  private readonly context: Context | null;
  readonly placement: Placement | null;
  readonly time: QueryTime | null;
  private made: Answer | null;
  private madeMemo: Record<string, string> | undefined = undefined;
  private madeWhy: Why | null = null;
  jsonBytes: Uint8Array | undefined = undefined;

  constructor(
    verdict: Verdict | null,
    rule: CompiledRule | null,
    link: LinkInput | null,
    message: string | null,
    error: InputError | DataError | undefined,
    stale: StaleRecord | null,
    dayChange: DayChange | null,
    context: Context | null,
    placement: Placement | null,
    time: QueryTime | null,
    made: Answer | null,
  ) {
    this.verdict = verdict;
    this.message = message;
    this.stale = stale;
    this.dayChange = dayChange;
    this.rule = rule;
    this.link = link;
    this.error = error;
    this.context = context;
    this.placement = placement;
    this.time = time;
    this.made = made;
  }

  get memo(): Record<string, string> {
    return (this.madeMemo ??= {});
  }

  /** The whole answer, made the first time a report reads it. */
  get answer(): Answer | null {
    if (this.made === null && this.context !== null) this.made = this.context.answer(this);
    return this.made;
  }

  get why(): Why | null {
    if (this.madeWhy === null && this.message === null) this.madeWhy = this.context !== null ? this.context.why(this) : whyOfAnswer(this.answer!);
    return this.madeWhy;
  }
}
