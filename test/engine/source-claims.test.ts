// A domain or a share-text keyword that two sources claim is a data error, and
// domains must be written so that they can be compared by labels.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { validateRuleFile } from '../../src/load/validate-schema.js';
import type { Group, LoadedRuleFile, Source } from '../../src/model/types.js';
import { compile } from '../helpers/fixture.js';
import { problemWords } from '../helpers/problem-words.js';

function source(id: string, claims: Partial<Source>): Source {
  return { id, name: id, aliases: [], groups: [], domains: [], ...claims };
}

function problems(sources: Source[]): string[] {
  return compile([], { groups: [], sources }).problems.map((problem) => `${problem.code} ${problem.path}: ${problemWords(problem)?.message}`);
}

describe('domains and share-text keywords belong to one source', () => {
  it.each([
    ['no overlap', [source('alpha', { domains: ['alpha.com'] }), source('beta', { domains: ['beta.com'] })], []],
    ['a subdomain of another source\'s domain', [source('alpha', { domains: ['alpha.com'] }), source('beta', { domains: ['shop.alpha.com'] })], []],
    ['the same domain twice', [source('alpha', { domains: ['alpha.com'] }), source('beta', { domains: ['beta.com', 'alpha.com'] })], ['domain-conflict sources[1].domains[1]: domain "alpha.com" is already listed for source "alpha"']],
    ['the same keyword twice, up to case and width', [source('alpha', { shareText: { keywords: ['Alpha'] } }), source('beta', { shareText: { keywords: ['ＡＬＰＨＡ'] } })], ['keyword-conflict sources[1].shareText.keywords[0]: share-text keyword "ＡＬＰＨＡ" already names source "alpha"']],
    ['keywords that fold apart', [source('alpha', { shareText: { keywords: ['淘宝'] } }), source('beta', { shareText: { keywords: ['淘宝网'] } })], []],
  ])('%s', (_, sources, expected) => {
    expect(problems(sources)).toEqual(expected);
  });

  // The same keyword as a share text is read (model/keyword-fold.ts): a symbol or a zero-width
  // character inserted, a traditional form, a separator between Chinese characters.
  it.each(['淘♂宝', '淘\u200b宝', '淘寳', '淘-宝', '淘・宝', ' 淘宝 '])('the same keyword twice, as a share text folds it: %j', (keyword) => {
    expect(problems([source('alpha', { shareText: { keywords: ['淘宝'] } }), source('beta', { shareText: { keywords: [keyword] } })])).toEqual([`keyword-conflict sources[1].shareText.keywords[0]: share-text keyword "${keyword}" already names source "alpha"`]);
  });
});

describe('a group short link listed for a source is reported in the file read later', () => {
  const group = (id: string, shortLinks: string[]): Group => ({ id, name: id, aliases: [], shortLinks });
  const file = (path: string, groups: Group[], sources: Source[]): LoadedRuleFile => ({ path, data: { platforms: [], groups, sources, rules: [] } });
  const problems = (files: LoadedRuleFile[]) =>
    compileCatalog(files, []).problems.map((problem) => `${problem.code} ${problem.file}: ${problem.path}: ${problemWords(problem)?.message}`);
  const alliance = group('alliance', ['tb.cn']);
  const member = source('member', { groups: ['alliance'], domains: ['member.example'] });

  it.each([
    ['the source, later', [file('first.json', [alliance], [member]), file('later.json', [], [source('mine', { groups: ['alliance'], domains: ['mine.example', 'tb.cn'] })])], ['domain-conflict later.json: sources[0].domains[1]: "tb.cn", listed for source "mine", is already a short link of group "alliance"']],
    ['the source\'s short link, later', [file('first.json', [alliance], [member]), file('later.json', [], [source('mine', { groups: ['alliance'], domains: ['mine.example'], shortLinks: ['tb.cn'] })])], ['domain-conflict later.json: sources[0].shortLinks[0]: "tb.cn", listed for source "mine", is already a short link of group "alliance"']],
    ['the group, later', [file('first.json', [], [source('owner', { domains: ['tb.cn'] })]), file('later.json', [alliance], [member])], ['domain-conflict later.json: groups[0].shortLinks[0]: short link "tb.cn" of group "alliance" is also listed for source "owner"']],
    ['both in one file: the group', [file('one.json', [alliance], [member, source('owner', { domains: ['tb.cn'] })])], ['domain-conflict one.json: groups[0].shortLinks[0]: short link "tb.cn" of group "alliance" is also listed for source "owner"']],
  ])('%s', (_, files, expected) => {
    expect(problems(files)).toEqual(expected);
  });
});

describe('the rule-file format of domains and share text', () => {
  const validate = (sourceFields: object) =>
    validateRuleFile({ path: 'user.json', text: JSON.stringify({ sources: [{ id: 'shop', name: 'Shop', ...sourceFields }] }) }).problems.map(
      (problem) => `${problem.path}: ${problemWords(problem)?.message}`,
    );

  it.each([
    [{ domains: ['shop.example', 'xn--fiqs8s.example', '3.cn'], shareText: { keywords: ['店铺'] } }, []],
    [{ domains: ['com'] }, ['sources[0].domains[0]: "com" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['Shop.example'] }, ['sources[0].domains[0]: "Shop.example" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['.shop.example'] }, ['sources[0].domains[0]: ".shop.example" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['*.shop.example'] }, ['sources[0].domains[0]: "*.shop.example" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['https://shop.example/'] }, ['sources[0].domains[0]: "https://shop.example/" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['1.2.3.4'] }, ['sources[0].domains[0]: "1.2.3.4" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ domains: ['店铺.example'] }, ['sources[0].domains[0]: "店铺.example" is not a lower-case domain of two or more labels, e.g. "taobao.com" (write internationalised names in punycode, xn--…)']],
    [{ shareText: { keywords: [] } }, ['sources[0].shareText.keywords: Too small: expected array to have >=1 items, received 0']],
    [{ shareText: { keywords: ['  '] } }, ['sources[0].shareText.keywords[0]: Too small: expected string to have >=1 characters, received 0: ""']],
    [{ shareText: { keyword: ['店铺'] } }, ['sources[0].shareText.keyword: Unrecognized key: "keyword"; did you mean "keywords"?']],
  ])('%j', (fields, expected) => {
    expect(validate(fields)).toEqual(expected);
  });
});
