// The batch's output writer: texts and short runs of bytes gathered into blocks, in order; longer
// runs of bytes handed on as they are, after what came before them.
import { describe, expect, it } from 'vitest';
import { flowing } from '../../src/cli/batch-io.js';

describe('flowing', () => {
  it('gathers texts and short bytes into one write, in order', () => {
    const writes: Uint8Array[] = [];
    const flow = flowing((bytes) => void writes.push(new Uint8Array(bytes)));
    const kept = new TextEncoder().encode('"answer":"淘宝"');
    for (let row = 0; row < 3; row++) {
      flow.write(`{"line":${row},`);
      flow.write(kept);
      flow.write('}\n');
    }
    // Copied: the kept bytes may be written again, and are never the writer's.
    kept.fill(0x20);
    flow.flush();
    expect(writes).toHaveLength(1);
    expect(new TextDecoder().decode(writes[0])).toBe('{"line":0,"answer":"淘宝"}\n{"line":1,"answer":"淘宝"}\n{"line":2,"answer":"淘宝"}\n');
  });

  it('starts a new block when short bytes do not fit, and hands on long bytes as they are', () => {
    const writes: Uint8Array[] = [];
    const flow = flowing((bytes) => void writes.push(bytes.length > 16_384 ? bytes : new Uint8Array(bytes)));
    const part = new Uint8Array(16_384).fill(0x61);
    for (let n = 0; n < 5; n++) flow.write(part);
    const long = new Uint8Array(16_385).fill(0x62);
    flow.write('x');
    flow.write(long);
    flow.write('y');
    flow.flush();
    expect(writes.map((bytes) => bytes.length)).toEqual([65_536, 16_384 + 1, 16_385, 1]);
    expect(writes[2]).toBe(long);
    expect(new TextDecoder().decode(writes[1]!.subarray(16_384))).toBe('x');
    expect(new TextDecoder().decode(writes[3])).toBe('y');
  });

  it('gives back, over many blocks, the texts and bytes it was given, in order', () => {
    const writes: Uint8Array[] = [];
    const flow = flowing((bytes) => void writes.push(new Uint8Array(bytes)));
    const kept = new TextEncoder().encode('"淘宝":"live-cart"');
    let expected = '';
    for (let row = 0; row < 20_000; row++) {
      const text = `{"line":${row},"note":"${'第'.repeat(row % 7)}"},`;
      flow.write(text);
      expected += text;
      if (row % 3 === 0) {
        flow.write(kept);
        expected += '"淘宝":"live-cart"';
      }
    }
    flow.flush();
    expect(writes.length).toBeGreaterThan(10);
    expect(new TextDecoder().decode(Buffer.concat(writes))).toBe(expected);
  });
});
