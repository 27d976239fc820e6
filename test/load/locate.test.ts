// The duplicate-key scanner reports what a full syntax tree shows: every key met
// twice in one object, with its path, line and column, whatever the spacing,
// line ends, escapes and nesting of the file.
import { parse, type AnyNode } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPath } from '../../src/errors/problems.js';
import { duplicateKeys, MAX_NESTING, writtenValues } from '../../src/load/locate.js';
import { problemWords } from '../helpers/problem-words.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** The keys met twice, from momoa's syntax tree: what the scanner must agree with. */
function fromTree(text: string): { key: string; path: string; line: number; column: number }[] {
  const found: { key: string; path: string; line: number; column: number }[] = [];
  const walk = (node: AnyNode, path: (string | number)[]): void => {
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        if (seen.has(key)) found.push({ key, path: jsonPath([...path, key]), ...member.loc.start });
        seen.add(key);
        walk(member.value, [...path, key]);
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, index) => walk(element.value, [...path, index]));
    }
  };
  walk(parse(text, { mode: 'json' }).body, []);
  return found.map(({ key, path, line, column }) => ({ key, path, line, column })).sort((a, b) => a.line - b.line || a.column - b.column);
}

/** JSON text with keys drawn from a few that collide (one of them only once its escapes are read) and every kind of white space. */
const space = fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\t', '\n  ');
const key = fc.constantFrom('"a"', '"b"', '"\\u0061"', '"\\""', '"淘宝"', '"a\\\\"', '"😀"', '"rules"');
const scalar = fc.constantFrom('1', '-2.5e3', 'true', 'null', '"x"', '"a\\"b"', '"\\\\"', '"[{,}]"', '"淘\\n"');
const json = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.tuple(fc.array(fc.tuple(space, key, space, tie('value')), { maxLength: 5 }), space).map(([members, end]) => `{${members.map(([before, name, after, value]) => `${before}${name}${after}:${value}`).join(',')}${end}}`),
    fc.tuple(fc.array(fc.tuple(space, tie('value')), { maxLength: 4 }), space).map(([elements, end]) => `[${elements.map(([before, value]) => `${before}${value}`).join(',')}${end}]`),
  ),
})).value;

describe('duplicate keys', () => {
  it('agrees with the syntax tree on any JSON text', () => {
    let duplicates = 0;
    fc.assert(
      fc.property(json, space, (text, around) => {
        const file = `${around}${text}${around}`;
        JSON.parse(file);
        const expected = fromTree(file);
        duplicates += expected.length;
        const found = duplicateKeys('f.json', file).map((problem) => ({ key: /key "(.*)" appears/s.exec(problemWords(problem)!.message)![1]!, path: problem.path, line: problem.line, column: problem.column }));
        expect(found).toEqual(expected);
      }),
      { seed: 18, numRuns: RUNS },
    );
    expect(duplicates).toBeGreaterThan(RUNS / 2);
  });

  it.each([
    ['{"a": 1, "a": 2}', 'a', 'a', 1, 10],
    ['{"rules": [{"id": "x"}, {"id": "y", "effect": "allow",\n  "effect": "deny"}]}', 'effect', 'rules[1].effect', 2, 3],
    ['{"a": {"b": 1}, "c": [{"\\u0062": 1, "b": 2}]}', 'b', 'c[0].b', 1, 37],
    ['{"a": "}\\"{", "b": 1,\r\n"b": 2}', 'b', 'b', 2, 1],
    [`{${Array.from({ length: 20 }, (_, n) => `"k${n}": ${n}`).join(', ')}, "k3": 0}`, 'k3', 'k3', 1, 202],
  ])('in %j finds "%s" at %s, line %i, column %i', (text, found, path, line, column) => {
    expect(duplicateKeys('f.json', text)).toMatchObject([{ code: 'duplicate-key', file: 'f.json', path, line, column, wording: 'duplicate-key', params: { key: found } }]);
  });

  it('finds none in keys that differ, or equal keys in different objects', () => {
    expect(duplicateKeys('f.json', '{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "A": "a"}')).toEqual([]);
  });

  it(`checks ${MAX_NESTING.toLocaleString('en')} levels of nesting and refuses one more`, () => {
    const nested = (depth: number) => `${'['.repeat(depth - 1)}{"a": 1, "a": 2}${']'.repeat(depth - 1)}`;
    expect(duplicateKeys('f.json', nested(MAX_NESTING))).toMatchObject([{ code: 'duplicate-key' }]);
    expect(duplicateKeys('f.json', nested(MAX_NESTING + 1))).toMatchObject([{ code: 'invalid-json', wording: 'invalid-json.too-deep' }]);
  });
});

describe('a number as the file writes it', () => {
  const written = writtenValues('{ "a": [1, -1e400, "x"], "b.c": 2.50, "d": { "e": 1E+309 } }');
  it.each([
    ['a[0]', '1'],
    ['a[1]', '-1e400'],
    ['a[2]', undefined],
    ['d.e', '1E+309'],
    ['d', undefined],
    ['a[9]', undefined],
    ['z', undefined],
  ])('%s: %s', (path, expected) => {
    expect(written(path)).toBe(expected);
  });

  it('gives nothing for a text that is not JSON', () => {
    expect(writtenValues('{ "a": 1e400')('a')).toBeUndefined();
  });
});
