// Where a line that is not JSON breaks, and what JSON would have there: said in the catalogues'
// words, where JSON.parse's own message is the engine's, in English alone, and counts from 0.
import { escapeCharacter } from '../../model/escape.js';

/** What JSON would have where a line breaks. */
export type JsonExpected = 'value' | 'name' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'quote' | 'escape' | 'digit' | 'end';

export interface JsonFault {
  /** The place where the line breaks, in characters from 1, as an editor counts columns. */
  column: number;
  expected: JsonExpected;
  /** The character found there; empty where the line ends. */
  found: string;
  /** Up to CONTEXT characters of the line before it, to find the place by. */
  before: string;
}

/**
 * A character as a message shows it: as written, or escaped as every message and report writes such
 * a character (escapeCharacter) when it shows as nothing or as a plain space (a no-break space, a
 * zero-width space, a control), which would read as something else.
 */
export function shownCharacter(character: string): string {
  return /^[\p{Z}\p{Cc}\p{Cf}\s]$/u.test(character) && character !== ' ' ? escapeCharacter(character) : character;
}

/** How much of the line before the fault is shown. */
const CONTEXT = 24;

/**
 * Where `text`, which JSON.parse refused, breaks: the first place a JSON reader cannot go on from,
 * as RFC 8259 reads it. Undefined when it finds none (JSON.parse refused it for another reason).
 */
export function jsonFault(text: string): JsonFault | undefined {
  let at = 0;
  const fault = (expected: JsonExpected): JsonFault => {
    const read = [...text.slice(0, at)];
    const found = at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
    return { column: read.length + 1, expected, found, before: read.slice(-CONTEXT).join('') };
  };
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const string = (): JsonFault | undefined => {
    at++;
    for (;;) {
      if (at >= text.length) return fault('quote');
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at++;
        return undefined;
      }
      if (code < 0x20) return fault('quote');
      if (code === 0x5c) {
        at++;
        const escaped = text[at];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) return fault('escape');
          at += 5;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at++;
        else return fault('escape');
      } else at++;
    }
  };
  const number = (): JsonFault | undefined => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else if (/[1-9]/.test(text[at] ?? '')) while (/[0-9]/.test(text[at] ?? '')) at++;
    else return fault('digit');
    if (text[at] === '.') {
      at++;
      if (!/[0-9]/.test(text[at] ?? '')) return fault('digit');
      while (/[0-9]/.test(text[at] ?? '')) at++;
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      if (!/[0-9]/.test(text[at] ?? '')) return fault('digit');
      while (/[0-9]/.test(text[at] ?? '')) at++;
    }
    return undefined;
  };
  // A key and its colon, where an object's member starts.
  const key = (): JsonFault | undefined => {
    space();
    if (text[at] !== '"') return fault('name');
    const broken = string();
    if (broken) return broken;
    space();
    if (text[at] !== ':') return fault('colon');
    at++;
    return undefined;
  };
  // Each open object or array, innermost last: true for an object.
  const open: boolean[] = [];
  // What the reader is after: a value, or what follows one inside the innermost open object or array.
  let wantValue = true;
  for (;;) {
    space();
    if (wantValue) {
      const character = text[at];
      if (character === '{' || character === '[') {
        at++;
        space();
        const object = character === '{';
        if (text[at] === (object ? '}' : ']')) {
          at++;
          wantValue = false;
        } else {
          open.push(object);
          const broken = object ? key() : undefined;
          if (broken) return broken;
        }
        continue;
      }
      let broken: JsonFault | undefined;
      if (character === '"') broken = string();
      else if (character === '-' || /[0-9]/.test(character ?? '')) broken = number();
      else {
        const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, at));
        if (word === undefined) return fault('value');
        at += word.length;
      }
      if (broken) return broken;
      wantValue = false;
      continue;
    }
    if (open.length === 0) return at < text.length ? fault('end') : undefined;
    const object = open[open.length - 1]!;
    if (text[at] === (object ? '}' : ']')) {
      at++;
      open.pop();
      continue;
    }
    if (text[at] !== ',') return fault(object ? 'comma-or-brace' : 'comma-or-bracket');
    at++;
    wantValue = true;
    const broken = object ? key() : undefined;
    if (broken) return broken;
  }
}
