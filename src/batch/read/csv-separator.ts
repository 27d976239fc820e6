// The separator of a CSV plan's cells, found from its header line before any cell is read
// (read-csv.ts): a comma, or the one other separator the line shows: a tab, as a spreadsheet's
// tab-separated and "Unicode Text" exports write, or a semicolon, as spreadsheets write CSV
// where the comma is the decimal mark.

import { InputError, wordedError } from '../../errors/errors.js';
import type { HeaderCheck } from './records.js';

export type Separator = ',' | '\t' | ';';

/** The separators a plan's cells may be parted by, in the order they are tried (see separatorFor). */
export const SEPARATORS: readonly Separator[] = [',', '\t', ';'];

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

/** A sep= line naming any other one character, which linkcheck does not part cells by: refused, not read as a title. */
const OTHER_SEPARATOR_LINE = /^sep=(.)$/iu;

/**
 * The longest line either pattern above finds: sep= and one character, two code units when outside
 * the Basic Multilingual Plane. Only such a line is tested: V8 compiles a case-insensitive Unicode
 * pattern at its first test, which took a one-row batch about 0.25 ms for these two (#18).
 */
const SEPARATOR_LINE_MOST = 6;

/** Characters of the text held to find the header line's end before its separator is chosen without it. */
const HEADER_SEEN = 64 * 1024;

/**
 * The separator of a plan's cells, from its header line (or as much of it as HEADER_SEEN holds):
 * a comma, unless the line holds none outside quotes and holds a tab there, or else a semicolon. A
 * header needs three columns, so a plan of another separator could only be refused as one of
 * commas: this reads no plan that was read before any other way.
 */
export function separatorOf(headerLine: string): Separator {
  return separatorsIn(headerLine)[0]!;
}

/** The separators the header line holds outside quotes, in SEPARATORS' order; a comma when it holds none. */
function separatorsIn(headerLine: string): Separator[] {
  let quoted = false;
  let comma = false;
  let tab = false;
  let semicolon = false;
  for (let i = 0; i < headerLine.length; i++) {
    const code = headerLine.charCodeAt(i);
    // A doubled quote inside a quoted cell turns this twice: the cell goes on.
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === COMMA) comma = true;
    else if (code === TAB) tab = true;
    else if (code === SEMICOLON) semicolon = true;
  }
  const found = SEPARATORS.filter((separator) => (separator === ',' ? comma : separator === '\t' ? tab : semicolon));
  return found.length === 0 ? [','] : found;
}

/**
 * The separator the header line is read by: the first of those it holds (a comma, a tab, a
 * semicolon) under which the header has its needed columns. A header needs three columns, so a
 * plan that reads with commas is never read another way; a tab-separated one whose header holds a
 * comma in a name (备注(可选, 英文)) is read with tabs. When none gives the columns, the header is
 * refused as read with the first, saying which separators were tried.
 */
export function separatorFor(headerLine: string, check: HeaderCheck): Separator {
  const candidates = separatorsIn(headerLine);
  // One separator: the reader checks the header it reads (whose quoted cell may hold a newline).
  if (candidates.length === 1) return candidates[0]!;
  let first: unknown;
  for (const separator of candidates) {
    try {
      check(headerCells(headerLine, separator));
      return separator;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      first ??= error;
    }
  }
  if (candidates.length > 1 && first instanceof InputError && first.worded?.id === 'header-missing') {
    const params = first.worded.params as { missing: string; headers: string; title?: string };
    throw wordedError('header-missing', { ...params, separators: candidates.map(separatorName).join(', ') }, 'bad-header');
  }
  throw first;
}

/** Whether the line, parted as the reader would part it, is a header the check takes. */
export function readsAsHeader(line: string, check: HeaderCheck): boolean {
  try {
    check(headerCells(line, separatorOf(line)));
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

/** A separator's name in the messages' parameters: comma, tab, semicolon. */
export function separatorName(separator: Separator): 'comma' | 'tab' | 'semicolon' {
  return separator === ',' ? 'comma' : separator === '\t' ? 'tab' : 'semicolon';
}

/** The header line's cells parted by `separator`, as the reader reads them: quotes taken off, a doubled one one quote, each trimmed. */
function headerCells(line: string, separator: Separator): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const character = line[i]!;
    if (character === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (character === separator && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The separator of the text's cells, and the whole text again: what was read to find the header
 * line's end (blank lines before it passed over, at most HEADER_SEEN characters held), then the
 * rest as it comes. The text is read no further than that until the chunks are.
 */
export async function separated(text: AsyncIterable<string>, check: HeaderCheck = () => {}): Promise<{ separator: Separator; chunks: AsyncIterable<string>; separatorLine: boolean }> {
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
  const short = end !== -1 && end - lineStart <= SEPARATOR_LINE_MOST;
  const named = short ? SEPARATOR_LINE.exec(opening.slice(lineStart, end)) : null;
  const other = named || !short ? null : OTHER_SEPARATOR_LINE.exec(opening.slice(lineStart, end));
  if (other) {
    await rest.return?.();
    throw wordedError('separator-line', { separator: other[1]! }, 'bad-header');
  }
  // A header line longer than HEADER_SEEN, or the text's last, is read as far as it is held.
  const headerLine = opening.slice(lineStart, end === -1 ? HEADER_SEEN : end);
  if (headerLine.trimStart().startsWith('{') && !readsAsHeader(headerLine, check)) {
    // JSON Lines read as CSV (standard input without --format): its first object is no header.
    await rest.return?.();
    throw wordedError('header-json', {}, 'bad-header');
  }
  let separator: Separator;
  try {
    separator = named ? (named[1] as Separator) : headerLine === '' ? ',' : separatorFor(headerLine, check);
  } catch (error) {
    // A header that cannot be read is refused where the reader would refuse it, but for an
    // empty text or a header too long, which the reader words.
    if (end === -1 && headerLine.length >= HEADER_SEEN) separator = separatorOf(headerLine);
    else {
      await rest.return?.();
      throw error;
    }
  }
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
