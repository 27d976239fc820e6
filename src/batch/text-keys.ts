// Numbers for the texts records are answered by (RecordText.key): a CSV record's text from its
// first asked cell to its last, as written (row-keys.ts keySpan). A reader in a thread of its
// own numbers them as it reads, so that the thread that answers finds a row seen before by its
// number, and reads none of its text (#18). A number stands for one text over the whole plan:
// when the table of texts is emptied (past KEYED_TEXTS of them), numbering goes on from where
// it was, never again from 0.
import type { ColumnPositions } from './columns.js';
import { KeptTexts, unitsPrint } from './kept-texts.js';
import type { RecordText } from './read/records.js';
import { keySpan } from './row-keys.js';

/** Texts numbered before the table is emptied: as many as the answering side keeps (answer-rows.ts). */
export const KEYED_TEXTS = 20_000;

/** The largest key: past it, records are given none. */
const LAST_KEY = 0x7fffffff;

export interface TextKeyer {
  /** The columns records are keyed by from now on (RecordSink.keyColumns); until given, none is keyed. */
  columns(positions: ColumnPositions): void;
  /** The first `count` records' keys into `into`, in order: -1 for one that cannot be keyed (see keySpan). */
  keys(records: readonly RecordText[], count: number, into: Int32Array): void;
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
 * look-ups fetched together (KeptTexts.warm), then each looked up in turn.
 */
export function textKeyer(unitsOf: UnitsOf = copiedUnits): TextKeyer {
  let positions: ColumnPositions | undefined;
  let lastText: string | undefined;
  let lastUnits: Uint16Array = new Uint16Array(0);
  // One more than KEYED_TEXTS: the table is emptied at KEYED_TEXTS, in keyOf.
  const table = new KeptTexts<number>(KEYED_TEXTS + 1);
  let base = 0;
  const span = new Int32Array(2);
  // Each record's stretch, its fingerprint (0: none) and its text's units, for the passes of keys().
  let spans = new Int32Array(0);
  let prints = new Int32Array(0);
  let entries = new Int32Array(0);
  const units: Uint16Array[] = [];
  return {
    columns(given) {
      positions = given;
    },
    keys(records, count, into) {
      if (positions === undefined) {
        into.fill(-1, 0, count);
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
      table.warm(prints, count, none, entries);
      for (let k = 0; k < count; k++) into[k] = prints[k] === 0 ? -1 : keyOf(units[k]!, spans[k * 2]!, spans[k * 2 + 1]!, prints[k]!);
    },
  };

  function keyOf(source: Uint16Array, from: number, to: number, print: number): number {
    const found = table.getUnits(source, from, to, print);
    if (found !== undefined) return found;
    // Emptied here, never by the table itself: each emptying starts a new run of numbers.
    if (table.size === KEYED_TEXTS || table.dropsAll(to - from)) {
      table.clear();
      base += KEYED_TEXTS;
    }
    if (base > LAST_KEY - KEYED_TEXTS) return -1;
    const key = base + table.size;
    table.setUnits(source, from, to, print, key);
    return key;
  }
}

/** What warm() reads of a kept key: nothing more. */
const none = (): number => 0;
