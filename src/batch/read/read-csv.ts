// CSV with a header row (RFC 4180), read in one pass over the text as it comes,
// in time linear in its length however long a line is, and in memory bounded by
// MAX_RECORD however long a record is. Line ends arrive folded to \n (decode.ts),
// so a record starts on the line after the previous one's last, and spans one
// line more for every newline inside its quoted cells.
//
// Every record is one row: a record that cannot be read is an error row naming
// why (a quote not closed, a quote not doubled, too many cells, too long). Only a
// line with nothing on it is no record (RFC 4180 has no empty record); those are
// counted and reported as blank lines. `""` is a record of one empty cell.
//
// Cells are parted by the separator the header line shows, or an Excel sep= line above it names
// (csv-separator.ts).
import { inputError, wordedError, type InputError } from '../../errors/errors.js';
import { formulaText } from './cell-formula.js';
import { cellText, ChunkRecord, unquoted } from './chunk-record.js';
import { separated, separatorName, type Separator } from './csv-separator.js';
import { handOnRecords, HELD_ROWS, MAX_RECORD, recordTooLong, type HeaderCheck, type ReadStats, type RecordSink } from './records.js';

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** `name`: the plan's, as its messages name it. */
export async function readCsv(text: AsyncIterable<string>, sink: RecordSink, checkHeader: HeaderCheck, name = 'the plan'): Promise<ReadStats> {
  const { separator, chunks, separatorLine } = await separated(text, checkHeader);
  const parser = new CsvParser(sink, checkHeader, separator, name);
  for await (const chunk of chunks) {
    const wait = parser.feed(chunk);
    if (wait) await wait;
  }
  const wait = parser.end();
  if (wait) await wait;
  if (!parser.header) throw inputError('empty-plan', { file: name });
  // Excel's sep= line, read as a blank line, is none.
  return { blank: parser.blank - (separatorLine ? 1 : 0) };
}

/** Where the parser is between two characters. */
const enum At {
  /** At the start of a cell. */
  CellStart,
  /** Inside a cell that did not start with a quote. */
  Bare,
  /** Inside a quoted cell. */
  Quoted,
  /** Just after a quote inside a quoted cell: a second quote, a separator, a newline or the end decide. */
  QuoteInQuoted,
}

function indexOr(text: string, search: string, from: number, none: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? none : at;
}

class CsvParser {
  header: string[] | undefined;
  blank = 0;
  private at = At.CellStart;
  private cells: string[] = [];
  /** The current cell's text so far, when it spans chunks or holds a doubled quote. */
  private parts: string[] = [];
  /** Characters of the record so far; past MAX_RECORD its text is no longer kept. */
  private length = 0;
  private line = 1;
  private start = 1;
  /** Whether the record has anything on its line(s) at all: a quote, a separator or any character. */
  private begun = false;
  private bareQuote = false;
  private wait: Promise<void> | undefined;
  /** The last character read, so that a record cut off by the end of the text names its last line. */
  private last = 0;
  /**
   * Whether the record so far is kept as where its cells lie in the chunk (for the sink's text
   * road), not as strings: until it turns out to span chunks or to be malformed, when its cells
   * so far are made into strings and it goes on as before. A doubled quote keeps it where it
   * lies (its cells are unquoted when made): one share text in twenty-five of a realistic plan
   * quotes a word (#18).
   */
  private lazy = false;
  private record = new ChunkRecord();
  /**
   * Records read whole, to be handed on (see release): the first `heldCount`, with the line each
   * starts on. Past them lie records handed on before, each read into again in its turn; the
   * array never shrinks (emptied and filled again, it was a new array a block).
   */
  private readonly held: ChunkRecord[] = [];
  private heldCount = 0;
  private readonly heldLines = new Int32Array(HELD_ROWS);
  /** Where the current quoted cell's opening quote is in the chunk. */
  private quoteAt = 0;

  /** The separator of cells (csv-separator.ts separatorOf), as a character code. */
  private readonly separatorCode: number;

  constructor(
    private readonly sink: RecordSink,
    private readonly checkHeader: HeaderCheck,
    private readonly separator: Separator,
    private readonly name: string,
  ) {
    this.separatorCode = separator.charCodeAt(0);
  }

  /** Reads a chunk, handing each record it ends to the sink; a promise when the sink asked to wait. */
  feed(chunk: string): Promise<void> | undefined {
    this.wait = undefined;
    this.record.text = chunk;
    const end = chunk.length;
    if (end > 0) this.last = chunk.charCodeAt(end - 1);
    const { separator, separatorCode } = this;
    let i = 0;
    // Where the current cell's text starts in this chunk, while it is read from it.
    let from = 0;
    // The next separator and newline at or after where they were last looked for (end: none).
    let next = -1;
    let newline = -1;
    while (i < end) {
      switch (this.at) {
        case At.CellStart: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            this.begun = true;
            this.grow(1);
            this.at = At.Quoted;
            this.quoteAt = i;
            from = ++i;
          } else if (code === separatorCode) {
            this.begun = true;
            this.grow(1);
            this.cell('', i);
            i++;
          } else if (code === NEWLINE) {
            if (this.begun) this.cell('', i);
            this.endRecord();
            i++;
          } else {
            this.begun = true;
            this.at = At.Bare;
            from = i;
          }
          break;
        }
        case At.Bare: {
          // To the next separator or newline (a quote here is part of the text, as Excel reads it),
          // found by the engine's own search; each is searched again only once passed.
          if (next < i) next = indexOr(chunk, separator, i, end);
          if (newline < i) newline = indexOr(chunk, '\n', i, end);
          const j = next < newline ? next : newline;
          const code = j === end ? 0 : j === next ? separatorCode : NEWLINE;
          this.grow(j - i);
          if (j === end) {
            this.eager();
            this.keep(chunk, from, j);
            i = j;
            break;
          }
          if (this.lazy) this.record.add(from, j);
          else this.cell(this.taken(chunk, from, j));
          this.at = At.CellStart;
          if (code === NEWLINE) this.endRecord();
          else this.grow(1);
          i = j + 1;
          break;
        }
        case At.Quoted: {
          let j = chunk.indexOf('"', i);
          if (j === -1) j = end;
          // The newlines inside the quotes, each looked for once: searched again from every
          // doubled quote, a chunk of them was read once a quote, in time growing with its square.
          if (newline < i) newline = indexOr(chunk, '\n', i, end);
          for (; newline < j; newline = indexOr(chunk, '\n', newline + 1, end)) this.line++;
          this.grow(j - i);
          if (j === end) {
            if (this.lazy) this.eagerQuoted(chunk, j);
            else this.keep(chunk, from, j);
            i = j;
            break;
          }
          if (!this.lazy) this.keep(chunk, from, j);
          this.grow(1);
          this.at = At.QuoteInQuoted;
          i = j + 1;
          from = i;
          break;
        }
        case At.QuoteInQuoted: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            // A doubled quote: one quote of text, and the cell goes on (where it lies, when lazy).
            if (!this.lazy) this.keep('"', 0, 1);
            this.grow(1);
            this.at = At.Quoted;
            from = ++i;
          } else if (code === separatorCode || code === NEWLINE) {
            if (this.lazy) this.record.add(this.quoteAt, i);
            else this.cell(this.taken(chunk, i, i));
            this.at = At.CellStart;
            if (code === NEWLINE) this.endRecord();
            else this.grow(1);
            i++;
          } else {
            // Text after the closing quote ("x"y): the row is malformed; the rest is read as bare text.
            this.eagerInQuotes(chunk, i);
            this.bareQuote = true;
            this.keep('"', 0, 1);
            this.at = At.Bare;
            from = i;
          }
          break;
        }
      }
    }
    // A record the chunk ends inside goes on in the next one: its cells so far become strings.
    if (this.lazy && (this.begun || this.at !== At.CellStart)) {
      if (this.at === At.QuoteInQuoted) this.eagerInQuotes(chunk, end);
      else if (this.at === At.Quoted) this.eagerQuoted(chunk, end);
      else this.eager();
    }
    this.release();
    return this.wait;
  }

  /** Hands on the records held (handOnRecords). */
  private release(): void {
    const { heldCount } = this;
    if (heldCount === 0) return;
    this.heldCount = 0;
    const wait = handOnRecords(this.sink, this.header!, this.held, heldCount, this.heldLines);
    if (wait) this.wait = wait;
  }

  /** The cells of the record so far made into strings (see lazy). */
  private eager(): void {
    if (!this.lazy) return;
    this.lazy = false;
    const { record } = this;
    if (!this.overlong) for (let i = 0; i < record.count; i++) this.cells.push(cellText(record.text, record.spans[i * 2]!, record.spans[i * 2 + 1]!));
    record.count = 0;
  }

  /** As eager(), inside a quoted cell whose closing quote may be just before `at`: its text so far is kept as the eager road keeps it. */
  private eagerInQuotes(chunk: string, at: number): void {
    if (!this.lazy) return;
    this.eager();
    this.keepUnquoted(chunk, this.quoteAt + 1, at - 1);
  }

  /** As eager(), inside a quoted cell read up to `at`: its text so far is kept as the eager road keeps it. */
  private eagerQuoted(chunk: string, at: number): void {
    this.eager();
    this.keepUnquoted(chunk, this.quoteAt + 1, at);
  }

  /** The end of the text: the last record, if it has anything. */
  end(): Promise<void> | undefined {
    this.wait = undefined;
    if (this.at === At.Quoted) {
      // Never closed: the record runs to the end of the text.
      this.cell(this.taken('', 0, 0));
      const last = this.last === NEWLINE && this.line > this.start ? this.line - 1 : this.line;
      this.emit(wordedError('csv-unclosed-quote', { first: String(this.start), last: String(last) }));
    } else if (this.begun) {
      this.cell(this.taken('', 0, 0));
      this.emit(undefined);
    }
    this.release();
    return this.wait;
  }

  private grow(characters: number): void {
    this.length += characters;
  }

  private get overlong(): boolean {
    return this.length > MAX_RECORD;
  }

  /** Keeps part of the current cell's text, unless the record is already too long to keep. */
  private keep(chunk: string, from: number, to: number): void {
    if (to > from && !this.overlong) this.parts.push(chunk.slice(from, to));
  }

  /** Keeps part of a quoted cell's text read lazily, its doubled quotes as one each. */
  private keepUnquoted(chunk: string, from: number, to: number): void {
    if (to > from && !this.overlong) this.parts.push(unquoted(chunk.slice(from, to)));
  }

  /** The current cell's whole text: what was kept and this last piece. */
  private taken(chunk: string, from: number, to: number): string {
    if (this.overlong) {
      this.parts = [];
      return '';
    }
    if (this.parts.length === 0) return chunk.slice(from, to);
    if (to > from) this.parts.push(chunk.slice(from, to));
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    return text;
  }

  /** An empty cell at `at`, or a cell's whole text. */
  private cell(text: string, at = -1): void {
    if (this.lazy && at >= 0) this.record.add(at, at);
    else if (!this.overlong) this.cells.push(formulaText(text));
  }

  /** A newline outside quotes: the record ends. */
  private endRecord(): void {
    if (this.begun) this.emit(this.bareQuote ? this.bareQuoteError() : undefined);
    else this.blank++;
    this.line++;
    this.start = this.line;
  }

  /**
   * Text after a closing quote: the row is malformed. A quoted cell that held newlines before it
   * (a stray quote opening "12"" screen) took the lines after its own into this row: they are named,
   * as rows of the plan the report would otherwise not show.
   */
  private bareQuoteError(): InputError {
    return wordedError('csv-bare-quote', this.line > this.start ? { first: String(this.start), last: String(this.line) } : {});
  }

  private emit(problem: InputError | undefined): void {
    const text = this.sink.text;
    if (this.lazy) {
      // Empty cells past the header's last column (a trailing separator, as spreadsheets export
      // empty columns) are no cells, as a sheet's empty cells are none.
      if (this.header !== undefined && this.record.count > this.header.length && this.record.emptyFrom(this.header.length)) this.record.count = this.header.length;
      // A record that may be over MAX_RECORD bytes (recordTooLong) goes the other road, which counts them.
      if (text !== undefined && this.header !== undefined && problem === undefined && this.length * 3 <= MAX_RECORD && this.record.count <= this.header.length) {
        this.length = 0;
        this.begun = false;
        if (this.sink.ahead !== undefined) {
          // Held, and handed on with the records around it.
          const k = this.heldCount++;
          this.heldLines[k] = this.start;
          const next = this.held[k] ?? new ChunkRecord();
          this.held[k] = this.record;
          next.text = this.record.text;
          next.count = 0;
          this.record = next;
          if (this.heldCount === HELD_ROWS) this.release();
          return;
        }
        const wait = text(this.start, this.header, this.record);
        this.record.count = 0;
        if (wait) this.wait = wait;
        return;
      }
      this.eager();
    }
    // Records held come first, in the file's order.
    this.release();
    const cells = this.cells;
    const overlong = this.overlong;
    const length = this.length;
    this.cells = [];
    this.parts = [];
    this.length = 0;
    this.begun = false;
    this.bareQuote = false;
    const start = this.start;
    // Not kept when overlong: its length is then at least that many bytes.
    // Asked only of a long record: a closure a row was an allocation on the hot path.
    const tooLong = length * 3 > MAX_RECORD ? recordTooLong(length, () => (overlong ? [] : cells)) : undefined;
    if (!this.header) {
      if (tooLong) throw inputError('header-too-long', { file: this.name, ...(tooLong.worded!.params as { length: string; limit: string; atLeast?: string }) });
      this.header = cells.map((cell) => cell.trim());
      this.checkHeader(this.header);
      this.lazy = text !== undefined;
      return;
    }
    let error = problem;
    if (tooLong) error = tooLong;
    else if (!error && cells.length > this.header.length) {
      if (emptyFrom(cells, this.header.length)) cells.length = this.header.length;
      else error = wordedError('csv-too-many-cells', { cells: String(cells.length), header: String(this.header.length), separator: separatorName(this.separator) });
    }
    const wait = this.sink(start, this.header, tooLong ? [] : cells, error);
    if (wait) this.wait = wait;
    this.lazy = text !== undefined;
  }
}

/** Whether every cell from `from` on is empty. */
function emptyFrom(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}
