// The answer for people: the verdict on one line, then why, in the reader's language.
import { Chalk } from 'chalk';
import type { Answer, Verdict } from '../engine/check.js';
import { formatCivil } from '../engine/moment.js';
import { CHECK_ENGLISH, type CheckWords } from '../i18n/check-words.js';
import type { LinkInput } from '../link/types.js';
import { linkReason, linkSubject, standsFor } from './link.js';
import { describeAge } from './age.js';
import { safeData } from './safe.js';
import { citation, describePeriod, statusWord } from './views.js';
import { displayWidth, padEndToWidth } from './width.js';

export interface TextOptions {
  /** chalk colour level: 0 for none. */
  colourLevel: 0 | 1 | 2 | 3;
  /** The reader's language; English when not given. */
  words?: CheckWords;
}

const LABEL_WIDTH = 13;

/** With a link: the answer also shows what the link was recognised as, and why. */
export function renderText(rawAnswer: Answer, options: TextOptions, rawLink: LinkInput | null = null): string {
  // Names, summaries, quotes and the link come from rule files and arguments: made safe once, here.
  const answer = safeData(rawAnswer);
  const link = safeData(rawLink);
  const words = options.words ?? CHECK_ENGLISH;
  const { say } = words;
  const paint = painter(options.colourLevel);
  const lines = [headline(answer, link, paint, words)];
  const labelWidth = Math.max(LABEL_WIDTH, ...LABELS.map((label) => displayWidth(say(label)) + 2));
  const row = (label: (typeof LABELS)[number] | '', text: string) => lines.push(`  ${paint.dim(padEndToWidth(label === '' ? '' : say(label), labelWidth))}${text}`);
  const more = (text: string) => lines.push(`  ${' '.repeat(labelWidth)}${text}`);
  const civil = (instant: number) => words.dateTime(formatCivil(instant, answer.platform.timeZone));
  const verdict = (value: Verdict) => say(`verdict.${value}`);
  const effect = (value: 'allow' | 'deny') => say(`effect.${value}`);
  const status = (value: string) => statusWord(value, words);

  if (link) {
    row('check.label.link', say('check.linkRow', { subject: linkSubject(link, words), source: standsFor(link) ?? say('check.noKnownSource'), reason: linkReason(link, words) }));
    if (standsFor(link) === null) more(paint.dim(say('check.anySourceOnly')));
  }
  const { rule } = answer;
  const place = { platform: answer.platform.id, surface: answer.surface.id };
  switch (answer.reason) {
    case 'no-rule':
      row('check.label.why', say('check.noRule', { subject: answer.group?.group.id ?? answer.source?.id ?? (link ? linkSubject(link, words) : say('check.thisLink')), ...place }));
      if (answer.lastKnown) more(say('check.lastKnown', { rule: answer.lastKnown.rule.id, effect: effect(answer.lastKnown.rule.effect), time: civil(answer.lastKnown.end) }));
      if (answer.next) more(say('check.next', { time: civil(answer.next.start), rule: answer.next.rule.id }));
      break;
    case 'imprecise-start':
      row('check.label.why', say('check.imprecise', { from: civil(rule!.start), to: civil(rule!.certainFrom) }));
      break;
    case 'phase-in':
      row('check.label.why', say('check.phaseIn', { from: civil(rule!.certainFrom), to: civil(rule!.phaseInUntil!) }));
      break;
    case 'members-differ':
      row('check.label.why', say('check.membersDiffer', { group: answer.group!.group.id }));
      break;
    case 'in-force':
      break;
  }
  if (answer.group) {
    answer.group.members.forEach((member, index) => {
      const text = member.rule
        ? say('check.member', { source: member.source!.id, verdict: verdict(member.verdict), rule: member.rule.rule.id, status: [status(member.rule.rule.status), ...(member.dispute ? [status('disputed')] : [])].join(say('common.comma')) })
        : say('check.memberNoRule', { source: member.source!.id, verdict: verdict(member.verdict) });
      row(index === 0 ? 'check.label.members' : '', text);
    });
  }
  if (rule) {
    row('check.label.rule', say('check.ruleRow', { rule: paint.bold(rule.rule.id), effect: effect(rule.rule.effect), period: describePeriod(rule, words), status: status(rule.rule.status) }));
    more(rule.rule.summary);
    if (rule.rule.note) more(paint.dim(rule.rule.note));
  }
  answer.overridden.forEach((overridden, index) => {
    row(index === 0 ? 'check.label.overrides' : '', say('check.overrideRow', { rule: overridden.rule.id, effect: effect(overridden.rule.effect), period: describePeriod(overridden, words) }));
  });
  answer.evidence.forEach((evidence, index) => {
    row(index === 0 ? 'check.label.evidence' : '', `“${evidence.quote}”`);
    more(paint.dim(`— ${citation(evidence, words)}`));
    if (evidence.note) more(paint.dim(evidence.note));
  });
  answer.untilEvidence.forEach((evidence, index) => {
    row(index === 0 ? 'check.label.end' : '', `“${evidence.quote}”`);
    more(paint.dim(`— ${citation(evidence, words)}`));
    if (evidence.note) more(paint.dim(evidence.note));
  });
  if (answer.dispute) {
    row('check.label.disputed', answer.dispute.claim);
    more(answer.dispute.decision);
    for (const evidence of answer.dispute.evidence) {
      more(`“${evidence.quote}”`);
      more(paint.dim(`— ${citation(evidence, words)}`));
    }
  }
  if (answer.asKnownOn) row('check.label.asKnownOn', say('check.asKnownOn', { date: words.date(answer.asKnownOn) }));
  if (answer.changesDuringDay.length > 0) {
    const times = answer.changesDuringDay.map((instant) => formatCivil(instant, answer.platform.timeZone).slice(11)).join(say('common.comma'));
    row('check.label.note', say('check.changes', { times }));
  }
  return `${lines.join('\n')}\n`;
}

/** The row labels, whose widest sets the width of the label column. */
const LABELS = [
  'check.label.link',
  'check.label.why',
  'check.label.members',
  'check.label.rule',
  'check.label.overrides',
  'check.label.evidence',
  'check.label.end',
  'check.label.disputed',
  'check.label.asKnownOn',
  'check.label.note',
] as const;

/** The one-line freshness warning, for stderr. */
export function staleWarning(answer: Answer, words: CheckWords = CHECK_ENGLISH): string {
  const { say } = words;
  const subject = say('check.staleSubject', { source: answer.group?.group.id ?? answer.source?.id ?? say('check.thisLink'), platform: answer.platform.id, surface: answer.surface.id });
  const { newestEvidence, queriedDay, reviewed } = answer.freshness;
  const ageText = newestEvidence ? say('check.staleAge', { age: describeAge(newestEvidence, queriedDay, words.lang) }) : '';
  return say('check.stale', {
    subject,
    newest: newestEvidence === null ? String(newestEvidence) : words.date(newestEvidence),
    age: ageText,
    reviewed: reviewed ? say('check.staleReviewed', { date: words.date(reviewed) }) : '',
  });
}

function headline(answer: Answer, link: LinkInput | null, paint: Paint, words: CheckWords): string {
  const { say } = words;
  const verdict = paint.verdict(answer.verdict, say(`verdict.${answer.verdict}`));
  const zone = answer.platform.timeZone;
  const civil = formatCivil(answer.at, zone);
  const when = answer.precision === 'day' ? say('check.onDay', { day: words.date(civil.slice(0, 10)) }) : say('check.atTime', { time: words.dateTime(civil) });
  const unrecognised = !link ? say('check.unrecognisedSource') : link.kind === 'link' ? say('check.unrecognisedLink', { host: link.host }) : linkSubject(link, words);
  const source = answer.group
    ? say('check.group', { group: answer.group.group.id, members: answer.group.members.map((member) => member.source!.id).join(say('common.comma')) })
    : (answer.source?.id ?? say('check.unrecognised', { what: unrecognised }));
  return say('check.headline', { verdict, source, platform: answer.platform.id, surface: answer.surface.id, when, zone, certainty: certainty(answer, words) });
}

/** How sure the answer is, on the verdict line: the deciding rules' status, and "disputed". */
function certainty(answer: Answer, words: CheckWords): string {
  const deciding = answer.group && !answer.rule ? answer.group.members : [answer];
  const statuses = [...new Set(deciding.flatMap((member) => (member.rule ? [member.rule.rule.status] : [])))];
  const disputed = deciding.some((member) => member.dispute !== null);
  const parts = [...statuses, ...(disputed ? ['disputed'] : [])].map((status) => statusWord(status, words));
  return parts.length > 0 ? ` · ${parts.join(words.say('common.comma'))}` : '';
}

/** The styles the answer uses. */
interface Paint {
  dim(text: string): string;
  bold(text: string): string;
  verdict(verdict: Verdict, word: string): string;
}

const same = (text: string) => text;
const PLAIN: Paint = { dim: same, bold: same, verdict: (_verdict, word) => word };

/** chalk at the level decided for the output (src/cli/colour.ts); none is made for plain text, which is most output. */
function painter(level: TextOptions['colourLevel']): Paint {
  if (level === 0) return PLAIN;
  const chalk = new Chalk({ level });
  const colours = { allowed: chalk.bold.green, denied: chalk.bold.red, 'rolling-out': chalk.bold.yellow, unknown: chalk.bold.magenta } as const;
  return { dim: chalk.dim, bold: chalk.bold, verdict: (verdict, word) => colours[verdict](word) };
}
