// Where a row's asked cells (source, surface, date, platform) lie, read without making their
// strings: the stretch of a CSV record's text that holds them, and the four shared strings a sheet
// row holds there. Kept answers are found again by these (answer-rows.ts, #18).
import { mayExceedField } from '../model/field-length.js';
import type { ColumnPositions } from './columns.js';
import type { RecordText } from './read/records.js';

/**
 * The four numbers a sheet row is kept by, into `into` from `at`: the shared strings its source,
 * surface, date and platform cells hold (their numbers in `strings` from `from`), EMPTY for no
 * platform cell; false when the row cannot be kept so: a plan with a time column, a cell that may be too long (answer-rows.ts
 * rowProblem words it; a cell's length in code units counts up to three bytes each) or an asked
 * cell without a shared string.
 */
export function sheetKey(positions: ColumnPositions, cells: readonly string[], strings: Int32Array, from: number, longest: number, into: Int32Array, at: number): boolean {
  // A row with a time column asks by its date and time joined (answer-rows.ts rowDate): kept by that text alone.
  if (mayExceedField(longest) || positions.time !== undefined) return false;
  const { source, surface, date, platform } = positions;
  const a = numberAt(strings, from, cells, source);
  const b = numberAt(strings, from, cells, surface);
  const c = numberAt(strings, from, cells, date);
  // No platform cell asks with an empty text, as an empty one does (answer-rows.ts).
  const d = platform === undefined || platform >= cells.length || (strings[from + platform] === NONE && cells[platform] === '') ? EMPTY : strings[from + platform]!;
  if (a < 0 || b < 0 || c < 0 || d === NONE) return false;
  into[at] = a;
  into[at + 1] = b;
  into[at + 2] = c;
  into[at + 3] = d;
  return true;
}

/** A cell with no shared string (see numberAt), and an empty or missing platform cell. */
export const NONE = -1;
const EMPTY = -2;

/** The number of the shared string a cell holds (the row's numbers in `strings` from `from`); NONE when it holds none, or lies past the row. */
function numberAt(strings: Int32Array, from: number, cells: readonly string[], position: number | undefined): number {
  return position === undefined || position >= cells.length ? NONE : strings[from + position]!;
}

/**
 * Where the record's text from the first of its source, surface, date and platform cells to the
 * last lies, into `span`; false when a cell might not be usable (over a third of MAX_FIELD in code
 * units, each of which may take three bytes; missing, empty or starting with white space; or one
 * of them, the platform's too, starting with "=", which may be a formula), which answer-rows.ts
 * rowProblem then reads in full.
 */
export function keySpan(record: RecordText, at: ColumnPositions, span: Int32Array): boolean {
  const { spans, count } = record;
  for (let i = 0; i < count; i++) if (mayExceedField(spans[i * 2 + 1]! - spans[i * 2]!)) return false;
  const { source, surface, date, platform } = at;
  // As for sheetKey: a row with a time column is kept by its joined date alone.
  if (at.time !== undefined) return false;
  if (source === undefined || surface === undefined || date === undefined || !surelyFilled(record, source) || !surelyFilled(record, surface) || !surelyFilled(record, date)) return false;
  let first = Math.min(source, surface, date);
  let last = Math.max(source, surface, date);
  if (platform !== undefined) {
    if (platform >= count || opensWithEquals(record, platform)) return false;
    first = Math.min(first, platform);
    last = Math.max(last, platform);
  }
  span[0] = spans[first * 2]!;
  span[1] = spans[last * 2 + 1]!;
  return true;
}

/**
 * Whether the cell is there and its first character (after its quote) is no white space and no
 * "=": then it is not blank, and no formula (read/cell-formula.ts), which answer-rows.ts
 * rowProblem reads in full (="" is blank, =A2 is refused).
 */
function surelyFilled(record: RecordText, position: number): boolean {
  if (position >= record.count) return false;
  const { text, spans } = record;
  const from = spans[position * 2]!;
  const to = spans[position * 2 + 1]!;
  const quoted = from < to && text.charCodeAt(from) === 0x22;
  const start = quoted ? from + 1 : from;
  const end = quoted ? to - 1 : to;
  return start < end && !maybeSpace(text.charCodeAt(start)) && text.charCodeAt(start) !== 0x3d;
}

/** Whether the cell's first character (after its quote) is "=": a formula, maybe (read/cell-formula.ts). */
function opensWithEquals(record: RecordText, position: number): boolean {
  const { text, spans } = record;
  const from = spans[position * 2]!;
  const to = spans[position * 2 + 1]!;
  const start = from < to && text.charCodeAt(from) === 0x22 ? from + 1 : from;
  return start < to && text.charCodeAt(start) === 0x3d;
}

/** Whether trim() may remove this code unit: controls and space, and the Unicode spaces (so not CJK text). */
export function maybeSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
