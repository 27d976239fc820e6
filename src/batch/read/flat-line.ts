// A JSON line of the usual shape read where it lies, without JSON.parse (#18): one object
// whose keys are plain and written once, and whose values are strings, numbers, true, false or
// null. For such a line the keys and cells are exactly JSON.parse's (held to it by
// test/batch/flat-line.test.ts); any other line is not read here but by JSON.parse, which
// words the error, if any: nesting, invalid JSON, a key with an escape (the same key may be
// written two ways), a key that is an array index (an object lists those first), a key
// written twice (the later value wins, in the earlier key's place).
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

/** Characters no JSON string holds as they are; a newline never reaches a line. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/g;

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
  // The next backslash and control character at or after where each was last looked for: the
  // engine's own search once for many strings, not a loop over every character (text.length: none).
  private slashFrom = 0;
  private slashAt = -1;
  private controlFrom = 0;
  private controlAt = -1;

  /** Reads text[from, to), a line (no newline in it), as one flat object: true when it is one this reader vouches for (see above). */
  read(text: string, from: number, to: number): boolean {
    if (text !== this.text) {
      this.text = text;
      this.slashAt = -1;
      this.controlAt = -1;
    }
    this.count = 0;
    let i = space(text, from, to);
    if (i >= to || text.charCodeAt(i) !== OPEN) return false;
    i = space(text, i + 1, to);
    if (i < to && text.charCodeAt(i) === CLOSE) return space(text, i + 1, to) === to;
    for (;;) {
      if (i >= to || text.charCodeAt(i) !== QUOTE) return false;
      const keyFrom = i + 1;
      const keyTo = text.indexOf('"', keyFrom);
      if (keyTo === -1 || keyTo >= to || this.slash(keyFrom) < keyTo || this.control(keyFrom) < keyTo) return false;
      if (keyTo > keyFrom && isDigit(text.charCodeAt(keyFrom))) return false;
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
      if (next === CLOSE) return space(text, i + 1, to) === to;
      if (next !== COMMA) return false;
      i = space(text, i + 1, to);
    }
  }

  /** Whether the line's keys are these, in this order. */
  keysAre(header: readonly string[]): boolean {
    if (header.length !== this.count) return false;
    const { text, keys } = this;
    for (let i = 0; i < header.length; i++) {
      const key = header[i]!;
      const from = keys[i * 2]!;
      if (keys[i * 2 + 1]! - from !== key.length || !text.startsWith(key, from)) return false;
    }
    return true;
  }

  /** The line's keys in order, or undefined when a key is written twice. */
  header(): string[] | undefined {
    const header: string[] = [];
    for (let i = 0; i < this.count; i++) {
      const key = this.text.slice(this.keys[i * 2], this.keys[i * 2 + 1]);
      if (header.includes(key)) return undefined;
      header.push(key);
    }
    return header;
  }

  cells(): string[] {
    const cells: string[] = [];
    for (let i = 0; i < this.count; i++) cells.push(this.cell(i));
    return cells;
  }

  /** Value i as JSON.parse reads it, made a cell as read-jsonl.ts makes one: null empty, a number or boolean as String() writes it. */
  private cell(i: number): string {
    const { text } = this;
    const from = this.spans[i * 2]!;
    const to = this.spans[i * 2 + 1]!;
    const code = text.charCodeAt(from);
    if (code === QUOTE) return this.escaped[i] === 1 ? (JSON.parse(text.slice(from, to)) as string) : text.slice(from + 1, to - 1);
    if (code === 0x6e) return '';
    if (code === 0x74) return 'true';
    if (code === 0x66) return 'false';
    return String(Number(text.slice(from, to)));
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
    let at = from;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1 || quote >= to) return -1;
      const slash = this.slash(at);
      if (slash < quote) {
        // An escape: \" \\ \/ \b \f \n \r \t or \u and four hex digits; the quote after it may be its own.
        this.slashed = true;
        const code = text.charCodeAt(slash + 1);
        if (code === 0x75) {
          if (slash + 6 > to) return -1;
          for (let k = slash + 2; k < slash + 6; k++) if (!isHex(text.charCodeAt(k))) return -1;
          at = slash + 6;
        } else if (code === QUOTE || code === BACKSLASH || code === 0x2f || code === 0x62 || code === 0x66 || code === 0x6e || code === 0x72 || code === 0x74) {
          at = slash + 2;
        } else {
          return -1;
        }
        continue;
      }
      return this.control(from) < quote ? -1 : quote + 1;
    }
  }

  /** The first backslash at or after `from` (text.length: none). */
  private slash(from: number): number {
    if (from < this.slashFrom || from > this.slashAt) {
      const at = this.text.indexOf('\\', from);
      this.slashFrom = from;
      this.slashAt = at === -1 ? this.text.length : at;
    }
    return this.slashAt;
  }

  /** The first control character at or after `from` (text.length: none). */
  private control(from: number): number {
    if (from < this.controlFrom || from > this.controlAt) {
      CONTROL.lastIndex = from;
      const found = CONTROL.exec(this.text);
      this.controlFrom = from;
      this.controlAt = found === null ? this.text.length : found.index;
    }
    return this.controlAt;
  }
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
