// Turns validated rule files into a catalog the engine can answer from, and
// finds the problems that a schema cannot see: references, duplicates, periods
// and allow/deny ties.
import type { Group, LoadedRuleFile, Platform, SeedDocument, Source } from '../model/types.js';
import { assembleCatalog, definitionsOf, type Catalog, type CompiledRule, type Located, type Redefined } from './catalog.js';
import { checkAliases, checkGroupSourceNames, checkLinkLikeNames, checkLinkLikeSurfaces, checkSourceGroups, checkSurfaces } from './catalog-checks.js';
import { findTies, findUnorderedStarts, sortedStarts } from './rule-order-checks.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
import { checkGroupShortLinks, checkSourceClaims } from './source-claims.js';
import type { StoredRule } from './catalog-store.js';
import { compileRule, restoreRule, type CompileContext } from './compile-rule.js';
import { repeatedInDefinition, repeatedInRule } from './repeated-entries.js';

export interface CompileResult {
  catalog: Catalog;
  problems: Problem[];
}

/**
 * Files compiled before, by the build (the built-in record's snapshot), and their rules as it
 * compiled them: each of these rules depends only on its own file's words and the built-in
 * definitions, except for the sources a group or "any source but" selector covers, which other
 * files may add to.
 */
export interface Precompiled {
  files: ReadonlySet<LoadedRuleFile>;
  rules: readonly StoredRule[];
}

/**
 * The catalog of the files and its problems. With `precompiled`, the build's own files are not
 * compiled and checked again one rule at a time (read whole, their dates parsed, their quotes
 * weighed): only what other files can change is, the sources their selectors cover, ties and
 * the checks across definitions. Not when an id is defined twice: then a built-in rule could
 * read another file's definition.
 */
export function compileCatalog(files: readonly LoadedRuleFile[], documents: readonly SeedDocument[], precompiled?: Precompiled): CompileResult {
  const redefined: Redefined[] = [];
  const defined = definitionsOf(files, redefined);
  const { platforms, groups, sources } = defined;
  const problems: Problem[] = redefined.map(({ kind, id, file, path, first }) => problem('duplicate-id.definition', { kind, id, at: first }, file, path));
  const documentMap = new Map(documents.map((document) => [document.file, document]));
  const stored = precompiled && redefined.length === 0 ? storedByFile(precompiled) : undefined;

  const order = new Map(files.map((file, index) => [file.path, index]));
  checkNames(platforms, groups, sources, problems, stored, (file) => order.get(file) ?? 0);

  const context: CompileContext = { platforms, groups, sources, documents: documentMap, surfaces: new Map(), covers: { ids: new Map(), groups: new Map(), anyExcept: new Map() }, problems };
  const rules: CompiledRule[] = [];
  // The rule ids used so far, one set operation a rule; where each was first used (as the rule's
  // place among all files' rules) is worked out only once an id is used twice, as is where each
  // file's rules begin: no string or pair for each of 100,000 rules (#18).
  const ruleIds = new Set<string>();
  let firstUses: Map<string, number> | undefined;
  const firsts: number[] = [];
  let ordinal = 0;
  for (const file of files) {
    const { rules: fileRules, reviewed } = file.data;
    const before = stored?.get(file);
    firsts.push(ordinal);
    for (let index = 0; index < fileRules.length; index++, ordinal++) {
      const rule = fileRules[index]!;
      if (ruleIds.size === ruleIds.add(rule.id).size) {
        firstUses ??= firstUsesOf(files);
        const seen = firstUses.get(rule.id)!;
        const first = firsts.findLastIndex((begins) => begins <= seen);
        problems.push(problem('duplicate-id', { id: rule.id, at: `${files[first]!.path}: rules[${seen - firsts[first]!}]` }, file.path, `rules[${index}].id`));
      }
      const earlier = before?.[index];
      if (!earlier) repeatedInRule(rule, index, file.path, problems);
      const compiled = earlier ? restoreRule(earlier, rule, context) : compileRule(rule, file.path, index, context);
      if (compiled) {
        if (reviewed) compiled.reviewed = reviewed;
        rules.push(compiled);
      }
    }
  }
  const starts = sortedStarts(rules);
  findTies(rules, starts, problems);
  findUnorderedStarts(rules, starts, problems);
  return { catalog: assembleCatalog(files, documentMap, rules, defined), problems };
}

/** Where each rule id is first used, as the rule's place among all files' rules. */
function firstUsesOf(files: readonly LoadedRuleFile[]): Map<string, number> {
  const uses = new Map<string, number>();
  let ordinal = 0;
  for (const file of files) {
    for (const rule of file.data.rules) {
      if (!uses.has(rule.id)) uses.set(rule.id, ordinal);
      ordinal++;
    }
  }
  return uses;
}

/** The precompiled rules of each precompiled file, by their place in it. */
function storedByFile({ files, rules }: Precompiled): Map<LoadedRuleFile, StoredRule[]> {
  const byPath = new Map([...files].map((file) => [file.path, file]));
  const stored = new Map<LoadedRuleFile, StoredRule[]>();
  for (const rule of rules) {
    const file = byPath.get(rule.file);
    if (file === undefined) continue;
    let list = stored.get(file);
    if (list === undefined) stored.set(file, (list = []));
    list[rule.index] = rule;
  }
  return stored;
}

/**
 * Problems between the names: groups, source claims, aliases, surfaces, and names that read as
 * links. A name of a precompiled file was checked by itself when it was compiled: only the
 * checks across definitions are made again for it.
 */
function checkNames(platforms: Map<string, Located<Platform>>, groups: Map<string, Located<Group>>, sources: Map<string, Located<Source>>, problems: Problem[], stored: Map<LoadedRuleFile, StoredRule[]> | undefined, order: (file: string) => number): void {
  // By the definitions themselves: another file may have a precompiled file's path.
  const checked = stored && new Set<object>([...stored.keys()].flatMap(({ data }) => [...data.platforms, ...data.groups, ...data.sources]));
  const own = (located: Located<object>) => checked === undefined || !checked.has(located.value);
  checkSourceGroups(sources, groups, problems);
  checkSourceClaims(sources.values(), problems);
  checkGroupShortLinks(groups.values(), sources, order, problems);
  checkAliases('platform', [...platforms.values()], problems);
  checkAliases('source', [...sources.values()], problems);
  checkAliases('group', [...groups.values()], problems);
  checkGroupSourceNames(groups, sources, order, problems);
  for (const { value, path, file } of platforms.values()) if (checked === undefined || !checked.has(value)) repeatedInDefinition('platform', value, path, file, problems);
  for (const { value, path, file } of groups.values()) if (checked === undefined || !checked.has(value)) repeatedInDefinition('group', value, path, file, problems);
  for (const { value, path, file } of sources.values()) if (checked === undefined || !checked.has(value)) repeatedInDefinition('source', value, path, file, problems);
  for (const platform of platforms.values()) if (own(platform)) checkSurfaces(platform, problems);
  for (const platform of platforms.values()) if (own(platform)) checkLinkLikeNames('platform', platform, problems);
  for (const platform of platforms.values()) if (own(platform)) checkLinkLikeSurfaces(platform, problems);
  for (const group of groups.values()) if (own(group)) checkLinkLikeNames('group', group, problems);
  for (const source of sources.values()) if (own(source)) checkLinkLikeNames('source', source, problems);
}
