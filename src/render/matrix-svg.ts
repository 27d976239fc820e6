// The matrix as a standalone SVG: one row per source, one column per surface, each cell
// a verdict's colour and mark (the colour never alone), with a legend; the cell asked
// about, when given, outlined. Names come from rule files: escaped here, as every value.
import type { Verdict } from '../engine/check.js';
import { format, type Lang } from '../i18n/index.js';
import type { Matrix } from '../views/matrix.js';
import { momentText } from './matrix.js';
import { nameOf, type Named } from './names.js';
import { safeXml } from './safe.js';
import { legendParts, svgDocument, textWidth } from './svg-parts.js';
import { ruleLabel, symbolOf, VERDICT_HEX, verdictWord } from './verdict-marks.js';

export interface MatrixSvgOptions {
  lang: Lang;
  /** The cells to outline: the asked source (each member of an asked group) on the asked surface. */
  mark?: { sources: readonly string[]; surface: string };
}

const CELL_W = 92;
const CELL_H = 26;
/** Text on each verdict's fill, dark or light as the fill needs. */
const INK: Record<Verdict, string> = { allowed: '#ffffff', denied: '#ffffff', 'rolling-out': '#222222', unknown: '#222222' };

export function renderMatrixSvg(matrix: Matrix, options: MatrixSvgOptions): string {
  const { lang } = options;
  const name = (entity: Named) => nameOf(entity, lang);
  const left = 16 + Math.max(80, ...matrix.sources.map((source) => textWidth(name(source), 7)));
  const top = 92;
  const columns = matrix.surfaces.length;
  // Room on the right for the last surface's slanted name.
  const width = Math.max(left + columns * CELL_W + 72, 420);
  const legendY = top + matrix.rows.length * CELL_H + 30;
  const height = legendY + 20;
  const heading = format(lang, 'matrix.heading', { platform: name(matrix.platform), when: momentText(lang, matrix), zone: matrix.platform.timeZone });

  const parts: string[] = [];
  parts.push(`<title>${safeXml(heading)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="16" y="28" font-size="16" font-weight="600" fill="#222">${safeXml(heading)}</text>`);
  // Surface names, slanted so that long ones fit their column.
  matrix.surfaces.forEach((surface, index) => {
    const x = left + index * CELL_W + CELL_W / 2;
    parts.push(`<text x="${x}" y="${top - 8}" font-size="12" fill="#222" transform="rotate(-20 ${x} ${top - 8})">${safeXml(name(surface))}</text>`);
  });
  matrix.rows.forEach((row, rowIndex) => {
    const y = top + rowIndex * CELL_H;
    parts.push(`<text x="${left - 8}" y="${y + CELL_H - 8}" font-size="12" text-anchor="end" fill="#222">${safeXml(name(row[0]!.source))}</text>`);
    row.forEach((cell, index) => {
      const x = left + index * CELL_W;
      const verdict = cell.answer.verdict;
      const tip = `${name(cell.source)} · ${name(cell.surface)}: ${verdictWord(lang, verdict)}; ${ruleLabel(lang, cell.answer.rule?.rule.id)}`;
      const changes = cell.changes.length > 0 ? ' *' : '';
      parts.push(`<g><title>${safeXml(tip)}</title>`);
      parts.push(`<rect x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${VERDICT_HEX[verdict]}"/>`);
      parts.push(`<text x="${x + 8}" y="${y + CELL_H - 8}" font-size="12" fill="${INK[verdict]}">${safeXml(`${symbolOf(verdict, 'unicode')} ${verdictWord(lang, verdict)}${changes}`)}</text>`);
      parts.push('</g>');
    });
  });
  const { mark } = options;
  if (mark) {
    const column = matrix.surfaces.findIndex((surface) => surface.id === mark.surface);
    matrix.sources.forEach((source, rowIndex) => {
      if (column < 0 || !mark.sources.includes(source.id)) return;
      parts.push(`<rect x="${left + column * CELL_W - 1}" y="${top + rowIndex * CELL_H - 1}" width="${CELL_W + 2}" height="${CELL_H + 2}" fill="none" stroke="#000" stroke-width="3"/>`);
    });
  }
  parts.push(...legendParts(lang, 16, legendY, true));
  return svgDocument(width, height, parts);
}

