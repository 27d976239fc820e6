// linkcheck rules lint | schema | list | show: the rule data as a maintained dataset.
import { cite } from '../engine/cite.js';
import { inputError } from '../errors/errors.js';
import { formatProblem } from '../i18n/en-problems.js';
import { closeIds } from '../engine/resolve.js';
import { resolvePlatform } from '../query/index.js';
import { rulesListed } from '../views/rule-listing.js';
import { lintRules } from '../lint/lint-rules.js';
import { packageRoot } from '../load/builtin-files.js';
import { loadCatalog } from '../load/load-catalog.js';
import { ruleFileJsonSchema } from '../render/json-schema.js';
import type { Evidence } from '../model/types.js';
import { renderLintJson, renderLintText } from '../render/problems.js';
import { renderRuleListJson, renderRuleListText, renderRuleText } from '../render/rules.js';
import { safeJson } from '../render/safe.js';
import { disputeView, evidenceView, ruleView } from '../render/views.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { extraRulePaths, loadOptions, type RuleOptions } from './rule-options.js';

interface JsonOption {
  json?: boolean;
  /** The language of the text; JSON does not change. English when not given. */
  lang?: Lang;
}

export function runLint(context: CliContext, paths: string[], options: RuleOptions & JsonOption & { bilingual?: boolean }): number {
  // The date where the day is furthest on (UTC+14): a date after it is after today everywhere.
  const today = new Date(context.now + 14 * 3_600_000).toISOString().slice(0, 10);
  const report = lintRules({ root: context.root ?? packageRoot(), paths, extra: extraRulePaths(context, options), builtin: options.builtinRules, bilingual: options.bilingual === true, today });
  const [unreadable] = report.unreadable;
  if (unreadable) throw inputError('unreadable-rules', { problem: formatProblem(unreadable), more: String(report.unreadable.length - 1) }, undefined, unreadable);
  context.stdout(options.json ? renderLintJson(report) : renderLintText(report, wordsFor(options.lang ?? 'en')));
  // Warnings are reported and do not fail the lint.
  return report.problems.some((problem) => problem.severity !== 'warning') ? 1 : 0;
}

export function runSchema(context: CliContext): number {
  context.stdout(safeJson(ruleFileJsonSchema()));
  return 0;
}

export interface ListOptions extends RuleOptions, JsonOption {
  platform?: string;
  /** -p given before "rules list" as well: it must name the same platform. */
  otherPlatform?: string;
  source?: string;
  surface?: string;
}

export async function runList(context: CliContext, options: ListOptions): Promise<number> {
  const catalog = await loadCatalog(loadOptions(context, options));
  // -p before "rules list" as well: it must name the same platform (the one after it is read first).
  if (options.platform !== undefined && options.otherPlatform !== undefined) {
    const platform = resolvePlatform(catalog, options.platform);
    if (resolvePlatform(catalog, options.otherPlatform).id !== platform.id) {
      throw inputError('conflicting-options', { option: '-p, --platform', first: options.otherPlatform, second: options.platform });
    }
  }
  const selection = rulesListed(catalog, {
    ...(options.platform !== undefined ? { platform: options.platform } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...(options.surface !== undefined ? { surface: options.surface } : {}),
  });
  const listing = { catalog, ...selection };
  context.stdout(options.json ? renderRuleListJson(listing) : renderRuleListText(listing, wordsFor(options.lang ?? 'en')));
  return 0;
}

export async function runShow(context: CliContext, id: string, options: RuleOptions & JsonOption): Promise<number> {
  const catalog = await loadCatalog(loadOptions(context, options));
  const rule = catalog.rules.find((candidate) => candidate.rule.id === id);
  if (!rule) {
    const close = closeIds(catalog.rules.map((candidate) => candidate.rule.id), id);
    throw inputError('unknown-rule', { id, ...(close.length > 0 ? { close: close.join(' ') } : {}) });
  }
  if (!options.json) {
    context.stdout(renderRuleText(rule, catalog, wordsFor(options.lang ?? 'en')));
    return 0;
  }
  const cited = (list: Evidence[]) => list.map((evidence) => cite(catalog, evidence));
  const { disputed } = rule.rule;
  const json = {
    ...ruleView(rule),
    knownSince: rule.knownSince,
    endKnownSince: rule.endKnownSince ?? null,
    newestEvidence: rule.newestEvidence,
    evidence: cited(rule.rule.evidence).map(evidenceView),
    untilEvidence: cited(rule.rule.untilEvidence ?? []).map(evidenceView),
    disputed: disputed ? disputeView({ ...disputed, evidence: cited(disputed.evidence) }) : null,
  };
  context.stdout(safeJson(json));
  return 0;
}
