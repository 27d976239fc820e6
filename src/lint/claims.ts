// Checks that keep a rule from claiming more than its evidence by accident (#14):
// every quote says something, an allow's evidence names each source it allows, and
// no evidence is newer than the file's review, nor dated after today, nor the review.
// Errors fail the lint: a quote that says nothing, an allow whose quotes name some
// of its sources but not others (it stretches its evidence to sources it does not
// name), evidence dated after today (no report can have been published then: the
// date is mistyped, and as known on any day before it the rule would be unknown), and
// a review dated after today (it would vouch for the file on days not yet come, and
// hide evidence published after the real review).
// Warnings do not: quotes that name none of the allowed sources (the catalogue may
// lack the name the evidence uses, as "Xiaodian" for Douyin Shop), and evidence newer
// than the review (it widens no answer).
import type { Catalog } from '../engine/catalog.js';
import { evidenceLists } from '../engine/catalog.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
import { isMeaningful } from '../engine/quote-meaning.js';
import { unnamedBy } from '../engine/source-names.js';
import type { Evidence, LoadedRuleFile, Rule } from '../model/types.js';

/** `today`: the latest civil date anywhere now (YYYY-MM-DD), which no publication or review date may pass; not given, none is compared. */
export function claimProblems(files: readonly LoadedRuleFile[], catalog: Catalog, today?: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const { reviewed } = file.data;
    if (today !== undefined && reviewed !== undefined && reviewed > today) problems.push(problem('reviewed-in-future', { reviewed, today }, file.path, 'reviewed'));
    file.data.rules.forEach((rule, index) => {
      const path = `rules[${index}]`;
      for (const [at, list] of allEvidence(rule)) {
        list.forEach((evidence, position) => {
          const where = `${path}.${at}[${position}]`;
          if (!isMeaningful(evidence.quote)) problems.push(problem('quote-too-short', {}, file.path, `${where}.quote`));
          const published = earliestPublished(evidence, catalog);
          const dated = 'seed' in evidence ? where : `${where}.published`;
          if (today !== undefined && published !== undefined && published > today) problems.push(problem('evidence-in-future', { published, today }, file.path, dated));
          if (reviewed !== undefined && published !== undefined && published > reviewed) {
            problems.push({ ...problem('evidence-after-review', { published, reviewed }, file.path, dated), severity: 'warning' });
          }
        });
      }
      const { covered, unnamed } = unnamedSources(rule, catalog);
      if (unnamed.length === 0) return;
      const found = problem(unnamed.length === covered.length ? 'allow-source-unnamed.none' : 'allow-source-unnamed', { sources: unnamed.join(', ') }, file.path, `${path}.sources`);
      problems.push(unnamed.length === covered.length ? { ...found, severity: 'warning' } : found);
    });
  }
  return problems;
}

/** The rule's evidence, its end's and its dispute's, each with its path inside the rule. */
function allEvidence(rule: Rule): [string, Evidence[]][] {
  const lists = evidenceLists(rule);
  return rule.untilEvidence ? [...lists, ['untilEvidence', rule.untilEvidence]] : lists;
}

/** The first day the evidence can have been published: its date, or the start of its window. */
function earliestPublished(evidence: Evidence, catalog: Catalog): string | undefined {
  const published = 'seed' in evidence ? catalog.documents.get(evidence.seed)?.published : evidence.published;
  if (published === undefined) return undefined;
  return typeof published === 'string' ? published : published.earliest;
}

/**
 * The sources an allow for named sources or groups covers that none of its quotes names by
 * id, alias, domain or a group it belongs to; none when it says it covers every link of the kind
 * (coversAnyLink). "Any source but …" is checked by its coversAnyLink quote instead
 * (compile-catalog.ts).
 */
function unnamedSources(rule: Rule, catalog: Catalog): { covered: string[]; unnamed: string[] } {
  if (rule.effect !== 'allow' || 'anyExcept' in rule.sources) return { covered: [], unnamed: [] };
  const selector = rule.sources;
  const covered = ('ids' in selector ? selector.ids : [...catalog.sources.values()].filter((source) => source.groups.some((group) => selector.groups.includes(group))).map((source) => source.id)).filter((id) =>
    catalog.sources.has(id),
  );
  const unnamed = unnamedBy(rule, covered, (id) => catalog.sources.get(id), (group) => catalog.groups.get(group));
  return { covered, unnamed };
}
