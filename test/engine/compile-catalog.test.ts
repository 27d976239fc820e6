// Compiling user rules beside the built-in ones: a rule id used twice is reported where it was
// first used, across files (some of them empty); rules naming the same sources share the set of
// the sources they cover, and each still covers exactly its own.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { loadRuleSet } from '../../src/load/load-catalog.js';
import type { LoadedRuleFile, Rule } from '../../src/model/types.js';
import { ROOT } from '../helpers/catalog.js';

const set = await loadRuleSet({ root: ROOT });

function rule(id: string, sources: Rule['sources'], from = '2030-01-01'): Rule {
  return {
    id,
    platform: 'kuaishou',
    effect: 'deny',
    sources,
    surfaces: ['live-cart'],
    from,
    status: 'reported',
    summary: 'S.',
    evidence: [{ url: 'https://a.example/', published: '2030-01-01', quote: 'Q.' }],
  } as Rule;
}

function file(path: string, rules: Rule[]): LoadedRuleFile {
  return { path, data: { platforms: [], groups: [], sources: [], rules } } as unknown as LoadedRuleFile;
}

describe('compiling user rules', () => {
  it('reports each id used twice at its first use, in whichever file', () => {
    const files = [
      file('empty.json', []),
      file('a.json', [rule('u-1', { ids: ['jd'] }), rule('u-2', { ids: ['jd'] }, '2030-02-01')]),
      file('also-empty.json', []),
      file('b.json', [rule('u-3', { ids: ['jd'] }, '2030-03-01'), rule('u-2', { ids: ['jd'] }, '2030-04-01'), rule('u-3', { ids: ['jd'] }, '2030-05-01'), rule('kuaishou-own-shop', { ids: ['jd'] }, '2030-06-01')]),
    ];
    const { problems } = compileCatalog([...set.files, ...files], set.documents);
    expect(problems.map((found) => [found.code, found.file, found.path, found.params])).toEqual([
      ['duplicate-id', 'b.json', 'rules[1].id', { id: 'u-2', at: 'a.json: rules[1]' }],
      ['duplicate-id', 'b.json', 'rules[2].id', { id: 'u-3', at: 'b.json: rules[0]' }],
      ['duplicate-id', 'b.json', 'rules[3].id', { id: 'kuaishou-own-shop', at: 'rules/kuaishou.json: rules[1]' }],
    ]);
  });

  it('shares one set of covered sources among rules of the same selector, and only among them', () => {
    const files = [
      file('a.json', [
        rule('u-1', { ids: ['jd'] }),
        rule('u-2', { ids: ['jd'] }, '2030-02-01'),
        rule('u-3', { ids: ['jd', 'taobao'] }, '2030-03-01'),
        rule('u-4', { ids: ['jd', 'taobao'] }, '2030-04-01'),
        rule('u-5', { groups: ['third-party'] }, '2030-05-01'),
        rule('u-6', { anyExcept: ['jd'] }, '2030-06-01'),
        rule('u-7', { anyExcept: [] }, '2030-07-01'),
      ]),
    ];
    const { catalog } = compileCatalog([...set.files, ...files], set.documents);
    const byId = new Map(catalog.rules.map((compiled) => [compiled.rule.id, compiled]));
    const covers = (id: string) => byId.get(id)!.covers;
    expect(covers('u-1')).toBe(covers('u-2'));
    expect(covers('u-3')).toBe(covers('u-4'));
    expect(covers('u-1')).not.toBe(covers('u-3'));
    expect([...covers('u-1')]).toEqual(['jd']);
    expect([...covers('u-3')]).toEqual(['jd', 'taobao']);
    expect(covers('u-6').has('jd')).toBe(false);
    expect(covers('u-6').size).toBe(catalog.sources.size - 1);
    expect(covers('u-7').size).toBe(catalog.sources.size);
    expect([...covers('u-5')]).toEqual([...catalog.sources.values()].filter((source) => source.groups.includes('third-party')).map((source) => source.id));
    expect(covers('u-5').size).toBeGreaterThan(1);
  });
});
