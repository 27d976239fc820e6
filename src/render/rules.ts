// The rule data for people: names with their aliases, rules in a list, one
// rule in full.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { cite } from '../engine/check.js';
import type { Evidence, SourceSelector } from '../model/types.js';
import { safeData, safeJson } from './safe.js';
import { citation, describePeriod, ruleView } from './views.js';

export interface RuleListing {
  catalog: Catalog;
  platforms: string[];
  sources: string[];
  rules: CompiledRule[];
}

export function renderRuleListText(listing: RuleListing): string {
  const { catalog, platforms, sources, rules } = safeData(listing);
  const lines: string[] = ['Platforms and surfaces:'];
  for (const id of platforms) {
    const platform = catalog.platforms.get(id)!;
    lines.push(`  ${platform.id}${aliasText(platform.aliases)}  ${platform.timeZone}`);
    for (const surface of platform.surfaces) lines.push(`    ${surface.id}${aliasText(surface.aliases)}`);
  }
  lines.push('', 'Sources:');
  for (const id of sources) {
    const source = catalog.sources.get(id)!;
    const groups = source.groups.length > 0 ? `  groups: ${source.groups.join(', ')}` : '';
    lines.push(`  ${source.id}${aliasText(source.aliases)}${groups}`);
  }
  lines.push('', `Rules (${rules.length}):`);
  for (const compiled of rules) {
    const { rule } = compiled;
    lines.push(`  ${rule.id}`);
    lines.push(`    ${rule.effect} ${selectorText(rule.sources)} on ${rule.platform} ${rule.surfaces.join(', ')}, ${describePeriod(compiled)} (${rule.status}${rule.disputed ? ', disputed' : ''})`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderRuleListJson({ catalog, platforms, sources, rules }: RuleListing): string {
  const json = {
    // Every platform with the same fields: ambiguousNames is optional in a rule file.
    platforms: platforms.map((id) => {
      const platform = catalog.platforms.get(id)!;
      return { ...platform, ambiguousNames: platform.ambiguousNames ?? [] };
    }),
    // Every source with the same fields: shareText is optional in a rule file.
    sources: sources.map((id) => {
      const source = catalog.sources.get(id)!;
      return { ...source, shareText: source.shareText ?? null };
    }),
    groups: [...catalog.groups.values()],
    rules: rules.map(ruleView),
  };
  return safeJson(json);
}

export function renderRuleText(rawCompiled: CompiledRule, rawCatalog: Catalog): string {
  const compiled = safeData(rawCompiled);
  const catalog = safeData(rawCatalog);
  const { rule } = compiled;
  const lines = [
    rule.id,
    `  ${rule.effect} ${selectorText(rule.sources)} on ${rule.platform} ${rule.surfaces.join(', ')}`,
    `  ${describePeriod(compiled)} (${compiled.timeZone})`,
    `  status: ${rule.status}; known since ${compiled.knownSince}; newest evidence ${compiled.newestEvidence}`,
    ...(rule.coversAnyLink ? [`  covers every link of its selection: “${rule.coversAnyLink.quote}”`] : []),
    `  ${rule.summary}`,
    ...(rule.note ? [`  ${rule.note}`] : []),
    `  file: ${compiled.file}, rules[${compiled.index}]`,
    '',
    'Evidence:',
  ];
  const quote = (evidence: Evidence) => {
    const cited = cite(catalog, evidence);
    lines.push(`  “${cited.quote}”`, `    — ${citation(cited)}`, ...(cited.note ? [`    ${cited.note}`] : []));
  };
  rule.evidence.forEach(quote);
  if (rule.disputed) {
    lines.push('', `Disputed: ${rule.disputed.claim}`, `  ${rule.disputed.decision}`);
    rule.disputed.evidence.forEach(quote);
  }
  return `${lines.join('\n')}\n`;
}

export function selectorText(selector: SourceSelector): string {
  if ('ids' in selector) return selector.ids.join(', ');
  if ('groups' in selector) return `group ${selector.groups.join(', ')}`;
  return selector.anyExcept.length > 0 ? `any source except ${selector.anyExcept.join(', ')}` : 'any source';
}

function aliasText(aliases: readonly string[]): string {
  return aliases.length > 0 ? ` (${aliases.join(', ')})` : '';
}
