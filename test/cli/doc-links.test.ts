// Every link between README, docs/ and the repository's files leads somewhere: the file exists,
// and an #anchor names a heading of that page (GitHub's slugs).
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { DOC_PAGES, docPage } from '../helpers/docs.js';

const PAGES = [...DOC_PAGES, 'CHANGELOG.md'];

/** The anchor GitHub gives a heading: lower case, letters, digits, - and _ kept, spaces as -. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /gu, '-');
}

function headings(page: string): Set<string> {
  const outside = docPage(page).replace(/```[\s\S]*?```/gu, '');
  return new Set([...outside.matchAll(/^#+ (.*)$/gmu)].map((match) => slug(match[1]!)));
}

const links = PAGES.flatMap((page) =>
  [...docPage(page).matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => [page, match[1]!] as const).filter(([, target]) => !/^(https?|mailto):/u.test(target)),
);

describe('README and docs/: links', () => {
  it('has links between the pages', () => {
    expect(links.filter(([page, target]) => page === 'README.md' && target.startsWith('docs/')).length).toBeGreaterThanOrEqual(9);
  });

  it.each(links)('%s → %s', (page, target) => {
    const [path = '', anchor] = target.split('#');
    const destination = path === '' ? page : normalize(join(dirname(page), path));
    expect(existsSync(join(ROOT, destination))).toBe(true);
    if (anchor !== undefined && destination.endsWith('.md')) expect([...headings(destination)]).toContain(anchor);
  });

  it('makes the slugs GitHub makes', () => {
    expect(slug('The short answer and `--explain`')).toBe('the-short-answer-and---explain');
    expect(slug('Groups: Taobao and Tmall')).toBe('groups-taobao-and-tmall');
    expect(slug('快速上手')).toBe('快速上手');
  });
});
