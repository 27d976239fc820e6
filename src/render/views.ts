// Plain-data views of rules and evidence, shared by the renderers.
import type { CompiledRule } from '../engine/catalog.js';
import type { Answer, CitedEvidence } from '../engine/check.js';
import { statusOf } from '../engine/evidence-strength.js';
import { formatCivil, formatInstant } from '../time/moment.js';
import { CHECK_ENGLISH, type CheckWords } from '../i18n/check-words.js';
import { textIn, type Text } from '../model/text.js';
import type { CoversAnyLink, Published, SourceSelector } from '../model/types.js';

/** JSON does not change with --lang: its texts are the English of the record (the other language when a file gives only that). */
const json = (text: Text) => textIn(text, 'en');
const jsonOrNull = (text: Text | undefined) => (text === undefined ? null : json(text));

export interface RuleView {
  id: string;
  effect: 'allow' | 'deny';
  sources: SourceSelector;
  /** The quote by which a group or any-source rule says it covers every link, or null. */
  coversAnyLink: { quote: string; note?: string } | null;
  surfaces: string[];
  /** ISO 8601 in the platform's offset: the start, the earliest moment of a window when the start is imprecise. */
  from: string;
  /** From when the rule is certainly in force: `from`, or the end of the window of an imprecise start. */
  certainFrom: string;
  until: string | null;
  phaseInUntil: string | null;
  status: string;
  summary: string;
  note: string | null;
  file: string;
}

/**
 * A rule as plain data of its own: its lists are copies, as the library hands the view to the caller,
 * and the rule's own lists are what later indexes (as known on another day) are built from.
 */
export function ruleView(compiled: CompiledRule): RuleView {
  const zone = compiled.timeZone;
  const iso = (instant: number) => formatInstant(instant, zone);
  return {
    id: compiled.rule.id,
    effect: compiled.rule.effect,
    sources: selectorView(compiled.rule.sources),
    coversAnyLink: coversView(compiled.rule.coversAnyLink),
    surfaces: [...compiled.rule.surfaces],
    from: iso(compiled.start),
    certainFrom: iso(compiled.certainFrom),
    until: compiled.end === Infinity ? null : iso(compiled.end),
    // Null too for a phase-in whose end is not yet on record (as known on a day): the reason says it rolls out.
    phaseInUntil: compiled.phaseInUntil === undefined || compiled.phaseInUntil === Infinity ? null : iso(compiled.phaseInUntil),
    status: compiled.rule.status,
    summary: json(compiled.rule.summary),
    note: jsonOrNull(compiled.rule.note),
    file: compiled.file,
  };
}

function selectorView(sources: SourceSelector): SourceSelector {
  if ('ids' in sources) return { ids: [...sources.ids] };
  if ('groups' in sources) return { groups: [...sources.groups] };
  return { anyExcept: [...sources.anyExcept] };
}

function coversView(covers: CoversAnyLink | undefined): RuleView['coversAnyLink'] {
  if (!covers) return null;
  return { quote: covers.quote, ...(covers.note !== undefined ? { note: json(covers.note) } : {}) };
}

/**
 * Why an answer rolls out: the rule's phase-in, from its certain start until its end, or with no
 * end on record yet (a phase-in whose end was reported after the --as-known-on day).
 */
export function phaseInWords(rule: Pick<CompiledRule, 'rule' | 'certainFrom' | 'phaseInUntil'>, say: CheckWords['say'], civil: (instant: number) => string): string {
  const until = rule.phaseInUntil!;
  return until === Infinity
    ? say('check.phaseInOpen', { rule: rule.rule.id, from: civil(rule.certainFrom) })
    : say('check.phaseIn', { rule: rule.rule.id, from: civil(rule.certainFrom), to: civil(until) });
}

/**
 * Why an answer is unknown for an imprecise start: the window in which its rule took effect; or,
 * for a rule with none, the rule it is unordered with (the first it overrides) and the day both
 * start on: as known on a day before their starts were stated, each starts on the day it was first
 * reported (engine/precedence.ts unorderedWith), and which started later is not known.
 */
export function impreciseWords(answer: Pick<Answer, 'rule' | 'overridden'>, words: CheckWords): string {
  const rule = answer.rule!;
  const civil = (instant: number) => formatCivil(instant, rule.timeZone);
  const other = answer.overridden[0];
  if (rule.start === rule.certainFrom && other !== undefined) return words.say('check.impreciseTie', { rule: rule.rule.id, other: other.rule.id, day: words.date(civil(rule.start).slice(0, 10)) });
  return words.say('check.imprecise', { rule: rule.rule.id, from: words.dateTime(civil(rule.start)), to: words.dateTime(civil(rule.certainFrom)) });
}

/** "from 2022-03-01 00:00", "from some time in [… , …)", with "until …" when it ends. */
export function describePeriod(compiled: Pick<CompiledRule, 'timeZone' | 'start' | 'certainFrom' | 'phaseInUntil' | 'end'>, words: CheckWords = CHECK_ENGLISH): string {
  const civil = (instant: number) => words.dateTime(formatCivil(instant, compiled.timeZone));
  const from =
    compiled.start === compiled.certainFrom
      ? words.say('period.from', { time: civil(compiled.start) })
      : words.say('period.fromWindow', { from: civil(compiled.start), to: civil(compiled.certainFrom) });
  const phase =
    compiled.phaseInUntil === undefined ? '' : compiled.phaseInUntil === Infinity ? words.say('period.rollingOutOpen') : words.say('period.rollingOut', { time: civil(compiled.phaseInUntil) });
  const until = compiled.end === Infinity ? '' : `${phase ? words.say('period.inForce') : ''}${words.say('period.until', { time: civil(compiled.end) })}`;
  return `${from}${phase}${until}`;
}

export function describePublished(published: Published, words: CheckWords = CHECK_ENGLISH): string {
  return typeof published === 'string' ? words.date(published) : words.say('published.window', { earliest: words.date(published.earliest), latest: words.date(published.latest) });
}

/**
 * A publication date in JSON, always this one shape: `date` is the day when the
 * document prints one (else null); `earliest` and `latest` bound the day either
 * way (equal to `date` when it is known); `basis` says how a window was worked out.
 */
export interface PublishedView {
  date: string | null;
  earliest: string;
  latest: string;
  basis: string | null;
}

export function publishedView(published: Published): PublishedView {
  return typeof published === 'string'
    ? { date: published, earliest: published, latest: published, basis: null }
    : { date: null, earliest: published.earliest, latest: published.latest, basis: json(published.basis) };
}

export function evidenceView(evidence: CitedEvidence) {
  if (evidence.kind === 'seed') {
    const { document } = evidence;
    return {
      kind: 'seed' as const,
      file: `seeds/${document.file}`,
      title: document.title,
      publisher: json(document.publisher),
      published: publishedView(document.published),
      url: document.url ?? null,
      quote: evidence.quote,
      status: statusOf(evidence),
      note: jsonOrNull(evidence.note),
    };
  }
  return {
    kind: 'report' as const,
    url: evidence.url,
    title: evidence.title ?? null,
    publisher: jsonOrNull(evidence.publisher),
    published: publishedView(evidence.published),
    quote: evidence.quote,
    status: statusOf(evidence),
    note: jsonOrNull(evidence.note),
  };
}

/** A dispute with its evidence in plain data, for JSON. */
export function disputeView(dispute: { claim: Text; decision: Text; evidence: readonly CitedEvidence[] }) {
  return { claim: json(dispute.claim), decision: json(dispute.decision), evidence: dispute.evidence.map(evidenceView) };
}

/** Where a quote comes from, on one line. */
export function citation(evidence: CitedEvidence, words: CheckWords = CHECK_ENGLISH): string {
  if (evidence.kind === 'seed') {
    const { document } = evidence;
    return words.say('citation.seed', { title: document.title, publisher: textIn(document.publisher, words.lang), published: describePublished(document.published, words), file: document.file });
  }
  // A title as published, in its own language; a Chinese reader sees it in 《》.
  const title = evidence.title === undefined ? undefined : words.say('citation.title', { title: evidence.title });
  const name = [textIn(evidence.publisher, words.lang), title].filter(Boolean).join(words.say('common.comma'));
  return words.say('citation.report', { name: name ? words.say('citation.name', { name }) : '', published: describePublished(evidence.published, words), url: evidence.url });
}

/** A rule's status as a word: announced, confirmed, reported (and disputed); another value as it is. */
export function statusWord(status: string, words: CheckWords): string {
  switch (status) {
    case 'announced':
    case 'confirmed':
    case 'reported':
    case 'disputed':
      return words.say(`status.${status}`);
    default:
      return status;
  }
}
