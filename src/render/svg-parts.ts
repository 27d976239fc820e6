// What the SVG pictures (the timeline chart, the matrix) share: their font, the rough
// width of a text, the verdicts' legend, and the document around their parts.
import type { Lang } from '../i18n/index.js';
import { safeXml } from './safe.js';
import { symbolOf, VERDICT_HEX, VERDICTS, verdictWord } from './verdict-marks.js';

export const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', \'Noto Sans CJK SC\', \'PingFang SC\', sans-serif"';

/** A rough width in pixels: CJK characters count double. */
export function textWidth(text: string, perCharacter: number): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFFF]/u.test(character) ? perCharacter * 2 : perCharacter;
  return width;
}

/** The legend's parts: each verdict's colour and word from x along the baseline y, with its mark before the word when `marked` (as the matrix's cells show it). */
export function legendParts(lang: Lang, x: number, y: number, marked: boolean): string[] {
  const parts = [`<g class="legend" font-size="12" fill="#222">`];
  for (const verdict of VERDICTS) {
    const word = marked ? `${symbolOf(verdict, 'unicode')} ${verdictWord(lang, verdict)}` : verdictWord(lang, verdict);
    parts.push(`<rect x="${x}" y="${y - 11}" width="14" height="14" fill="${VERDICT_HEX[verdict]}"/>`);
    parts.push(`<text x="${x + 20}" y="${y}">${safeXml(word)}</text>`);
    x += (marked ? 40 : 36) + textWidth(word, 6.5);
  }
  parts.push('</g>');
  return parts;
}

/** A standalone SVG document of the given size holding the parts, one to a line. */
export function svgDocument(width: number, height: number, parts: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    ...parts.map((part) => `  ${part}`),
    '</svg>',
    '',
  ].join('\n');
}
