// The one wording of a row's answer, for every report that words it (text,
// JUnit, annotations, Markdown): the reason as --ndjson gives it, the group's
// members when they differ, a dispute, staleness; an error row's reason.
import type { Words } from '../i18n/words.js';
import { describeAge } from './age.js';
import type { RowReason, RowView } from './batch-row-view.js';

export function rowWhy(view: RowView, words: Words): string {
  if (view.message !== null) return view.message;
  const { say } = words;
  const parts = view.reason === null ? [] : [reasonWords(view.reason, words)];
  if (view.disputed) parts.push(say('batch.why.disputed'));
  if (view.stale) {
    const { newestEvidence, queriedDay, limit } = view.stale;
    parts.push(say('batch.why.stale', { newest: words.date(newestEvidence), age: describeAge(newestEvidence, queriedDay, words.lang), limit: limit.text }));
  }
  return parts.join(say('batch.why.join'));
}

function reasonWords(reason: RowReason, words: Words): string {
  const { say } = words;
  switch (reason.kind) {
    case 'in-force':
      return say('batch.why.rule', { rule: reason.rule });
    case 'phase-in':
      return say('batch.why.phaseIn', { rule: reason.rule, until: words.dateTime(reason.until) });
    case 'imprecise-start':
      return say('batch.why.imprecise', { rule: reason.rule, from: words.dateTime(reason.from), to: words.dateTime(reason.to) });
    case 'no-rule':
      return say('batch.why.noRule');
    case 'members-differ':
      return say('batch.why.membersDiffer', {
        members: reason.members
          .map((member) =>
            member.rule === null
              ? say('batch.why.memberNoRule', { source: member.source, verdict: say(`verdict.${member.verdict}`) })
              : say('batch.why.member', { source: member.source, verdict: say(`verdict.${member.verdict}`), rule: member.rule }),
          )
          .join(say('common.comma')),
      });
  }
}
