// README.md and the pages of docs/ (not docs/research/), as the example tests read them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './catalog.js';

/** README.md, then every docs/*.md by name. */
export const DOC_PAGES: readonly string[] = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

export function docPage(page: string): string {
  return readFileSync(join(ROOT, page), 'utf8');
}

/** Every page, one after another: for examples found by a marker wherever they are. */
export function allDocs(): string {
  return DOC_PAGES.map(docPage).join('\n');
}

/** The part of a page from one heading (or other text) to the next. */
export function section(page: string, from: string, to: string): string {
  const text = docPage(page);
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`${page} has no section from ${JSON.stringify(from)} to ${JSON.stringify(to)}`);
  return text.slice(start, end);
}

export interface Fence {
  page: string;
  lang: string;
  body: string;
  /** The `<!-- example: name -->` marker just before the fence, if any. */
  marker: string | null;
}

/** Every fenced block of every page. */
export function fences(): Fence[] {
  return DOC_PAGES.flatMap((page) =>
    [...docPage(page).matchAll(/(?:<!-- example: (\S+) -->\n)?```(\w*)\n([\s\S]*?)```/gu)].map((match) => ({
      page,
      marker: match[1] ?? null,
      lang: match[2]!,
      body: match[3]!,
    })),
  );
}
