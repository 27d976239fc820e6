// CSV with a header row, by Papa Parse (streaming). Line ends arrive folded to \n
// (decode.ts), so a record starts on the line after the previous one's last, and
// spans one line more for every newline inside its quoted cells.
//
// Papa Parse hands over a chunk's rows at once (its `chunk` callback), not one
// result object per row (`step`): on a plan of a million rows the per-row
// callback cost as much as the parsing. A chunk without a quote is parsed in
// Papa's fast mode (its own choice), and then no cell can hold a newline.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { wordedError } from '../../engine/errors.js';
import type { HeaderCheck, RecordSink } from './records.js';

export async function readCsv(text: AsyncIterable<string>, sink: RecordSink, checkHeader: HeaderCheck): Promise<void> {
  let header: string[] | undefined;
  let line = 1;
  let failure: unknown;
  // Offsets in the text fed so far: of its last quote, and of the end of the last row handed over.
  // Rows read from text without a quote have no newline in a cell, and need no search for one.
  let fedLength = 0;
  let lastQuote = -1;
  let consumed = 0;
  async function* fed(): AsyncGenerator<string> {
    for await (const chunk of text) {
      if (failure !== undefined) return;
      // indexOf first: a search from the end of a chunk with no quote cost fifteen times more.
      if (chunk.indexOf('"') !== -1) lastQuote = fedLength + chunk.lastIndexOf('"');
      fedLength += chunk.length;
      yield chunk;
    }
  }
  const rows = (results: Papa.ParseResult<string[]>) => {
    const { data, errors } = results;
    // Errors name their row by its index in this chunk; one past the end is the row held for the next chunk.
    const malformed = errors.length === 0 ? undefined : quoteErrors(errors, data.length);
    const scan = lastQuote >= consumed;
    consumed = results.meta.cursor;
    for (let index = 0; index < data.length; index++) {
      const cells = data[index]!;
      const start = line;
      line += scan ? 1 + newlinesIn(cells) : 1;
      if (cells.length === 1 && cells[0] === '') continue; // a blank line is no row
      if (!header) {
        header = cells.map((cell) => cell.trim());
        checkHeader(header);
        continue;
      }
      const quote = malformed?.get(index);
      if (quote) {
        const last = line - 1 - (cells.at(-1)?.endsWith('\n') ? 1 : 0);
        sink(start, header, cells, quote.code === 'MissingQuotes' ? wordedError('csv-unclosed-quote', { first: String(start), last: String(last) }) : wordedError('csv-bare-quote', {}));
      } else if (cells.length > header.length) {
        sink(start, header, cells, wordedError('csv-too-many-cells', { cells: String(cells.length), header: String(header.length) }));
      } else {
        sink(start, header, cells, undefined);
      }
    }
  };
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(fed(), { objectMode: true }), {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      chunk: (results, parser) => {
        try {
          rows(results);
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete: () => (failure === undefined ? resolve() : reject(failure)),
      error: (error: Error) => reject(failure ?? error),
    });
  });
  if (!header) throw wordedError('empty-plan', {});
}

/** The first quote error of each row, by the row's index in the chunk. */
function quoteErrors(errors: readonly Papa.ParseError[], rows: number): Map<number, Papa.ParseError> {
  const found = new Map<number, Papa.ParseError>();
  for (const error of errors) {
    if (error.type === 'Quotes' && error.row !== undefined && error.row < rows && !found.has(error.row)) found.set(error.row, error);
  }
  return found;
}

function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  }
  return count;
}
