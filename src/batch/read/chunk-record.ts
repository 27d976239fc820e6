// A CSV record read where it lies in its chunk (RecordSink.text): where each cell lies, its cells'
// values sliced only when asked for. The parser fills one (read-csv.ts), and a block a reader's
// thread posts is read back into one (csv-blocks.ts).
import { grown } from '../../model/grown.js';
import { formulaText } from './cell-formula.js';
import type { RecordText } from './records.js';

const QUOTE = 0x22;

/** A record read where it lies in its chunk (see RecordSink.text): its cells are sliced only when asked for. */
export class ChunkRecord implements RecordText {
  text = '';
  count = 0;
  spans = new Int32Array(32);

  /** Notes where the next cell lies. */
  add(from: number, to: number): void {
    if (this.count * 2 === this.spans.length) this.spans = grown(this.spans, this.count * 2 + 2);
    this.spans[this.count * 2] = from;
    this.spans[this.count * 2 + 1] = to;
    this.count++;
  }

  /** Whether every cell from `from` on is empty (nothing, or "" quoted). */
  emptyFrom(from: number): boolean {
    const { spans, text } = this;
    for (let i = from; i < this.count; i++) {
      const length = spans[i * 2 + 1]! - spans[i * 2]!;
      if (length !== 0 && !(length === 2 && text.charCodeAt(spans[i * 2]!) === QUOTE)) return false;
    }
    return true;
  }

  cells(): string[] {
    const cells: string[] = [];
    for (let i = 0; i < this.count; i++) cells.push(cellText(this.text, this.spans[i * 2]!, this.spans[i * 2 + 1]!));
    return cells;
  }
}

/**
 * A cell's value from where it lies: a quoted one without its quotes, and each doubled quote in it
 * one quote; Excel's text formula ="…" as the text it shows (cell-formula.ts).
 */
export function cellText(text: string, from: number, to: number): string {
  return formulaText(to > from && text.charCodeAt(from) === QUOTE ? unquoted(text.slice(from + 1, to - 1)) : text.slice(from, to));
}

/** A quoted cell's text (or the part of it in a chunk) as its value: in it, quotes come only doubled. */
export function unquoted(text: string): string {
  return text.includes('"') ? text.replaceAll('""', '"') : text;
}
