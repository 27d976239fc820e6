// Platforms, sources and surfaces: what there is to type, as a table or JSON.
import { Chalk } from 'chalk';
import { textIn } from '../model/text.js';
import type { Platform, Source } from '../model/types.js';
import { t, type Lang, type MessageId } from '../i18n/index.js';
import { safe } from './safe.js';
import { displayWidth, padEndToWidth } from './width.js';

export interface ListingOptions {
  colourLevel: 0 | 1 | 2 | 3;
  lang: Lang;
  /** Columns to fit in (a terminal's): the last column wraps after its commas. Without it, lines are not cut. */
  width?: number | undefined;
}

function table(headers: readonly MessageId[], rawRows: readonly string[][], options: ListingOptions): string {
  const rows = rawRows.map((row) => row.map((cell) => safe(cell)));
  const paint = new Chalk({ level: options.colourLevel });
  const head = headers.map((id) => t(options.lang, id));
  const widths = fitWidths(
    head.map((text, column) => Math.max(displayWidth(text), ...rows.map((row) => displayWidth(row[column] ?? '')))),
    options.width,
  );
  // Each row as physical lines: a cell wider than its column wraps at its spaces.
  const lines = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, column) => wrap(cell, widths[column]!));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    return Array.from({ length: height }, (_, index) =>
      wrapped
        .map((cell, column) => (column === cells.length - 1 ? (cell[index] ?? '') : padEndToWidth(cell[index] ?? '', widths[column]!)))
        .join('  ')
        .trimEnd(),
    );
  };
  return `${[...lines(head).map((line) => paint.bold(line)), ...rows.flatMap(lines)].join('\n')}\n`;
}

/** Narrowest a column is made to fit a terminal: narrower, the table is left wider than the screen. */
const MIN_COLUMN = 16;

/** The columns' widths, the widest (never the first: the id) narrowed a column at a time until the table fits `width`. */
function fitWidths(natural: readonly number[], width: number | undefined): number[] {
  const widths = [...natural];
  if (width === undefined) return widths;
  const total = () => widths.reduce((sum, column) => sum + column, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    for (let column = 1; column < widths.length; column++) if (widths[column]! > MIN_COLUMN && (widest === -1 || widths[column]! > widths[widest]!)) widest = column;
    if (widest === -1) break;
    widths[widest]! -= 1;
  }
  return widths;
}

/** A cell as lines of at most `width` columns, broken at spaces; a word longer than that stands alone. */
function wrap(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && displayWidth(next) > width) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  lines.push(current);
  return lines;
}

const list = (values: readonly string[]) => values.join(', ');

export function renderPlatformsText(platforms: readonly Platform[], options: ListingOptions): string {
  return table(
    ['listing.id', 'listing.name', 'listing.timeZone', 'listing.aliases'],
    platforms.map((platform) => [platform.id, textIn(platform.name, options.lang), platform.timeZone, list(platform.aliases)]),
    options,
  );
}

export function renderSourcesText(sources: readonly Source[], options: ListingOptions): string {
  return table(
    ['listing.id', 'listing.name', 'listing.domains', 'listing.aliases'],
    sources.map((source) => [source.id, textIn(source.name, options.lang), list(source.domains), list(source.aliases)]),
    options,
  );
}

export function renderSurfacesText(platforms: readonly Platform[], options: ListingOptions): string {
  return table(
    ['listing.platform', 'listing.id', 'listing.name', 'listing.aliases'],
    platforms.flatMap((platform) => platform.surfaces.map((surface) => [platform.id, surface.id, textIn(surface.name, options.lang), list(surface.aliases)])),
    options,
  );
}

export function platformsToJson(platforms: readonly Platform[]) {
  return platforms.map((platform) => ({
    id: platform.id,
    // JSON does not change with --lang: names in English.
    name: textIn(platform.name, 'en'),
    aliases: platform.aliases,
    timeZone: platform.timeZone,
    surfaces: platform.surfaces.map((surface) => surface.id),
  }));
}

export function sourcesToJson(sources: readonly Source[]) {
  return sources.map((source) => ({ id: source.id, name: textIn(source.name, 'en'), aliases: source.aliases, groups: source.groups, domains: source.domains }));
}

export function surfacesToJson(platforms: readonly Platform[]) {
  return platforms.flatMap((platform) => platform.surfaces.map((surface) => ({ platform: platform.id, id: surface.id, name: textIn(surface.name, 'en'), aliases: surface.aliases })));
}
