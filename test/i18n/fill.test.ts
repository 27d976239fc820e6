// A message's placeholders filled by a scan (fill), held to the regular expression it replaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/words.js';

const byPattern = (template: string, params: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

describe('fill', () => {
  it.each([
    ['{count} rules', { count: 47 }, '47 rules'],
    ['no placeholder', { count: 1 }, 'no placeholder'],
    ['{unknown} stays', {}, '{unknown} stays'],
    ['{{a}}', { a: 'x' }, '{x}'],
    ['{a b} {} {a', { a: 'x' }, '{a b} {} {a'],
    ['{a}{b}', { a: 1, b: 2 }, '12'],
    ['{day_1}: {n2}', { day_1: '2022-06-01', n2: 3 }, '2022-06-01: 3'],
    ['{a}', { a: '{b}', b: 'no' }, '{b}'],
    ['{名} {a}', { 名: 'x', a: 'y' }, '{名} y'],
  ])('%j with %j', (template, params, filled) => {
    expect(fill(template, params)).toBe(filled);
  });

  it('fills as /\\{(\\w+)\\}/g replaced does, for any template', () => {
    // Pieces of templates: braces alone, placeholders whole, and what may stand around or in them.
    const unit = fc.constantFrom('{', '}', '{a}', '{b}', '{ab}', '{_1}', '{a1b}', '{名}', 'a', 'b', '_', '1', ' ', '-', 'é', '中');
    const params = fc.dictionary(fc.constantFrom('a', 'b', 'ab', '_1', 'a1b'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), params, (units, given) => {
        const template = units.join('');
        expect(fill(template, given)).toBe(byPattern(template, given));
      }),
      { numRuns: 5000 },
    );
  });
});
