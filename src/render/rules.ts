// The rule data for people: names with their aliases, rules in a list, one
// rule in full.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { citeAll } from '../engine/cite.js';
import { textIn, type Text } from '../model/text.js';
import type { Evidence, Rule, SourceSelector } from '../model/types.js';
import { nameOf } from './names.js';
import { safeData, safeJson } from './safe.js';
import { citation, describePeriod, ruleView, statusWord } from './views.js';
import { ENGLISH, type Words } from '../i18n/words.js';

export interface RuleListing {
  catalog: Catalog;
  platforms: string[];
  sources: string[];
  rules: CompiledRule[];
}

/** What the list shows of a rule: a rule file's rule is read whole (its evidence and words) only when asked (src/engine/catalog-store.ts). */
type ListedRule = Pick<Rule, 'id' | 'status' | PlacementField>;

/**
 * The listing with only what the text shows, so that only that is made safe: each rule's
 * listed fields and whether it is disputed, the catalog's platforms, groups and sources (#18).
 */
function listed({ catalog, platforms, sources, rules }: RuleListing) {
  return {
    catalog: { platforms: catalog.platforms, groups: catalog.groups, sources: catalog.sources },
    platforms,
    sources,
    rules: rules.map((compiled) => {
      const { id, status, platform, surfaces, effect, sources: selector } = compiled.rule;
      const rule: ListedRule = { id, status, platform, surfaces, effect, sources: selector };
      // The period's fields alone, named: a copy of the whole compiled rule by spread was an object of slow properties a rule (#18).
      const { timeZone, start, certainFrom, phaseInUntil, end } = compiled;
      return { compiled: { rule, timeZone, start, certainFrom, end, ...(phaseInUntil !== undefined ? { phaseInUntil } : {}) }, disputed: 'disputed' in compiled.rule };
    }),
  };
}

export function renderRuleListText(listing: RuleListing, words: Words = ENGLISH): string {
  const { catalog, platforms, sources, rules } = safeData(listed(listing));
  const { say } = words;
  const lines: string[] = [say('rules.platforms')];
  for (const id of platforms) {
    const platform = catalog.platforms.get(id)!;
    lines.push(`  ${platform.id}${aliasText(platform.aliases)}  ${platform.timeZone}`);
    for (const surface of platform.surfaces) lines.push(`    ${surface.id}${aliasText(surface.aliases)}`);
  }
  lines.push('', say('rules.sources'));
  for (const id of sources) {
    const source = catalog.sources.get(id)!;
    const groups = source.groups.length > 0 ? say('rules.groups', { groups: source.groups.join(', ') }) : '';
    lines.push(`  ${source.id}${aliasText(source.aliases)}${groups}`);
  }
  lines.push('', say('rules.count', { count: rules.length }));
  for (const { compiled, disputed } of rules) {
    const { rule } = compiled;
    lines.push(`  ${rule.id}`);
    const status = [rule.status, ...(disputed ? ['disputed'] : [])].map((word) => statusWord(word, words)).join(say('common.comma'));
    lines.push(`    ${say('rules.listLine', { ...placement(compiled, catalog, words), period: describePeriod(compiled, words), status })}`);
  }
  return `${lines.join('\n')}\n`;
}

/** JSON does not change with --lang: names in English (src/render/views.ts). */
const english = (name: Text) => textIn(name, 'en');

export function renderRuleListJson({ catalog, platforms, sources, rules }: RuleListing): string {
  const json = {
    // Every platform with the same fields: ambiguousNames is optional in a rule file.
    platforms: platforms.map((id) => {
      const platform = catalog.platforms.get(id)!;
      const surfaces = platform.surfaces.map((surface) => ({ ...surface, name: english(surface.name) }));
      return { ...platform, name: english(platform.name), surfaces, ambiguousNames: platform.ambiguousNames ?? [] };
    }),
    // Every source with the same fields: shareText is optional in a rule file.
    sources: sources.map((id) => {
      const source = catalog.sources.get(id)!;
      return { ...source, name: english(source.name), shareText: source.shareText ?? null };
    }),
    groups: [...catalog.groups.values()].map((group) => ({ ...group, name: english(group.name) })),
    rules: rules.map(ruleView),
  };
  return safeJson(json);
}

export function renderRuleText(rawCompiled: CompiledRule, rawCatalog: Catalog, words: Words = ENGLISH): string {
  const compiled = safeData(rawCompiled);
  const catalog = safeData(rawCatalog);
  const { rule } = compiled;
  const { say, lang } = words;
  const text = (value: Text) => textIn(value, lang);
  const lines = [
    rule.id,
    `  ${say('rules.showLine', placement(compiled, catalog, words))}`,
    `  ${say('rules.period', { period: describePeriod(compiled, words), zone: compiled.timeZone })}`,
    `  ${say('rules.status', { status: statusWord(rule.status, words), knownSince: words.date(compiled.knownSince), newest: words.date(String(compiled.newestEvidence)) })}`,
    ...(rule.coversAnyLink ? [`  ${say('rules.coversAny', { quote: rule.coversAnyLink.quote })}`] : []),
    `  ${text(rule.summary)}`,
    ...(rule.note ? [`  ${text(rule.note)}`] : []),
    `  ${say('rules.file', { file: compiled.file, index: compiled.index })}`,
    '',
    say('rules.evidence'),
  ];
  // Strongest first, as a check shows them (src/engine/evidence-strength.ts).
  const quote = (evidence: Evidence[]) => {
    for (const cited of citeAll(catalog, evidence)) lines.push(`  “${cited.quote}”`, `    — ${citation(cited, words)}`, ...(cited.note ? [`    ${text(cited.note)}`] : []));
  };
  quote(rule.evidence);
  if (rule.untilEvidence && compiled.endKnownSince !== undefined) {
    lines.push('', say('rules.untilEvidence', { knownSince: words.date(compiled.endKnownSince) }));
    quote(rule.untilEvidence);
  }
  if (rule.disputed) {
    lines.push('', say('rules.disputed', { claim: text(rule.disputed.claim) }), `  ${text(rule.disputed.decision)}`);
    quote(rule.disputed.evidence);
  }
  return `${lines.join('\n')}\n`;
}

/** The sources a rule selects; with a catalog, by the names the reader uses (src/render/names.ts). */
export function selectorText(selector: SourceSelector, words: Words = ENGLISH, catalog?: Pick<Catalog, 'groups' | 'sources'>): string {
  const { lang } = words;
  const comma = lang === 'en' ? ', ' : words.say('common.comma');
  const named = (ids: readonly string[], kind: 'sources' | 'groups') =>
    ids.map((id) => { const entity = catalog?.[kind].get(id); return entity ? nameOf(entity, lang) : id; }).join(comma);
  if ('ids' in selector) return named(selector.ids, 'sources');
  if ('groups' in selector) return words.say('rules.group', { groups: named(selector.groups, 'groups') });
  return selector.anyExcept.length > 0 ? words.say('rules.anyExcept', { ids: named(selector.anyExcept, 'sources') }) : words.say('rules.any');
}

/** What a rule does where: its effect, sources, platform and surfaces, as message values. */
type PlacementField = 'platform' | 'surfaces' | 'effect' | 'sources';

function placement(compiled: { rule: Pick<Rule, PlacementField> }, catalog: Pick<Catalog, 'platforms' | 'groups' | 'sources'>, words: Words) {
  const { rule } = compiled;
  const { lang } = words;
  const platform = catalog.platforms.get(rule.platform);
  const surfaces = rule.surfaces.map((id) => { const surface = platform?.surfaces.find((candidate) => candidate.id === id); return surface ? nameOf(surface, lang) : id; });
  return {
    effect: words.say(`effect.${rule.effect}`),
    sources: selectorText(rule.sources, words, catalog),
    platform: platform ? nameOf(platform, lang) : rule.platform,
    surfaces: surfaces.join(lang === 'en' ? ', ' : words.say('common.comma')),
  };
}

function aliasText(aliases: readonly string[]): string {
  return aliases.length > 0 ? ` (${aliases.join(', ')})` : '';
}
