// One rule of a validated rule file compiled: its references, evidence and period checked, its
// instants and the sources it covers worked out (compileRule); or a rule the build compiled
// before, restored in the same shape (restoreRule). compile-catalog.ts runs them over the files.
import type { Evidence, Group, Platform, Rule, SeedDocument, Source } from '../model/types.js';
import { publishedOn, selectorParts, type CompiledRule, type Located, type SelectorKey, type Specificity } from './catalog.js';
import { unknownReference } from './catalog-checks.js';
import { compiledOf, type StoredRule } from './catalog-store.js';
import { momentInstant } from '../time/moment.js';
import { problem, type Problem } from '../errors/problems.js';
import { foldForNames, isMeaningful, namesEveryLink } from './quote-meaning.js';
import { named, namesOf, namingWords, unnamedBy } from './source-names.js';

/** What compiling a rule looks up, and where its problems go. */
export interface CompileContext {
  platforms: Map<string, Located<Platform>>;
  groups: Map<string, Located<Group>>;
  sources: Map<string, Located<Source>>;
  documents: Map<string, SeedDocument>;
  /** Each platform's surface ids, made when a rule first names the platform. */
  surfaces: Map<Platform, Set<string>>;
  /** The sources each selector covers, by its kind, then its one id or its ids joined after a NUL (ids hold none). */
  covers: Record<SelectorKey, Map<string, Set<string>>>;
  problems: Problem[];
}

/** Where a rule's problem is, in its file: made only for a problem, not for each rule (#18). */
function rulePath(index: number): string {
  return `rules[${index}]`;
}

export function compileRule(rule: Rule, file: string, index: number, context: CompileContext): CompiledRule | undefined {
  const { platforms, groups, sources, documents, problems } = context;
  const before = problems.length;
  const platform = platforms.get(rule.platform)?.value;
  if (!platform) {
    problems.push(unknownReference(file, `${rulePath(index)}.platform`, 'platform', rule.platform, [...platforms.keys()]));
  } else {
    let surfaceIds = context.surfaces.get(platform);
    if (surfaceIds === undefined) context.surfaces.set(platform, (surfaceIds = new Set(platform.surfaces.map((surface) => surface.id))));
    for (let position = 0; position < rule.surfaces.length; position++) {
      const surface = rule.surfaces[position]!;
      if (!surfaceIds.has(surface)) {
        problems.push(problem('unknown-reference.surface', { platform: platform.id, id: surface, valid: platform.surfaces.map((known) => known.id).join(', ') }, file, `${rulePath(index)}.surfaces[${position}]`));
      }
    }
  }

  const selector = rule.sources;
  const { selected, selectorKey } = selectorParts(selector);
  const referenced = selectorKey === 'groups' ? groups : sources;
  for (let position = 0; position < selected.length; position++) {
    const id = selected[position]!;
    if (!referenced.has(id)) {
      problems.push(unknownReference(file, `${rulePath(index)}.sources.${selectorKey}[${position}]`, selectorKey === 'groups' ? 'group' : 'source', id, [...referenced.keys()]));
    }
  }

  checkSeeds(rule.evidence, 'evidence', documents, file, index, problems);
  if (rule.untilEvidence) checkSeeds(rule.untilEvidence, 'untilEvidence', documents, file, index, problems);
  if (rule.disputed) checkSeeds(rule.disputed.evidence, 'disputed.evidence', documents, file, index, problems);

  checkAnyLink(rule, file, index, problems);
  if (rule.fromStated) checkStated(rule, rule.fromStated.quote, `${rulePath(index)}.fromStated.quote`, file, problems);
  if (rule.phaseIn?.untilStated) checkStated(rule, rule.phaseIn.untilStated.quote, `${rulePath(index)}.phaseIn.untilStated.quote`, file, problems);
  if (rule.untilEvidence !== undefined && rule.until === undefined) {
    problems.push(problem('until-evidence-without-until', {}, file, `${rulePath(index)}.untilEvidence`));
  }
  if (problems.length > before || !platform) return undefined;

  const zone = platform.timeZone;
  const from = rule.from;
  const start = momentInstant(typeof from === 'string' ? from : from.earliest, zone);
  const certainFrom = typeof from === 'string' ? start : momentInstant(from.latest, zone);
  const end = rule.until === undefined ? Infinity : momentInstant(rule.until, zone);
  const phaseInUntil = rule.phaseIn ? momentInstant(rule.phaseIn.until, zone) : undefined;

  if (typeof from !== 'string' && certainFrom <= start) {
    problems.push(problem('bad-imprecise-from', {}, file, `${rulePath(index)}.from.latest`));
  }
  if (end <= certainFrom) {
    problems.push(problem('until-not-after-from', { until: String(rule.until) }, file, `${rulePath(index)}.until`));
  }
  if (phaseInUntil !== undefined && (phaseInUntil <= certainFrom || phaseInUntil > end)) {
    problems.push(problem('bad-phase-in', { until: String(rule.phaseIn?.until) }, file, `${rulePath(index)}.phaseIn.until`));
  }
  if (problems.length > before) return undefined;

  const specificity: Specificity = 'ids' in selector ? 2 : 'groups' in selector ? 1 : 0;
  const covers = evidencedCovers(rule, coversOf(selector, context), context);

  // The first and last publication days, by string order as a sort gives them, without a list.
  const knownSince = firstPublished(rule.evidence, documents)!;
  const evidenceDays = daysOf(rule, documents, knownSince);
  const newestEvidence = evidenceDays === undefined ? knownSince : evidenceDays[evidenceDays.length - 1]!;
  const endKnownSince = rule.untilEvidence && firstPublished(rule.untilEvidence, documents);
  const disputeKnownSince = rule.disputed && firstPublished(rule.disputed.evidence, documents);
  const anyLink = rule.coversAnyLink;
  const anyLinkKnownSince = anyLink && rule.effect === 'allow' ? statedSince(rule, anyLink.quote, documents) : undefined;
  // A start or a phase-in's end stated only by evidence published after the rule's first (fromStated, phaseIn.untilStated).
  const startKnownSince = laterThan(knownSince, rule.fromStated && statedSince(rule, rule.fromStated.quote, documents));
  const phaseInKnownSince = laterThan(knownSince, rule.phaseIn?.untilStated && statedSince(rule, rule.phaseIn.untilStated.quote, documents));

  // Optional fields set after, not spread in: a spread in the literal made this a tenth of loading 100,000 rules (#18).
  const compiled: CompiledRule = {
    rule,
    file,
    index,
    timeZone: zone,
    knownSince,
    newestEvidence,
    start,
    certainFrom,
    end,
    specificity,
    covers,
    // A link of no known source is covered only by "any source but …", and an allow only when the
    // evidence says it speaks of every link (issue 9: an unrecognised host was allowed by a rule
    // whose evidence named Taobao and JD).
    coversUnknown: specificity === 0 && (rule.effect === 'deny' || rule.coversAnyLink !== undefined),
  };
  if (evidenceDays !== undefined) compiled.evidenceDays = evidenceDays;
  if (endKnownSince !== undefined) compiled.endKnownSince = endKnownSince;
  if (anyLinkKnownSince !== undefined) compiled.anyLinkKnownSince = anyLinkKnownSince;
  if (startKnownSince !== undefined) compiled.startKnownSince = startKnownSince;
  if (phaseInKnownSince !== undefined) compiled.phaseInKnownSince = phaseInKnownSince;
  // Only an allow whose evidence came out over more than one day can have named some of its sources later.
  const coveredSince = rule.effect === 'allow' && evidenceDays !== undefined ? namedSince(rule, covers, knownSince, anyLinkKnownSince, context) : undefined;
  if (coveredSince !== undefined) compiled.coveredSince = coveredSince;
  if (disputeKnownSince !== undefined) compiled.disputeKnownSince = disputeKnownSince;
  if (phaseInUntil !== undefined) compiled.phaseInUntil = phaseInUntil;
  return compiled;
}

/**
 * The sources a selector covers. Rules with the same selector share one set (read only): a set
 * for each of 10,000 rules was a tenth of the memory they keep, copied by every collection (#18).
 * Keyed by the one id a selector mostly names, without a string made for each rule.
 */
function coversOf(selector: Rule['sources'], context: CompileContext): ReadonlySet<string> {
  const { selected, selectorKey } = selectorParts(selector);
  const coverKey = selected.length === 1 ? selected[0]! : `\u0000${selected.join('\u0000')}`;
  let covers = context.covers[selectorKey].get(coverKey);
  if (covers === undefined) {
    covers = new Set<string>();
    if ('ids' in selector) {
      for (const id of selector.ids) covers.add(id);
    } else if ('groups' in selector) {
      for (const { value: source } of context.sources.values()) {
        if (source.groups.some((group) => selector.groups.includes(group))) covers.add(source.id);
      }
    } else {
      for (const id of context.sources.keys()) if (!selector.anyExcept.includes(id)) covers.add(id);
    }
    context.covers[selectorKey].set(coverKey, covers);
  }
  return covers;
}

/**
 * A precompiled rule (see Precompiled) as compileRule would make it, the sources it covers made
 * anew: another file may have added a source to a group it names. Its head alone is read, not its
 * whole text, unless it then covers other sources than it did (evidencedCovers reads its evidence).
 */
export function restoreRule(stored: StoredRule, rule: Rule, context: CompileContext): CompiledRule {
  const anew = coversOf(rule.sources, context);
  const same = anew.size === stored.covers.length && stored.covers.every((id) => anew.has(id));
  return compiledOf(stored, rule, same ? anew : evidencedCovers(rule, anew, context));
}

/**
 * The sources an allow covers, less those its evidence does not name when it names some of them:
 * it then speaks of those and not of the others, which the allow would claim without evidence
 * (the lint says so: allow-source-unnamed, an error). An allow whose evidence names none of its
 * sources covers them all, as the lint lets it stand with a warning: the evidence may use a name
 * the catalogue lacks; and so does one whose evidence says it covers every link (coversAnyLink).
 */
function evidencedCovers(rule: Rule, covers: ReadonlySet<string>, context: CompileContext): ReadonlySet<string> {
  if (rule.effect !== 'allow' || covers.size < 2 || 'anyExcept' in rule.sources) return covers;
  const unnamed = unnamedBy(rule, covers, (id) => context.sources.get(id)?.value, (id) => context.groups.get(id)?.value);
  if (unnamed.length === 0 || unnamed.length === covers.size) return covers;
  const named = new Set(covers);
  for (const id of unnamed) named.delete(id);
  return named;
}

/** A problem for each piece of evidence citing a seed document that is not indexed, or giving a publication window that ends before it begins. */
function checkSeeds(list: readonly Evidence[], at: string, documents: Map<string, SeedDocument>, file: string, index: number, problems: Problem[]): void {
  for (let position = 0; position < list.length; position++) {
    const evidence = list[position]!;
    if ('seed' in evidence && !documents.has(evidence.seed)) {
      problems.push(problem('unknown-document', { seed: evidence.seed, documents: [...documents.keys()].join(', ') }, file, `${rulePath(index)}.${at}[${position}].seed`));
    }
    // A report is known from the last day of its window (publishedOn): a window that ends before it begins would make it known before it can have been published.
    if (!('seed' in evidence) && typeof evidence.published !== 'string' && evidence.published.latest < evidence.published.earliest) {
      const { earliest, latest } = evidence.published;
      problems.push(problem('bad-published-window', { earliest, latest }, file, `${rulePath(index)}.${at}[${position}].published.latest`));
    }
  }
}

/** A part of the rule stated by a quote (fromStated, phaseIn.untilStated) must be stated by the rule's own evidence: the quote is part of one of its quotes. */
function checkStated(rule: Rule, quote: string, at: string, file: string, problems: Problem[]): void {
  if (!quotedIn(rule, quote)) problems.push(problem('stated-unquoted', {}, file, at));
}

/** Whether the quote is part of one of the rule's evidence quotes (coversAnyLink, fromStated, phaseIn.untilStated). */
function quotedIn(rule: Rule, quote: string): boolean {
  return rule.evidence.some((evidence) => evidence.quote.includes(quote));
}

/** The earliest publication day of the rule's evidence holding the quote: when what it states became known. */
function statedSince(rule: Rule, quote: string, documents: Map<string, SeedDocument>): string | undefined {
  return firstPublished(rule.evidence.filter((evidence) => evidence.quote.includes(quote)), documents);
}

/** The day, when it is later than `first`; else undefined (known with the rule). */
function laterThan(first: string, day: string | undefined): string | undefined {
  return day !== undefined && day > first ? day : undefined;
}

/**
 * For an allow, the sources it covers that its evidence first named (or said it covers with every
 * link, coversAnyLink) after the rule became known, each with that day: as known on a day before
 * it, the rule does not cover the source. A source no quote of the rule names at all is covered
 * from the rule's first day, as the lint lets an allow whose evidence names none of its sources
 * stand (a name the catalogue lacks); undefined when every source is covered from then.
 */
function namedSince(rule: Rule, covers: ReadonlySet<string>, knownSince: string, anyLinkKnownSince: string | undefined, context: CompileContext): Record<string, string> | undefined {
  const pieces = rule.evidence.map((evidence) => ({ day: publishedOn(evidence, context.documents), words: namingWords(evidence).map(foldForNames) }));
  const groupOf = (id: string) => context.groups.get(id)?.value;
  let since: Record<string, string> | undefined;
  for (const id of covers) {
    const source = context.sources.get(id)?.value;
    if (source === undefined) continue;
    const names = namesOf(source, groupOf);
    let first = anyLinkKnownSince;
    for (const piece of pieces) if ((first === undefined || piece.day < first) && named(names, piece.words)) first = piece.day;
    if (first !== undefined && first > knownSince) (since ??= {})[id] = first;
  }
  return since;
}

/** The earliest publication day of a list of evidence (undefined when empty). */
function firstPublished(list: readonly Evidence[], documents: Map<string, SeedDocument>): string | undefined {
  let first: string | undefined;
  // Indexed: for…of made an object a step, for every rule a file loads (#18).
  for (let at = 0; at < list.length; at++) {
    const day = publishedOn(list[at]!, documents);
    if (first === undefined || day < first) first = day;
  }
  return first;
}

/**
 * The publication days of everything the rule cites, in order, each once; undefined when that is
 * one day (`first`, its evidence's earliest), as for most rules, which then make no list.
 */
function daysOf(rule: Rule, documents: Map<string, SeedDocument>, first: string): string[] | undefined {
  let days: string[] | undefined;
  const add = (list: readonly Evidence[]) => {
    for (let at = 0; at < list.length; at++) {
      const day = publishedOn(list[at]!, documents);
      if (days === undefined) {
        if (day !== first) days = [first, day];
      } else if (!days.includes(day)) days.push(day);
    }
  };
  add(rule.evidence);
  if (rule.untilEvidence) add(rule.untilEvidence);
  if (rule.disputed) add(rule.disputed.evidence);
  return days?.sort();
}

/**
 * An allow for "any source but …" must say in its data that its evidence covers every link, and
 * that statement's quote must be one of the rule's own evidence quotes (or part of one), say
 * something (quote-meaning.ts) and hold a word for every link. A file that fails is not loaded:
 * the claim would widen answers to links of no known source.
 */
function checkAnyLink(rule: Rule, file: string, index: number, problems: Problem[]): void {
  const claim = rule.coversAnyLink;
  if (claim === undefined) {
    if (rule.effect === 'allow' && 'anyExcept' in rule.sources) {
      problems.push(problem('any-link-unstated', {}, file, `${rulePath(index)}.sources`));
    }
    return;
  }
  const at = `${rulePath(index)}.coversAnyLink.quote`;
  if (!quotedIn(rule, claim.quote)) {
    problems.push(problem('any-link-unquoted', {}, file, at));
  } else if (!isMeaningful(claim.quote)) {
    // "J" is part of a quote naming JD, and would let the rule allow every unrecognised link (#14).
    problems.push(problem('any-link-vague.short', {}, file, at));
  } else if (!namesEveryLink(claim.quote)) {
    problems.push(problem('any-link-vague.words', {}, file, at));
  }
}
