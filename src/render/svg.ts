// The timeline chart as a standalone SVG for reports and slides: a title, one bar
// per platform, source and surface on a date axis with its years, a legend, and
// each bar segment's period and deciding rule in a <title> tooltip.
import { formatCivil } from '../time/moment.js';
import { format, formatDate, type Lang } from '../i18n/index.js';
import { yearTicks, type Axis } from '../views/axis.js';
import type { Track } from '../views/periods.js';
import { safeXml } from './safe.js';
import { legendParts, svgDocument, textWidth } from './svg-parts.js';
import { periodsOnAxis } from './timeline.js';
import { ruleLabel, VERDICT_HEX, verdictWord } from './verdict-marks.js';

export interface SvgOptions {
  lang: Lang;
  /** Pixels. */
  width?: number;
}

const ROW = 18;
const GAP = 6;

export function renderTimelineSvg(tracks: readonly Track[], axis: Axis, options: SvgOptions): string {
  const { lang } = options;
  const width = options.width ?? 1000;
  const withPlatform = new Set(tracks.map((track) => track.platform)).size > 1;
  const labels = tracks.map((track) => (withPlatform ? `${track.platform} ${track.source} ${track.surface}` : `${track.source} ${track.surface}`));
  const left = 16 + Math.max(80, ...labels.map((text) => textWidth(text, 7)));
  const right = width - 24;
  const top = 64;
  const x = (instant: number) => left + ((Math.min(Math.max(instant, axis.from), axis.to) - axis.from) / (axis.to - axis.from)) * (right - left);
  const day = (instant: number) => formatDate(lang, formatCivil(instant, axis.timeZone).slice(0, 10));
  const barsBottom = top + tracks.length * (ROW + GAP);
  const height = barsBottom + 90;

  const parts: string[] = [];
  const title = format(lang, 'svg.title', { platforms: [...new Set(tracks.map((track) => track.platform))].join(', ') });
  const subtitle = format(lang, 'timeline.axis', { from: day(axis.from), to: day(axis.to - 1), zone: axis.timeZone });
  parts.push(`<title>${safeXml(title)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="16" y="28" font-size="18" font-weight="600" fill="#222">${safeXml(title)}</text>`);
  parts.push(`<text x="16" y="48" font-size="12" fill="#555">${safeXml(subtitle)}</text>`);

  // Year lines behind the bars.
  const ticks = yearTicks(axis);
  parts.push('<g class="axis" stroke="#dddddd">');
  for (const tick of ticks) parts.push(`<line x1="${n(x(tick.instant))}" y1="${top - 4}" x2="${n(x(tick.instant))}" y2="${barsBottom}"/>`);
  parts.push('</g>');

  tracks.forEach((track, index) => {
    const y = top + index * (ROW + GAP);
    parts.push(`<g class="track">`);
    parts.push(`<text x="${left - 8}" y="${y + ROW - 5}" font-size="12" text-anchor="end" fill="#222">${safeXml(labels[index]!)}</text>`);
    for (const period of periodsOnAxis(track, axis)) {
      const from = x(period.from);
      const to = x(period.until);
      const span = `${Number.isFinite(period.from) && period.from >= axis.from ? day(period.from) : '…'} – ${Number.isFinite(period.until) && period.until <= axis.to ? day(period.until - 1) : '…'}`;
      const tip = `${track.platform} ${track.source} ${track.surface}: ${verdictWord(lang, period.verdict)}, ${span}; ${ruleLabel(lang, period.answer.rule?.rule.id)}`;
      parts.push(
        `<rect x="${n(from)}" y="${y}" width="${n(Math.max(1.5, to - from))}" height="${ROW}" fill="${VERDICT_HEX[period.verdict]}"><title>${safeXml(tip)}</title></rect>`,
      );
    }
    parts.push('</g>');
  });

  // The axis: a line under the bars and the years where they begin.
  parts.push(`<g class="axis" font-size="11" fill="#444">`);
  parts.push(`<line x1="${left}" y1="${barsBottom}" x2="${right}" y2="${barsBottom}" stroke="#888"/>`);
  for (const tick of ticks) parts.push(`<text x="${n(x(tick.instant) + 3)}" y="${barsBottom + 15}">${tick.year}</text>`);
  parts.push('</g>');

  parts.push(...legendParts(lang, left, barsBottom + 44, false));
  return svgDocument(width, height, parts);
}


function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
