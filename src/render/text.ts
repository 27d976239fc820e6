// The answer for people: the verdict on one line, then why, in the reader's language.
import { Chalk } from 'chalk';
import type { Answer, Verdict } from '../engine/check.js';
import type { CompiledRule } from '../engine/catalog.js';
import { formatCivil, formatClock } from '../time/moment.js';
import { CHECK_ENGLISH, type CheckWords } from '../i18n/check-words.js';
import { isAmbiguousLink, standingFor } from '../link/named-input.js';
import type { LinkInput } from '../link/types.js';
import type { Text } from '../model/text.js';
import type { Source } from '../model/types.js';
import { linkReason, linkSubject, unrecognisedNote } from './link.js';
import { nameOf, textIn } from './names.js';
import { describeAge } from './age.js';
import { safeData } from './safe.js';
import { citation, describePeriod, impreciseWords, phaseInWords, statusWord } from './views.js';
import { displayWidth, padEndToWidth } from './width.js';

export interface TextOptions {
  /** chalk colour level: 0 for none. */
  colourLevel: 0 | 1 | 2 | 3;
  /** The reader's language; English when not given. */
  words?: CheckWords;
  /** Everything on record for the answer (--explain, -v); without it, the short answer. */
  explain?: boolean;
}

const LABEL_WIDTH = 13;

/** A sentence joined to what follows it as a clause: one full stop at its end left out (an ellipsis kept). */
function asClause(sentence: string): string {
  // . or the Chinese full stops 。 and ．, escaped: the start-up bundles are ASCII.
  return /(?<![.\u3002\uff0e])[.\u3002\uff0e]$/u.test(sentence) ? sentence.slice(0, -1) : sentence;
}

/**
 * The short answer: the verdict line, one line of why (the deciding rule's summary, or why
 * the answer is not certain), each member of a group, and the strongest piece of evidence
 * with a count of the rest: at most five lines, one more per member of a group. With
 * explain: every rule, note, piece of evidence and dispute on record for the answer.
 * With a link: the answer also shows what the link was recognised as, and why.
 */
export function renderText(rawAnswer: Answer, options: TextOptions, rawLink: LinkInput | null = null): string {
  // Names, summaries, quotes and the link come from rule files and arguments: made safe once, here.
  const answer = safeData(rawAnswer);
  const link = safeData(rawLink);
  const words = options.words ?? CHECK_ENGLISH;
  const { say, lang } = words;
  const explain = options.explain === true;
  const paint = painter(options.colourLevel);
  const lines = [headline(answer, link, paint, words, explain)];
  const labelWidth = Math.max(LABEL_WIDTH, ...LABELS.map((label) => displayWidth(say(label)) + 2));
  const row = (label: (typeof LABELS)[number] | '', text: string) => lines.push(`  ${paint.dim(padEndToWidth(label === '' ? '' : say(label), labelWidth))}${text}`);
  const more = (text: string) => lines.push(`  ${' '.repeat(labelWidth)}${text}`);
  const civil = (instant: number) => words.dateTime(formatCivil(instant, answer.platform.timeZone));
  const verdict = (value: Verdict) => say(`verdict.${value}`);
  const effect = (value: 'allow' | 'deny') => say(`effect.${value}`);
  const status = (value: string) => statusWord(value, words);
  const text = (value: Text) => textIn(value, lang);
  const place = { platform: nameOf(answer.platform, lang), surface: nameOf(answer.surface, lang) };
  const sourceName = (source: Source) => nameOf(source, lang);

  if (link && explain) {
    const stood = standingFor(link);
    row('check.label.link', say('check.linkRow', { subject: linkSubject(link, words), source: stood ? nameOf(stood, lang) : say('check.noKnownSource'), reason: linkReason(link, words) }));
    // For a link in doubt the why says it (below).
    if (stood === undefined && !isAmbiguousLink(link)) more(paint.dim(unrecognisedNote(link, words)));
  }
  const { rule } = answer;
  // A group whose members agree for different rules has no one deciding rule: the why names the first member's, the members' rows the rest.
  const reasonRule = rule ?? answer.group?.members.find((member) => member.rule)?.rule ?? null;
  const changes = answer.changesDuringDay.length > 0 ? say('check.changes', { times: answer.changesDuringDay.map((instant) => formatCivil(instant, answer.platform.timeZone).slice(11)).join(say('common.comma')) }) : '';
  // In the short answer a change within the queried day is said on the line of why, after the
  // reason: a rule's summary, a sentence, then ends without its full stop ("Taobao links open; the answer changes…").
  const why = (reason: string) => row('check.label.why', !explain && changes ? `${asClause(reason)}${say('check.also', { note: changes })}` : reason);
  switch (answer.reason) {
    case 'no-rule':
      // A link in doubt is taken for no source, and no rule applies to it: the doubt is why, not a
      // rule missing from the record (--explain says the doubt on the link's row).
      if (link && isAmbiguousLink(link)) {
        if (!explain) why(linkReason(link, words));
        (explain ? why : more)(say('check.noRuleForDoubt'));
        break;
      }
      why(say('check.noRule', { subject: answer.group ? nameOf(answer.group.group, lang) : answer.source ? sourceName(answer.source) : link ? linkSubject(link, words) : say('check.thisLink'), ...place }));
      if (answer.lastKnown) more(say('check.lastKnown', { rule: answer.lastKnown.rule.id, effect: effect(answer.lastKnown.rule.effect), time: civil(answer.lastKnown.end) }));
      if (answer.next) more(say('check.next', { time: civil(answer.next.start), rule: answer.next.rule.id }));
      break;
    case 'imprecise-start': {
      const deciding = rule ? answer : answer.group?.members.find((member) => member.rule);
      if (deciding) why(impreciseWords(deciding, words));
      break;
    }
    case 'phase-in':
      if (reasonRule) why(phaseInWords(reasonRule, say, civil));
      break;
    case 'members-differ':
      why(say('check.membersDiffer', { group: nameOf(answer.group!.group, lang) }));
      break;
    case 'in-force':
      // The deciding rule's summary is the why of the short answer; --explain shows it under the rule.
      if (!explain && rule) why(summaryOf(rule, answer.asKnownOn, words, text));
      break;
  }
  if (answer.group) {
    answer.group.members.forEach((member, index) => {
      const line = member.rule
        ? say('check.member', { source: sourceName(member.source!), verdict: verdict(member.verdict), rule: member.rule.rule.id, status: [status(member.rule.rule.status), ...(member.dispute ? [status('disputed')] : [])].join(say('common.comma')) })
        : say('check.memberNoRule', { source: sourceName(member.source!), verdict: verdict(member.verdict) });
      row(index === 0 ? 'check.label.members' : '', line);
    });
  }
  if (explain) everythingOnRecord(answer, { row, more, words, paint }, text, changes);
  else strongestEvidence(answer, { row, more, words, paint });
  return `${lines.join('\n')}\n`;
}

/**
 * The rule's summary; as known on a day before the last of its evidence, when its summary (written
 * of the whole rule) is empty (engine/known-on.ts), the rule and its period as known then.
 */
function summaryOf(rule: CompiledRule, asKnownOn: string | null, words: CheckWords, text: (value: Text) => string, under = false): string {
  const summary = text(rule.rule.summary);
  if (summary !== '' || asKnownOn === null) return summary;
  const day = words.date(asKnownOn);
  // Under the rule's row (--explain), which names the rule and its period already.
  if (under) return words.say('check.summaryLeftOut', { day });
  return words.say('check.summaryLater', { rule: rule.rule.id, effect: words.say(`effect.${rule.rule.effect}`), period: describePeriod(rule, words), day });
}

interface Rows {
  row(label: (typeof LABELS)[number] | '', text: string): void;
  more(text: string): void;
  words: CheckWords;
  paint: Paint;
}

/** The short answer's evidence: the strongest piece (the answer lists them strongest first), and how many more --explain shows. */
function strongestEvidence(answer: Answer, { row, more, words, paint }: Rows): void {
  const [strongest, ...rest] = answer.evidence;
  if (!strongest) return;
  row('check.label.evidence', `“${strongest.quote}”`);
  more(paint.dim(`— ${citation(strongest, words)}`));
  const hidden = answer.overridden.length > 0 || answer.untilEvidence.length > 0 || answer.dispute !== null || answer.asKnownOn !== null || answer.rule?.rule.note !== undefined;
  if (rest.length > 0) more(paint.dim(words.say('check.moreEvidence', { count: rest.length })));
  else if (hidden) more(paint.dim(words.say('check.explainMore')));
}

/** --explain: the deciding rule, the rules it overrides, every piece of evidence with its note, the dispute, and the notes on the query. */
function everythingOnRecord(answer: Answer, { row, more, words, paint }: Rows, text: (value: Text) => string, changes: string): void {
  const { say } = words;
  const effect = (value: 'allow' | 'deny') => say(`effect.${value}`);
  const { rule } = answer;
  if (rule) {
    row('check.label.rule', say('check.ruleRow', { rule: paint.bold(rule.rule.id), effect: effect(rule.rule.effect), period: describePeriod(rule, words), status: statusWord(rule.rule.status, words) }));
    more(summaryOf(rule, answer.asKnownOn, words, text, true));
    if (rule.rule.note) more(paint.dim(text(rule.rule.note)));
  }
  answer.overridden.forEach((overridden, index) => {
    row(index === 0 ? 'check.label.overrides' : '', say('check.overrideRow', { rule: overridden.rule.id, effect: effect(overridden.rule.effect), period: describePeriod(overridden, words) }));
  });
  answer.evidence.forEach((evidence, index) => {
    row(index === 0 ? 'check.label.evidence' : '', `“${evidence.quote}”`);
    more(paint.dim(`— ${citation(evidence, words)}`));
    if (evidence.note) more(paint.dim(text(evidence.note)));
  });
  answer.untilEvidence.forEach((evidence, index) => {
    row(index === 0 ? 'check.label.end' : '', `“${evidence.quote}”`);
    more(paint.dim(`— ${citation(evidence, words)}`));
    if (evidence.note) more(paint.dim(text(evidence.note)));
  });
  if (answer.dispute) {
    row('check.label.disputed', text(answer.dispute.claim));
    more(text(answer.dispute.decision));
    for (const evidence of answer.dispute.evidence) {
      more(`“${evidence.quote}”`);
      more(paint.dim(`— ${citation(evidence, words)}`));
    }
  }
  if (answer.asKnownOn) row('check.label.asKnownOn', say('check.asKnownOn', { date: words.date(answer.asKnownOn) }));
  if (changes) row('check.label.note', changes);
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
  const { lang } = words;
  const subject = say('check.staleSubject', {
    source: answer.group ? nameOf(answer.group.group, lang) : answer.source ? nameOf(answer.source, lang) : say('check.thisLink'),
    platform: nameOf(answer.platform, lang),
    surface: nameOf(answer.surface, lang),
  });
  const { newestEvidence, queriedDay, reviewed } = answer.freshness;
  const ageText = newestEvidence ? say('check.staleAge', { age: describeAge(newestEvidence, queriedDay, words.lang) }) : '';
  return say('check.stale', {
    subject,
    newest: newestEvidence === null ? String(newestEvidence) : words.date(newestEvidence),
    age: ageText,
    reviewed: reviewed ? say('check.staleReviewed', { date: words.date(reviewed) }) : '',
  });
}

function headline(answer: Answer, link: LinkInput | null, paint: Paint, words: CheckWords, explain: boolean): string {
  const { say, lang } = words;
  const verdict = paint.verdict(answer.verdict, say(`verdict.${answer.verdict}`));
  const zone = answer.platform.timeZone;
  const civil = answer.now ? formatClock(answer.at, zone) : formatCivil(answer.at, zone);
  const when = answer.precision === 'day' ? say('check.onDay', { day: words.date(civil.slice(0, 10)) }) : say('check.atTime', { time: words.dateTime(civil) });
  // An app deep link has no host: it is named by its scheme, as linkSubject names it.
  // A link in doubt was recognised, and taken for no source: it is in doubt, not unrecognised.
  const unnamed = link && isAmbiguousLink(link) ? 'check.inDoubt' : 'check.unrecognised';
  const unrecognised = !link ? say('check.unrecognisedSource') : link.kind === 'link' && link.appScheme === undefined ? say('check.unrecognisedLink', { host: link.host }) : linkSubject(link, words);
  const named = answer.group
    ? say('check.group', { group: nameOf(answer.group.group, lang), members: answer.group.members.map((member) => nameOf(member.source!, lang)).join(say('common.comma')) })
    : answer.source
      ? nameOf(answer.source, lang)
      : say(unnamed, { what: unrecognised });
  // The short answer has no link row: a link or share text recognised as a source (or a group) shows what was recognised, then the source.
  const source = link && (answer.source || answer.group) && !explain ? say('check.recognised', { subject: linkSubject(link, words), source: named }) : named;
  return say('check.headline', { verdict, source, platform: nameOf(answer.platform, lang), surface: nameOf(answer.surface, lang), when, zone, certainty: certainty(answer, words) });
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
