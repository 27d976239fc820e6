// The parts of a row's kept answer (shared-answer.ts Kept) that answer-queries.ts makes beside the
// verdict index's: the query a placement stands for at a time, the why a report words, a day's
// change of verdict, and the message of a failure the batch expects.
import type { Verdict } from '../engine/check.js';
import type { VerdictIndex } from '../engine/verdict-index.js';
import { DataError, InputError } from '../errors/errors.js';
import { errorMessage } from '../i18n/error-words.js';
import type { ResolvedQuery } from '../query/ask.js';
import { formatCivil } from '../time/moment.js';
import type { QueryTime } from '../time/query-time.js';
import type { Whys, Why } from './row-why.js';
import type { DayChange, Kept, Placement } from './shared-answer.js';

/** A day's change of verdict, with its time of day in the zone as reports word it (20:00). */
export function dayChangeAt(at: number, verdict: Verdict, zone: string): DayChange {
  return { at, verdict, time: formatCivil(at, zone).slice(11) };
}

/** The query resolveQuery makes, with its fields in the same order. */
export function queryOf(placement: Placement, time: QueryTime): ResolvedQuery {
  const { asks } = placement;
  const query = { platform: placement.platform.id, source: asks.source } as ResolvedQuery;
  if (asks.ambiguousLink) query.ambiguousLink = true;
  query.surface = placement.surface.id;
  query.at = time.at;
  query.precision = time.precision;
  if (time.now) query.now = true;
  if (time.dayEnd !== undefined) query.dayEnd = time.dayEnd;
  if (asks.group !== undefined) query.group = asks.group;
  return query;
}

/** The why of a row the index decided: a group's from its members' decisions. */
export function whyOf(index: VerdictIndex, whys: Whys, kept: Kept): Why {
  const placement = kept.placement!;
  const zone = placement.platform.timeZone;
  const query = placement.query;
  const decision = { verdict: kept.verdict!, rule: kept.rule };
  if (query.group === undefined) return whys.of(decision, zone);
  const ids = whys.membersOf(query.group);
  const at = kept.time!.at;
  return whys.ofGroup(ids.map((source) => index.decision({ platform: query.platform, source, surface: query.surface, at })), ids, zone);
}

/** The message of an expected failure; anything else is a bug and goes on up. */
export function expected(error: unknown): string {
  if (error instanceof InputError || error instanceof DataError) return errorMessage(error);
  throw error;
}
