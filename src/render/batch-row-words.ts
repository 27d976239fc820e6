// The one wording of a row's answer, for every report that words it (text,
// JUnit, annotations, Markdown): the reason as --ndjson gives it, the group's
// members when they differ, a dispute, staleness; an error row's reason.
import type { Words } from '../i18n/words.js';
import { describeAge } from './age.js';
import { shownMessage, type RowReason, type RowView } from './batch-row-view.js';
import { errorText } from './error.js';
import type { StaleRecord } from '../batch/answer-rows.js';

export function rowWhy(view: RowView, words: Words): string {
  let kept = keptWords.get(words);
  if (kept === undefined) keptWords.set(words, (kept = { reasons: new WeakMap(), stale: new WeakMap(), errors: new WeakMap() }));
  if (view.message !== null) return errorWhy(view, words, kept.errors);
  const { say } = words;
  // Rows of one stretch share their reason, and rows of one day their staleness (see rowView): each is worded once.
  let text: string | undefined;
  if (view.reason !== null) {
    let reason = kept.reasons.get(view.reason);
    if (reason === undefined) kept.reasons.set(view.reason, (reason = {}));
    text = view.disputed ? (reason.disputed ??= reasonWords(view.reason, words) + say('batch.why.join') + say('batch.why.disputed')) : (reason.plain ??= reasonWords(view.reason, words));
  } else if (view.disputed) {
    text = say('batch.why.disputed');
  }
  if (view.stale) {
    const record = view.stale;
    let stale = kept.stale.get(record);
    if (stale === undefined) {
      const { newestEvidence, queriedDay, limit } = record;
      stale = say('batch.why.stale', { newest: words.date(newestEvidence), age: describeAge(newestEvidence, queriedDay, words.lang), limit: limit.text });
      kept.stale.set(record, stale);
    }
    text = text === undefined ? stale : text + say('batch.why.join') + stale;
  }
  if (view.dayChange) {
    const change = say('batch.why.dayChange', { time: view.dayChange.time, verdict: say(`verdict.${view.dayChange.verdict}`) });
    text = text === undefined ? change : text + say('batch.why.join') + change;
  }
  return text ?? '';
}

/** Each language's words for a reason (plain and disputed), a staleness record and an error, by the object the row view shares. */
const keptWords = new WeakMap<Words, { reasons: WeakMap<RowReason, { plain?: string; disputed?: string }>; stale: WeakMap<StaleRecord, string>; errors: WeakMap<object, string> }>();

/**
 * An error row's reason in the reader's language, from its message id, as the command line words
 * the same error: the English message the row view holds, else the catalogue's words, once per
 * error (rows that share an answer share its error).
 */
function errorWhy(view: RowView, words: Words, errors: WeakMap<object, string>): string {
  const { error } = view;
  if (words.lang === 'en' || error === null) return view.message!;
  let text = errors.get(error);
  if (text === undefined) errors.set(error, (text = shownMessage(errorText(error, words.lang))));
  return text;
}

function reasonWords(reason: RowReason, words: Words): string {
  const { say } = words;
  switch (reason.kind) {
    case 'in-force':
      return say('batch.why.rule', { rule: reason.rule });
    case 'phase-in':
      return reason.until === null ? say('batch.why.phaseInOpen', { rule: reason.rule }) : say('batch.why.phaseIn', { rule: reason.rule, until: words.dateTime(reason.until) });
    case 'imprecise-start':
      return say('batch.why.imprecise', { rule: reason.rule, from: words.dateTime(reason.from), to: words.dateTime(reason.to) });
    case 'imprecise-tie':
      return say('batch.why.impreciseTie', { rule: reason.rule, day: words.date(reason.day) });
    case 'no-rule':
      return say('batch.why.noRule');
    case 'link-in-doubt':
      return say('batch.why.linkInDoubt');
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
