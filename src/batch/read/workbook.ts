// The parts of an .xlsx workbook read whole before its sheet (SpreadsheetML, ECMA-376):
// the package's and the workbook's relationships, the sheets' names and states, the
// date system, the shared string table and the cell styles' number formats. Each part
// is small, and bounded by PART_LIMIT; the sheet itself is streamed (read-xlsx.ts).
import { inputError } from '../../errors/errors.js';
import { shownInput } from '../../link/named-input.js';
import { shownBy, type Shown } from './sheet-values.js';
import { attribute, decodeXstring, XmlScanner } from './xml.js';
import { readEntry, ZipError, type Inflate, type ZipEntry, type ZipSource } from './zip.js';

/** What the workbook, its relationships, shared strings and styles may unpack to. */
export const PART_LIMIT = 64 * 1024 * 1024;
export interface SheetEntry {
  name: string;
  relation: string;
  hidden: boolean;
}

export interface Workbook {
  sheets: SheetEntry[];
  /** Relationship id to the part's name in the archive. */
  relations: Map<string, string>;
  date1904: boolean;
  /**
   * The workbook asks to be calculated again when it is opened (<calcPr fullCalcOnLoad="1"/>): its
   * formulas' saved values are not what the sheet shows. XlsxWriter saves 0 for every formula so.
   */
  recalculated: boolean;
  strings: string[];
  /** Per cell style (the `s` of a cell), what its number format shows, if a date or time. */
  styles: (Shown | undefined)[];
}

export async function workbook(source: ZipSource, entries: Map<string, ZipEntry>, inflate?: Inflate): Promise<Workbook> {
  // As Buffer's toString read them: a byte order mark kept, a byte that is no UTF-8 read as U+FFFD.
  const text = new TextDecoder('utf-8', { ignoreBOM: true });
  const part = async (path: string): Promise<string | undefined> => {
    const entry = entries.get(path.toLowerCase());
    return entry === undefined ? undefined : text.decode(await readEntry(source, entry, PART_LIMIT, inflate));
  };
  // The package's relationships name the workbook part; xl/workbook.xml when they do not.
  const root = relationships((await part('_rels/.rels')) ?? '', '');
  const bookPath = [...root.values()].find((target) => /(^|\/)workbook[^/]*\.xml$/i.test(target)) ?? 'xl/workbook.xml';
  const bookXml = await part(bookPath);
  if (bookXml === undefined) throw new ZipError('it has no workbook part (xl/workbook.xml)');
  const folder = bookPath.slice(0, bookPath.lastIndexOf('/') + 1);
  const relationsXml = (await part(`${folder}_rels/${bookPath.slice(folder.length)}.rels`)) ?? '';
  const relations = relationships(relationsXml, folder);
  const types = relationTypes(relationsXml, folder);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let recalculated = false;
  const yes = (value: string | undefined) => value === '1' || value === 'true';
  tags(bookXml, (tag, attributes) => {
    if (tag === 'sheet') {
      const relation = attribute(attributes, 'r:id') ?? relationAttribute(attributes);
      sheets.push({ name: attribute(attributes, 'name') ?? '', relation: relation ?? '', hidden: /hidden/i.test(attribute(attributes, 'state') ?? '') });
    } else if (tag === 'workbookPr') {
      date1904 = yes(attribute(attributes, 'date1904'));
    } else if (tag === 'calcPr') {
      recalculated = yes(attribute(attributes, 'fullCalcOnLoad'));
    }
  });
  const stringsPath = types.get('sharedStrings') ?? `${folder}sharedStrings.xml`;
  const stylesPath = types.get('styles') ?? `${folder}styles.xml`;
  return { sheets, relations, date1904, recalculated, strings: sharedStrings((await part(stringsPath)) ?? ''), styles: styles((await part(stylesPath)) ?? '') };
}

export function chooseSheet(sheets: readonly SheetEntry[], wanted: string | undefined, name: string): SheetEntry {
  if (wanted === undefined) {
    const first = sheets.find((sheet) => !sheet.hidden) ?? sheets[0];
    if (!first) throw new ZipError('it has no sheet');
    return first;
  }
  const found = sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!found) throw inputError('unknown-sheet', { file: name, sheet: wanted, valid: sheetList(sheets) });
  return found;
}

/** Sheets named in an error, at most this many: a workbook may hold hundreds. */
const LISTED_SHEETS = 20;

/** The workbook's sheet names as an error lists them, each quoted and shown safe, the first LISTED_SHEETS of them. */
export function sheetList(sheets: readonly SheetEntry[]): string {
  const names = sheets.slice(0, LISTED_SHEETS).map((sheet) => `"${shownInput(sheet.name)}"`);
  return sheets.length > LISTED_SHEETS ? `${names.join(', ')}, … (${sheets.length})` : names.join(', ');
}

/** Each Relationship's Id to its target's name in the archive, resolved against the folder of the part they belong to. */
function relationships(xml: string, folder: string): Map<string, string> {
  const map = new Map<string, string>();
  tags(xml, (tag, attributes) => {
    if (tag !== 'Relationship' || /External/i.test(attribute(attributes, 'TargetMode') ?? '')) return;
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id !== undefined && target !== undefined) map.set(id, resolve(folder, target));
  });
  return map;
}

/** The targets of relationships by the last word of their type (sharedStrings, styles). */
function relationTypes(xml: string, folder: string): Map<string, string> {
  const map = new Map<string, string>();
  tags(xml, (tag, attributes) => {
    const type = attribute(attributes, 'Type');
    const target = attribute(attributes, 'Target');
    if (tag === 'Relationship' && type !== undefined && target !== undefined) map.set(type.slice(type.lastIndexOf('/') + 1), resolve(folder, target));
  });
  return map;
}

/** The relationship id of a <sheet>, whatever its namespace prefix. */
function relationAttribute(attributes: string): string | undefined {
  return /(?:^|\s)[A-Za-z0-9_]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes)?.slice(1).find((value) => value !== undefined);
}

function resolve(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Calls back for each start or empty-element tag of a whole (small) part. */
function tags(xml: string, each: (tag: string, attributes: string) => void): void {
  const scanner = new XmlScanner({ open: (tag, attributes) => (each(tag, attributes), false), close: () => {}, text: () => {} }, 0);
  scanner.feed(xml);
}

/** The shared string table: each <si>'s text runs joined, phonetic runs (<rPh>) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let parts: string[] = [];
  let phonetic = false;
  let inItem = false;
  const scanner = new XmlScanner(
    {
      open(tag, _attributes, selfClosing) {
        if (tag === 'si') {
          inItem = !selfClosing;
          parts = [];
          if (selfClosing) strings.push('');
        } else if (tag === 'rPh') {
          phonetic = !selfClosing;
        } else if (tag === 't') {
          return inItem && !phonetic;
        }
        return false;
      },
      close(tag) {
        if (tag === 'si') {
          strings.push(decodeXstring(parts.length === 1 ? parts[0]! : parts.join('')));
          inItem = false;
        } else if (tag === 'rPh') phonetic = false;
      },
      text(text) {
        parts.push(text);
      },
    },
    PART_LIMIT,
  );
  scanner.feed(xml);
  return strings;
}

/** What each cell style (an <xf> of <cellXfs>) shows, from its number format. */
function styles(xml: string): (Shown | undefined)[] {
  const codes = new Map<number, string>();
  const shown: (Shown | undefined)[] = [];
  let inCellXfs = false;
  tags(xml, (tag, attributes) => {
    if (tag === 'numFmt') {
      const id = Number(attribute(attributes, 'numFmtId'));
      const code = attribute(attributes, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
    } else if (tag === 'cellXfs') {
      inCellXfs = true;
    } else if (tag === 'cellStyles' || tag === 'dxfs' || tag === 'cellStyleXfs') {
      inCellXfs = false;
    } else if (tag === 'xf' && inCellXfs) {
      const id = Number(attribute(attributes, 'numFmtId') ?? '0');
      shown.push(shownBy(id, codes.get(id)));
    }
  });
  return shown;
}
