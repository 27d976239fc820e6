// Kept answers are found by a fingerprint but given only for the very same four texts:
// a fingerprint that collides (here, every fingerprint alike) must never hand one
// row another's answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, KeptAnswers } from '../../src/batch/kept-answers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

type Key = [string, string, string, string];

const spellings = ['taobao', 'Taobao', 'TAOBAO', ' taobao', 'taobao ', 'ｔａｏｂａｏ', '淘宝', 'https://item.taobao.com/item.htm?id=1', 'https://item.taobao.com.evil.cn/item.htm?id=1', 'item.taobao.com/item.htm?id=1', ''];
const text = fc.oneof(fc.constantFrom(...spellings), fc.string({ maxLength: 4 }));
const key = fc.tuple(text, text, text, text) as fc.Arbitrary<Key>;

describe('kept answers', () => {
  it.each([
    ['every fingerprint the same', () => 0],
    ['fingerprints of two values', (a: string) => a.length & 1],
    ['FNV-1a over samples of the texts', fnv1a],
  ])('with %s, a value comes back only for its own four texts', (_, fingerprint) => {
    fc.assert(
      // Asked: kept keys with one text respelt, so that most differ from a kept key in that text only.
      fc.property(fc.array(key, { minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), text), { maxLength: 40 }), (keys, respelt) => {
        const asked = respelt.map(([n, position, spelling]) => keys[n % keys.length]!.map((old, at) => (at === position ? spelling : old)) as Key);
        const kept = new KeptAnswers<string>(1000, fingerprint);
        const expected = new Map<string, string>();
        for (const [n, texts] of keys.entries()) {
          const name = JSON.stringify(texts);
          if (kept.get(...texts) === undefined) {
            kept.set(...texts, `value ${n}`);
            expected.set(name, `value ${n}`);
          }
        }
        for (const texts of [...keys, ...asked]) expect(kept.get(...texts)).toBe(expected.get(JSON.stringify(texts)));
        expect(kept.size).toBe(expected.size);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('grows from a few slots to its limit, finding every value kept on the way, then drops them all at once', () => {
    const kept = new KeptAnswers<number>(2000);
    const texts = (n: number): Key => [`source ${n}`, 'live-cart', `2022-06-${n % 30}`, ''];
    for (let n = 0; n < 2000; n++) kept.set(...texts(n), n);
    expect(kept.size).toBe(2000);
    for (let n = 0; n < 2000; n++) expect(kept.get(...texts(n))).toBe(n);
    expect(kept.get(...texts(2000))).toBeUndefined();
    kept.set(...texts(2000), 2000);
    expect(kept.size).toBe(1);
    expect(kept.get(...texts(0))).toBeUndefined();
    expect(kept.get(...texts(2000))).toBe(2000);
  });

  it('texts split differently have different keys: ab|c is not a|bc', () => {
    const kept = new KeptAnswers<string>(10);
    kept.set('ab', 'c', '', '', 'first');
    expect([kept.get('a', 'bc', '', ''), kept.get('ab', '', 'c', ''), kept.get('ab', 'c', '', '')]).toEqual([undefined, undefined, 'first']);
    expect(fnv1a('ab', 'c', '', '')).not.toBe(fnv1a('a', 'bc', '', ''));
  });

  it('fingerprints links of one shape apart by their ids: 20,000 Taobao, JD and share-text links, nearly as many fingerprints', () => {
    const ids = Array.from({ length: 20_000 }, (_, n) => String(100_000_000_000 + ((n * 2_654_435_761) % 899_999_999_999)));
    for (const link of [(id: string) => `https://item.taobao.com/item.htm?id=${id}`, (id: string) => `https://item.jd.com/${id}.html`, (id: string) => `【淘宝】限时特惠 https://m.tb.cn/h.${Number(id).toString(36)} 点击链接直接打开`]) {
      const prints = new Set(ids.map((id) => fnv1a(link(id), 'live-cart', '2022-06-01', '')));
      expect({ link: link('1'), prints: prints.size > 19_900 }).toEqual({ link: link('1'), prints: true });
    }
  });

  it('past its limit, every value is dropped at once and the new one kept', () => {
    const kept = new KeptAnswers<number>(3, () => 7);
    for (let n = 0; n < 3; n++) kept.set(`source ${n}`, 'live-cart', '2022-06-01', '', n);
    expect(kept.size).toBe(3);
    kept.set('source 3', 'live-cart', '2022-06-01', '', 3);
    expect([kept.size, kept.get('source 0', 'live-cart', '2022-06-01', ''), kept.get('source 3', 'live-cart', '2022-06-01', '')]).toEqual([1, undefined, 3]);
  });

  it('while most rows are missed, a row is kept only when missed twice; a very long row never', () => {
    const kept = new KeptAnswers<string>(100);
    const long = 'x'.repeat(4096);
    const asked = (texts: Key) => (kept.get(...texts) === undefined ? kept.admit(...texts) : 'found');
    expect([asked(['a', 'live-cart', '2022-06-01', '']), asked(['b', 'live-cart', '2022-06-01', '']), asked(['a', 'live-cart', '2022-06-01', ''])]).toEqual([false, false, true]);
    expect([asked([long, 'live-cart', '2022-06-01', '']), asked([long, 'live-cart', '2022-06-01', ''])]).toEqual([false, false]);
  });

  it('a row missed once before counts as found: once a quarter of the rows lately were, a new row is kept at once', () => {
    const kept = new KeptAnswers<string>(100);
    const asked = (source: string) => (kept.get(source, 'live-cart', '2022-06-01', '') === undefined ? kept.admit(source, 'live-cart', '2022-06-01', '') : 'found');
    // a, b new; a again: missed once before, kept, and one of three found.
    expect(['a', 'b', 'a'].map(asked)).toEqual([false, false, true]);
    expect(kept.finding).toBe(true);
    // d new, and still one of four: kept at once.
    expect(asked('d')).toBe(true);
    // e new: one of five, under a quarter.
    expect(asked('e')).toBe(false);
    expect(kept.finding).toBe(false);
  });

  it('while most rows are found, a missed row is kept at once', () => {
    const kept = new KeptAnswers<string>(100);
    kept.set('a', 'live-cart', '2022-06-01', '', 'a');
    for (let n = 0; n < 3; n++) kept.get('a', 'live-cart', '2022-06-01', '');
    expect(kept.get('b', 'live-cart', '2022-06-01', '')).toBeUndefined();
    expect(kept.admit('b', 'live-cart', '2022-06-01', '')).toBe(true);
  });
});
