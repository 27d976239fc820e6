// A rule's surfaces and selector entries given twice: each repeat reported at its place, naming
// the first, in short lists and long ones alike.
import { describe, expect, it } from 'vitest';
import { repeatedInRule } from '../../src/engine/repeated-entries.js';
import type { Problem } from '../../src/errors/problems.js';
import type { Rule } from '../../src/model/types.js';

const rule = (surfaces: string[], sources: Rule['sources']): Rule =>
  ({ id: 'r', platform: 'kuaishou', effect: 'deny', sources, surfaces, from: '2022-03-01', status: 'reported', summary: 'x', evidence: [] }) as unknown as Rule;

const found = (subject: Rule, index = 3) => {
  const problems: Problem[] = [];
  repeatedInRule(subject, index, 'user.json', problems);
  return problems.map((problem) => [problem.code, problem.file, problem.path, problem.params]);
};

const shops = (count: number) => Array.from({ length: count }, (_, n) => `shop-${n}`);

describe('repeatedInRule', () => {
  it('finds nothing in lists without a repeat, short or long', () => {
    expect(found(rule(['live-cart', 'short-video-cart'], { ids: ['jd'] }))).toEqual([]);
    expect(found(rule(['live-cart'], { ids: shops(40) }))).toEqual([]);
    expect(found(rule(['live-cart'], { anyExcept: [] }))).toEqual([]);
  });

  it('reports a repeated surface and a repeated id at the second place, naming the first', () => {
    expect(found(rule(['live-cart', 'product-detail', 'live-cart'], { ids: ['jd', 'taobao', 'jd'] }))).toEqual([
      ['duplicate-entry', 'user.json', 'rules[3].surfaces[2]', { value: 'live-cart', first: 'rules[3].surfaces[0]' }],
      ['duplicate-entry', 'user.json', 'rules[3].sources.ids[2]', { value: 'jd', first: 'rules[3].sources.ids[0]' }],
    ]);
  });

  it('finds a repeat past the sixteenth entry, in groups and in anyExcept', () => {
    expect(found(rule(['live-cart'], { groups: [...shops(20), 'shop-2'] }), 0)).toEqual([['duplicate-entry', 'user.json', 'rules[0].sources.groups[20]', { value: 'shop-2', first: 'rules[0].sources.groups[2]' }]]);
    expect(found(rule(['live-cart'], { anyExcept: ['jd', ...shops(17), 'jd'] }), 7)).toEqual([['duplicate-entry', 'user.json', 'rules[7].sources.anyExcept[18]', { value: 'jd', first: 'rules[7].sources.anyExcept[0]' }]]);
  });
});
