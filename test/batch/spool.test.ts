// The spool keeps a report's rows as UTF-8 bytes, in memory and then in a file,
// and hands back exactly the text it was given.
import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/batch/spool.js';

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
