// The catalog the engine answers from: compiled rules and the definitions they
// name. Compiling it from rule files is compile-catalog.ts.
import type { Evidence, Group, LoadedRuleFile, Platform, Rule, SeedDocument, Source } from '../model/types.js';

/** A definition and where it was made. */
export interface Located<T> {
  value: T;
  file: string;
  path: string;
}

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
  /**
   * The day its end became known, when the end has evidence of its own (untilEvidence): the
   * earliest publication date of that evidence. Before it, as known on a day, the rule is open-ended.
   */
  endKnownSince?: string;
  /**
   * For an allow that covers links of no recognised source (coversAnyLink): the earliest
   * publication date of the evidence holding that quote; before it, such links are not covered.
   */
  anyLinkKnownSince?: string;
  /**
   * When its start was first stated by evidence published after the rule's first (fromStated):
   * that day. Before it, as known on a day, the rule starts no earlier than knownSince.
   */
  startKnownSince?: string;
  /**
   * When its phase-in's end was first stated by evidence published after the rule's first
   * (phaseIn.untilStated): that day. Before it, as known on a day, the rule rolls out to its end.
   */
  phaseInKnownSince?: string;
  /**
   * Set on a rule as known on a day before its start was stated (fromStated), when it then starts
   * at its first evidence's day and not at its own, earlier start: precedence puts it after a rule
   * that starts at that same instant (precedence.ts byPrecedence).
   */
  startUnstated?: true;
  /**
   * For an allow: the sources it covers that its evidence first named after knownSince, each with
   * that day (compile-rule.ts namedSince). Before it, as known on a day, the rule does not cover it.
   */
  coveredSince?: Readonly<Record<string, string>>;
  /**
   * For a disputed rule: the earliest publication date of its dispute's evidence; before it, as
   * known on a day, the rule is not disputed.
   */
  disputeKnownSince?: string;
  /** The latest publication date of anything it cites, disputes included. */
  newestEvidence: string;
  /**
   * When it cites more than one publication day: those days (its evidence's, its end's and its
   * dispute's), in order, each once. The rule as known on a day takes its newest evidence from
   * these (or, without them, knownSince, its only day), without reading its evidence again: the
   * built-in rules' evidence is read only when a rule is shown.
   */
  evidenceDays?: readonly string[];
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

/** The first definition of each platform, group and source id in the files, and where it was made. */
export interface Definitions {
  platforms: Map<string, Located<Platform>>;
  groups: Map<string, Located<Group>>;
  sources: Map<string, Located<Source>>;
}

/** Each id's first definition; the ids defined again go to `redefined`. */
export function definitionsOf(files: readonly LoadedRuleFile[], redefined: Redefined[] = []): Definitions {
  return { platforms: collect(files, 'platforms', redefined), groups: collect(files, 'groups', redefined), sources: collect(files, 'sources', redefined) };
}

/** The catalog of files whose rules are compiled: the first definition of each platform, group and source id. */
export function assembleCatalog(files: readonly LoadedRuleFile[], documents: ReadonlyMap<string, SeedDocument>, rules: readonly CompiledRule[], defined: Definitions = definitionsOf(files)): Catalog {
  const reviewed = files
    .map((file) => file.data.reviewed)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  return {
    platforms: values(defined.platforms),
    groups: values(defined.groups),
    sources: values(defined.sources),
    documents,
    rules,
    ...(reviewed ? { reviewed } : {}),
  };
}

type Kind = 'platforms' | 'groups' | 'sources';

/** An id defined a second time: where, and where it was first. */
export interface Redefined {
  kind: 'platform' | 'group' | 'source';
  id: string;
  file: string;
  path: string;
  first: string;
}

function collect<K extends Kind>(files: readonly LoadedRuleFile[], kind: K, redefined: Redefined[]) {
  const found = new Map<string, Located<LoadedRuleFile['data'][K][number]>>();
  for (const file of files) {
    file.data[kind].forEach((value, index) => {
      const path = `${kind}[${index}]`;
      const seen = found.get(value.id);
      if (seen) {
        redefined.push({ kind: kind.slice(0, -1) as Redefined['kind'], id: value.id, file: file.path, path: `${path}.id`, first: `${seen.file}: ${seen.path}` });
        return;
      }
      found.set(value.id, { value, file: file.path, path });
    });
  }
  return found;
}

export function values<T>(map: Map<string, Located<T>>): Map<string, T> {
  return new Map([...map].map(([id, located]) => [id, located.value]));
}

/** The kinds of source selector a rule can give. */
export type SelectorKey = 'ids' | 'groups' | 'anyExcept';

/** A rule's source selector: the entries it lists, and which kind of list that is. */
export function selectorParts(selector: Rule['sources']): { selected: readonly string[]; selectorKey: SelectorKey } {
  if ('ids' in selector) return { selected: selector.ids, selectorKey: 'ids' };
  if ('groups' in selector) return { selected: selector.groups, selectorKey: 'groups' };
  return { selected: selector.anyExcept, selectorKey: 'anyExcept' };
}

/** A rule's evidence, its end's and any dispute's, each with its path inside the rule. */
export function evidenceLists(rule: Rule): [string, Evidence[]][] {
  return [
    ['evidence', rule.evidence],
    ...(rule.untilEvidence ? [['untilEvidence', rule.untilEvidence] as [string, Evidence[]]] : []),
    ...(rule.disputed ? [['disputed.evidence', rule.disputed.evidence] as [string, Evidence[]]] : []),
  ];
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
