// The --json answer: one object, stable field names, canonical ids.
import type { Answer } from '../engine/check.js';
import { formatInstant } from '../engine/moment.js';
import { evidenceView, ruleView } from './views.js';

export function answerToJson(answer: Answer) {
  const zone = answer.platform.timeZone;
  return {
    platform: answer.platform.id,
    source: answer.source?.id ?? null,
    surface: answer.surface.id,
    at: formatInstant(answer.at, zone),
    timeZone: zone,
    verdict: answer.verdict,
    reason: answer.reason,
    rule: answer.rule ? ruleView(answer.rule) : null,
    overridden: answer.overridden.map(ruleView),
    evidence: answer.evidence.map(evidenceView),
    next: answer.next ? ruleView(answer.next) : null,
    changesDuringDay: answer.changesDuringDay.map((instant) => formatInstant(instant, zone)),
    dispute: answer.dispute ? { claim: answer.dispute.claim, decision: answer.dispute.decision, evidence: answer.dispute.evidence.map(evidenceView) } : null,
    asKnownOn: answer.asKnownOn,
    freshness: answer.freshness,
  };
}

export function renderJson(answer: Answer): string {
  return `${JSON.stringify(answerToJson(answer), null, 2)}\n`;
}
