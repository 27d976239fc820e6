// Small in-memory rule sets for engine tests.
import { compileCatalog, type CompileResult } from '../../src/engine/compile-catalog.js';
import type { LoadedRuleFile, Rule, RuleFile } from '../../src/model/types.js';

export const PLATFORM = {
  id: 'shop',
  name: 'Test platform',
  aliases: [],
  timeZone: 'Asia/Shanghai',
  surfaces: [
    { id: 'live-cart', name: 'Live cart', aliases: [] },
    { id: 'short-video-cart', name: 'Short-video cart', aliases: [] },
  ],
};

export const SOURCES = {
  groups: [{ id: 'outside', name: 'Outside', aliases: [] }],
  sources: [
    { id: 'alpha', name: 'Alpha', aliases: ['a'], groups: ['outside'], domains: [] },
    { id: 'beta', name: 'Beta', aliases: [], groups: ['outside'], domains: [] },
    { id: 'home', name: 'Home shop', aliases: [], groups: [], domains: [] },
  ],
};

export function rule(overrides: Partial<Rule> & Pick<Rule, 'id'>): Rule {
  return {
    platform: 'shop',
    effect: 'deny',
    sources: { ids: ['alpha'] },
    surfaces: ['live-cart'],
    from: '2022-01-01',
    status: 'announced',
    summary: 'test rule',
    evidence: [{ url: 'https://example.com/report', published: '2021-12-01', quote: 'Links of every source may be placed in the cart.' }],
    ...overrides,
  };
}

export function compile(rules: Rule[], extra: Partial<RuleFile> = {}): CompileResult {
  const file: LoadedRuleFile = {
    path: 'test.json',
    data: { platforms: [PLATFORM], ...SOURCES, rules, ...extra },
  };
  return compileCatalog([file], [{ file: 'seed.txt', title: 'Seed', publisher: 'Test', published: '2021-12-01' }]);
}
