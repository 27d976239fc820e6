// A sheet's rows as blocks (src/batch/read/sheet-blocks.ts): replayed, a block's rows reach a
// sink as the reader gave them, call for call, whatever the block's size and the sink's road.
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/batch/read/read-xlsx.js';
import { BLOCK_ROWS, blockPacker, postedError, inputErrorOf, replayBlock, type SheetBlock } from '../../src/batch/read/sheet-blocks.js';
import type { ZipSource } from '../../src/batch/read/zip.js';
import { inputError, wordedError } from '../../src/errors/errors.js';
import { headerCheck, recorder, variedBook } from '../helpers/sheet-calls.js';

function source(bytes: Buffer): ZipSource {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) };
}

/** The sheet's rows packed into blocks, with the header and shared strings the other side needs. */
async function packed(bytes: Buffer): Promise<{ blocks: SheetBlock[]; header: readonly string[]; strings: readonly string[] }> {
  const blocks: SheetBlock[] = [];
  let header: readonly string[] = [];
  let strings: readonly string[] = [];
  const packer = blockPacker(() => header.length, (block) => blocks.push(block), () => undefined);
  await readXlsx(source(bytes), undefined, Object.assign(packer.sink, { sharedStrings: (shared: readonly string[]) => (strings = shared) }), (names) => void (header = names), 'plan.xlsx');
  packer.flush();
  return { blocks, header, strings };
}

describe('blocks', () => {
  it.each(['held', 'sheet', 'plain'] as const)('carry to a %s sink what the reader gives it, one block after another', async (road) => {
    const bytes = variedBook(BLOCK_ROWS + 300);
    const here = recorder(road);
    await readXlsx(source(bytes), undefined, here.sink, headerCheck, 'plan.xlsx');
    const { blocks, header, strings } = await packed(bytes);
    expect(blocks.map((block) => block.rows)).toEqual([BLOCK_ROWS, expect.any(Number)]);
    const there = recorder(road);
    for (const block of blocks) replayBlock(block, header, strings, there.sink);
    expect(there.calls).toEqual(here.calls);
    expect(there.pending()).toBe(0);
  });

  it('hand back what the sink last asked to wait for, once the block is given', async () => {
    const { blocks, header, strings } = await packed(variedBook(200));
    const waits = [Promise.resolve(), Promise.resolve()];
    let rows = 0;
    const sink = Object.assign(() => (++rows === 50 ? waits[0] : undefined), { sheet: () => (++rows === 60 ? waits[1] : undefined) });
    expect(replayBlock(blocks[0]!, header, strings, sink)).toBe(waits[1]);
    expect(rows).toBe(blocks[0]!.rows);
    expect(replayBlock(blocks[0]!, header, strings, Object.assign(() => undefined, { sheet: () => undefined }))).toBeUndefined();
  });

  it('tell the packing reader to wait once a block is full, and not before', () => {
    const sent: SheetBlock[] = [];
    const wait = Promise.resolve();
    const packer = blockPacker(() => 3, (block) => sent.push(block), () => wait);
    const answers = Array.from({ length: BLOCK_ROWS + 1 }, (_, k) => packer.sink.sheet!(k + 2, ['source', 'surface', 'date'], ['jd', 'live-cart', '2022-06-01'], new Int32Array([3, 4, -1]), 0, 10));
    expect(answers.filter((answer) => answer !== undefined)).toEqual([wait]);
    expect(answers[BLOCK_ROWS - 1]).toBe(wait);
    expect(sent.map((block) => block.rows)).toEqual([BLOCK_ROWS]);
    packer.flush();
    expect(sent.map((block) => block.rows)).toEqual([BLOCK_ROWS, 1]);
    // The cell without a shared string travels as its text, the others as their numbers.
    expect({ numbers: Array.from(sent[1]!.numbers.subarray(0, 3)), texts: sent[1]!.texts }).toEqual({ numbers: [3, 4, -1], texts: ['2022-06-01'] });
  });
});

describe('errors as data', () => {
  it.each([
    ['a worded error', wordedError('sheet-error-value', { cell: 'A3', value: '#REF!' })],
    ['a catalogue error', inputError('unknown-sheet', { file: 'plan.xlsx', sheet: '八月', valid: '"七月", "Notes"' })],
  ])('%s is the same error again, message, code, values and wording', (_, error) => {
    const again = inputErrorOf(structuredClone(postedError(error)));
    expect({ ...again, message: again.message }).toEqual({ ...error, message: error.message });
    expect(again).toBeInstanceOf(Error);
  });
});
