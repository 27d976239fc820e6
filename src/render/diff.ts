// What changed between two moments, for people and as JSON.
import { Chalk } from 'chalk';
import type { Answer } from '../engine/check.js';
import { formatInstant } from '../time/moment.js';
import { format } from '../i18n/index.js';
import type { VerdictChange } from '../views/diff.js';
import type { ViewTextOptions } from './matrix.js';
import { nameOf, type Named } from './names.js';
import { paintVerdict, ruleLabel, symbolOf, verdictWord } from './verdict-marks.js';
import { displayWidth, padEndToWidth } from './width.js';
import { safe, safeJson } from './safe.js';

export interface DiffReport {
  /** The two moments as the reader should see them. */
  before: string;
  after: string;
  changes: VerdictChange[];
}

/** The rule behind a change: the one deciding after it, else the one that ended. */
export function changingRule(change: VerdictChange): string | null {
  return (change.after.rule ?? change.before.rule)?.rule.id ?? null;
}

export function renderDiffText(report: DiffReport, options: ViewTextOptions): string {
  const { lang, glyphs } = options;
  const paint = new Chalk({ level: options.colourLevel });
  if (report.changes.length === 0) return `${format(lang, 'diff.none', { before: report.before, after: report.after })}\n`;
  const verdict = (answer: Answer) => `${symbolOf(answer.verdict, glyphs)} ${verdictWord(lang, answer.verdict)}`;
  // Names come from rule files: made safe here, as every value that reaches the terminal.
  const name = (entity: Named) => safe(nameOf(entity, lang));
  const rows = report.changes.map((change) => [name(change.before.platform), change.before.source ? name(change.before.source) : '', name(change.before.surface), verdict(change.before), verdict(change.after)]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  const arrow = glyphs === 'ascii' ? '->' : '→';
  const lines = [format(lang, 'diff.heading', { before: report.before, after: report.after, count: report.changes.length }), ''];
  report.changes.forEach((change, index) => {
    const row = rows[index]!;
    const [platform, source, surface, before, after] = row.map((text, column) => (column < 4 ? padEndToWidth(text, widths[column]!) : text));
    lines.push(
      `${platform}  ${source}  ${surface}  ${paintVerdict(paint, change.before.verdict, before!)} ${arrow} ${paintVerdict(paint, change.after.verdict, after!)}  ${paint.dim(ruleLabel(lang, changingRule(change)))}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

function side(answer: Answer) {
  return {
    at: formatInstant(answer.at, answer.platform.timeZone),
    verdict: answer.verdict,
    reason: answer.reason,
    rule: answer.rule?.rule.id ?? null,
  };
}

export function diffToJson(report: DiffReport) {
  return {
    changed: report.changes.length > 0,
    changes: report.changes.map((change) => ({
      platform: change.before.platform.id,
      source: change.before.source?.id ?? null,
      surface: change.before.surface.id,
      before: side(change.before),
      after: side(change.after),
      rule: changingRule(change),
    })),
  };
}

export function renderDiffJson(report: DiffReport): string {
  return safeJson(diffToJson(report));
}
