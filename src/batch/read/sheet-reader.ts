// A sheet's rows from its XML (xl/worksheets/sheetN.xml), as the scanner (xml.ts) reports its
// tags, handed to the sink (read-xlsx.ts streams the sheet to it):
//
// - a row's line is its row number in the sheet (its `r`, or the one after the last);
//   a cell without `r` is the one after the last in its row;
// - a cell holds a shared string, an inline string (rich text joined, phonetic runs
//   left out), a number (a date or time when its format shows one, see sheet-values.ts),
//   a boolean (TRUE, FALSE), an ISO date (shown as a number cell of that moment is), or a
//   formula's saved value;
// - a formula without a saved value, an error value (#REF!, #N/A, …), a date the
//   calendar lacks or an elapsed time, in a column the rows are asked by (HeaderCheck),
//   makes the row an error row naming the cell; in any other column (a live's
//   duration, a formula's #N/A beside the plan) the cell is shown as stored, or empty
//   when nothing is stored, and the row is answered;
// - a value right of the header's last column makes the row an error row naming the
//   cell; a row with no value in any cell is counted as blank.
import { wordedError, type InputError } from '../../errors/errors.js';
import { cellName, columnName, columnOf } from './cell-references.js';
import { handOnSheetRows, HELD_ROWS, MAX_RECORD, recordTooLong, type HeaderCheck, type RecordSink } from './records.js';
import { booleanText, isoDateCell, numberText, sharedIndex } from './sheet-cell.js';
import type { Workbook } from './workbook.js';
import { attribute, decodeXstring, type XmlHandler } from './xml.js';

/** SpreadsheetML's last column, XFD. */
const MAX_COLUMNS = 16_384;

export class SheetReader implements XmlHandler {
  header: string[] | undefined;
  blank = 0;
  wait: Promise<void> | undefined;
  private inData = false;
  private row = 0;
  private cells: string[] = [];
  /** One past the last cell with a value, and the characters of all its cells. */
  private width = 0;
  private length = 0;
  private problem: InputError | undefined;
  /** For each column of the header, 1 when the rows are asked by it (HeaderCheck); undefined when the check did not say, and every column is. */
  private asked: Uint8Array | undefined;
  /** For each cell of the row so far, the number of the shared string it holds, or -1 (see RecordSink.sheet); and its longest cell. */
  private strings = new Int32Array(16).fill(-1);
  private longest = 0;
  /** Rows read, to be handed on (see release): their lines, cells, shared-string numbers (a header's width each) and longest cells. */
  private heldLines = new Int32Array(HELD_ROWS);
  private held: string[][] = [];
  private heldCount = 0;
  private heldStrings = new Int32Array(0);
  private heldLongest = new Int32Array(HELD_ROWS);
  // The cell being read.
  private column = -1;
  private type = 'n';
  private style = 0;
  private formula = false;
  private value: string | undefined;
  private inline: string[] | undefined;
  private phonetic = false;
  private reading: 'v' | 't' | undefined;
  private overlong = false;

  constructor(
    private readonly book: Workbook,
    private readonly sink: RecordSink,
    private readonly checkHeader: HeaderCheck,
  ) {}

  open(tag: string, attributes: string, selfClosing: boolean): boolean {
    if (!this.inData) {
      if (tag === 'sheetData' && !selfClosing) this.inData = true;
      return false;
    }
    switch (tag) {
      case 'row': {
        const number = Number(attribute(attributes, 'r'));
        this.row = Number.isSafeInteger(number) && number > 0 ? number : this.row + 1;
        this.column = -1;
        if (selfClosing) this.endRow();
        return false;
      }
      case 'c': {
        const reference = attribute(attributes, 'r');
        const column = reference === undefined ? NaN : columnOf(reference);
        // A row's cells come left to right: one at or left of the cell before it (C2 twice) is a
        // value the row holds twice, or out of its place; either way which one is meant is not known.
        if (column <= this.column) this.problem ??= wordedError('sheet-cell-twice', { cell: cellName(column, this.row) });
        this.column = Number.isNaN(column) ? this.column + 1 : column;
        this.type = attribute(attributes, 't') ?? 'n';
        this.style = Number(attribute(attributes, 's') ?? '0');
        this.formula = false;
        this.value = undefined;
        this.inline = undefined;
        this.overlong = false;
        if (selfClosing) this.endCell();
        return false;
      }
      case 'f':
        this.formula = true;
        return false;
      case 'v':
        this.reading = 'v';
        return true;
      case 'is':
        this.inline = [];
        return false;
      case 'rPh':
        this.phonetic = !selfClosing;
        return false;
      case 't':
        if (this.inline === undefined || this.phonetic) return false;
        this.reading = 't';
        return true;
      default:
        return false;
    }
  }

  text(text: string, overlong: boolean): void {
    if (overlong) this.overlong = true;
    if (this.reading === 'v') this.value = text;
    else if (this.reading === 't') this.inline?.push(text);
    this.reading = undefined;
  }

  close(tag: string): void {
    if (!this.inData) return;
    if (tag === 'c') this.endCell();
    else if (tag === 'row') this.endRow();
    else if (tag === 'rPh') this.phonetic = false;
    else if (tag === 'sheetData') this.inData = false;
  }

  private endCell(): void {
    const column = this.column;
    const where = () => cellName(column, this.row);
    let text = '';
    let string = -1;
    let problem: InputError | undefined;
    let stale = false;
    if (this.overlong) {
      this.length = MAX_RECORD + 1;
    } else if (this.type === 'inlineStr') {
      text = decodeXstring((this.inline ?? []).join(''));
    } else if (this.formula && (this.value === undefined || this.book.recalculated || (this.value === '' && this.type !== 'str'))) {
      // No saved value: none stored, an empty one where a number is (openpyxl writes <v/>), or one the
      // workbook says to calculate again on opening (XlsxWriter's 0), which the sheet will not show.
      stale = this.value !== undefined && this.value !== '';
      problem = wordedError('sheet-formula-no-value', { cell: where(), ...(stale ? { recalculated: 'true' } : {}) });
    } else if (this.value === undefined) {
      // An empty cell, perhaps with a style.
    } else {
      switch (this.type) {
        case 's': {
          const number = sharedIndex(this.value);
          const shared = this.book.strings[number];
          if (shared === undefined) problem = wordedError('sheet-bad-value', { cell: where(), value: this.value, type: 'shared-string' });
          else {
            text = shared;
            string = number;
          }
          break;
        }
        case 'str':
          text = decodeXstring(this.value);
          break;
        case 'e':
          problem = wordedError('sheet-error-value', { cell: where(), value: this.value });
          break;
        default: {
          const format = this.book.styles[this.style];
          const shown =
            this.type === 'b' ? booleanText(this.value, where) : this.type === 'd' ? isoDateCell(this.value, format, where) : numberText(this.value, format, this.book.date1904, where);
          if (typeof shown === 'string') text = shown;
          else problem = shown;
        }
      }
    }
    this.inline = undefined;
    if (problem) {
      // A cell no answer reads, or a header's: as stored (#N/A, an elapsed time's serial), or empty where that is a shared string's number or nothing.
      if (this.header === undefined || (this.asked !== undefined && this.asked[column] !== 1)) text = this.type === 's' || this.value === undefined || stale ? '' : this.value;
      else this.problem ??= problem;
    }
    if (text === '') return;
    if (column >= MAX_COLUMNS || (this.header !== undefined && column >= this.header.length)) {
      this.problem ??= wordedError('sheet-too-many-cells', { cell: where(), header: columnName(this.header === undefined ? MAX_COLUMNS - 1 : this.header.length - 1) });
      return;
    }
    this.length += text.length;
    if (this.length > MAX_RECORD) return;
    while (this.cells.length < column) this.cells.push('');
    this.cells[column] = text;
    if (column + 1 > this.width) this.width = column + 1;
    if (text.length > this.longest) this.longest = text.length;
    if (column >= this.strings.length) {
      const strings = new Int32Array(Math.max(column + 1, this.strings.length * 2)).fill(-1);
      strings.set(this.strings);
      this.strings = strings;
    }
    this.strings[column] = string;
  }

  private endRow(): void {
    const cells = this.cells;
    const width = this.width;
    let problem = this.problem;
    const length = this.length;
    const longest = this.longest;
    this.cells = [];
    this.width = 0;
    this.length = 0;
    this.longest = 0;
    this.problem = undefined;
    this.column = -1;
    // Cells are not kept past MAX_RECORD code units: the row is then at least that many bytes.
    const tooLong = length * 3 > MAX_RECORD ? recordTooLong(length, () => (length > MAX_RECORD ? [] : cells)) : undefined;
    if (tooLong) problem = tooLong;
    if (width === 0 && problem === undefined) {
      this.blank++;
      return;
    }
    cells.length = width;
    for (let i = 0; i < width; i++) cells[i] ??= '';
    // The next row's cells are read into the same numbers: the ones this row set are cleared once it is handed on.
    const strings = this.strings;
    if (!this.header) {
      strings.fill(-1, 0, width);
      if (tooLong) throw tooLong;
      const header = cells.map((cell) => cell.trim());
      this.header = header;
      const asked = this.checkHeader(header);
      if (asked) {
        this.asked = new Uint8Array(header.length);
        for (const column of asked) this.asked[column] = 1;
      }
      return;
    }
    if (problem === undefined && this.sink.sheet !== undefined && this.sink.sheetAhead !== undefined) {
      // Held, and handed on with the rows around it.
      const stride = this.header.length;
      if (this.heldStrings.length === 0) this.heldStrings = new Int32Array(HELD_ROWS * stride);
      const k = this.heldCount++;
      // Past its width a row has no cells, and its numbers there are not read. Copied one by one:
      // a row has a few cells, and a view of them for set() cost more than the copy.
      const heldStrings = this.heldStrings;
      for (let i = 0, at = k * stride; i < width; i++, at++) heldStrings[at] = strings[i]!;
      this.heldLines[k] = this.row;
      this.heldLongest[k] = longest;
      this.held[k] = cells;
      strings.fill(-1, 0, width);
      if (this.heldCount === HELD_ROWS) this.release();
      return;
    }
    // Rows held come first, in the sheet's order.
    this.release();
    const result =
      problem === undefined && this.sink.sheet !== undefined
        ? this.sink.sheet(this.row, this.header, cells, strings, 0, longest)
        : this.sink(this.row, this.header, tooLong ? [] : cells, problem);
    strings.fill(-1, 0, width);
    if (result) this.wait = result;
  }

  /** Hands on the rows held (handOnSheetRows). */
  release(): void {
    const { heldCount, header } = this;
    if (heldCount === 0) return;
    this.heldCount = 0;
    const wait = handOnSheetRows(this.sink, header!, this.held, heldCount, this.heldStrings, header!.length, this.heldLines, this.heldLongest);
    if (wait) this.wait = wait;
  }
}
