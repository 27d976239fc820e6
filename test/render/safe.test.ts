import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON, cut, safe, safeData, safeJson, VALUE_LIMIT } from '../../src/render/safe.js';

describe('safe: what may reach a terminal', () => {
  it.each([
    ['plain text', 'taobao 淘宝 👉手淘👈', 'taobao 淘宝 👉手淘👈'],
    ['ESC and a CSI sequence', '\x1b[2J\x1b]0;pwned\x07', '\\x1b[2J\\x1b]0;pwned\\x07'],
    ['line breaks and tabs', 'a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['NUL and DEL', 'a\0b\x7f', 'a\\x00b\\x7f'],
    ['C1 controls (CSI as one character)', 'a\u009b2Jb\u0085', 'a\\x9b2Jb\\x85'],
    ['bidirectional overrides and isolates', 'abc\u202egnp.exe\u2066x\u2069', 'abc\\u202egnp.exe\\u2066x\\u2069'],
    ['zero-width and BOM', 'tao\u200bbao\ufeff', 'tao\\u200bbao\\ufeff'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
    ['tag characters', 'a\u{e0041}', 'a\\u{e0041}'],
    ['a lone surrogate', 'a\ud800b', 'a\\ud800b'],
    ['a Hangul filler', 'a\u3164b', 'a\\u3164b'],
  ])('escapes %s', (_, input, shown) => {
    expect(safe(input)).toBe(shown);
  });

  it.each([
    [10, 'abcdefghij', 'abcdefghij'],
    [10, 'abcdefghijk', 'abcdefghi…'],
    [5, '淘宝淘宝淘宝', '淘宝淘宝…'],
    [5, '👉👉👉👉👉👉', '👉👉👉👉…'],
    [6, 'a\x1bbcdef', 'a\\x1b…'],
  ])('cuts to %i characters with …', (limit, input, shown) => {
    expect(safe(input, limit)).toBe(shown);
  });

  it('cuts a 131 KB value to the limit', () => {
    const shown = safe('\x1b'.repeat(131_000));
    expect([...shown]).toHaveLength(VALUE_LIMIT - 3);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/\x1b/u);
  });
});

describe('safeJson: JSON with no raw control or format character', () => {
  it('keeps each value exact, written with \\u escapes', () => {
    const value = { name: 'a\x1b[31mb\u009b\u202ec\u2028', list: ['\x7f'] };
    const text = safeJson(value);
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\u2028]/u);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('cuts strings over the limit', () => {
    expect(JSON.parse(safeJson({ v: 'x'.repeat(5000) })).v).toBe(cut('x'.repeat(5000)));
    expect(JSON.parse(safeJson({ v: 'x'.repeat(5000) })).v).toHaveLength(VALUE_LIMIT);
  });
});

describe('safeData: a safe copy for the text renderers', () => {
  it('escapes strings in objects, arrays, maps and sets, and keeps the rest', () => {
    const shared = { s: '\x1b' };
    const data = { a: [shared, shared], m: new Map([['k\x1b', 'v\x1b']]), s: new Set(['\x1b']), n: 1, i: Infinity, z: null, date: new Date(0) };
    const copy = safeData(data);
    expect(copy.a[0]).toEqual({ s: '\\x1b' });
    expect(copy.a[0]).toBe(copy.a[1]);
    expect([...copy.m]).toEqual([['k\\x1b', 'v\\x1b']]);
    expect([...copy.s]).toEqual(['\\x1b']);
    expect(copy).toMatchObject({ n: 1, i: Infinity, z: null });
    expect(copy.date).toBe(data.date);
    expect(data.a[0]!.s).toBe('\x1b');
  });

  it('returns data with nothing to change as it is, and copies data with one unsafe or long string anywhere', () => {
    const clean = { a: [{ s: '淘宝 “quote”' }], m: new Map([['k', new Set(['v'])]]), n: 1 };
    expect(safeData(clean)).toBe(clean);
    const deep = (value: string) => ({ a: [{ s: 'ok' }], m: new Map([['k', new Set(['v', value])]]) });
    expect([...safeData(deep('\u202e')).m.get('k')!]).toEqual(['v', '\\u202e']);
    expect([...safeData(deep('x'.repeat(VALUE_LIMIT + 1))).m.get('k')!][1]).toHaveLength(VALUE_LIMIT);
  });
});

describe('safe and safeJson for any text', () => {
  const RAW = /[\x00-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

  it('passes over without the Unicode classes only characters that are shown as themselves', () => {
    const passed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (!COMMON.test(character)) passed.push(character);
    }
    expect(passed.length).toBeGreaterThan(22_000);
    expect(passed.filter((character) => RAW.test(character) || ['\u115f', '\u1160', '\u3164', '\uffa0'].includes(character))).toEqual([]);
  });
  const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), fc.constantFrom('\x1b', '\u009b', '\u202e', '\ud800', '\n')), maxLength: 300 });

  it('shows no raw control or format character and keeps within the limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 200 }), (text, limit) => {
        const shown = safe(text, limit);
        expect(shown).not.toMatch(RAW);
        expect([...shown].length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 7 },
    );
  });

  it('writes JSON that parses back to the value, cut', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const json = safeJson({ text });
        expect(json.replace(/\n/gu, '')).not.toMatch(RAW);
        expect(JSON.parse(json).text).toBe(cut(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: 7 },
    );
  });
});
