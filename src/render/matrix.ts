// The matrix for people (a grid of marks with a legend and footnotes) and as JSON.
import { formatCivil, formatClock, formatInstant } from '../time/moment.js';
import { format, formatDate, formatDateTime, t, type Lang } from '../i18n/index.js';
import type { Matrix } from '../views/matrix.js';
import { nameOf, type Named } from './names.js';
import { legend, painter, paintVerdict, ruleLabel, symbolOf, verdictWord, type Glyphs, type Paint } from './verdict-marks.js';
import { ruleView } from './views.js';
import { displayWidth, padEndToWidth } from './width.js';
import { safe, safeJson } from './safe.js';

export interface ViewTextOptions {
  colourLevel: 0 | 1 | 2 | 3;
  lang: Lang;
  glyphs: Glyphs;
}

/** How a matrix's moment reads: a day, or a time. */
export function momentText(lang: Lang, matrix: Matrix): string {
  const civil = matrix.time.now ? formatClock(matrix.time.at, matrix.platform.timeZone) : formatCivil(matrix.time.at, matrix.platform.timeZone);
  return matrix.time.precision === 'day' ? formatDate(lang, civil.slice(0, 10)) : formatDateTime(lang, civil);
}

export function renderMatrixText(matrix: Matrix, options: ViewTextOptions): string {
  const { lang, glyphs } = options;
  const paint = painter(options.colourLevel);
  const zone = matrix.platform.timeZone;
  // A name comes from a rule file: made safe here, as every value that reaches the terminal.
  const name = (entity: Named) => safe(nameOf(entity, lang));
  const lines = [format(lang, 'matrix.heading', { platform: name(matrix.platform), when: momentText(lang, matrix), zone }), ''];
  const labelWidth = Math.max(displayWidth(t(lang, 'matrix.corner')), ...matrix.sources.map((source) => displayWidth(name(source))));
  const widths = matrix.surfaces.map((surface) => Math.max(displayWidth(name(surface)), 4));
  lines.push(`${padEndToWidth(t(lang, 'matrix.corner'), labelWidth)}  ${matrix.surfaces.map((surface, index) => padEndToWidth(name(surface), widths[index]!)).join('  ')}`.trimEnd());

  const notes: string[] = [];
  for (const row of matrix.rows) {
    const cells = row.map((cell, index) => {
      let mark = paintVerdict(paint, cell.verdict, symbolOf(cell.verdict, glyphs));
      let width = 1;
      if (cell.changes.length > 0) {
        notes.push(footnote(lang, glyphs, notes.length + 1, cell, zone, paint));
        const marker = `*${notes.length}`;
        mark += marker;
        width += marker.length;
      }
      return mark + ' '.repeat(Math.max(0, widths[index]! - width));
    });
    lines.push(`${padEndToWidth(name(row[0]!.source), labelWidth)}  ${cells.join('  ')}`.trimEnd());
  }
  lines.push('', legend(lang, paint, (verdict) => symbolOf(verdict, glyphs)));
  if (matrix.asKnownOn) lines.push(format(lang, 'matrix.asKnownOn', { date: formatDate(lang, matrix.asKnownOn) }));
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
}

function footnote(lang: Lang, glyphs: Glyphs, number: number, cell: Matrix['rows'][number][number], zone: string, paint: Paint): string {
  const steps = cell.changes.map((change) => {
    const verdict = change.answer.verdict;
    return format(lang, 'matrix.footnoteStep', {
      time: formatCivil(change.at, zone).slice(11),
      mark: paintVerdict(paint, verdict, symbolOf(verdict, glyphs)),
      verdict: verdictWord(lang, verdict),
      rule: ruleLabel(lang, change.answer.rule?.rule.id),
    });
  });
  return format(lang, 'matrix.footnote', { number, source: safe(nameOf(cell.source, lang)), surface: safe(nameOf(cell.surface, lang)), steps: steps.join(t(lang, 'common.listSeparator')) });
}

export function matrixToJson(matrix: Matrix) {
  const zone = matrix.platform.timeZone;
  return {
    platform: matrix.platform.id,
    at: formatInstant(matrix.time.at, zone),
    precision: matrix.time.precision,
    timeZone: zone,
    asKnownOn: matrix.asKnownOn,
    sources: matrix.sources.map((source) => source.id),
    surfaces: matrix.surfaces.map((surface) => surface.id),
    cells: matrix.rows.flat().map((cell) => ({
      source: cell.source.id,
      surface: cell.surface.id,
      verdict: cell.answer.verdict,
      reason: cell.answer.reason,
      rule: cell.answer.rule ? ruleView(cell.answer.rule) : null,
      changesDuringDay: cell.changes.map((change) => ({
        at: formatInstant(change.at, zone),
        verdict: change.answer.verdict,
        reason: change.answer.reason,
        rule: change.answer.rule?.rule.id ?? null,
      })),
    })),
  };
}

export function renderMatrixJson(matrix: Matrix): string {
  return safeJson(matrixToJson(matrix));
}
