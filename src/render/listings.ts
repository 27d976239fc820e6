// Platforms, sources and surfaces: what there is to type, as a table or JSON.
import { Chalk } from 'chalk';
import type { Platform, Source } from '../model/types.js';
import { t, type Lang, type MessageId } from '../i18n/index.js';
import { safe } from './safe.js';
import { displayWidth, padEndToWidth } from './width.js';

export interface ListingOptions {
  colourLevel: 0 | 1 | 2 | 3;
  lang: Lang;
}

function table(headers: readonly MessageId[], rawRows: readonly string[][], options: ListingOptions): string {
  const rows = rawRows.map((row) => row.map((cell) => safe(cell)));
  const paint = new Chalk({ level: options.colourLevel });
  const head = headers.map((id) => t(options.lang, id));
  const widths = head.map((text, column) => Math.max(displayWidth(text), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : padEndToWidth(cell, widths[column]!))).join('  ').trimEnd();
  return `${[paint.bold(line(head)), ...rows.map(line)].join('\n')}\n`;
}

const list = (values: readonly string[]) => values.join(', ');

export function renderPlatformsText(platforms: readonly Platform[], options: ListingOptions): string {
  return table(
    ['listing.id', 'listing.name', 'listing.timeZone', 'listing.aliases'],
    platforms.map((platform) => [platform.id, platform.name, platform.timeZone, list(platform.aliases)]),
    options,
  );
}

export function renderSourcesText(sources: readonly Source[], options: ListingOptions): string {
  return table(
    ['listing.id', 'listing.name', 'listing.domains', 'listing.aliases'],
    sources.map((source) => [source.id, source.name, list(source.domains), list(source.aliases)]),
    options,
  );
}

export function renderSurfacesText(platforms: readonly Platform[], options: ListingOptions): string {
  return table(
    ['listing.platform', 'listing.id', 'listing.name', 'listing.aliases'],
    platforms.flatMap((platform) => platform.surfaces.map((surface) => [platform.id, surface.id, surface.name, list(surface.aliases)])),
    options,
  );
}

export function platformsToJson(platforms: readonly Platform[]) {
  return platforms.map((platform) => ({
    id: platform.id,
    name: platform.name,
    aliases: platform.aliases,
    timeZone: platform.timeZone,
    surfaces: platform.surfaces.map((surface) => surface.id),
  }));
}

export function sourcesToJson(sources: readonly Source[]) {
  return sources.map((source) => ({ id: source.id, name: source.name, aliases: source.aliases, groups: source.groups, domains: source.domains }));
}

export function surfacesToJson(platforms: readonly Platform[]) {
  return platforms.flatMap((platform) => platform.surfaces.map((surface) => ({ platform: platform.id, id: surface.id, name: surface.name, aliases: surface.aliases })));
}
