// The answer for people: the verdict on one line, then why.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Answer, Verdict } from '../engine/check.js';
import { formatMessage } from '../engine/messages.js';
import { formatCivil } from '../engine/moment.js';
import { describeAge } from '../engine/staleness.js';
import type { LinkInput } from '../link/types.js';
import { linkReason, linkSubject } from './link.js';
import { safeData } from './safe.js';
import { citation, describePeriod } from './views.js';

export interface TextOptions {
  /** chalk colour level: 0 for none. */
  colourLevel: 0 | 1 | 2 | 3;
}

const LABEL_WIDTH = 13;

/** With a link: the answer also shows what the link was recognised as, and why. */
export function renderText(rawAnswer: Answer, options: TextOptions, rawLink: LinkInput | null = null): string {
  // Names, summaries, quotes and the link come from rule files and arguments: made safe once, here.
  const answer = safeData(rawAnswer);
  const link = safeData(rawLink);
  const paint = new Chalk({ level: options.colourLevel });
  const lines = [headline(answer, link, paint)];
  const row = (label: string, text: string) => lines.push(`  ${paint.dim(label.padEnd(LABEL_WIDTH))}${text}`);
  const more = (text: string) => lines.push(`  ${' '.repeat(LABEL_WIDTH)}${text}`);
  const civil = (instant: number) => formatCivil(instant, answer.platform.timeZone);

  if (link) {
    row('link', `${linkSubject(link)} → ${link.source?.id ?? 'no known source'} (${linkReason(link)})`);
    if (!link.source) more(paint.dim('only rules for any source apply to a link whose source is not recognised'));
  }
  const { rule } = answer;
  switch (answer.reason) {
    case 'no-rule':
      row('why', `no rule on record covers ${answer.group?.group.id ?? answer.source?.id ?? (link ? linkSubject(link) : 'this link')} on ${answer.platform.id} ${answer.surface.id} at this time`);
      if (answer.lastKnown) more(`the last rule on record for it, ${answer.lastKnown.rule.id} (${answer.lastKnown.rule.effect}), ended ${civil(answer.lastKnown.end)}; nothing later is on record`);
      if (answer.next) more(`the record for it begins ${civil(answer.next.start)} (rule ${answer.next.rule.id})`);
      break;
    case 'imprecise-start':
      row('why', `the change below took effect at a moment the record does not narrow down, between ${civil(rule!.start)} and ${civil(rule!.certainFrom)}`);
      break;
    case 'phase-in':
      row('why', `the change below is rolling out from ${civil(rule!.certainFrom)} until ${civil(rule!.phaseInUntil!)}; a given link may or may not work yet`);
      break;
    case 'members-differ':
      row('why', `the sources of ${answer.group!.group.id} get different answers; ask about one of them for a verdict`);
      break;
    case 'in-force':
      break;
  }
  if (answer.group) {
    answer.group.members.forEach((member, index) => {
      const decidedBy = member.rule ? ` by ${member.rule.rule.id} (${member.rule.rule.status}${member.dispute ? ', disputed' : ''})` : ' (no rule on record)';
      row(index === 0 ? 'members' : '', `${member.source!.id}: ${member.verdict}${decidedBy}`);
    });
  }
  if (rule) {
    row('rule', `${paint.bold(rule.rule.id)}: ${rule.rule.effect} ${describePeriod(rule)} (${rule.rule.status})`);
    more(rule.rule.summary);
    if (rule.rule.note) more(paint.dim(rule.rule.note));
  }
  answer.overridden.forEach((overridden, index) => {
    row(index === 0 ? 'overrides' : '', `${overridden.rule.id}: ${overridden.rule.effect} ${describePeriod(overridden)}`);
  });
  answer.evidence.forEach((evidence, index) => {
    row(index === 0 ? 'evidence' : '', `“${evidence.quote}”`);
    more(paint.dim(`— ${citation(evidence)}`));
    if (evidence.note) more(paint.dim(evidence.note));
  });
  if (answer.dispute) {
    row('disputed', answer.dispute.claim);
    more(answer.dispute.decision);
    for (const evidence of answer.dispute.evidence) {
      more(`“${evidence.quote}”`);
      more(paint.dim(`— ${citation(evidence)}`));
    }
  }
  if (answer.asKnownOn) row('as known on', `${answer.asKnownOn}: only evidence published by then counts`);
  if (answer.changesDuringDay.length > 0) {
    const times = answer.changesDuringDay.map((instant) => civil(instant).slice(11)).join(', ');
    row('note', `the answer changes during this day at ${times}; give a time to ask about a moment`);
  }
  return `${lines.join('\n')}\n`;
}

/** The one-line freshness warning, for stderr. */
export function staleWarning(answer: Answer): string {
  const subject = `${answer.group?.group.id ?? answer.source?.id ?? 'this link'} on ${answer.platform.id} ${answer.surface.id}`;
  const { newestEvidence, queriedDay, reviewed } = answer.freshness;
  const age = newestEvidence ? describeAge(newestEvidence, queriedDay) : undefined;
  return formatMessage('stale-record', { subject, newest: String(newestEvidence), ...(age ? { age } : {}), ...(reviewed ? { reviewed } : {}) });
}

function headline(answer: Answer, link: LinkInput | null, paint: ChalkInstance): string {
  const verdict = paintVerdict(answer.verdict, paint);
  const zone = answer.platform.timeZone;
  const when = answer.precision === 'day' ? `on ${formatCivil(answer.at, zone).slice(0, 10)}` : `at ${formatCivil(answer.at, zone)}`;
  const unrecognised = !link ? 'source' : link.kind === 'link' ? `link ${link.host}` : linkSubject(link);
  const source = answer.group ? `${answer.group.group.id} (group: ${answer.group.members.map((member) => member.source!.id).join(', ')})` : answer.source?.id ?? `unrecognised ${unrecognised}`;
  return `${verdict}  ${source} · ${answer.platform.id} ${answer.surface.id} · ${when} (${zone})${certainty(answer)}`;
}

/** How sure the answer is, on the verdict line: the deciding rules' status, and "disputed". */
function certainty(answer: Answer): string {
  const deciding = answer.group && !answer.rule ? answer.group.members : [answer];
  const statuses = [...new Set(deciding.flatMap((member) => (member.rule ? [member.rule.rule.status] : [])))];
  const disputed = deciding.some((member) => member.dispute !== null);
  const parts = [...statuses, ...(disputed ? ['disputed'] : [])];
  return parts.length > 0 ? ` · ${parts.join(', ')}` : '';
}

function paintVerdict(verdict: Verdict, paint: ChalkInstance): string {
  switch (verdict) {
    case 'allowed':
      return paint.bold.green(verdict);
    case 'denied':
      return paint.bold.red(verdict);
    case 'rolling-out':
      return paint.bold.yellow(verdict);
    case 'unknown':
      return paint.bold.magenta(verdict);
  }
}
