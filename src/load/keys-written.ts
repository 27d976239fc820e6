// How many keys a JSON text writes, counted without parsing it (#18).
import { isEscaped } from '../batch/read/json-keys.js';

/**
 * The closing quotes followed by a colon (after any white space) in a JSON text: every key's,
 * and possibly the opening quote of a string that begins with a colon, never fewer. So when it
 * equals the number of keys of the objects JSON.parse made of the text, no object named a key
 * twice (JSON.parse keeps only the last of equal keys); when not, locate.ts's scan says which.
 */
export function keysWritten(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let at = colon - 1;
    let code = text.charCodeAt(at);
    while (code === SPACE || code === NEWLINE || code === RETURN || code === TAB) code = text.charCodeAt(--at);
    // An escaped quote is part of the string, not its end.
    if (code === QUOTE && !isEscaped(text, at)) count++;
  }
  return count;
}

const QUOTE = 0x22;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const TAB = 0x09;
