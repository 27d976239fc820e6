// CSV with a header row, by Papa Parse (streaming). Line ends arrive folded to \n
// (decode.ts), so a record starts on the line after the previous one's last, and
// spans one line more for every newline inside its quoted cells.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { InputError } from '../../engine/errors.js';
import type { HeaderCheck, RecordSink } from './records.js';

export async function readCsv(text: AsyncIterable<string>, sink: RecordSink, checkHeader: HeaderCheck): Promise<void> {
  let header: string[] | undefined;
  let line = 1;
  let failure: unknown;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(text), {
      delimiter: ',',
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      step: (result, parser) => {
        const cells = result.data;
        const start = line;
        line += 1 + newlinesIn(cells);
        if (cells.length === 1 && cells[0] === '') return; // a blank line is no row
        try {
          if (!header) {
            header = cells.map((cell) => cell.trim());
            checkHeader(header);
            return;
          }
          const fields = { line: start, header, cells };
          const quote = result.errors.find((error) => error.type === 'Quotes');
          if (quote) {
            const last = line - 1 - (cells.at(-1)?.endsWith('\n') ? 1 : 0);
            const what = quote.code === 'MissingQuotes' ? `a quoted cell is never closed: lines ${start} to ${last} were read as one row` : 'a quote inside a cell is not doubled ("")';
            sink({ ...fields, error: `malformed CSV: ${what}` });
          } else if (cells.length > header.length) {
            sink({ ...fields, error: `this row has ${cells.length} cells and the header ${header.length}: quote cells that hold a comma` });
          } else {
            sink(fields);
          }
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete: () => (failure === undefined ? resolve() : reject(failure)),
      error: (error: Error) => reject(failure ?? error),
    });
  });
  if (!header) throw new InputError('the plan is empty: a header row (source,surface,date) and a row per placement are needed');
}

function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++;
  }
  return count;
}

