// The library's written-out types (types.ts) and the code behind them agree, or
// this file does not compile: the answer the JSON renderer makes is a LinkAnswer
// and the other way round, and the engine's verdicts and queries are the API's.
import type { Reason as EngineReason, Verdict as EngineVerdict } from '../engine/check.js';
import type { VerdictQuery as EngineVerdictQuery } from '../engine/verdict-index.js';
import type { answerToJson } from '../render/json.js';
import type { Summary } from '../batch/summary.js';
import type { PlanInput as EnginePlanInput } from './answer-plan.js';
import type { planBytes } from './plan-bytes-argument.js';
import type { LinkAnswer, PlanInput, PlanSummary, Reason, Verdict, VerdictQuery } from './types.js';

/** true when A and B are the same type, false otherwise (assignability both ways is not enough for optional fields). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type Agreement = [
  Same<ReturnType<typeof answerToJson>, LinkAnswer>,
  Same<EngineVerdict, Verdict>,
  Same<EngineReason, Reason>,
  Same<EngineVerdictQuery, VerdictQuery>,
  Same<Summary, PlanSummary>,
  // A plan the library takes is one answerPlan takes (its encoding is checked as --encoding is), its
  // bytes once planBytes has read them (an ArrayBuffer as a Uint8Array).
  Omit<PlanInput, 'encoding' | 'bytes'> extends Omit<EnginePlanInput, 'encoding' | 'bytes'> ? true : false,
  ReturnType<typeof planBytes> extends EnginePlanInput['bytes'] ? true : false,
];

/** Each entry must be true: a type that no longer agrees makes this assignment fail. */
export const AGREE: Agreement = [true, true, true, true, true, true, true];
