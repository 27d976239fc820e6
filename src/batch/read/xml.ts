// A small streaming scanner for the XML of a workbook's parts: tags and the text
// inside a tag the handler asks for, read in one pass over pieces of any size.
// Enough for SpreadsheetML as Excel, WPS, LibreOffice and writer libraries save
// it; no DTDs (a workbook has none), no entities beyond XML's five and numeric ones.

export interface XmlHandler {
  /** A start tag (or an empty-element tag, `selfClosing`), its name without a namespace prefix; true to read the text that follows it. */
  open(name: string, attributes: string, selfClosing: boolean): boolean;
  /** An end tag. */
  close(name: string): void;
  /** The text asked for by open(), entities decoded; `overlong` when it was longer than the scanner keeps (and it is then empty). */
  text(text: string, overlong: boolean): void;
}

/** Longest tag read, in characters: a workbook's tags are short; past this the part is refused. */
const MAX_TAG = 1 << 20;

export class XmlError extends Error {}

export class XmlScanner {
  private rest = '';
  private capturing = false;
  private captured: string[] = [];
  private capturedLength = 0;

  constructor(
    private readonly handler: XmlHandler,
    /** Longest text kept for the handler, in characters. */
    private readonly maxText: number,
  ) {}

  feed(piece: string): void {
    const text = this.rest === '' ? piece : this.rest + piece;
    this.rest = '';
    const end = text.length;
    let at = 0;
    while (at < end) {
      const lt = text.indexOf('<', at);
      if (this.capturing) this.capture(text, at, lt === -1 ? end : lt);
      if (lt === -1) return;
      // Comments, CDATA and processing instructions end with their own markers.
      let gt: number;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        if (text.startsWith('<!--', lt)) gt = indexEnd(text, '-->', lt + 4);
        else if (text.startsWith('<![CDATA[', lt)) gt = indexEnd(text, ']]>', lt + 9);
        else gt = text.indexOf('>', lt + 1);
      } else {
        gt = closingBracket(text, lt + 1);
      }
      if (gt === -1) {
        this.rest = text.slice(lt);
        if (this.rest.length > MAX_TAG) throw new XmlError('a tag is longer than 1 MiB');
        return;
      }
      if (next === 0x21) {
        // Text goes on past CDATA and comments: CDATA is text as it stands, escaped here so that
        // decoding gives it back (<v><![CDATA[44861]]></v>, <t>a<![CDATA[&]]>b</t>).
        if (this.capturing && text.startsWith('<![CDATA[', lt)) {
          const data = escape(text.slice(lt + 9, gt - 2));
          this.capture(data, 0, data.length);
        }
        at = gt + 1;
        continue;
      }
      if (this.capturing) this.endCapture();
      if (next === 0x3f /* ? */) {
        at = gt + 1;
        continue;
      }
      if (next === 0x2f /* / */) {
        this.handler.close(localName(text, lt + 2, gt));
        at = gt + 1;
        continue;
      }
      const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
      const tagEnd = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < tagEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
      const name = localName(text, lt + 1, nameEnd);
      const wants = this.handler.open(name, text.slice(nameEnd, tagEnd), selfClosing);
      if (wants && !selfClosing) {
        this.capturing = true;
      } else if (wants) {
        this.handler.text('', false);
      }
      at = gt + 1;
    }
  }

  private capture(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.capturedLength += to - from;
    if (this.capturedLength <= this.maxText) this.captured.push(text.slice(from, to));
    else this.captured = [];
  }

  private endCapture(): void {
    const overlong = this.capturedLength > this.maxText;
    const raw = overlong ? '' : this.captured.length === 1 ? this.captured[0]! : this.captured.join('');
    this.captured = [];
    this.capturedLength = 0;
    this.capturing = false;
    this.handler.text(decodeXml(raw), overlong);
  }
}

/**
 * Where a start or end tag ends: its first > outside an attribute's quotes, or -1 when the text
 * ends first. XML need not escape > in a value, and not every writer does: a sheet named
 * 计划>6月, a format code [>=1]yyyy-mm-dd.
 */
function closingBracket(text: string, from: number): number {
  let gt = text.indexOf('>', from);
  for (let at = from; gt !== -1; ) {
    let quote = -1;
    for (let i = at; i < gt; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
        quote = i;
        break;
      }
    }
    if (quote === -1) return gt;
    const close = text.indexOf(text[quote]!, quote + 1);
    if (close === -1) return -1;
    at = close + 1;
    if (close > gt) gt = text.indexOf('>', at);
  }
  return -1;
}

function indexEnd(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length - 1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** x:row → row: some writers prefix SpreadsheetML's names. */
function localName(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  const name = text.slice(from, end);
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's entities and character references, decoded; an unknown one is left as it is. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name]!;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const patterns = new Map<string, RegExp>();

/** An attribute's value, decoded, or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  // The common form first: a space, the name, ="…".
  const plain = attributes.indexOf(` ${name}="`);
  if (plain !== -1) {
    const from = plain + name.length + 3;
    const to = attributes.indexOf('"', from);
    if (to !== -1) return decodeXml(attributes.slice(from, to));
  }
  // Other forms (single quotes, spaces around =, a tab before the name) are rare: look only when they may be there.
  if (attributes.indexOf(name) === -1 || !/['\t\n\r]|\s=|=\s/.test(attributes)) return undefined;
  let pattern = patterns.get(name);
  if (pattern === undefined) patterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2]!) : undefined;
}

/** SpreadsheetML's escape for characters XML cannot hold in a string (ST_Xstring: _x000D_ for CR). */
export function decodeXstring(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
