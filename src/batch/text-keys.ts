// Numbers for the texts records are answered by (RecordText.key): a CSV record's text from its
// first asked cell to its last, as written (row-keys.ts keySpan). A reader in a thread of its
// own numbers them as it reads, so that the thread that answers finds a row seen before by its
// number, and reads none of its text (#18). While most records' texts are new to it (a plan of
// nearly all distinct rows), a record whose text is new has each asked cell numbered too
// (RecordText.cellKeys), so that the answering thread finds what a cell it has read before
// resolved to by number, not by comparing its text with a kept one. A number
// stands for one text over the whole plan: when a table of texts is emptied (past KEYED_TEXTS of
// them), numbering goes on from where it was, never again from 0.
import type { ColumnPositions } from './columns.js';
import { KeptTexts, unitsPrint } from './kept-texts.js';
import { CELL_KEYS, type RecordText } from './read/records.js';
import { keySpan } from './row-keys.js';

/** Texts numbered before the table is emptied: as many as the answering side keeps (answer-rows.ts). */
export const KEYED_TEXTS = 20_000;

/** The largest key: past it, records are given none. */
const LAST_KEY = 0x7fffffff;

/**
 * Records keyed over which the share of new stretches is judged: cells are numbered only while
 * half or more of the records keyed over the last FRESH_WINDOW had a stretch not seen before (a
 * plan of nearly all distinct rows). A realistic plan's rows repeat: of the benchmark's first
 * 65,536 rows, some 19,000 are new, and numbering their cells raised its peak memory by 6 to
 * 8 MB, to the edge of its goal, and bought no speed.
 */
const FRESH_WINDOW = 1 << 16;

/**
 * Code units of a cell as written past which it is given no number: a cell's table keeps the
 * texts it numbers, and 20,000 long share texts would fill the memory. Links are shorter.
 */
const LONGEST_KEYED_CELL = 160;

export interface TextKeyer {
  /** The columns records are keyed by from now on (RecordSink.keyColumns); until given, none is keyed. */
  columns(positions: ColumnPositions): void;
  /**
   * The first `count` records' keys into `into`, in order: -1 for one that cannot be keyed (see
   * keySpan). With `cells`, each record's CELL_KEYS cell keys into it from k × CELL_KEYS (see
   * RecordText.cellKeys): numbers for a record whose key is new while cells are numbered (see
   * FRESH_WINDOW), -1 for the others.
   */
  keys(records: readonly RecordText[], count: number, into: Int32Array, cells?: Int32Array): void;
}

/** A text's UTF-16 code units, copied whole. */
export type UnitsOf = (text: string) => Uint16Array;

/** unitsOf anywhere: one by one (Node's Buffer copies them at once, reader-worker.ts). */
function copiedUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * Keys records (see TextKeyer). Each text records lie in is copied whole as code units by
 * `unitsOf`, once, and the records' stretches read from the copy: reading a string's units one
 * by one cost the reader's thread more than reading the plan did. Records are keyed many at a
 * time, as answer-rows.ts looks them up: their fingerprints first, then the memory of all their
 * look-ups fetched together (KeptTexts.warm), then each looked up in turn. `freshWindow`: see
 * FRESH_WINDOW.
 */
export function textKeyer(unitsOf: UnitsOf = copiedUnits, freshWindow = FRESH_WINDOW): TextKeyer {
  let positions: ColumnPositions | undefined;
  let lastText: string | undefined;
  let lastUnits: Uint16Array = new Uint16Array(0);
  // One more than KEYED_TEXTS: a table is emptied at KEYED_TEXTS, in numberOf.
  const stretches = numbering();
  // The asked cells' numberings, in the order of RecordText.cellKeys.
  const cellTables = Array.from({ length: CELL_KEYS }, numbering);
  const asked: (number | undefined)[] = [];
  // Records keyed and new stretches among them in this window; whether cells are numbered.
  let judged = 0;
  let fresh = 0;
  let numberingCells = false;
  const span = new Int32Array(2);
  // Each record's stretch, its fingerprint (0: none) and its text's units, for the passes of keys().
  let spans = new Int32Array(0);
  let prints = new Int32Array(0);
  let entries = new Int32Array(0);
  const units: Uint16Array[] = [];
  return {
    columns(given) {
      positions = given;
      asked.length = 0;
      asked.push(given.source, given.surface, given.date, given.platform);
    },
    keys(records, count, into, cells) {
      if (positions === undefined) {
        into.fill(-1, 0, count);
        cells?.fill(-1, 0, count * CELL_KEYS);
        return;
      }
      if (prints.length < count) {
        spans = new Int32Array(count * 2);
        prints = new Int32Array(count);
        entries = new Int32Array(count);
      }
      for (let k = 0; k < count; k++) {
        const record = records[k]!;
        prints[k] = 0;
        if (!keySpan(record, positions, span)) continue;
        if (record.text !== lastText) {
          lastText = record.text;
          lastUnits = unitsOf(lastText);
        }
        units[k] = lastUnits;
        spans[k * 2] = span[0]!;
        spans[k * 2 + 1] = span[1]!;
        prints[k] = unitsPrint(lastUnits, span[0]!, span[1]!);
      }
      stretches.table.warm(prints, count, none, entries);
      for (let k = 0; k < count; k++) {
        const print = prints[k]!;
        const key = print === 0 ? -1 : numberOf(stretches, units[k]!, spans[k * 2]!, spans[k * 2 + 1]!, print);
        into[k] = key;
        if (cells === undefined) continue;
        // The cells of a stretch seen before were numbered then, if at all, and the other side finds the row by its key.
        const added = key >= 0 && stretches.added;
        for (let c = 0; c < CELL_KEYS; c++) cells[k * CELL_KEYS + c] = added && numberingCells ? cellKey(records[k]!, units[k]!, c) : -1;
        if (key < 0) continue;
        if (added) fresh++;
        if (++judged === freshWindow) {
          numberingCells = fresh * 2 >= judged;
          judged = 0;
          fresh = 0;
        }
      }
    },
  };

  /** The number of the record's asked cell `c` as written (its text copied whole in `source`); -1 for none. */
  function cellKey(record: RecordText, source: Uint16Array, c: number): number {
    const position = asked[c];
    if (position === undefined || position >= record.count) return -1;
    const from = record.spans[position * 2]!;
    const to = record.spans[position * 2 + 1]!;
    if (to - from > LONGEST_KEYED_CELL) return -1;
    return numberOf(cellTables[c]!, source, from, to, unitsPrint(source, from, to));
  }
}

/** Texts kept with their numbers, the first number of the current run, and whether numberOf last gave a new number. */
interface Numbering {
  table: KeptTexts<number>;
  base: number;
  added: boolean;
}

function numbering(): Numbering {
  return { table: new KeptTexts<number>(KEYED_TEXTS + 1), base: 0, added: false };
}

/** The number of source[from, to) (its unitsPrint `print`) in a numbering: the one it was given, else the next. */
function numberOf(numbers: Numbering, source: Uint16Array, from: number, to: number, print: number): number {
  const { table } = numbers;
  const found = table.getUnits(source, from, to, print);
  numbers.added = found === undefined;
  if (found !== undefined) return found;
  // Emptied here, never by the table itself: each emptying starts a new run of numbers.
  if (table.size === KEYED_TEXTS || table.dropsAll(to - from)) {
    table.clear();
    numbers.base += KEYED_TEXTS;
  }
  if (numbers.base > LAST_KEY - KEYED_TEXTS) return -1;
  const key = numbers.base + table.size;
  table.setUnits(source, from, to, print, key);
  return key;
}

/** What warm() reads of a kept key: nothing more. */
const none = (): number => 0;
