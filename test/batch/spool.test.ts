// The spool keeps a report's rows as UTF-8 bytes, in memory and then in a file,
// and hands back exactly the text it was given.
import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/batch/spool.js';

function drained(texts: readonly string[]): { text: string; chunks: number } {
  const spool = new Spool();
  for (const text of texts) spool.add(text);
  const chunks: Buffer[] = [];
  spool.drain((bytes) => chunks.push(Buffer.from(bytes)));
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
}

const line = (n: number) => `line ${n} 直播间购物车 · 淘宝 🛒 denied\n`;

describe('Spool', () => {
  it.each([
    ['nothing', []],
    ['a few lines, in memory', [line(1), line(2), '']],
    ['past a megabyte, through the file', Array.from({ length: 60_000 }, (_, n) => line(n))],
    ['one text longer than the buffer', ['a', '界'.repeat(400_000), 'b']],
  ])('%s: the same text back, in order', (_, texts) => {
    expect(drained(texts).text).toBe(texts.join(''));
  });

  it('hands back a file in chunks of at most a megabyte', () => {
    const texts = Array.from({ length: 60_000 }, (_, n) => line(n));
    expect(drained(texts).chunks).toBe(Math.ceil(Buffer.byteLength(texts.join('')) / (1024 * 1024)));
  });

  it('counts the texts added and is empty after a drain', () => {
    const spool = new Spool();
    spool.add('a');
    spool.add('b');
    expect(spool.count).toBe(2);
    spool.drain(() => {});
    const after: Uint8Array[] = [];
    spool.drain((bytes) => after.push(bytes));
    expect(after).toEqual([]);
  });
});
