// A CSV plan's records as blocks (src/batch/read/csv-blocks.ts): packed as the reader gives them
// and replayed, they reach a sink call for call as the reader would have given them itself,
// whatever the chunks, the records and the sink's road.
import { describe, expect, it } from 'vitest';
import { BLOCK_RECORDS, csvPacker, csvReplayer, type CsvBlock, type Keys } from '../../src/batch/read/csv-blocks.js';
import { readTextPlan } from '../../src/batch/read/plan-bytes.js';
import { CELL_KEYS, HELD_ROWS, type RecordSink, type RecordText } from '../../src/batch/read/records.js';
import { asciiText } from '../../src/cli/batch-io.js';
import { csvRecorder, pieces, variedCsv, type CsvRoad, type PlanShape } from '../helpers/csv-calls.js';
import { headerCheck } from '../helpers/sheet-calls.js';

const encoder = new TextEncoder();

/** The plan read straight into a sink of that road. */
async function straight(bytes: Uint8Array, size: number, road: CsvRoad) {
  const here = csvRecorder(road);
  const stats = await readTextPlan(pieces(bytes, size), 'csv', 'utf-8', 'plan.csv', headerCheck, here.sink, asciiText);
  return { ...here, stats };
}

/** The plan read into a packer, its blocks (and its header) as the other thread would get them. */
async function packed(bytes: Uint8Array, size: number, keys?: Keys) {
  const blocks: CsvBlock[] = [];
  let header: readonly string[] = [];
  const packer = csvPacker((block) => blocks.push(structuredClone(block)), () => undefined, () => 0, keys);
  const check = (names: readonly string[]) => {
    headerCheck(names);
    header = names;
  };
  const stats = await readTextPlan(pieces(bytes, size), 'csv', 'utf-8', 'plan.csv', check, packer.sink, asciiText);
  packer.flush();
  return { blocks, header, stats };
}

function replayed(blocks: readonly CsvBlock[], header: readonly string[], road: CsvRoad) {
  const there = csvRecorder(road);
  const replay = csvReplayer();
  for (const block of blocks) replay(block, header, there.sink);
  return there;
}

const PLANS: [string, PlanShape, number[]][] = [
  ['commas, a BOM, CRLF, a quote never closed', { bom: true, unclosed: true }, [1, 3, 7, 64, 1000, 65_536]],
  ["Excel's sep=; line", { separator: ';', sepLine: true }, [5, 256, 4096]],
  ['a tab-separated header', { separator: '\t' }, [2, 100, 65_536]],
];

describe('CSV blocks', () => {
  describe.each(PLANS)('of a plan with %s', (_, shape, sizes) => {
    const bytes = encoder.encode(variedCsv(1500, shape));
    it.each(['held', 'text', 'plain'] as const)('carry to a %s sink what the reader gives it, however the bytes are cut', async (road) => {
      for (const size of sizes) {
        const here = await straight(bytes, size, road);
        const { blocks, header, stats } = await packed(bytes, size);
        expect(stats).toEqual(here.stats);
        const there = replayed(blocks, header, road);
        expect({ size, calls: there.calls }).toEqual({ size, calls: here.calls });
        expect(there.pending()).toBe(0);
        // Every record was given, and no key where none was asked for.
        expect(there.keys.every((key) => key === -1)).toBe(true);
        if (road === 'held') expect(Math.max(...there.groups)).toBeLessThanOrEqual(HELD_ROWS);
      }
    });
  });

  it.each(['held', 'text', 'plain'] as const)('carry a cell over 64 KiB, a record over 1 MiB and a long Chinese cell to a %s sink as the reader gives them', async (road) => {
    const bytes = encoder.encode(variedCsv(600, { long: true }));
    for (const size of [4093, 65_536, 1 << 20]) {
      const here = await straight(bytes, size, road);
      const { blocks, header } = await packed(bytes, size);
      expect({ size, calls: replayed(blocks, header, road).calls }).toEqual({ size, calls: here.calls });
      // The record over 1 MiB is an error row without cells; the long cells are read whole.
      expect(here.calls.filter(([, , cells]) => (cells as string[]).length === 0)).toEqual([['row', expect.any(Number), [], 'this row is at least 1100023 bytes long (UTF-8); at most 1048576 (1 MiB) are read', 4]]);
      expect(here.calls.some(([, , cells]) => (cells as string[])[0]?.length === 70_000)).toBe(true);
    }
  });

  it('every record kind the varied plan means to hold is read from it', async () => {
    const { calls, stats } = await straight(encoder.encode(variedCsv(1500, { bom: true, unclosed: true })), 65_536, 'text');
    const errors = new Set(calls.map(([, , , error]) => error).filter((error) => typeof error === 'string' && error !== ''));
    expect([...errors].sort()).toEqual([
      'malformed CSV: a quote inside a cell is not doubled ("")',
      'malformed CSV: a quoted cell is never closed: lines 1716 to 1717 were read as one row',
      "this row has 6 cells and the header 4: quote cells that hold a comma, the plan's separator",
    ]);
    expect(calls.filter(([kind]) => kind === 'text').length).toBeGreaterThan(1000);
    expect(calls).toContainEqual(['text', expect.any(Number), ['【天猫】"新品" 上市', 'live-cart', expect.any(String)], 4]);
    expect(calls).toContainEqual(['text', expect.any(Number), ['a\nb\nc', 'short-video-cart', expect.any(String)], 4]);
    expect(calls).toContainEqual(['text', expect.any(Number), ['jd, x', 'live-cart', '2022,06', ''], 4]);
    expect(calls).toContainEqual(['text', expect.any(Number), [''], 4]);
    expect(stats.blank).toBe(107);
  });

  it('post each chunk text once, in order, in the first block whose records lie in it', async () => {
    const bytes = encoder.encode(variedCsv(6000, { bom: true }));
    for (const size of [512, 4096, 65_536]) {
      const here = await straight(bytes, size, 'text');
      // The texts the records lay in, one after another: consecutive chunks never read alike here.
      const texts: string[] = [];
      const record = here.sink.text!;
      const seen = Object.assign(here.sink, {
        text: (line: number, header: readonly string[], given: RecordText) => {
          if (texts.at(-1) !== given.text) texts.push(given.text);
          return record(line, header, given);
        },
      });
      await readTextPlan(pieces(bytes, size), 'csv', 'utf-8', 'plan.csv', headerCheck, seen, asciiText);
      const { blocks } = await packed(bytes, size);
      for (const block of blocks) expect(new Set(block.texts).size).toBe(block.texts.length);
      expect(blocks.flatMap((block) => block.texts)).toEqual(texts);
      // A block is posted at the first chunk after BLOCK_RECORDS records.
      expect(blocks.slice(0, -1).every((block) => block.records >= BLOCK_RECORDS)).toBe(true);
    }
  });

  it('carry the keys found for their records, found for at most HELD_ROWS records at a time, and none for records read as strings', async () => {
    const bytes = encoder.encode(variedCsv(3000));
    const counts: number[] = [];
    // A key made from the record's cells alone: the replayed record must carry its own.
    const keyOf = (cells: readonly string[]) => cells.join('\u0000').length * 31 + cells.length;
    const keys: Keys = (records, count, into) => {
      counts.push(count);
      for (let k = 0; k < count; k++) into[k] = keyOf(records[k]!.cells());
    };
    const { blocks, header } = await packed(bytes, 4096, keys);
    const keyed: [number, number][] = [];
    let strings = 0;
    const sink: RecordSink = Object.assign(() => void strings++, {
      text: (_line: number, _header: readonly string[], record: RecordText) => void keyed.push([record.key!, keyOf(record.cells())]),
    });
    const replay = csvReplayer();
    for (const block of blocks) replay(block, header, sink);
    expect(keyed.length).toBeGreaterThan(2000);
    expect(strings).toBeGreaterThan(100);
    expect(keyed.every(([key, expected]) => key === expected)).toBe(true);
    expect(Math.max(...counts)).toBe(HELD_ROWS);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(keyed.length);
  });
});

describe('CSV blocks with cell keys', () => {
  it('carry the cell keys found for the records that have them, -1 for the others and for cells left without', async () => {
    const bytes = encoder.encode(variedCsv(3000));
    // Cell keys made from the record's cells alone, given to every third record, some -1.
    const cellKeysOf = (cells: readonly string[]) => [0, 1, 2, 3].map((c) => (cells.length % 3 === 0 || (cells[c]?.length ?? 0) % 5 === 0 ? -1 : (cells[c]?.length ?? 0) * 7 + c));
    const given = (cells: readonly string[]) => cells.join('\u0000').length % 3 === 0;
    const keys: Keys = (records, count, into, cells) => {
      for (let k = 0; k < count; k++) {
        into[k] = k;
        const record = records[k]!.cells();
        // A cell left untouched is to be read as having none.
        if (given(record)) cellKeysOf(record).forEach((key, c) => (cells[k * CELL_KEYS + c] = key));
      }
    };
    const { blocks, header } = await packed(bytes, 4096, keys);
    const seen: [number[], number[]][] = [];
    const sink: RecordSink = Object.assign(() => undefined, {
      text: (_line: number, _header: readonly string[], record: RecordText) => {
        const cells = record.cells();
        seen.push([Array.from(record.cellKeys!), given(cells) ? cellKeysOf(cells) : [-1, -1, -1, -1]]);
      },
    });
    const replay = csvReplayer();
    for (const block of blocks) replay(block, header, sink);
    expect(seen.length).toBeGreaterThan(2000);
    expect(seen.filter(([, expected]) => expected.some((key) => key >= 0)).length).toBeGreaterThan(200);
    expect(seen.filter(([got, expected]) => JSON.stringify(got) !== JSON.stringify(expected))).toEqual([]);
    // Only records with a cell key take room for them.
    const withKeys = seen.filter(([, expected]) => expected.some((key) => key >= 0)).length;
    expect(blocks.reduce((sum, block) => sum + block.cellKeys.length, 0)).toBe(withKeys * CELL_KEYS);
  });
});

/** A record of one cell, the whole of `text`. */
function recordIn(text: string): RecordText {
  return { text, count: 1, spans: Int32Array.of(0, text.length), key: -1, cells: () => [text] };
}

describe('the packing reader', () => {
  it('is told to wait after a block is sent at a new chunk, with what wait() gives, and not before', () => {
    const sent: CsvBlock[] = [];
    const wait = Promise.resolve();
    let waits = 0;
    const packer = csvPacker((block) => sent.push(block), () => (waits++, wait), () => 42);
    const header = ['source'];
    const first = 'chunk one';
    const answers = Array.from({ length: BLOCK_RECORDS + 10 }, (_, k) => packer.sink.text!(k + 2, header, recordIn(first)));
    expect(answers.every((answer) => answer === undefined)).toBe(true);
    expect(sent).toEqual([]);
    // The next chunk's first record sends the block of the one before, and the reader waits.
    expect(packer.sink.text!(BLOCK_RECORDS + 12, header, recordIn('chunk two'))).toBe(wait);
    expect(waits).toBe(1);
    expect(sent.map((block) => [block.records, block.texts, block.bytes])).toEqual([[BLOCK_RECORDS + 10, [first], 42]]);
    packer.flush();
    expect(sent.map((block) => block.records)).toEqual([BLOCK_RECORDS + 10, 1]);
  });

  it('sends a block of records read as strings once it holds 4096, and returns what wait() gives', () => {
    const sent: CsvBlock[] = [];
    const wait = Promise.resolve();
    const packer = csvPacker((block) => sent.push(block), () => wait, () => 0);
    const answers = Array.from({ length: 4097 }, (_, k) => packer.sink(k + 2, ['a', 'b'], ['x', 'y'], undefined));
    expect(answers.flatMap((answer, k) => (answer === undefined ? [] : [k]))).toEqual([4095]);
    expect(answers[4095]).toBe(wait);
    expect(sent.map((block) => block.records)).toEqual([4096]);
  });

  it('stops reading while the other side has no room, at most the rest of a chunk past it', async () => {
    const bytes = encoder.encode(variedCsv(8000));
    let release: (() => void) | undefined;
    let records = 0;
    let sends = 0;
    let atWait = -1;
    const packer = csvPacker(
      () => void sends++,
      () => {
        if (release !== undefined) return undefined;
        atWait = records;
        return new Promise<void>((resolve) => (release = resolve));
      },
      () => 0,
    );
    const counted: RecordSink = Object.assign((...args: Parameters<RecordSink>) => (records++, packer.sink(...args)), {
      text: (line: number, header: readonly string[], record: RecordText) => (records++, packer.sink.text!(line, header, record)),
    });
    const reading = readTextPlan(pieces(bytes, 4096), 'csv', 'utf-8', 'plan.csv', headerCheck, counted, asciiText);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(release).toBeDefined();
    expect(sends).toBe(1);
    // No more than the chunk being read (4096 bytes: a few hundred records).
    expect(records - atWait).toBeLessThan(300);
    const stopped = records;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(records).toBe(stopped);
    release!();
    await reading;
    expect(records).toBeGreaterThan(7000);
  });
});
