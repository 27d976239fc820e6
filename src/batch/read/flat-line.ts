// A JSON line of the usual shape read where it lies, without JSON.parse (#18): one object
// whose keys are plain and written once, and whose values are strings, numbers, true, false or
// null. For such a line the keys and cells are exactly JSON.parse's (held to it by
// test/batch/flat-line.test.ts); any other line is not read here but by JSON.parse, which
// words the error, if any: nesting, invalid JSON, a key with an escape (the same key may be
// written two ways), a key that is an array index (an object lists those first), a key
// written twice (the later value wins, in the earlier key's place).
import { withKey } from './json-keys.js';
import type { RecordText } from './records.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** The line read (see read()): where its keys and values lie, its cells made only when asked for. */
export class FlatLine implements RecordText {
  text = '';
  count = 0;
  /** Where value i lies, quotes and all: from spans[2i] to spans[2i + 1]. Only a string starts with a quote. */
  spans = new Int32Array(32);
  /** Where key i lies, inside its quotes. */
  private keys = new Int32Array(32);
  /** Whether value i is a string with an escape, whose text JSON.parse then makes. */
  private escaped = new Uint8Array(16);

  /** The header read() last compared keys with, and whether all its keys are plain (see plainKey). */
  private shape: readonly string[] | undefined;
  private plainShape = false;
  /** Whether the keys of the line read last are the header it was compared with. */
  sameKeys = false;

  /**
   * Reads text[from, to), a line (no newline in it), as one flat object: true when it is one
   * this reader vouches for (see above). Then sameKeys says whether its keys are `header`'s,
   * in order (the previous line's, as a plan's lines mostly are): they are compared where they
   * lie, not searched for.
   */
  read(text: string, from: number, to: number, header: readonly string[]): boolean {
    this.text = text;
    if (header !== this.shape) {
      this.shape = header;
      this.plainShape = header.every(plainKey);
    }
    this.count = 0;
    let same = this.plainShape;
    let i = space(text, from, to);
    if (i >= to || text.charCodeAt(i) !== OPEN) return false;
    i = space(text, i + 1, to);
    if (i < to && text.charCodeAt(i) === CLOSE) {
      this.sameKeys = header.length === 0;
      return space(text, i + 1, to) === to;
    }
    for (;;) {
      if (i >= to || text.charCodeAt(i) !== QUOTE) return false;
      const keyFrom = i + 1;
      let keyTo = same && this.count < header.length ? keyAt(text, keyFrom, to, header[this.count]!) : -1;
      if (keyTo === -1) {
        same = false;
        keyTo = plainKeyEnd(text, keyFrom, to);
        if (keyTo === -1) return false;
      }
      i = space(text, keyTo + 1, to);
      if (i >= to || text.charCodeAt(i) !== COLON) return false;
      i = space(text, i + 1, to);
      const valueFrom = i;
      let escaped = false;
      const code = i < to ? text.charCodeAt(i) : 0;
      if (code === QUOTE) {
        const end = this.stringEnd(i + 1, to);
        if (end < 0) return false;
        escaped = this.slashed;
        i = end;
      } else if (code === MINUS || isDigit(code)) {
        i = numberEnd(text, i, to);
        if (i < 0) return false;
      } else {
        const word = code === 0x6e ? 'null' : code === 0x74 ? 'true' : code === 0x66 ? 'false' : '';
        if (word === '' || i + word.length > to || !text.startsWith(word, i)) return false;
        i += word.length;
      }
      this.add(keyFrom, keyTo, valueFrom, i, escaped);
      i = space(text, i, to);
      const next = i < to ? text.charCodeAt(i) : 0;
      if (next === CLOSE) {
        this.sameKeys = same && this.count === header.length;
        return space(text, i + 1, to) === to;
      }
      if (next !== COMMA) return false;
      i = space(text, i + 1, to);
    }
  }

  /** The line's keys in order, or undefined when a key is written twice. */
  header(): string[] | undefined {
    const header: string[] = [];
    let seen: string[] | Set<string> = [];
    for (let i = 0; i < this.count; i++) {
      const key = this.text.slice(this.keys[i * 2], this.keys[i * 2 + 1]);
      const keys = withKey(seen, key);
      if (keys === true) return undefined;
      seen = keys;
      header.push(key);
    }
    return header;
  }

  cells(): string[] {
    const cells: string[] = [];
    for (let i = 0; i < this.count; i++) cells.push(this.cell(i));
    return cells;
  }

  /** Value i as JSON.parse reads it, made a cell as read-jsonl.ts makes one: null empty, a boolean as String() writes it, a number as the line writes it. */
  private cell(i: number): string {
    const { text } = this;
    const from = this.spans[i * 2]!;
    const to = this.spans[i * 2 + 1]!;
    const code = text.charCodeAt(from);
    if (code === QUOTE) return this.escaped[i] === 1 ? (JSON.parse(text.slice(from, to)) as string) : text.slice(from + 1, to - 1);
    if (code === 0x6e) return '';
    if (code === 0x74) return 'true';
    if (code === 0x66) return 'false';
    return text.slice(from, to);
  }

  private add(keyFrom: number, keyTo: number, from: number, to: number, escaped: boolean): void {
    if (this.count === this.escaped.length) {
      const size = this.count * 2;
      const spans = new Int32Array(size * 2);
      spans.set(this.spans);
      this.spans = spans;
      const keys = new Int32Array(size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const marks = new Uint8Array(size);
      marks.set(this.escaped);
      this.escaped = marks;
    }
    const at = this.count * 2;
    this.keys[at] = keyFrom;
    this.keys[at + 1] = keyTo;
    this.spans[at] = from;
    this.spans[at + 1] = to;
    this.escaped[this.count] = escaped ? 1 : 0;
    this.count++;
  }

  /** Whether the last string stringEnd() read had an escape. */
  private slashed = false;

  /** Where the string whose text starts at `from` ends, past its closing quote; -1 when it is not valid JSON or ends past `to`. */
  private stringEnd(from: number, to: number): number {
    const { text } = this;
    this.slashed = false;
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at);
      if (code === QUOTE) return at + 1;
      if (code < 0x20) return -1;
      if (code === BACKSLASH) {
        // An escape: \" \\ \/ \b \f \n \r \t or \u and four hex digits.
        this.slashed = true;
        const next = at + 1 < to ? text.charCodeAt(at + 1) : 0;
        if (next === 0x75) {
          if (at + 6 > to) return -1;
          for (let k = at + 2; k < at + 6; k++) if (!isHex(text.charCodeAt(k))) return -1;
          at += 5;
        } else if (next === QUOTE || next === BACKSLASH || next === 0x2f || next === 0x62 || next === 0x66 || next === 0x6e || next === 0x72 || next === 0x74) {
          at++;
        } else {
          return -1;
        }
      }
    }
    return -1;
  }
}

/** Where the key written at `from` ends (its closing quote) when it is `key`, else -1; `key` is plain, so that its text as written is the key. */
function keyAt(text: string, from: number, to: number, key: string): number {
  const end = from + key.length;
  if (end >= to || text.charCodeAt(end) !== QUOTE) return -1;
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(from + i) !== key.charCodeAt(i)) return -1;
  return end;
}

/** A key that is its own text in JSON (no quote, backslash or control character) and no array index (which an object lists first). */
function plainKey(key: string): boolean {
  if (key.length > 0 && isDigit(key.charCodeAt(0))) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === QUOTE || code === BACKSLASH || code < 0x20) return false;
  }
  return true;
}

/** Where the key written at `from` ends (its closing quote) when it is plain (see plainKey), else -1. */
function plainKeyEnd(text: string, from: number, to: number): number {
  if (from < to && isDigit(text.charCodeAt(from))) return -1;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) return at;
    if (code === BACKSLASH || code < 0x20) return -1;
  }
  return -1;
}

/** Past JSON's white space (space, tab, CR, LF) from `i`. */
function space(text: string, i: number, to: number): number {
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0x0a) break;
    i++;
  }
  return i;
}

/** Past the JSON number at `i` (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?), or -1. */
function numberEnd(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) === MINUS) i++;
  if (i >= to) return -1;
  if (text.charCodeAt(i) === ZERO) i++;
  else if (isDigit(text.charCodeAt(i))) i = digits(text, i, to);
  else return -1;
  if (i < to && text.charCodeAt(i) === DOT) {
    if (i + 1 >= to || !isDigit(text.charCodeAt(i + 1))) return -1;
    i = digits(text, i + 1, to);
  }
  const code = i < to ? text.charCodeAt(i) : 0;
  if (code === 0x65 || code === 0x45) {
    i++;
    const sign = i < to ? text.charCodeAt(i) : 0;
    if (sign === 0x2b || sign === MINUS) i++;
    if (i >= to || !isDigit(text.charCodeAt(i))) return -1;
    i = digits(text, i, to);
  }
  return i;
}

function digits(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
