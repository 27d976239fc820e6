// The answer on the page: the verdict in words, mark and colour, the question as the
// road read it, why, the deciding rule, the rules it overrides, a group's members, every
// quote with its source, the dispute, the notes on the query, the staleness warning, and
// the answer as linkcheck --json prints it. Built from the same answer data and the same
// words as the command line's answer (src/render/text.ts).
import type { Asked } from '../query/index.js';
import type { CitedEvidence, Verdict } from '../engine/check.js';
import { statusOf } from '../engine/evidence-strength.js';
import { wordsFor, type Lang, type Words } from '../i18n/index.js';
import { textIn } from '../model/text.js';
import { formatCivil, formatClock } from '../time/moment.js';
import { isAmbiguousLink, standingFor } from '../link/named-input.js';
import { linkReason, linkSubject, unrecognisedNote } from '../render/link.js';
import { renderJson } from '../render/json.js';
import { nameOf } from '../render/names.js';
import { staleWarning } from '../render/text.js';
import { symbolOf } from '../render/verdict-marks.js';
import { describePeriod, describePublished, impreciseWords, phaseInWords, statusWord } from '../render/views.js';
import { addressLink, el, type Child } from './dom.js';

export function answerView({ answer, link }: Asked, lang: Lang): HTMLElement {
  const words = wordsFor(lang);
  const { say } = words;
  const zone = answer.platform.timeZone;
  const civil = (instant: number) => words.dateTime(formatCivil(instant, zone));
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, lang);
  const source = answer.group ? nameOf(answer.group.group, lang) : answer.source ? nameOf(answer.source, lang) : link ? say(isAmbiguousLink(link) ? 'check.inDoubt' : 'check.unrecognised', { what: linkSubject(link, words) }) : say('check.unrecognisedSource');
  const atCivil = answer.now ? formatClock(answer.at, zone) : formatCivil(answer.at, zone);
  const when = answer.precision === 'day' ? say('check.onDay', { day: words.date(atCivil.slice(0, 10)) }) : say('check.atTime', { time: words.dateTime(atCivil) });
  const place = { platform: nameOf(answer.platform, lang), surface: nameOf(answer.surface, lang) };

  const rows: Child[] = [];
  const row = (label: string, ...content: Child[]) => rows.push(el('dt', {}, label), el('dd', {}, ...content));

  if (link) {
    const stood = standingFor(link);
    const stands = stood ? nameOf(stood, lang) : say('check.noKnownSource');
    row(say('page.answer.recognised'), el('p', {}, say('check.linkRow', { subject: linkSubject(link, words), source: stands, reason: linkReason(link, words) })), stood || isAmbiguousLink(link) ? null : el('p', { class: 'quiet' }, unrecognisedNote(link, words)));
  }
  const why = whyText(answer, link, words, civil, place);
  if (why.length > 0) row(say('page.answer.why'), ...why.map((line) => el('p', {}, line)));
  if (answer.rule) {
    const { rule } = answer;
    row(
      say('page.answer.rule'),
      el('p', { class: 'rule', 'data-rule': rule.rule.id }, say('check.ruleRow', { rule: rule.rule.id, effect: say(`effect.${rule.rule.effect}`), period: describePeriod(rule, words), status: statusWord(rule.rule.status, words) })),
      // Empty as known on a day before the last of the rule's evidence (engine/known-on.ts): the rule's row says what was known.
      text(rule.rule.summary) === '' ? null : el('p', {}, text(rule.rule.summary)),
      rule.rule.note ? el('p', { class: 'quiet' }, text(rule.rule.note)) : null,
      el('p', { class: 'quiet' }, say('page.answer.file', { file: rule.file })),
    );
  }
  if (answer.overridden.length > 0) {
    row(say('page.answer.overrides'), el('ul', {}, ...answer.overridden.map((overridden) => el('li', {}, say('check.overrideRow', { rule: overridden.rule.id, effect: say(`effect.${overridden.rule.effect}`), period: describePeriod(overridden, words) })))));
  }
  if (answer.group) {
    row(
      say('page.answer.members'),
      el(
        'ul',
        {},
        ...answer.group.members.map((member) =>
          el(
            'li',
            {},
            verdictMark(member.verdict, words),
            ' ',
            member.rule
              ? say('check.member', { source: nameOf(member.source!, lang), verdict: say(`verdict.${member.verdict}`), rule: member.rule.rule.id, status: [statusWord(member.rule.rule.status, words), ...(member.dispute ? [statusWord('disputed', words)] : [])].join(say('common.comma')) })
              : say('check.memberNoRule', { source: nameOf(member.source!, lang), verdict: say(`verdict.${member.verdict}`) }),
          ),
        ),
      ),
    );
  }
  if (answer.evidence.length > 0) row(say('page.answer.evidence'), evidenceList(answer.evidence, words));
  if (answer.untilEvidence.length > 0) row(say('page.answer.endEvidence'), evidenceList(answer.untilEvidence, words));
  if (answer.dispute) {
    row(say('page.answer.dispute'), el('p', {}, text(answer.dispute.claim)), el('p', {}, text(answer.dispute.decision)), answer.dispute.evidence.length > 0 ? evidenceList(answer.dispute.evidence, words) : null);
  }
  const notes: string[] = [];
  if (answer.asKnownOn) notes.push(`${say('check.label.asKnownOn')} ${say('check.asKnownOn', { date: words.date(answer.asKnownOn) })}`);
  if (answer.changesDuringDay.length > 0) notes.push(say('check.changes', { times: answer.changesDuringDay.map((instant) => formatCivil(instant, zone).slice(11)).join(say('common.comma')) }));
  if (notes.length > 0) row(say('page.answer.notes'), ...notes.map((note) => el('p', {}, note)));

  return el(
    'article',
    { class: 'answer', 'data-verdict': answer.verdict },
    el('p', { class: `verdict verdict-${answer.verdict}`, 'data-verdict': answer.verdict }, verdictMark(answer.verdict, words), ' ', el('strong', {}, say(`verdict.${answer.verdict}`))),
    el('p', { class: 'question' }, say('page.answer.question', { source, ...place, when, zone })),
    answer.freshness.stale ? el('div', { class: 'stale', role: 'note' }, el('strong', {}, say('page.answer.stale')), ' ', staleWarning(answer, words)) : null,
    el('dl', {}, ...rows),
    el('details', { class: 'json' }, el('summary', {}, say('page.answer.json')), el('pre', {}, renderJson(answer, link))),
  );
}

/** The verdict's mark, beside its word: the colour is never the only sign. */
function verdictMark(verdict: Verdict, words: Words): HTMLElement {
  return el('span', { class: `mark verdict-${verdict}`, 'aria-hidden': 'true', title: words.say(`verdict.${verdict}`) }, symbolOf(verdict, 'unicode'));
}

/** Why the answer is what it is, as the command line's short answer says it. */
function whyText(answer: Asked['answer'], link: Asked['link'], words: Words, civil: (instant: number) => string, place: { platform: string; surface: string }): string[] {
  const { say, lang } = words;
  const deciding = answer.rule ?? answer.group?.members.find((member) => member.rule)?.rule ?? null;
  switch (answer.reason) {
    case 'no-rule': {
      // A link in doubt is taken for no source, and no rule applies to it (its row above says why).
      if (link && isAmbiguousLink(link)) return [say('check.noRuleForDoubt')];
      const subject = answer.group ? nameOf(answer.group.group, lang) : answer.source ? nameOf(answer.source, lang) : link ? linkSubject(link, words) : say('check.thisLink');
      return [
        say('check.noRule', { subject, ...place }),
        ...(answer.lastKnown ? [say('check.lastKnown', { rule: answer.lastKnown.rule.id, effect: say(`effect.${answer.lastKnown.rule.effect}`), time: civil(answer.lastKnown.end) })] : []),
        ...(answer.next ? [say('check.next', { time: civil(answer.next.start), rule: answer.next.rule.id })] : []),
      ];
    }
    case 'imprecise-start': {
      const decided = answer.rule ? answer : answer.group?.members.find((member) => member.rule);
      return decided ? [impreciseWords(decided, words)] : [];
    }
    case 'phase-in':
      return deciding ? [phaseInWords(deciding, say, civil)] : [];
    case 'members-differ':
      return [say('check.membersDiffer', { group: nameOf(answer.group!.group, lang) })];
    case 'in-force':
      return [];
  }
}

/** Each quote with where it comes from: publisher, title, day, status, and the address as a link. */
function evidenceList(evidence: readonly CitedEvidence[], words: Words): HTMLElement {
  const { say, lang } = words;
  return el(
    'ul',
    { class: 'evidence' },
    ...evidence.map((item) => {
      const publisher = item.kind === 'seed' ? textIn(item.document.publisher, lang) : textIn(item.publisher, lang);
      const title = item.kind === 'seed' ? item.document.title : item.title;
      const published = describePublished(item.kind === 'seed' ? item.document.published : item.published, words);
      const url = item.kind === 'seed' ? item.document.url : item.url;
      const cited = [publisher, title === undefined ? undefined : say('citation.title', { title }), say('page.evidence.published', { date: published })].filter((part) => part !== undefined && part !== '');
      return el(
        'li',
        {},
        el('blockquote', {}, `“${item.quote}”`),
        el('p', { class: 'cite' }, `— ${cited.join(say('common.comma'))}`),
        el('p', { class: 'cite' }, say('page.evidence.status', { status: statusWord(statusOf(item), words) })),
        url ? el('p', { class: 'cite' }, addressLink(url)) : null,
        item.kind === 'seed' ? el('p', { class: 'cite' }, say('page.evidence.seed', { file: item.document.file })) : null,
        item.note ? el('p', { class: 'quiet' }, textIn(item.note, lang)) : null,
      );
    }),
  );
}
