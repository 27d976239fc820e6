// Numbers for the texts records are answered by (src/batch/text-keys.ts): a record's number stands
// for its text from its first asked cell to its last, as written, and for no other text over the
// whole plan, however many texts it holds; a record that keySpan refuses has none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnPositions } from '../../src/batch/columns.js';
import { cellText } from '../../src/batch/read/chunk-record.js';
import { CELL_KEYS, type RecordText } from '../../src/batch/read/records.js';
import { maybeSpace } from '../../src/batch/row-keys.js';
import { KEYED_TEXTS, textKeyer } from '../../src/batch/text-keys.js';
import { bufferUnits } from '../../src/cli/batch-io.js';
import { MAX_FIELD } from '../../src/model/field-length.js';

/** Rows of cells as written (quotes and all), lying one after another in one text, each a record. */
function recordsIn(rows: readonly (readonly string[])[], before = ''): RecordText[] {
  let text = before;
  const spans: number[][] = [];
  for (const row of rows) {
    const at: number[] = [];
    row.forEach((cell, i) => {
      if (i > 0) text += ',';
      at.push(text.length, text.length + cell.length);
      text += cell;
    });
    text += '\n';
    spans.push(at);
  }
  return spans.map((at) => ({ text, count: at.length / 2, spans: Int32Array.from(at), cells: () => at.flatMap((_, i) => (i % 2 === 0 ? [cellText(text, at[i]!, at[i + 1]!)] : [])) }));
}

/** The stretch a record is keyed by, found here from its cells as written; undefined where it is to have no key. */
function stretchOf(record: RecordText, at: ColumnPositions): string | undefined {
  const written = (i: number) => record.text.slice(record.spans[i * 2], record.spans[i * 2 + 1]);
  // A cell that may be over MAX_FIELD bytes of UTF-8 (each code unit up to three) is read in full, not keyed.
  for (let i = 0; i < record.count; i++) if (written(i).length * 3 > MAX_FIELD) return undefined;
  const asked = [at.source!, at.surface!, at.date!];
  for (const i of asked) {
    if (i >= record.count) return undefined;
    const cell = written(i);
    const inner = cell.startsWith('"') ? cell.slice(1, -1) : cell;
    if (inner === '' || maybeSpace(inner.charCodeAt(0))) return undefined;
  }
  if (at.platform !== undefined) {
    if (at.platform >= record.count) return undefined;
    asked.push(at.platform);
  }
  const first = Math.min(...asked);
  const last = Math.max(...asked);
  return record.text.slice(record.spans[first * 2], record.spans[last * 2 + 1]);
}

function keysOf(keyer: ReturnType<typeof textKeyer>, records: readonly RecordText[]): number[] {
  const into = new Int32Array(records.length).fill(-7);
  keyer.keys(records, records.length, into);
  return Array.from(into);
}

const POSITIONS: ColumnPositions[] = [{ source: 0, surface: 1, date: 2 }, { source: 0, surface: 1, date: 2, platform: 3 }, { source: 2, surface: 0, date: 3, platform: 1 }, { source: 1, surface: 3, date: 2 }];
const CELLS = ['jd', 'taobao', '"jd"', ' jd', 'jd ', '', '""', '" x"', '"\tx"', '淘宝', 'live-cart', '"live,cart"', '2022-06-01', '2022-06-01 ', '"a""b"', '\u3000x', 'x\u3000'];

/** Checks keys against the stretches: equal exactly when the stretches are, -1 exactly where none is to be. */
function expectKeysOfStretches(records: readonly RecordText[], keys: readonly number[], at: ColumnPositions, byStretch: Map<string, number>, byKey: Map<number, string>): void {
  records.forEach((record, k) => {
    const stretch = stretchOf(record, at);
    const key = keys[k]!;
    if (stretch === undefined) return expect({ k, key }).toEqual({ k, key: -1 });
    expect(key).toBeGreaterThanOrEqual(0);
    expect({ stretch, key: byStretch.get(stretch) ?? key }).toEqual({ stretch, key });
    expect({ key, stretch: byKey.get(key) ?? stretch }).toEqual({ key, stretch });
    byStretch.set(stretch, key);
    byKey.set(key, stretch);
  });
}

describe('text keys', () => {
  it('are equal exactly when the stretches from the first asked cell to the last are, as written; -1 where keySpan refuses', () => {
    const row = fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...POSITIONS), fc.array(fc.array(row, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 12 }), (at, texts) => {
        const keyer = textKeyer();
        keyer.columns(at);
        const byStretch = new Map<string, number>();
        const byKey = new Map<number, string>();
        for (const rows of texts) {
          const records = recordsIn(rows, 'x,y\n');
          expectKeysOfStretches(records, keysOf(keyer, records), at, byStretch, byKey);
        }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it.each<[string, string[], ColumnPositions]>([
    ['an empty asked cell', ['jd', '', '2022-06-01'], POSITIONS[0]!],
    ['an empty quoted asked cell', ['jd', '""', '2022-06-01'], POSITIONS[0]!],
    ['an asked cell led by white space', ['jd', 'live-cart', ' 2022-06-01'], POSITIONS[0]!],
    ['a quoted asked cell led by white space', ['"\u3000jd"', 'live-cart', '2022-06-01'], POSITIONS[0]!],
    ['an asked cell missing', ['jd', 'live-cart'], POSITIONS[0]!],
    ['a cell over MAX_FIELD, even one not asked', ['jd', 'live-cart', '2022-06-01', 'x'.repeat(MAX_FIELD + 1)], POSITIONS[0]!],
    ['no platform cell where a platform column is given', ['jd', 'live-cart', '2022-06-01'], POSITIONS[1]!],
  ])('are -1 for a record with %s', (_, cells, at) => {
    const keyer = textKeyer();
    keyer.columns(at);
    const records = recordsIn([cells, ['jd', 'live-cart', '2022-06-01', 'kuaishou']]);
    expect(keysOf(keyer, records)).toEqual([-1, 0]);
  });

  it('are -1 for a record with a cell over MAX_FIELD bytes of UTF-8, though of fewer code units', () => {
    // MAX_FIELD counts UTF-8 bytes (model/field-length.ts): 30,000 CJK characters are 90,000.
    const keyer = textKeyer();
    keyer.columns(POSITIONS[0]!);
    const records = recordsIn([['jd', 'live-cart', '2022-06-01', '淘'.repeat(30_000)], ['jd', 'live-cart', '2022-06-01', '淘'.repeat(30_000)]]);
    expect(keysOf(keyer, records)).toEqual([-1, -1]);
  });

  it('are given for an empty platform cell, and a cell of a third of MAX_FIELD units; not for one unit more', () => {
    const keyer = textKeyer();
    keyer.columns(POSITIONS[1]!);
    const third = Math.floor(MAX_FIELD / 3);
    const records = recordsIn([['jd', 'live-cart', '2022-06-01', ''], ['jd', 'live-cart', '2022-06-01', '""'], ['jd', 'live-cart', '2022-06-01', '淘'.repeat(third)], ['jd', 'live-cart', '2022-06-01', 'x'.repeat(third + 1)]]);
    expect(keysOf(keyer, records)).toEqual([0, 1, 2, -1]);
  });

  it('are -1 for every record until columns are given', () => {
    const keyer = textKeyer();
    const records = recordsIn([['jd', 'live-cart', '2022-06-01'], ['jd', 'live-cart', '2022-06-01']]);
    expect(keysOf(keyer, records)).toEqual([-1, -1]);
    keyer.columns(POSITIONS[0]!);
    expect(keysOf(keyer, records)).toEqual([0, 0]);
  });

  it('never stand for two texts, past KEYED_TEXTS distinct ones with repeats before and after the table empties; a new text gets a number never given before', () => {
    const keyer = textKeyer();
    const at = POSITIONS[1]!;
    keyer.columns(at);
    const byKey = new Map<number, string>();
    const lastKey = new Map<string, number>();
    let newest = -1;
    const runs = new Set<number>();
    const wrong: object[] = [];
    // Each text once, then again three and 7,000 texts later, and the first ones again near the end.
    const order: number[] = [];
    for (let n = 0; n < 2.6 * KEYED_TEXTS; n++) {
      order.push(n);
      if (n >= 3) order.push(n - 3);
      if (n >= 7000 && n % 5 === 0) order.push(n - 7000);
      if (n > 2.5 * KEYED_TEXTS) order.push(n % 50);
    }
    for (let first = 0; first < order.length; first += 128) {
      const rows = order.slice(first, first + 128).map((n) => [`https://item.jd.com/${n}.html`, n % 2 === 0 ? 'live-cart' : '"live-cart"', `2022-06-${String((n % 28) + 1).padStart(2, '0')}`, n % 3 === 0 ? '' : 'kuaishou']);
      const records = recordsIn(rows);
      const keys = keysOf(keyer, records);
      records.forEach((record, k) => {
        const stretch = stretchOf(record, at)!;
        const key = keys[k]!;
        const other = byKey.get(key);
        if (key < 0 || (other !== undefined && other !== stretch)) wrong.push({ key, stretch, other });
        byKey.set(key, stretch);
        const before = lastKey.get(stretch);
        // A text seen before has its number again, or one of a later run (the table emptied since).
        if (before !== undefined && before !== key && Math.floor(key / KEYED_TEXTS) <= Math.floor(before / KEYED_TEXTS)) wrong.push({ key, stretch, before });
        if (before === undefined || before !== key) {
          if (key <= newest) wrong.push({ key, stretch, newest });
          newest = key;
        }
        lastKey.set(stretch, key);
        runs.add(Math.floor(key / KEYED_TEXTS));
      });
    }
    // Checked without an expect a record: a hundred thousand of them took seconds.
    expect(wrong).toEqual([]);
    expect(lastKey.size).toBe(2.6 * KEYED_TEXTS);
    expect(runs.size).toBeGreaterThanOrEqual(3);
    // Repeats three texts later are found in the table: far fewer numbers than records.
    expect(byKey.size).toBeLessThan(order.length * 0.6);
  });

  it('start a new run of numbers when the texts kept grow past 8 M code units, and never stand for two texts', () => {
    const keyer = textKeyer();
    const at = POSITIONS[0]!;
    keyer.columns(at);
    // Cells of 20,000 units: under a third of MAX_FIELD each, so keyed.
    const long = (n: number) => [`${n}`.padEnd(20_000, 'a'), `${n}`.padEnd(20_000, 'b'), `${n}`.padEnd(20_000, 'c')];
    const byKey = new Map<number, string>();
    const keysOfText: number[][] = [];
    for (let n = 0; n < 180; n++) {
      for (const m of n === 170 ? [n, 0, n] : [n, n]) {
        const records = recordsIn([long(m)]);
        const [key] = keysOf(keyer, records);
        const stretch = stretchOf(records[0]!, at)!;
        expect({ key, stretch: byKey.get(key!) ?? stretch }).toEqual({ key, stretch });
        byKey.set(key!, stretch);
        (keysOfText[m] ??= []).push(key!);
      }
    }
    // 60,002 units a text: the table empties after 139 of them (8 M units), and numbering goes on from KEYED_TEXTS.
    expect(keysOfText[0]).toEqual([0, 0, KEYED_TEXTS + 32]);
    expect(keysOfText[138]).toEqual([138, 138]);
    expect(keysOfText[139]).toEqual([KEYED_TEXTS, KEYED_TEXTS]);
  });

  it("are the same with Node's Buffer for a text's units as with the default, for records lying in several texts within one call", () => {
    const row = fc.array(fc.constantFrom(...CELLS), { minLength: 3, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(row, { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 60 }), (texts, picks) => {
        // Records of several texts (short ones too, which Node's Buffer keeps in its pool at any offset), taken in turns.
        const all = texts.map(([rows, before]) => recordsIn(rows, before));
        const records = picks.map((pick, k) => all[k % all.length]![pick % all[k % all.length]!.length]!);
        const at = POSITIONS[1]!;
        const plain = textKeyer();
        const buffered = textKeyer(bufferUnits);
        plain.columns(at);
        buffered.columns(at);
        const keys = keysOf(plain, records);
        expect(keysOf(buffered, records)).toEqual(keys);
        expectKeysOfStretches(records, keys, at, new Map(), new Map());
      }),
      { numRuns: 300, seed: 61206 },
    );
  });
});

/** Keys and cell keys of records, with a keyer that numbers cells after `window` records. */
function cellKeysOf(keyer: ReturnType<typeof textKeyer>, records: readonly RecordText[]): { keys: number[]; cells: number[][] } {
  const into = new Int32Array(records.length).fill(-7);
  const cells = new Int32Array(records.length * CELL_KEYS).fill(-7);
  keyer.keys(records, records.length, into, cells);
  return { keys: Array.from(into), cells: records.map((_, k) => Array.from(cells.subarray(k * CELL_KEYS, (k + 1) * CELL_KEYS))) };
}

describe('cell keys', () => {
  it('are equal exactly when the cells as written are, column by column, while most stretches keyed are new; -1 for a stretch seen before, a record with no key, and a cell not asked or missing', () => {
    const row = fc.array(fc.constantFrom(...CELLS, 'https://item.jd.com/1.html', 'https://item.jd.com/2.html', '"https://item.jd.com/1.html"'), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...POSITIONS), fc.array(fc.array(row, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 12 }), (at, texts) => {
        const keyer = textKeyer(undefined, 1);
        keyer.columns(at);
        const stretches = new Set<string>();
        const byCell = Array.from({ length: CELL_KEYS }, () => new Map<string, number>());
        const byKey = Array.from({ length: CELL_KEYS }, () => new Map<number, string>());
        const asked = [at.source, at.surface, at.date, at.platform];
        // A window of one record: cells are numbered after a keyed record with a new stretch.
        let numbering = false;
        for (const rows of texts) {
          const records = recordsIn(rows);
          const { keys, cells } = cellKeysOf(keyer, records);
          records.forEach((record, k) => {
            const stretch = stretchOf(record, at);
            const fresh = stretch !== undefined && !stretches.has(stretch);
            const numbered = fresh && numbering;
            if (stretch !== undefined) {
              stretches.add(stretch);
              numbering = fresh;
            }
            expect(keys[k]! >= 0).toBe(stretch !== undefined);
            cells[k]!.forEach((key, c) => {
              const position = asked[c];
              if (!numbered || position === undefined || position >= record.count) return expect({ k, c, key }).toEqual({ k, c, key: -1 });
              const written = record.text.slice(record.spans[position * 2], record.spans[position * 2 + 1]);
              expect(key).toBeGreaterThanOrEqual(0);
              expect({ written, key: byCell[c]!.get(written) ?? key }).toEqual({ written, key });
              expect({ key, written: byKey[c]!.get(key) ?? written }).toEqual({ key, written });
              byCell[c]!.set(written, key);
              byKey[c]!.set(key, written);
            });
          });
        }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('are given only while half or more of the last window of keyed records had new stretches', () => {
    const keyer = textKeyer(undefined, 4);
    keyer.columns(POSITIONS[1]!);
    const rows = (from: number, count: number) => Array.from({ length: count }, (_, n) => [`https://item.jd.com/${from + n}.html`, 'live-cart', '2022-06-01', 'kuaishou']);
    const numbered = (records: RecordText[]) => cellKeysOf(keyer, records).cells.map((cells) => cells.every((key) => key >= 0));
    // None at first; the first window all new: then numbered.
    expect(numbered(recordsIn(rows(0, 4)))).toEqual([false, false, false, false]);
    expect(numbered(recordsIn(rows(4, 4)))).toEqual([true, true, true, true]);
    // A window of repeats (none numbered, as seen before) turns numbering off for the next new ones.
    expect(numbered(recordsIn(rows(0, 4)))).toEqual([false, false, false, false]);
    expect(numbered(recordsIn(rows(8, 4)))).toEqual([false, false, false, false]);
    expect(numbered(recordsIn(rows(12, 4)))).toEqual([true, true, true, true]);
  });

  it('are -1 for a cell of more than 160 code units as written, and given for one of 160', () => {
    const keyer = textKeyer(undefined, 1);
    keyer.columns(POSITIONS[0]!);
    const records = recordsIn([['x', 'live-cart', '2022-06-01'], [`https://item.jd.com/${'1'.repeat(160 - 25)}.html`, 'live-cart', '2022-06-02'], [`https://item.jd.com/${'1'.repeat(161 - 25)}.html`, 'live-cart', '2022-06-03']]);
    expect(records[1]!.cells()[0]).toHaveLength(160);
    const { cells } = cellKeysOf(keyer, records);
    expect(cells[1]![0]).toBeGreaterThanOrEqual(0);
    // The first record judged the window: its cells are not numbered.
    expect(cells[0]).toEqual([-1, -1, -1, -1]);
    expect(cells[2]).toEqual([-1, 0, 1, -1]);
  });
});
