// The shipped rules cite their sources faithfully.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, builtinCatalog } from './helpers/catalog.js';

const catalog = await builtinCatalog();
const seedQuotes = catalog.rules.flatMap((compiled) =>
  compiled.rule.evidence.flatMap((evidence, index) => ('seed' in evidence ? [[compiled.rule.id, index, evidence.seed, evidence.quote] as const] : [])),
);

describe('evidence', () => {
  it.each(seedQuotes)('%s evidence[%i] occurs verbatim in seeds/%s', (_, __, seed, quote) => {
    const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
    expect(text).toContain(quote);
  });

  it('indexes every seed document, and only those', () => {
    const files = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
    expect([...catalog.documents.keys()].sort()).toEqual(files);
  });

  it('gives every rule at least one piece of evidence', () => {
    expect(catalog.rules.filter((compiled) => compiled.rule.evidence.length === 0)).toEqual([]);
  });
});
