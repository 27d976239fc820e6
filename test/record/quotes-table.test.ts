// docs/research/quotes.md lists every outside quote of the record, and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const inRules = catalog.rules.flatMap(({ rule }) =>
  [...rule.evidence, ...(rule.disputed?.evidence ?? []), ...(rule.untilEvidence ?? [])].flatMap((evidence) =>
    'url' in evidence ? [`${rule.id} | ${evidence.url} | ${cell(evidence.quote)}`] : [],
  ),
);
const inTable = readFileSync(join(ROOT, 'docs/research/quotes.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| rule |'))
  .map((line) => line.split(' | '))
  .map(([rule, , url, , ...rest]) => `${rule!.slice(2)} | ${url} | ${rest.slice(0, -1).join(' | ')}`);

it('lists every outside quote of the rules, and only those', () => {
  expect([...new Set(inTable)].sort()).toEqual([...new Set(inRules)].sort());
});
