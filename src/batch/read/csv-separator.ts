// The separator of a CSV plan's cells, found from its header line before any cell is read
// (read-csv.ts): a comma, or the one other separator the line shows: a tab, as a spreadsheet's
// tab-separated and "Unicode Text" exports write, or a semicolon, as spreadsheets write CSV
// where the comma is the decimal mark.

export type Separator = ',' | '\t' | ';';

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const TAB = 0x09;
const SEMICOLON = 0x3b;

/**
 * The line Excel writes first, and reads, to name the separator of a CSV file it could not part
 * otherwise (sep=; or sep=,): the separator it names is taken, and the line read as a blank one,
 * so that the lines below keep their numbers.
 */
const SEPARATOR_LINE = /^sep=([,;\t])$/iu;

/** Characters of the text held to find the header line's end before its separator is chosen without it. */
const HEADER_SEEN = 64 * 1024;

/**
 * The separator of a plan's cells, from its header line (or as much of it as HEADER_SEEN holds):
 * a comma, unless the line holds none outside quotes and holds a tab there, or else a semicolon. A
 * header needs three columns, so a plan of another separator could only be refused as one of
 * commas: this reads no plan that was read before any other way.
 */
export function separatorOf(headerLine: string): Separator {
  let quoted = false;
  let tab = false;
  let semicolon = false;
  for (let i = 0; i < headerLine.length; i++) {
    const code = headerLine.charCodeAt(i);
    // A doubled quote inside a quoted cell turns this twice: the cell goes on.
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === COMMA) return ',';
    else if (code === TAB) tab = true;
    else if (code === SEMICOLON) semicolon = true;
  }
  return tab ? '\t' : semicolon ? ';' : ',';
}

/**
 * The separator of the text's cells, and the whole text again: what was read to find the header
 * line's end (blank lines before it passed over, at most HEADER_SEEN characters held), then the
 * rest as it comes. The text is read no further than that until the chunks are.
 */
export async function separated(text: AsyncIterable<string>): Promise<{ separator: Separator; chunks: AsyncIterable<string>; separatorLine: boolean }> {
  const rest = text[Symbol.asyncIterator]();
  let opening = '';
  // Where the header line starts, and how much of the text was searched for its end.
  let lineStart = 0;
  let searched = 0;
  let end = -1;
  let ended = false;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    opening += next.value;
    while (lineStart < opening.length && opening.charCodeAt(lineStart) === NEWLINE) lineStart++;
    end = opening.indexOf('\n', Math.max(searched, lineStart));
    searched = opening.length;
    if (end !== -1 || opening.length >= HEADER_SEEN) break;
  }
  const named = end === -1 ? null : SEPARATOR_LINE.exec(opening.slice(lineStart, end));
  const separator = named ? (named[1] as Separator) : separatorOf(opening.slice(lineStart, end === -1 ? HEADER_SEEN : end));
  if (named) opening = opening.slice(0, lineStart) + opening.slice(end);
  async function* chunks(): AsyncGenerator<string> {
    // Ended early (an error, or a reader that stops), the text is let go as a for…of would let it go.
    let done = ended;
    try {
      if (opening !== '') yield opening;
      while (!done) {
        const next = await rest.next();
        done = next.done === true;
        if (!done) yield next.value as string;
      }
    } finally {
      if (!done) await rest.return?.();
    }
  }
  return { separator, chunks: chunks(), separatorLine: named !== null };
}
