import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON, cut, pageText, safe, safeCell, safeCommandData, safeCommandProperty, safeData, safeHtml, safeJson, safeJsonLine, safeMarkdown, safeXml, startsCommand, VALUE_LIMIT } from '../../src/render/safe.js';

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
    ['noncharacters, two of which XML cannot carry', 'a\uffffb\ufffe\ufdd0\u{10ffff}', 'a\\uffffb\\ufffe\\ufdd0\\u{10ffff}'],
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

  it('copies an own __proto__ key (as JSON.parse makes one) as a key, not as the copy\'s prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "\\u001b"}, "s": "\\u001b"}') as Record<string, unknown>;
    const copy = safeData(data);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.entries(copy)).toEqual([['__proto__', { polluted: '\\x1b' }], ['s', '\\x1b']]);
    expect('polluted' in copy).toBe(false);
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
  it('writes every UTF-16 unit in JSON as itself or as an escape, and no raw one but the line feeds between values', () => {
    const raw: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const json = safeJson([character]);
      if (RAW.test(json.replaceAll('\n', '')) || JSON.parse(json)[0] !== character) raw.push(character);
    }
    expect(raw).toEqual([]);
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

describe('no workflow command from data', () => {
  it.each([
    ['a leading "::"', '::error::pwned', '\\x3a:error::pwned'],
    ['a leading "::" after white space', '  ::warning::x', '  \\x3a:warning::x'],
    ['a leading single ":" (two values side by side)', ':error', '\\x3aerror'],
    ['"::" inside a value', 'a::b', 'a::b'],
    ['"##[" anywhere', 'x ##[error]pwned', 'x ##\\x5berror]pwned'],
    ['a line break before "::"', 'plan\n::error::x', 'plan\\n::error::x'],
  ])('safe escapes %s', (_, input, shown) => {
    expect(safe(input)).toBe(shown);
  });

  it('finds a command where the pattern that escapes it does, for any text', () => {
    // Every character JavaScript counts as white space or a line end, beside the ones a command is made of.
    const spaces = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
    const part = fc.constantFrom(...spaces, ':', '#', '[', '##[', 'a', '\u180e', '\u200b', '\uff1a');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(startsCommand(text)).toBe(/^(\s*):|##\[/u.test(text));
      }),
      { numRuns: 3000 },
    );
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `${String.fromCharCode(code, code)}:`;
      if (startsCommand(text) !== /^(\s*):|##\[/u.test(text)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('JSON writes "##[" with a \\u escape and keeps the value', () => {
    const text = safeJsonLine({ v: 'x ##[error]y' });
    expect(text).toBe('{"v":"x ##\\u005berror]y"}');
    expect(JSON.parse(text).v).toBe('x ##[error]y');
    expect(safeJson(['##['])).toBe('[\n  "##\\u005b"\n]\n');
  });
});

describe('one function per format, each built on safe', () => {
  const HOSTILE = 'a\x1b[2J\u009b\u202e\u200b\u2028\n::error::x <b>&"\'</b> ]]> 100% a,b:c |x| *y* [l](u) `c` $m$';
  it.each([
    ['safeJsonLine', safeJsonLine(HOSTILE), '"a\\u001b[2J\\u009b\\u202e\\u200b\\u2028\\n::error::x <b>&\\"\'</b> ]]> 100% a,b:c |x| *y* [l](u) `c` $m$"'],
    ['safeXml', safeXml(HOSTILE), 'a\\x1b[2J\\x9b\\u202e\\u200b\\u2028\\n::error::x &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt; ]]&gt; 100% a,b:c |x| *y* [l](u) `c` $m$'],
    ['safeHtml', safeHtml('<script>'), '&lt;script&gt;'],
    ['safeCommandData', safeCommandData(HOSTILE), 'a\\x1b[2J\\x9b\\u202e\\u200b\\u2028\\n::error::x <b>&"\'</b> ]]> 100%25 a,b:c |x| *y* [l](u) `c` $m$'],
    ['safeCommandProperty', safeCommandProperty(HOSTILE), 'a\\x1b[2J\\x9b\\u202e\\u200b\\u2028\\n%3A%3Aerror%3A%3Ax <b>&"\'</b> ]]> 100%25 a%2Cb%3Ac |x| *y* [l](u) `c` $m$'],
    ['safeMarkdown', safeMarkdown(HOSTILE), 'a\\\\x1b\\[2J\\\\x9b\\\\u202e\\\\u200b\\\\u2028\\\\n::error::x \\<b\\>\\&"\'\\</b\\> \\]\\]\\> 100% a,b:c \\|x\\| \\*y\\* \\[l\\](u) \\`c\\` \\$m\\$'],
    ['safeCell', safeCell('# 1. - x | y'), '\\# 1. - x \\| y'],
  ])('%s', (_, shown, expected) => {
    expect(shown).toBe(expected);
    expect(shown).not.toMatch(/[\x00-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}]/u);
  });

  it('pageText: the page\'s text escaped as safe escapes it, but line breaks and tabs, never cut, no workflow command broken', () => {
    expect(pageText(HOSTILE)).toBe('a\\x1b[2J\\x9b\\u202e\\u200b\\u2028\n::error::x <b>&"\'</b> ]]> 100% a,b:c |x| *y* [l](u) `c` $m$');
    expect(pageText('item.taobao.com\u202e.evil.cn\t\u2066x\u2069\r\0\ud800')).toBe('item.taobao.com\\u202e.evil.cn\t\\u2066x\\u2069\\r\\x00\\ud800');
    const long = `${'淘'.repeat(VALUE_LIMIT * 3)}##[x`;
    expect(pageText(long)).toBe(long);
  });

  it('a workflow command property and message read back, as the runner decodes them, as the safe value', () => {
    const decode = (text: string) => text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
    expect(decode(safeCommandProperty('a%0A,b:c\n'))).toBe(safe('a%0A,b:c\n'));
    expect(decode(safeCommandData('100%0A'))).toBe('100%0A');
  });
});
