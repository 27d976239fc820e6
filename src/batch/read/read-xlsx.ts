// An .xlsx workbook (SpreadsheetML, ECMA-376): the first visible sheet or the one
// named, its first row with a value the header. Read by our own small reader
// (zip.ts, xml.ts) in one pass over the sheet as it unpacks, so that memory is
// bounded by the shared strings, not by the sheet, and no row is lost (sheet-reader.ts
// reads the rows from the sheet's XML).
import { InputError, inputError } from '../../errors/errors.js';
import { MAX_RECORD, type HeaderCheck, type ReadStats, type RecordSink, type SheetPlace } from './records.js';
import { SheetReader } from './sheet-reader.js';
import { chooseSheet, sheetList, workbook, type Workbook } from './workbook.js';
import { XmlError, XmlScanner } from './xml.js';
import { readDirectory, streamEntry, ZipError, ZipLimitError, type Inflate, type ZipEntry, type ZipSource } from './zip.js';

/** What the sheet read may unpack to: read as it unpacks, so a limit on time more than on memory. */
export const SHEET_LIMIT = 2 * 1024 * 1024 * 1024 - 1;

/** `inflate`: how a deflated part is unpacked; the web platform's DecompressionStream when not given. */
export async function readXlsx(source: ZipSource, sheet: string | undefined, sink: RecordSink, checkHeader: HeaderCheck, name: string, inflate?: Inflate): Promise<ReadStats> {
  try {
    const entries = readDirectory(source);
    const book = await workbook(source, entries, inflate);
    const chosen = chooseSheet(book.sheets, sheet, name);
    const target = book.relations.get(chosen.relation);
    const entry = target === undefined ? undefined : entries.get(target.toLowerCase());
    if (!entry) throw new ZipError(`its sheet "${chosen.name}" is missing`);
    sink.sharedStrings?.(book.strings);
    const others = sheet === undefined ? book.sheets.filter((other) => other !== chosen) : [];
    const place: SheetPlace = { file: name, sheet: chosen.name, ...(sheet === undefined ? { first: true } : {}), ...(others.length > 0 ? { others: sheetList(others) } : {}) };
    return await readSheet(source, entry, book, sink, (names) => checkHeader(names, place), place, inflate);
  } catch (error) {
    // A header row too long to read, named as the plan's header.
    if (error instanceof InputError && error.worded?.id === 'row-too-long') throw inputError('header-too-long', { file: name, ...(error.worded.params as { length: string; limit: string; atLeast?: string }) });
    if (error instanceof ZipLimitError) throw inputError('workbook-too-large', { file: name, part: error.part, limit: bytes(error.limit) });
    if (error instanceof ZipError || error instanceof XmlError) throw inputError('unreadable-workbook', { file: name, reason: error.message });
    throw error;
  }
}

/** `place`: the sheet read, as the workbook names it (as Excel shows it on its tab), whether it was chosen as the first visible one, and the others --sheet reads then. */
async function readSheet(source: ZipSource, entry: ZipEntry, book: Workbook, sink: RecordSink, checkHeader: HeaderCheck, place: SheetPlace, inflate: Inflate | undefined): Promise<ReadStats> {
  const reader = new SheetReader(book, sink, checkHeader);
  const scanner = new XmlScanner(reader, MAX_RECORD);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of streamEntry(source, entry, SHEET_LIMIT, inflate)) {
    scanner.feed(decoder.decode(chunk, { stream: true }));
    reader.release();
    if (reader.wait) {
      const wait = reader.wait;
      reader.wait = undefined;
      await wait;
    }
  }
  scanner.feed(decoder.decode());
  reader.release();
  if (reader.wait) await reader.wait;
  // An empty first sheet (notes not begun, a chart sheet) names the sheets that may hold the plan, as a header without its columns does.
  if (!reader.header) throw inputError('empty-sheet', { file: place.file, sheet: place.sheet, ...(place.first ? { first: 'true' } : {}), ...(place.others !== undefined ? { others: place.others } : {}) });
  return { blank: reader.blank };
}

function bytes(limit: number): string {
  return limit >= 1 << 30 ? `${Math.round(limit / (1 << 30))} GiB` : `${Math.round(limit / (1 << 20))} MiB`;
}

