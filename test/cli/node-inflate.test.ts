// The CLI unpacks a workbook's parts with Node's zlib (cli/node-inflate.ts), the reader's
// own default being the web platform's DecompressionStream: both must give the same bytes,
// fail with the same message, and stop when the reader stops taking.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeInflate } from '../../src/cli/node-inflate.js';
import { webInflate, type Inflate } from '../../src/batch/read/zip.js';

const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"><c t="s"><v>${i % 977}</v></c></row>`).join(''));
const packed = deflateRawSync(text);

/** The packed bytes in pieces of 64 KiB, as streamEntry reads them. */
function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 16) yield bytes.subarray(at, at + (1 << 16));
}

async function unpack(inflate: Inflate, bytes: Uint8Array): Promise<string> {
  const out: Uint8Array[] = [];
  try {
    for await (const piece of inflate(pieces(bytes))) out.push(piece);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
  return Buffer.concat(out).toString();
}

describe('nodeInflate', () => {
  it.each([
    ['a whole part', packed],
    ['a part cut short', packed.subarray(0, packed.length - 100)],
    ['no DEFLATE data', Buffer.from('\xff\xff\xff\xff not deflated', 'latin1')],
    ['nothing', Buffer.alloc(0)],
  ])('%s: as DecompressionStream', async (_, bytes) => {
    expect(await unpack(nodeInflate, bytes)).toBe(await unpack(webInflate, bytes));
  });

  it('gives the whole text', async () => {
    expect(await unpack(nodeInflate, packed)).toBe(text.toString());
  });

  it('fails as zlib does on data cut short', async () => {
    expect(await unpack(nodeInflate, packed.subarray(0, 1000))).toBe('error: unexpected end of file');
  });

  it('stops when the reader stops taking, and reads no further piece', async () => {
    let read = 0;
    const counted = (function* () {
      for (const piece of pieces(packed)) {
        read++;
        yield piece;
      }
    })();
    for await (const piece of nodeInflate(counted)) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
    const total = Math.ceil(packed.length / (1 << 16));
    expect(total).toBeGreaterThan(1);
    expect(read).toBeLessThan(total);
  });
});
