// Turns validated rule files into a catalog the engine can answer from, and
// finds the problems that a schema cannot see: references, duplicates, periods
// and allow/deny ties.
import type { Evidence, Group, LoadedRuleFile, Platform, Rule, SeedDocument, Source } from '../model/types.js';
import { checkAliases, checkLinkLikeNames, checkLinkLikeSurfaces, checkSourceGroups, checkSurfaces, findTies, unknownReference, type Located } from './catalog-checks.js';
import { momentInstant } from './moment.js';
import type { Problem } from './problems.js';
import { checkSourceClaims } from './source-claims.js';

/** Named sources beat groups, groups beat "any source except". */
export type Specificity = 2 | 1 | 0;

export interface CompiledRule {
  rule: Rule;
  file: string;
  /** Position of the rule in its file's rules array. */
  index: number;
  timeZone: string;
  /** The earliest instant the rule may be in force; precedence is by this. */
  start: number;
  /** From here the effect is certain; before it (imprecise start) the answer is unknown. */
  certainFrom: number;
  /** End of the phase-in window, when the change rolls out over days. */
  phaseInUntil?: number;
  /** Exclusive end; Infinity when open. */
  end: number;
  specificity: Specificity;
  /** Known source ids the selector covers. */
  covers: ReadonlySet<string>;
  /** Whether the selector also covers sources not in the catalog (unrecognised links). */
  coversUnknown: boolean;
  /** The day the rule became known: the earliest publication date of its evidence. */
  knownSince: string;
  /** The latest publication date of anything it cites, disputes included. */
  newestEvidence: string;
  /** When its own file was last reviewed; never another file's date. */
  reviewed?: string;
}

export interface Catalog {
  platforms: ReadonlyMap<string, Platform>;
  groups: ReadonlyMap<string, Group>;
  sources: ReadonlyMap<string, Source>;
  documents: ReadonlyMap<string, SeedDocument>;
  rules: readonly CompiledRule[];
  /** Latest "reviewed" date of the rule files, when any gives one. */
  reviewed?: string;
}

export interface CompileResult {
  catalog: Catalog;
  problems: Problem[];
}

export function compileCatalog(files: readonly LoadedRuleFile[], documents: readonly SeedDocument[]): CompileResult {
  const problems: Problem[] = [];
  const platforms = collect(files, 'platforms', problems);
  const groups = collect(files, 'groups', problems);
  const sources = collect(files, 'sources', problems);
  const documentMap = new Map(documents.map((document) => [document.file, document]));

  checkNames(platforms, groups, sources, problems);

  const rules: CompiledRule[] = [];
  const ruleIds = new Map<string, string>();
  for (const file of files) {
    file.data.rules.forEach((rule, index) => {
      const path = `rules[${index}]`;
      const seen = ruleIds.get(rule.id);
      if (seen) {
        problems.push({ code: 'duplicate-id', file: file.path, path: `${path}.id`, message: `rule id "${rule.id}" is already used at ${seen}`, hint: 'give each rule its own id' });
      } else {
        ruleIds.set(rule.id, `${file.path}: ${path}`);
      }
      const compiled = compileRule(rule, file.path, index, platforms, groups, sources, documentMap, problems);
      if (compiled) rules.push(file.data.reviewed ? { ...compiled, reviewed: file.data.reviewed } : compiled);
    });
  }
  findTies(rules, problems);
  return { catalog: assembleCatalog(files, documentMap, rules), problems };
}

/** The catalog of files whose rules are compiled: the first definition of each platform, group and source id. */
export function assembleCatalog(files: readonly LoadedRuleFile[], documents: ReadonlyMap<string, SeedDocument>, rules: readonly CompiledRule[]): Catalog {
  const reviewed = files
    .map((file) => file.data.reviewed)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  return {
    platforms: values(collect(files, 'platforms', [])),
    groups: values(collect(files, 'groups', [])),
    sources: values(collect(files, 'sources', [])),
    documents,
    rules,
    ...(reviewed ? { reviewed } : {}),
  };
}

/** Problems between the names: groups, source claims, aliases, surfaces, and names that read as links. */
function checkNames(platforms: Map<string, Located<Platform>>, groups: Map<string, Located<Group>>, sources: Map<string, Located<Source>>, problems: Problem[]): void {
  checkSourceGroups(sources, groups, problems);
  checkSourceClaims(sources.values(), problems);
  checkAliases('platform', [...platforms.values()], problems);
  checkAliases('source', [...sources.values()], problems);
  checkAliases('group', [...groups.values()], problems);
  for (const platform of platforms.values()) checkSurfaces(platform, problems);
  for (const platform of platforms.values()) checkLinkLikeNames('platform', platform, problems);
  for (const platform of platforms.values()) checkLinkLikeSurfaces(platform, problems);
  for (const group of groups.values()) checkLinkLikeNames('group', group, problems);
  for (const source of sources.values()) checkLinkLikeNames('source', source, problems);
}

type Kind = 'platforms' | 'groups' | 'sources';

function collect<K extends Kind>(files: readonly LoadedRuleFile[], kind: K, problems: Problem[]) {
  const found = new Map<string, Located<LoadedRuleFile['data'][K][number]>>();
  for (const file of files) {
    file.data[kind].forEach((value, index) => {
      const path = `${kind}[${index}]`;
      const seen = found.get(value.id);
      if (seen) {
        problems.push({ code: 'duplicate-id', file: file.path, path: `${path}.id`, message: `${kind.slice(0, -1)} "${value.id}" is already defined at ${seen.file}: ${seen.path}`, hint: 'define each id once; add rules for it in any file' });
        return;
      }
      found.set(value.id, { value, file: file.path, path });
    });
  }
  return found;
}

function values<T>(map: Map<string, Located<T>>): Map<string, T> {
  return new Map([...map].map(([id, located]) => [id, located.value]));
}

function compileRule(
  rule: Rule,
  file: string,
  index: number,
  platforms: Map<string, Located<Platform>>,
  groups: Map<string, Located<Group>>,
  sources: Map<string, Located<Source>>,
  documents: Map<string, SeedDocument>,
  problems: Problem[],
): CompiledRule | undefined {
  const path = `rules[${index}]`;
  const before = problems.length;
  const platform = platforms.get(rule.platform)?.value;
  if (!platform) {
    problems.push(unknownReference(file, `${path}.platform`, 'platform', rule.platform, [...platforms.keys()]));
  } else {
    const surfaceIds = platform.surfaces.map((surface) => surface.id);
    rule.surfaces.forEach((surface, position) => {
      if (!surfaceIds.includes(surface)) {
        problems.push(unknownReference(file, `${path}.surfaces[${position}]`, `surface of ${platform.id}`, surface, surfaceIds));
      }
    });
  }

  const selector = rule.sources;
  const selected = 'ids' in selector ? selector.ids : 'groups' in selector ? selector.groups : selector.anyExcept;
  const selectorKey = 'ids' in selector ? 'ids' : 'groups' in selector ? 'groups' : 'anyExcept';
  const referenced = selectorKey === 'groups' ? groups : sources;
  selected.forEach((id, position) => {
    if (!referenced.has(id)) {
      problems.push(unknownReference(file, `${path}.sources.${selectorKey}[${position}]`, selectorKey === 'groups' ? 'group' : 'source', id, [...referenced.keys()]));
    }
  });

  for (const [at, list] of evidenceLists(rule)) {
    list.forEach((evidence, position) => {
      if ('seed' in evidence && !documents.has(evidence.seed)) {
        problems.push({ code: 'unknown-document', file, path: `${path}.${at}[${position}].seed`, message: `seed document "${evidence.seed}" is not in the seed index`, hint: `cite one of: ${[...documents.keys()].join(', ')}` });
      }
    });
  }

  checkAnyLink(rule, file, path, problems);
  if (problems.length > before || !platform) return undefined;

  const zone = platform.timeZone;
  const from = rule.from;
  const start = momentInstant(typeof from === 'string' ? from : from.earliest, zone);
  const certainFrom = typeof from === 'string' ? start : momentInstant(from.latest, zone);
  const end = rule.until === undefined ? Infinity : momentInstant(rule.until, zone);
  const phaseInUntil = rule.phaseIn ? momentInstant(rule.phaseIn.until, zone) : undefined;

  if (typeof from !== 'string' && certainFrom <= start) {
    problems.push({ code: 'bad-imprecise-from', file, path: `${path}.from.latest`, message: 'from.latest must be after from.earliest', hint: 'the change happened somewhere in [earliest, latest)' });
  }
  if (end <= certainFrom) {
    problems.push({ code: 'until-not-after-from', file, path: `${path}.until`, message: `until (${rule.until}) is not after from`, hint: 'periods are half-open [from, until): until must be later' });
  }
  if (phaseInUntil !== undefined && (phaseInUntil <= certainFrom || phaseInUntil > end)) {
    problems.push({ code: 'bad-phase-in', file, path: `${path}.phaseIn.until`, message: `phaseIn.until (${rule.phaseIn?.until}) must be after from and no later than until`, hint: 'the phase-in window is [from, phaseIn.until) inside the rule\'s period' });
  }
  if (problems.length > before) return undefined;

  const covers = new Set<string>();
  let specificity: Specificity;
  if ('ids' in selector) {
    specificity = 2;
    selector.ids.forEach((id) => covers.add(id));
  } else if ('groups' in selector) {
    specificity = 1;
    for (const { value: source } of sources.values()) {
      if (source.groups.some((group) => selector.groups.includes(group))) covers.add(source.id);
    }
  } else {
    specificity = 0;
    for (const id of sources.keys()) if (!selector.anyExcept.includes(id)) covers.add(id);
  }

  const published = (evidence: Evidence) => publishedOn(evidence, documents);
  const cited = rule.evidence.map(published).sort();
  const all = evidenceLists(rule).flatMap(([, list]) => list.map(published)).sort();

  return {
    rule,
    file,
    index,
    timeZone: zone,
    knownSince: cited[0]!,
    newestEvidence: all.at(-1)!,
    start,
    certainFrom,
    end,
    specificity,
    covers,
    // A link of no known source is covered only by "any source but …", and an allow only when the
    // evidence says it speaks of every link (issue 9: an unrecognised host was allowed by a rule
    // whose evidence named Taobao and JD).
    coversUnknown: specificity === 0 && (rule.effect === 'deny' || rule.coversAnyLink !== undefined),
    ...(phaseInUntil !== undefined ? { phaseInUntil } : {}),
  };
}

/**
 * An allow for "any source but …" must say in its data that its evidence covers every link, and
 * that statement's quote must be one of the rule's own evidence quotes (or part of one).
 */
function checkAnyLink(rule: Rule, file: string, path: string, problems: Problem[]): void {
  const claim = rule.coversAnyLink;
  if (claim === undefined) {
    if (rule.effect === 'allow' && 'anyExcept' in rule.sources) {
      problems.push({ code: 'any-link-unstated', file, path: `${path}.sources`, message: 'an allow for any source but some does not say that its evidence covers every link', hint: 'name the sources the evidence names ({ "ids": [...] }), or add "coversAnyLink": { "quote": ... } quoting the evidence that says so' });
    }
    return;
  }
  if (!rule.evidence.some((evidence) => evidence.quote.includes(claim.quote))) {
    problems.push({ code: 'any-link-unquoted', file, path: `${path}.coversAnyLink.quote`, message: "the quote is not part of any of the rule's evidence quotes", hint: 'copy the words that say "every link" from one of the evidence quotes' });
  }
}

/** A rule's evidence and any dispute's, each with its path inside the rule. */
export function evidenceLists(rule: Rule): [string, Evidence[]][] {
  return rule.disputed ? [['evidence', rule.evidence], ['disputed.evidence', rule.disputed.evidence]] : [['evidence', rule.evidence]];
}

/**
 * The day a piece of evidence was published. A document that prints no date
 * counts from the last day it could have appeared: only then was it surely known.
 */
export function publishedOn(evidence: Evidence, documents: ReadonlyMap<string, SeedDocument>): string {
  if (!('seed' in evidence)) return typeof evidence.published === 'string' ? evidence.published : evidence.published.latest;
  const published = documents.get(evidence.seed)?.published;
  if (published === undefined) throw new Error(`seed document ${evidence.seed} is not indexed`);
  return typeof published === 'string' ? published : published.latest;
}

/** Same platform, same start, same specificity, overlapping sources and surfaces, different effect. */
