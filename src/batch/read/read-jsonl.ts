// JSON Lines: one object per line, its keys read as the header of that row.
// Lines are cut from the text as it comes, in time linear in its length; a line
// longer than MAX_RECORD, or nested deeper than MAX_DEPTH, is an error row, not
// parsed. A line of white space only is no record: it is counted as blank. A
// line of the usual shape is read without JSON.parse when the sink has a text road
// (flat-line.ts).
import { wordedError, type InputError } from '../../errors/errors.js';
import { FlatLine } from './flat-line.js';
import { jsonFault, shownCharacter } from './json-fault.js';
import { repeatedKeys } from './json-keys.js';
import { numberTexts, pathKey } from './json-numbers.js';
import { handOnRecords, HELD_ROWS, MAX_RECORD, recordTooLong, type HeaderCheck, type ReadStats, type RecordSink } from './records.js';
import { readsAsHeader } from './csv-separator.js';

/** A plan's values are flat; a little nesting is read (and refused as a value), more is not parsed at all. */
export const MAX_DEPTH = 64;

/** Shapes of line (their keys in order) kept to be shared. */
const HEADER_SHAPES = 16;

interface JsonRecord {
  header: string[];
  cells: string[];
  error: InputError | undefined;
}

/** How much of a first line read as a CSV header a refusal shows. */
const SHOWN_LINE = 120;

/**
 * `check`: the batch's header check. A first line that is no JSON but, parted as a CSV plan's
 * header, a header it takes (source,surface,date) is CSV read as JSON Lines: the plan is refused
 * once, not read as an error row a line.
 */
export async function readJsonl(text: AsyncIterable<string>, sink: RecordSink, check?: HeaderCheck): Promise<ReadStats> {
  let line = 0;
  let blank = 0;
  // The line so far, when it spans chunks; its length, which goes on counting once it is too long to keep.
  let parts: string[] = [];
  let length = 0;
  let wait: Promise<void> | undefined;
  // Lines with the same keys in the same order share one header array, as a CSV file's rows
  // do, so that the columns are located once per shape, not on every line (#18). A plan that
  // leaves out empty cells has a few shapes, which take turns.
  let headers: string[][] = [];
  const sharedHeader = (header: string[]): string[] => {
    for (const known of headers) if (sameKeys(header, known)) return known;
    if (headers.length >= HEADER_SHAPES) headers = [];
    headers.push(header);
    return header;
  };
  // The last line's header: the next line's keys are compared with it as they are read.
  let last: string[] = [];
  // A line of the usual shape is read where it lies and handed to the sink's text road, which
  // makes its cells only if asked (see flat-line.ts); any other line is parsed by JSON.parse.
  const road = sink.text;
  let flat = road === undefined ? undefined : new FlatLine();
  // Lines read where they lie, all of one shape, to be handed on together (see release): the
  // first heldCount, with their line numbers; past them, lines handed on before, each read into
  // again in its turn.
  const held: FlatLine[] = [];
  let heldCount = 0;
  const heldLines = new Int32Array(HELD_ROWS);
  let heldHeader: readonly string[] = [];
  const release = () => {
    const count = heldCount;
    if (count === 0) return;
    heldCount = 0;
    const result = handOnRecords(sink, heldHeader, held, count, heldLines);
    if (result) wait = result;
  };
  const take = (text: string, from: number, to: number, total: number) => {
    line++;
    const tooLong = total * 3 > MAX_RECORD ? recordTooLong(total, () => [text.slice(from, to)]) : undefined;
    if (tooLong) {
      release();
      const result = sink(line, [], [], tooLong);
      if (result) wait = result;
      return;
    }
    if (flat !== undefined && flat.read(text, from, to, last)) {
      const header = flat.sameKeys ? last : flat.header();
      if (header !== undefined) {
        if (header !== last) last = sharedHeader(header);
        if (sink.ahead !== undefined) {
          // Held, and handed on with the lines around it of its shape.
          if (last !== heldHeader) release();
          heldHeader = last;
          const k = heldCount++;
          heldLines[k] = line;
          const next = held[k] ?? new FlatLine();
          held[k] = flat;
          flat = next;
          if (heldCount === HELD_ROWS) release();
          return;
        }
        const result = road!(line, last, flat);
        if (result) wait = result;
        return;
      }
    }
    release();
    const content = from === 0 && to === text.length ? text : text.slice(from, to);
    if (content.trim() === '') {
      blank++;
      return;
    }
    const { header, cells, error } = record(content, last);
    // The plan's first line with content (every line before it blank): cells parted as a CSV header's are CSV read as JSON Lines.
    if (line - blank === 1 && check !== undefined && (error?.worded?.id === 'jsonl-broken' || error?.worded?.id === 'jsonl-invalid') && readsAsHeader(content.trim(), check)) {
      throw wordedError('jsonl-csv-header', { line: content.trim().slice(0, SHOWN_LINE) }, 'bad-header');
    }
    if (header !== last) last = sharedHeader(header);
    const result = sink(line, last, cells, error);
    if (result) wait = result;
  };
  for await (const chunk of text) {
    let from = 0;
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
      const total = length + (at - from);
      if (parts.length === 0) take(chunk, from, at, total);
      else {
        const content = total > MAX_RECORD ? '' : [...parts, chunk.slice(from, at)].join('');
        parts = [];
        take(content, 0, content.length, total);
      }
      length = 0;
      from = at + 1;
    }
    if (from < chunk.length) {
      length += chunk.length - from;
      if (length <= MAX_RECORD) parts.push(chunk.slice(from));
      else parts = [];
    }
    release();
    if (wait) {
      await wait;
      wait = undefined;
    }
  }
  if (length > 0) {
    const content = length > MAX_RECORD ? '' : parts.join('');
    take(content, 0, content.length, length);
  }
  release();
  if (wait) await wait;
  return { blank };
}

/**
 * The line's object as a row: its keys, in order, as the header, and its values as cells. The
 * header is `previous` when the keys are the same, so that a plan's rows of one shape make no
 * header array each.
 */
function record(content: string, previous: readonly string[]): JsonRecord {
  if (tooDeep(content)) return { header: [], cells: [], error: wordedError('jsonl-too-deep', { limit: String(MAX_DEPTH) }) };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const fault = jsonFault(content);
    return {
      header: [],
      cells: [],
      error: fault === undefined ? wordedError('jsonl-invalid', { reason: (error as Error).message }) : wordedError('jsonl-broken', { ...fault, column: String(fault.column), found: shownCharacter(fault.found) }),
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { header: [], cells: [], error: wordedError('jsonl-not-object', { type: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value }) };
  }
  // A key written twice holds two values, of which JSON.parse keeps the last: which one the row
  // means cannot be known, so neither is read.
  const repeated = lineKeysRepeated(content);
  if (repeated !== undefined) return { header: [], cells: [], error: wordedError('jsonl-repeated-keys', { keys: repeated.map((key) => `"${key}"`).join(', '), count: String(repeated.length) }) };
  // A parsed object's own keys, in Object.entries' order, without an array for each key and value.
  const object = value as Record<string, unknown>;
  let header: string[] | undefined;
  let keys = 0;
  const cells: string[] = [];
  let bad: string[] | undefined;
  // A number's cell is its text as the line writes it: JSON.parse makes 1e400 Infinity and rounds
  // a long integer, and a row or an error would show a value the plan never held.
  let numbers: Map<string, string> | undefined;
  for (const key in object) {
    if (header === undefined && previous[keys] !== key) header = previous.slice(0, keys);
    header?.push(key);
    keys++;
    const cell = object[key];
    if (typeof cell === 'string') cells.push(cell);
    else if (typeof cell === 'number') cells.push((numbers ??= numberTexts(content)).get(pathKey([key])) ?? String(cell));
    else if (typeof cell === 'boolean') cells.push(String(cell));
    else if (cell === null) cells.push('');
    else {
      cells.push(JSON.stringify(cell));
      (bad ??= []).push(key);
    }
  }
  return {
    header: header ?? (keys === previous.length ? (previous as string[]) : previous.slice(0, keys)),
    cells,
    error: bad !== undefined ? wordedError('jsonl-bad-values', { keys: bad.map((key) => `"${key}"`).join(', ') }) : undefined,
  };
}

/**
 * The line's own keys (not those of an object nested in a value, which is refused anyway) that
 * it writes more than once, each once, in the order of their second writing; undefined when none is.
 */
function lineKeysRepeated(content: string): string[] | undefined {
  // tooDeep() has read the line: it opens at most MAX_DEPTH objects and arrays at once.
  const found = repeatedKeys(content, MAX_DEPTH + 1);
  if (found === 'too-deep') return undefined;
  const own = [...new Set(found.filter(({ path }) => path.length === 1).map(({ key }) => key))];
  return own.length === 0 ? undefined : own;
}

function sameKeys(header: readonly string[], previous: readonly string[]): boolean {
  if (header.length !== previous.length) return false;
  for (let i = 0; i < header.length; i++) if (header[i] !== previous[i]) return false;
  return true;
}

/** Whether the text opens more than MAX_DEPTH arrays or objects at once, outside strings (read before any parser recurses into it). */
export function tooDeep(text: string): boolean {
  if (text.length <= MAX_DEPTH) return false;
  // A flat line, the usual kind, opens one object and no array: two searches, not a loop over every character.
  if (text.indexOf('[') === -1 && text.indexOf('{', text.indexOf('{') + 1) === -1) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_DEPTH) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return false;
}
