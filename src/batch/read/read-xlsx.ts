// An .xlsx workbook: the first sheet or the one named, its first row the header.
// The library is loaded only here, for .xlsx files. A row's line is its row
// number in the sheet.
import { inputError } from '../../engine/errors.js';
import type { HeaderCheck, RecordSink } from './records.js';

export async function readXlsx(bytes: Buffer, sheet: string | undefined, sink: RecordSink, checkHeader: HeaderCheck, name: string): Promise<void> {
  const { readSheet } = await import('read-excel-file/node');
  let rows: unknown[][];
  try {
    rows = (await readSheet(bytes, sheet ?? 1)) as unknown[][];
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (sheet !== undefined && /sheet/i.test(message)) throw inputError('unknown-sheet', { file: name, sheet });
    throw inputError('unreadable-workbook', { file: name, reason: message });
  }
  const [first, ...rest] = rows;
  if (!first) throw inputError('empty-sheet', { file: name, ...(sheet === undefined ? {} : { sheet }) });
  const header = first.map((cell) => cellText(cell).trim());
  checkHeader(header);
  rest.forEach((row, index) => {
    const cells = row.map(cellText);
    if (cells.every((cell) => cell === '')) return;
    sink(index + 2, header, cells, undefined);
  });
}

/** Dates in a sheet are civil times without a zone: written so, they are read in the platform's zone. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return String(cell);
}
