// The --json answer: one object, stable field names, canonical ids.
import type { Answer } from '../engine/check.js';
import { formatInstant } from '../time/moment.js';
import type { LinkInput } from '../link/types.js';
import { linkView } from './link.js';
import { safeJson } from './safe.js';
import { disputeView, evidenceView, ruleView } from './views.js';

/** link: what the source argument was recognised as, when it was a link or share text. */
export function answerToJson(answer: Answer, link: LinkInput | null = null) {
  const zone = answer.platform.timeZone;
  return {
    platform: answer.platform.id,
    source: answer.source?.id ?? null,
    link: link ? linkView(link) : null,
    surface: answer.surface.id,
    at: formatInstant(answer.at, zone),
    timeZone: zone,
    verdict: answer.verdict,
    reason: answer.reason,
    rule: answer.rule ? ruleView(answer.rule) : null,
    overridden: answer.overridden.map(ruleView),
    evidence: answer.evidence.map(evidenceView),
    untilEvidence: answer.untilEvidence.map(evidenceView),
    next: answer.next ? ruleView(answer.next) : null,
    lastKnown: answer.lastKnown ? ruleView(answer.lastKnown) : null,
    changesDuringDay: answer.changesDuringDay.map((instant) => formatInstant(instant, zone)),
    dispute: answer.dispute ? disputeView(answer.dispute) : null,
    asKnownOn: answer.asKnownOn,
    freshness: answer.freshness,
    group: answer.group
      ? {
          id: answer.group.group.id,
          members: answer.group.members.map((member) => ({ source: member.source?.id ?? null, verdict: member.verdict, reason: member.reason, rule: member.rule ? ruleView(member.rule) : null, dispute: member.dispute ? disputeView(member.dispute) : null })),
        }
      : null,
  };
}

export function renderJson(answer: Answer, link: LinkInput | null = null): string {
  return safeJson(answerToJson(answer, link));
}
