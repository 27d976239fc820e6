// Workbooks written part by part, for the shapes writer libraries never make:
// cells without r, formulas without saved values, error values, rich text,
// the 1904 date system, parts that claim one size and unpack to another.
import { crc32, deflateRawSync } from 'node:zlib';

export interface Part {
  name: string;
  text: string | Buffer;
  /** The uncompressed size the archive claims, when it should lie. */
  claimedSize?: number;
  stored?: boolean;
}

/** A ZIP archive of the parts. */
export function zip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const entries: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.text) ? part.text : Buffer.from(part.text);
    const packed = part.stored ? data : deflateRawSync(data);
    const name = Buffer.from(part.name);
    const size = part.claimedSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.stored ? 0 : 8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    entries.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface SheetSpec {
  name: string;
  /** The <sheetData> content. */
  rows: string;
  hidden?: boolean;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of these sheets, shared strings and cell formats (numFmtId per style index, or a format code for custom ones). */
export function workbook(options: { sheets: SheetSpec[]; strings?: string[]; formats?: (number | string)[]; date1904?: boolean; extra?: Part[]; sheetXml?: (spec: SheetSpec) => string; claims?: Record<string, number> }): Buffer {
  const { sheets, strings = [], formats = [0], date1904 = false } = options;
  const custom = formats.map((format, index) => (typeof format === 'string' ? { id: 164 + index, code: format } : undefined)).filter((format) => format !== undefined);
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="${custom.length}">${custom.map((format) => `<numFmt numFmtId="${format!.id}" formatCode="${escapeXml(format!.code)}"/>`).join('')}</numFmts>
<cellStyleXfs count="1"><xf numFmtId="22"/></cellStyleXfs>
<cellXfs count="${formats.length}">${formats.map((format, index) => `<xf numFmtId="${typeof format === 'string' ? 164 + index : format}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  const sheetXml = options.sheetXml ?? ((spec: SheetSpec) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${spec.rows}</sheetData></worksheet>`);
  const parts: Part[] = [
    { name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', text: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      text: `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', text: `<?xml version="1.0"?><sst xmlns="${NS}" count="${strings.length}">${strings.map((string) => (string.startsWith('<') ? string : `<si><t>${escapeXml(string)}</t></si>`)).join('')}</sst>` },
    { name: 'xl/styles.xml', text: styles },
    ...sheets.map((sheet, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, text: sheetXml(sheet) })),
    ...(options.extra ?? []),
  ];
  return zip(parts.map((part) => {
    const claimed = options.claims?.[part.name];
    return claimed === undefined ? part : { ...part, claimedSize: claimed };
  }));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An inline-string cell. */
export function inline(reference: string | null, text: string): string {
  return `<c${reference ? ` r="${reference}"` : ''} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** A header row of source, surface, date (and more). */
export function headerRow(names: readonly string[] = ['source', 'surface', 'date']): string {
  return `<row r="1">${names.map((name, index) => inline(`${String.fromCharCode(65 + index)}1`, name)).join('')}</row>`;
}
