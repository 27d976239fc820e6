// The rule data for people: names with their aliases, rules in a list, one
// rule in full.
import type { Catalog, CompiledRule } from '../engine/catalog.js';
import { cite } from '../engine/check.js';
import type { Evidence, SourceSelector } from '../model/types.js';
import { safeData, safeJson } from './safe.js';
import { citation, describePeriod, ruleView, statusWord } from './views.js';
import { ENGLISH, type Words } from '../i18n/words.js';

export interface RuleListing {
  catalog: Catalog;
  platforms: string[];
  sources: string[];
  rules: CompiledRule[];
}

export function renderRuleListText(listing: RuleListing, words: Words = ENGLISH): string {
  const { catalog, platforms, sources, rules } = safeData(listing);
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
  for (const compiled of rules) {
    const { rule } = compiled;
    lines.push(`  ${rule.id}`);
    const status = [rule.status, ...(rule.disputed ? ['disputed'] : [])].map((word) => statusWord(word, words)).join(say('common.comma'));
    lines.push(`    ${say('rules.listLine', { ...placement(compiled, words), period: describePeriod(compiled, words), status })}`);
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

export function renderRuleText(rawCompiled: CompiledRule, rawCatalog: Catalog, words: Words = ENGLISH): string {
  const compiled = safeData(rawCompiled);
  const catalog = safeData(rawCatalog);
  const { rule } = compiled;
  const { say } = words;
  const lines = [
    rule.id,
    `  ${say('rules.showLine', placement(compiled, words))}`,
    `  ${say('rules.period', { period: describePeriod(compiled, words), zone: compiled.timeZone })}`,
    `  ${say('rules.status', { status: statusWord(rule.status, words), knownSince: words.date(compiled.knownSince), newest: words.date(String(compiled.newestEvidence)) })}`,
    ...(rule.coversAnyLink ? [`  ${say('rules.coversAny', { quote: rule.coversAnyLink.quote })}`] : []),
    `  ${rule.summary}`,
    ...(rule.note ? [`  ${rule.note}`] : []),
    `  ${say('rules.file', { file: compiled.file, index: compiled.index })}`,
    '',
    say('rules.evidence'),
  ];
  const quote = (evidence: Evidence) => {
    const cited = cite(catalog, evidence);
    lines.push(`  “${cited.quote}”`, `    — ${citation(cited, words)}`, ...(cited.note ? [`    ${cited.note}`] : []));
  };
  rule.evidence.forEach(quote);
  if (rule.untilEvidence && compiled.endKnownSince !== undefined) {
    lines.push('', say('rules.untilEvidence', { knownSince: words.date(compiled.endKnownSince) }));
    rule.untilEvidence.forEach(quote);
  }
  if (rule.disputed) {
    lines.push('', say('rules.disputed', { claim: rule.disputed.claim }), `  ${rule.disputed.decision}`);
    rule.disputed.evidence.forEach(quote);
  }
  return `${lines.join('\n')}\n`;
}

export function selectorText(selector: SourceSelector, words: Words = ENGLISH): string {
  if ('ids' in selector) return selector.ids.join(', ');
  if ('groups' in selector) return words.say('rules.group', { groups: selector.groups.join(', ') });
  return selector.anyExcept.length > 0 ? words.say('rules.anyExcept', { ids: selector.anyExcept.join(', ') }) : words.say('rules.any');
}

/** What a rule does where: its effect, sources, platform and surfaces, as message values. */
function placement(compiled: CompiledRule, words: Words) {
  const { rule } = compiled;
  return { effect: words.say(`effect.${rule.effect}`), sources: selectorText(rule.sources, words), platform: rule.platform, surfaces: rule.surfaces.join(', ') };
}

function aliasText(aliases: readonly string[]): string {
  return aliases.length > 0 ? ` (${aliases.join(', ')})` : '';
}
