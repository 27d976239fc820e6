// The spool keeps a report's rows as UTF-8 bytes, in memory and then in a file,
// and hands back exactly the text it was given.
import { describe, expect, it } from 'vitest';
import { encoded, placeEncoded, Spool, type PlacedWords } from '../../src/batch/spool.js';
import { displayWidth, padEndToWidth } from '../../src/render/width.js';

async function drained(texts: readonly string[]): Promise<{ text: string; chunks: number }> {
  const spool = new Spool();
  for (const text of texts) spool.add(text);
  const chunks: Buffer[] = [];
  // Copied: the spool fills the same buffer again once a write has resolved.
  await spool.drain(async (bytes) => {
    chunks.push(Buffer.from(bytes));
  });
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
}

const line = (n: number) => `line ${n} 直播间购物车 · 淘宝 🛒 denied\n`;

describe('Spool', () => {
  it.each([
    ['nothing', []],
    ['a few lines, in memory', [line(1), line(2), '']],
    ['past a megabyte, through the file', Array.from({ length: 60_000 }, (_, n) => line(n))],
    ['one text longer than the buffer', ['a', '界'.repeat(400_000), 'b']],
  ])('%s: the same text back, in order', async (_, texts) => {
    expect((await drained(texts)).text).toBe(texts.join(''));
  });

  it('hands back a file in chunks of at most a megabyte', async () => {
    const texts = Array.from({ length: 60_000 }, (_, n) => line(n));
    expect((await drained(texts)).chunks).toBe(Math.ceil(Buffer.byteLength(texts.join('')) / (1024 * 1024)));
  });

  it('counts the texts added and is empty after a drain', async () => {
    const spool = new Spool();
    spool.add('a');
    spool.add('b');
    expect(spool.count).toBe(2);
    await spool.drain(() => {});
    const after: Uint8Array[] = [];
    await spool.drain((bytes) => {
      after.push(bytes);
    });
    expect(after).toEqual([]);
  });

  it('waits for each write before it reads the next chunk into the same buffer', async () => {
    const texts = Array.from({ length: 60_000 }, (_, n) => line(n));
    const spool = new Spool();
    for (const text of texts) spool.add(text);
    const chunks: Buffer[] = [];
    await spool.drain(
      (bytes) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            chunks.push(Buffer.from(bytes));
            resolve();
          }, 1),
        ),
    );
    expect(Buffer.concat(chunks).toString('utf8')).toBe(texts.join(''));
  });
});

describe('Spool.addLine and addEncoded', () => {
  it.each([
    [0, 6],
    [7, 6],
    [123456, 6],
    [1234567, 6],
    [42, 0],
    [-3, 6],
    [1.5, 6],
  ])('%d padded to %d reads as String(n).padEnd(width)', async (number, width) => {
    const spool = new Spool();
    spool.addLine(encoded('line '), number, encoded(''), width, new Uint8Array(0), 0, 0);
    const chunks: Buffer[] = [];
    await spool.drain((bytes) => {
      chunks.push(Buffer.from(bytes));
    });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`line ${String(number).padEnd(width)} `);
  });

  it('keeps the order of shared, plain and number texts, across the file', async () => {
    const shared = ['denied      淘宝 · 直播间购物车  rule a\n', 'unknown     jd · live-cart  no rule on record\n'];
    const bytes = shared.map(encoded);
    const spool = new Spool();
    const expected: string[] = [];
    for (let n = 0; n < 30_000; n++) {
      spool.addLine(encoded('line '), n, encoded(''), 6, new Uint8Array(0), 0, 0);
      if (n % 7 === 0) spool.add('«plain» ');
      spool.addEncoded(bytes[n % 2]!);
      expected.push(`line ${String(n).padEnd(6)}${n % 7 === 0 ? ' «plain» ' : ' '}${shared[n % 2]}`);
    }
    const chunks: Buffer[] = [];
    await spool.drain((bytes) => {
      chunks.push(Buffer.from(bytes));
    });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.join(''));
  });

  it('copies placed words from where they lie in their slab, short and long, across the file', async () => {
    const texts = ['denied      淘宝 · 直播间购物车  rule a\n', `unknown     ${'長'.repeat(40_000)}\n`, 'allowed\n'];
    const placed = texts.map((text) => {
      const words: PlacedWords = {};
      placeEncoded(text, words);
      return words;
    });
    const spool = new Spool();
    const expected: string[] = [];
    for (let n = 0; n < 3_000; n++) {
      const words = placed[n % 3]!;
      spool.addEncoded(words.wordsSlab!, words.wordsAt, words.wordsLength);
      expected.push(texts[n % 3]!);
    }
    const chunks: Buffer[] = [];
    await spool.drain((bytes) => {
      chunks.push(Buffer.from(bytes));
    });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.join(''));
  });

  it('encodes each text apart, across slabs, short and long, in any script', () => {
    const texts = Array.from({ length: 3000 }, (_, n) => (n % 500 === 0 ? '長'.repeat(2000 + n) : `${n} denied 淘宝 · 直播间购物车 ${'x'.repeat(n % 40)}\n`));
    const bytes = texts.map(encoded);
    const decoder = new TextDecoder();
    expect(bytes.map((part) => decoder.decode(part))).toEqual(texts);
  });
});

describe('Spool.addLine', () => {
  const text = async (spool: Spool) => {
    const chunks: Buffer[] = [];
    await spool.drain((bytes) => {
      chunks.push(Buffer.from(bytes));
    });
    return Buffer.concat(chunks).toString('utf8');
  };

  it.each([
    [0, 6],
    [7, 6],
    [10, 6],
    [99, 2],
    [123456, 6],
    [1234567, 6],
    [999_999_999, 6],
    [1_000_000_000, 6],
    [2 ** 32 - 1, 6],
    [2 ** 32, 6],
    [2 ** 53 + 2, 6],
    [42, 0],
    [-3, 6],
    [1.5, 6],
    [Number.NaN, 6],
  ])('writes %d with %d columns for it as the calls it stands for, and as the report pads a line', async (number, width) => {
    const words = encoded('denied      淘宝 · 直播间购物车  rule a\n');
    for (const [before, after] of [
      ['line ', ''],
      ['第 ', ' 行'],
      ['', ''],
    ] as const) {
      const one = new Spool();
      one.addLine(encoded(before), number, encoded(after), width, words, 0, words.length);
      const apart = new Spool();
      apart.add(before);
      apart.add(String(number));
      apart.add(after);
      apart.add(' '.repeat(Math.max(0, width - String(number).length)));
      apart.add(' ');
      apart.addEncoded(words);
      expect(one.count).toBe(1);
      const written = await text(one);
      expect(written).toBe(await text(apart));
      // As the text report padded the line's words as a whole, by their width on a terminal.
      expect(written).toBe(`${padEndToWidth(`${before}${number}${after}`, displayWidth(before + after) + width)} denied      淘宝 · 直播间购物车  rule a\n`);
      expect(await text(one)).toBe('');
    }
  });

  it('keeps the order of lines and other texts, across the file, with words from anywhere in their slab', async () => {
    const texts = ['denied      淘宝 · 直播间购物车  rule a\n', 'unknown     jd · live-cart  no rule on record\n', `unknown     ${'長'.repeat(40_000)}\n`];
    const placed = texts.map((words) => {
      const into: PlacedWords = {};
      placeEncoded(words, into);
      return into;
    });
    const prefix = encoded('line ');
    const spool = new Spool();
    const expected: string[] = [];
    for (let n = 0; n < 30_000; n++) {
      const which = n % 1000 === 0 ? 2 : n % 2;
      const words = placed[which]!;
      spool.addLine(prefix, n, encoded(''), 6, words.wordsSlab!, words.wordsAt!, words.wordsLength!);
      expected.push(`line ${String(n).padEnd(6)} ${texts[which]}`);
      if (n % 7 === 0) {
        spool.add(`«${n}» 淘宝\n`);
        expected.push(`«${n}» 淘宝\n`);
      }
    }
    expect(await text(spool)).toBe(expected.join(''));
  });

  it('takes words longer than the buffer', async () => {
    const long = encoded(`${'x'.repeat(1024 * 1024 + 5)}\n`);
    const spool = new Spool();
    spool.add('before\n');
    spool.addLine(encoded('line '), 12, encoded(''), 6, long, 0, long.length);
    spool.addLine(encoded('第 '), 13, encoded(' 行'), 6, long, 1024 * 1024, 6);
    expect(await text(spool)).toBe(`before\nline 12     ${'x'.repeat(1024 * 1024 + 5)}\n第 13 行     xxxxx\n`);
  });
});
