import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonFault, shownCharacter } from '../../src/batch/read/json-fault.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonFault', () => {
  it.each([
    ['{"source":"jd","surface":"live-cart",', { column: 38, expected: 'name', found: '' }],
    ['{"source":"jd" "surface":"live-cart"}', { column: 16, expected: 'comma-or-brace', found: '"' }],
    ['{"source":"jd",}', { column: 16, expected: 'name', found: '}' }],
    ['{source:"jd"}', { column: 2, expected: 'name', found: 's' }],
    ["{'source':'jd'}", { column: 2, expected: 'name', found: "'" }],
    ['{"source" "jd"}', { column: 11, expected: 'colon', found: '"' }],
    ['{"source":}', { column: 11, expected: 'value', found: '}' }],
    ['{"source":tru}', { column: 11, expected: 'value', found: 't' }],
    ['{"source":01}', { column: 12, expected: 'comma-or-brace', found: '1' }],
    ['{"source":1.}', { column: 13, expected: 'digit', found: '}' }],
    ['{"source":-}', { column: 12, expected: 'digit', found: '}' }],
    ['{"source":"jd\\x"}', { column: 15, expected: 'escape', found: 'x' }],
    ['{"source":"jd\\u12"}', { column: 15, expected: 'escape', found: 'u' }],
    ['{"source":"jd\tx"}', { column: 14, expected: 'quote', found: '\t' }],
    ['{"source":"jd', { column: 14, expected: 'quote', found: '' }],
    ['{"source":"jd"} x', { column: 17, expected: 'end', found: 'x' }],
    ['{"a":[1,2}', { column: 10, expected: 'comma-or-bracket', found: '}' }],
    ['{"a":"中文测试","b":x}', { column: 17, expected: 'value', found: 'x' }],
    ['{"a":"😀",x}', { column: 10, expected: 'name', found: 'x' }],
    ['', { column: 1, expected: 'value', found: '' }],
  ])('finds where %j breaks', (text, fault) => {
    expect(parses(text)).toBe(false);
    expect(jsonFault(text)).toMatchObject(fault);
  });

  it.each([
    ['}', '}'],
    [' ', ' '],
    ['\u00a0', '\\xa0'],
    ['\u200b', '\\u200b'],
    ['\ufeff', '\\ufeff'],
    ['\t', '\\t'],
    ['\u3000', '\\u3000'],
    ['淘', '淘'],
  ])('shows the character %j found there as %s', (character, shown) => {
    expect(shownCharacter(character)).toBe(shown);
  });

  it('shows the line before the place, at most 24 characters of it', () => {
    expect(jsonFault('{"source":"https://item.jd.com/100012043978.html",x}')).toMatchObject({ before: '.com/100012043978.html",' });
  });

  it('finds a fault in every text JSON.parse refuses, and none in one it reads', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"b\\n"', '"\\u00e9"', '"\\x"', '"', '1', '-0.5e+3', '01', '1.', 'true', 'nul', 'null', ' ', '\t', 'x', '淘宝', '\\');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join('');
        expect(jsonFault(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(jsonFault(JSON.stringify(value))).toBeUndefined();
        expect(jsonFault(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
