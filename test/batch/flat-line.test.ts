// The JSON Lines reader's own road for lines of the usual shape (flat-line.ts) is held to
// JSON.parse (#18): whatever it reads, JSON.parse reads alike (keys in the order an object
// lists them, values as read-jsonl.ts makes cells), and a plan read with it gives exactly the
// rows, errors and blank lines of a plan read by JSON.parse alone. Seeded and small here;
// `npm run fuzz` runs them FUZZ_RUNS times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunks } from '../../src/batch/read/decode.js';
import { FlatLine } from '../../src/batch/read/flat-line.js';
import { numberTexts, pathKey } from '../../src/batch/read/json-numbers.js';
import { readJsonl } from '../../src/batch/read/read-jsonl.js';
import type { RecordSink, RecordText } from '../../src/batch/read/records.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { pieces } from '../helpers/pieces.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const TIMEOUT = 60_000 + RUNS * 100;

/** Keys a plan uses, and keys an object treats apart: array indexes (listed first), `__proto__`, look-alikes. */
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('source', 'surface', 'date', 'platform', 'campaign', '来源', '') },
  { weight: 2, arbitrary: fc.constantFrom('0', '12', '4294967294', '4294967295', '01', '-1', '1.5', '__proto__', 'constructor', 'toString', 'sour\u0063e') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Text of a string, with the characters JSON escapes, surrogates (paired and lone), white space and look-alikes of the syntax. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) },
    { weight: 2, arbitrary: fc.constantFrom('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\ufeff', '\ud83d', '\ude00', '🛒', '淘宝', ':', ',', '{', '}', '[', ']', ' ') },
  ),
  maxLength: 10,
});

/** A string written as JSON.stringify does, or with some of its characters escaped another way (\/, \uXXXX in either case) or not at all (a control character as it is). */
const stringLiteral = fc.tuple(text, fc.array(fc.nat(5), { maxLength: 12 })).map(([value, ways]) => {
  let out = '"';
  let i = 0;
  for (const char of value) {
    const way = ways[i++ % Math.max(ways.length, 1)] ?? 0;
    const code = char.charCodeAt(0);
    if (char.length === 1 && way === 1) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (char.length === 1 && way === 2) out += `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    else if (char === '/' && way === 3) out += '\\/';
    else if (code < 0x20 && way === 4) out += char;
    else out += JSON.stringify(char).slice(1, -1);
  }
  return `${out}"`;
});

/** Numbers as JSON writes them, and as it may: signs, fractions, exponents, and past a double's range. */
const numberLiteral = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.integer().map(String),
  fc.constantFrom('-0', '0', '0.0', '1e5', '1E+2', '1e-7', '-12.50e3', '1e400', '-1e400', '123456789012345678901234567890', '0.1', '5e-324', '2e-324'),
);

const value = fc.oneof(
  { weight: 6, arbitrary: stringLiteral },
  { weight: 2, arbitrary: numberLiteral },
  { weight: 1, arbitrary: fc.constantFrom('null', 'true', 'false') },
  { weight: 1, arbitrary: fc.constantFrom('[]', '{}', '[1,"a"]', '{"a":"b"}', '[[[]]]') },
);

/** JSON's white space, and characters that look like white space but are not JSON's. */
const space = fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\t', ' \t ') }, { weight: 1, arbitrary: fc.constantFrom('\r', '\u00a0', '\ufeff', '\u3000', '\u000b') });

/** An object written by hand, so that keys repeat, in the order and with the white space drawn. */
const objectLine = fc.tuple(fc.array(fc.tuple(space, key, space, space, value, space), { maxLength: 6 }), space, space).map(([pairs, before, after]) => `${before}{${pairs.map(([a, name, b, c, literal, d]) => `${a}${JSON.stringify(name)}${b}:${c}${literal}${d}`).join(',')}}${after}`);

/** A line changed by one character: most are no longer JSON, some are JSON of another shape. */
const brokenLine = fc.tuple(objectLine, fc.nat(), fc.constantFrom('', '"', '\\', ',', ':', '}', '{', ']', 'x', '1', '.', '-', 'e', ' ', 'n', 'u', '\t', '\u0001', 'A')).map(([line, at, char]) => {
  const i = line.length === 0 ? 0 : at % line.length;
  return at % 2 === 0 ? line.slice(0, i) + char + line.slice(i + 1) : line.slice(0, i) + char + line.slice(i);
});

const anyLine = fc.oneof(
  { weight: 5, arbitrary: objectLine },
  { weight: 3, arbitrary: brokenLine },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\ufeff{"source":"jd"}', '"source"', '[]', 'null', '1', '{"a":1}{"b":2}', '{"a":"b"', '{"a" "b"}', '{,}', '{"a":01}', '{"a":1.}', '{"a":.5}', '{"a":+1}', '{"a":-}', '{"a":1e}', '{"a":NaN}', '{"a":nul}', '{"a":True}', '{"a":"\\x41"}', '{"a":"\\u12"}', '{"a":"\\u12G4"}', "{'a':'b'}") },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** A line's header and cells as read-jsonl.ts reads them with JSON.parse, or undefined when that is no object of flat values. */
function parsed(line: string): { header: string[]; cells: string[] } | undefined {
  let object: unknown;
  try {
    object = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return undefined;
  const header: string[] = [];
  const cells: string[] = [];
  const numbers = numberTexts(line);
  for (const name in object) {
    const cell = (object as Record<string, unknown>)[name];
    if (typeof cell === 'object' && cell !== null) return undefined;
    header.push(name);
    // A number as the line writes it (1e400, not Infinity).
    cells.push(cell === null ? '' : typeof cell === 'number' ? numbers.get(pathKey([name]))! : String(cell));
  }
  return { header, cells };
}

/** Headers a line is compared with: its own, a plan's, none, and ones that differ from its own by a key, or by keys that are not plain. */
const shapes = (own: readonly string[]): (readonly string[])[] => [own, ['source', 'surface', 'date', 'platform', 'campaign'], [], [...own.slice(0, -1), 'other'], own.slice(1), [...own, 'more'], own.map((name) => `${name}"`), ['0', ...own], own.map((name) => `\\${name}`)];

/**
 * Reads text[from, to), its keys compared with one of shapes(), and, if the reader vouches for
 * it, holds what it read to JSON.parse's reading of that line.
 */
function readAlike(flat: FlatLine, text: string, from: number, to: number, pick: number): void {
  const line = text.slice(from, to);
  const expected = parsed(line);
  const choices = shapes(expected?.header ?? ['source', 'surface']);
  const compared = choices[pick % choices.length]!;
  const read = flat.read(text, from, to, compared);
  if (!read) return;
  expect(expected).toBeDefined();
  const header = flat.header();
  if (header === undefined) {
    // A key written twice: JSON.parse keeps one of them, and no header has the keys as written.
    expect(expected!.header.length).toBeLessThan(flat.count);
    expect(flat.sameKeys).toBe(false);
    return;
  }
  expect(flat.sameKeys).toBe(compared.length === expected!.header.length && compared.every((name, i) => name === expected!.header[i]));
  expect({ header, cells: flat.cells() }).toEqual(expected);
  expect(flat.count).toBe(expected!.header.length);
  // Only a string starts with a quote, and a value lies where the line does.
  for (let i = 0; i < flat.count; i++) {
    const [start, end] = [flat.spans[i * 2]!, flat.spans[i * 2 + 1]!];
    expect(start).toBeGreaterThanOrEqual(from);
    expect(end).toBeLessThanOrEqual(to);
    expect(text.charCodeAt(start) === 0x22).toBe(typeof JSON.parse(text.slice(start, end)) === 'string');
  }
}

describe('a flat line', () => {
  // One reader for every line, as the plan's reader has: nothing it noted of one text holds for the next.
  const flat = new FlatLine();
  it(
    'is read only when JSON.parse reads it alike: the same keys in the same order, the same cells',
    () => {
      fc.assert(
        fc.property(anyLine, fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), fc.constantFrom('\n', ''), fc.nat(), (written, before, after, end, pick) => {
          // A line holds no newline (the reader cuts lines at each); it lies inside a longer text, as in a chunk of the plan.
          const line = written.replace(/\n/g, '\u000b');
          const text = `${before}${end}${line}${end}${after}`;
          const from = before.length + end.length;
          readAlike(flat, text, from, from + line.length, pick);
        }),
        { numRuns: RUNS * 10, seed: SEED },
      );
    },
    TIMEOUT,
  );

  // A header's key is compared with the text as written only when that text can be nothing but the key.
  it.each([
    ['a quote', ['a"b'], '{"a"b":1}'],
    ['a backslash', ['a\\b'], '{"a\\b":1}'],
    ['a control character', ['a\tb'], '{"a\tb":1}'],
  ])('compared with a header whose key holds %s, is left to JSON.parse when JSON.parse reads it otherwise', (_, header, line) => {
    expect(flat.read(line, 0, line.length, header)).toBe(false);
  });

  // Past a few keys, they are told apart through a set: the same answers for a line of many keys.
  it.each([
    ['distinct', 40, undefined],
    ['the last written twice', 40, 'k3'],
    ['the first written twice', 17, 'k0'],
  ])('of many keys, %s, gives the keys in order or none', (_, count, again) => {
    const keys = Array.from({ length: count }, (_, i) => `k${i}`);
    const written = again === undefined ? keys : [...keys, again];
    const line = `{${written.map((key, i) => `"${key}":${i}`).join(',')}}`;
    expect(flat.read(line, 0, line.length, [])).toBe(true);
    expect(flat.header()).toEqual(again === undefined ? keys : undefined);
  });

  it('compared with a header whose key is an array index, is left to JSON.parse', () => {
    const line = '{"1":"x","0":"y"}';
    expect([flat.read(line, 0, line.length, ['1', '0']), Object.keys(JSON.parse(line))]).toEqual([false, ['0', '1']]);
  });

  it(
    'cut short, is read as the part before the cut: nothing past its end is read',
    () => {
      fc.assert(
        fc.property(objectLine, fc.nat(), fc.nat(), fc.nat(), (written, a, b, pick) => {
          const text = written.replace(/\n/g, '\u000b');
          const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          readAlike(flat, text, 0, to, pick);
          readAlike(flat, text, from, to, pick);
        }),
        { numRuns: RUNS * 10, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'of plain keys, written once, and values that are no array or object, is read',
    () => {
      const plainKey = fc.constantFrom('source', 'surface', 'date', 'platform', 'campaign', '来源', '', '__proto__', 'constructor', '-1', 'a b');
      const flatValue = fc.oneof(stringLiteral, numberLiteral, fc.constantFrom('null', 'true', 'false')).filter((literal) => parsed(`{"a":${literal}}`) !== undefined);
      const line = fc
        .tuple(fc.uniqueArray(plainKey, { maxLength: 6 }), fc.array(flatValue, { minLength: 6, maxLength: 6 }), fc.array(space.filter((white) => /^[ \t\r]*$/.test(white)), { minLength: 3, maxLength: 3 }))
        .map(([names, values, [a, b, c]]) => `${a}{${names.map((name, i) => `${b}${JSON.stringify(name)}:${c}${values[i]}`).join(',')}}${a}`);
      fc.assert(
        fc.property(line, (text) => {
          const flat = new FlatLine();
          const expected = parsed(text)!;
          expect(flat.read(text, 0, text.length, expected.header)).toBe(true);
          expect(flat.sameKeys).toBe(true);
          expect({ header: flat.header(), cells: flat.cells() }).toEqual(expected);
        }),
        { numRuns: RUNS * 3, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

type Row = [line: number, header: string[], cells: string[], error: string | undefined];

/** Every row a plan gives the sink, by either road; a text road's cells made as a report would make them. */
async function rowsOf(text: string, cuts: readonly number[], textRoad: boolean): Promise<{ rows: Row[]; blank: number }> {
  const rows: Row[] = [];
  const sink = (line: number, header: readonly string[], cells: readonly string[], error: { worded?: unknown } | undefined) => void rows.push([line, [...header], [...cells], error === undefined ? undefined : errorMessage(error as never)]);
  const road: RecordSink = textRoad ? Object.assign(sink, { text: (line: number, header: readonly string[], record: RecordText) => void rows.push([line, [...header], record.cells(), undefined]) }) : sink;
  const stats = await readJsonl(decodeChunks(pieces(text, cuts), 'utf-8', 'plan.jsonl'), road);
  return { rows, blank: stats.blank };
}

describe('a JSON Lines plan read with the flat road', () => {
  it(
    'gives every row, header, cell, error and blank line that JSON.parse alone gives, however its chunks are cut',
    async () => {
      const lines = fc.array(fc.oneof({ weight: 3, arbitrary: objectLine }, { weight: 1, arbitrary: anyLine }), { maxLength: 10 }).map((list) => list.map((line) => line.replace(/[\r\n]/g, ' ')));
      await fc.assert(
        fc.asyncProperty(lines, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), async (list, end, bom, cuts) => {
          const text = `${bom ? '\ufeff' : ''}${list.join(end)}`;
          expect(await rowsOf(text, cuts, true)).toEqual(await rowsOf(text, cuts, false));
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );

  it('reads a realistic line where it lies, its cells as JSON.parse reads them', async () => {
    const line = '{"source":"【天猫】\\"新品\\" 上市, https://m.tb.cn/h.vue34RGYyUW?tk=5uaAUh8UdQm","surface":"直播间购物车","date":"2023-07-16","platform":null,"campaign":618,"note":true}';
    const seen: [number, string[], string[], string][] = [];
    const sink = Object.assign(() => void seen.push([0, [], [], 'JSON.parse']), { text: (at: number, header: readonly string[], record: RecordText) => void seen.push([at, [...header], record.cells(), record.text.slice(record.spans[0], record.spans[1])]) });
    await readJsonl(decodeChunks(pieces(`${line}\n\n${line}`, []), 'utf-8', 'plan.jsonl'), sink);
    const row: [string[], string[], string] = [
      ['source', 'surface', 'date', 'platform', 'campaign', 'note'],
      ['【天猫】"新品" 上市, https://m.tb.cn/h.vue34RGYyUW?tk=5uaAUh8UdQm', '直播间购物车', '2023-07-16', '', '618', 'true'],
      '"【天猫】\\"新品\\" 上市, https://m.tb.cn/h.vue34RGYyUW?tk=5uaAUh8UdQm"',
    ];
    expect(seen).toEqual([
      [1, ...row],
      [3, ...row],
    ]);
  });
});
