// A domain or a share-text keyword that two sources claim is a data error, and
// domains must be written so that they can be compared by labels.
import { describe, expect, it } from 'vitest';
import { validateRuleFile } from '../../src/load/validate-schema.js';
import type { Source } from '../../src/model/types.js';
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
  ])('%s', (_, sources, expected) => {
    expect(problems(sources)).toEqual(expected);
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
