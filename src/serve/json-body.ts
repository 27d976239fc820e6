// A request's JSON body read strictly (RFC 8259, UTF-8), its errors worded where they are, and
// the keys an object of it writes more than once: what POST /v1/check reads (app.ts).
import { parse as parseJson } from '@humanwhocodes/momoa';
import { inputError } from '../errors/errors.js';
import { firstInvalidUtf8 } from '../batch/read/decode.js';
import { repeatedKeys, type RepeatedKey } from '../batch/read/json-keys.js';
import { utf8Length } from '../model/field-length.js';

/**
 * Where JSON.parse found text that is not JSON, as an index into it: V8 says "at position N", or that
 * the input ended; else (Unexpected token 'x', "…" is not valid JSON) the first character no JSON
 * value could begin or continue with, found by a JSON reader that says where (momoa).
 */
function syntaxErrorAt(text: string, message: string): number | 'end' | undefined {
  if (/unexpected end of JSON input/iu.test(message)) return 'end';
  const position = /at position (\d+)/u.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  try {
    parseJson(text);
  } catch (error) {
    const { offset } = error as { offset?: unknown };
    if (typeof offset === 'number' && !/end of input/iu.test((error as Error).message)) return offset;
  }
  return undefined;
}

/** Objects and arrays open at once in a body past which it is refused (a query nests two deep), as a rule file's (MAX_NESTING). */
const MAX_BODY_NESTING = 5_000;

/**
 * A request's JSON body, UTF-8 (RFC 8259) read strictly, and the keys an object of it writes more
 * than once, whose values JSON.parse resolves to the last one unseen.
 */
export function readJsonBody(bytes: Uint8Array): { body: unknown; repeated: RepeatedKey[]; text: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw inputError('bad-json', at < 0 ? { problem: 'utf8' } : { problem: 'utf8', byte: String(at), value: `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}` });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    // Where, in the catalogue's words: the parser's own sentence is English whatever the request's lang.
    const at = syntaxErrorAt(text, (error as Error).message);
    // A body nested too deep for the reader that says where (its stack) is refused for its depth, which is so.
    if (at === undefined && repeatedKeys(text, MAX_BODY_NESTING) === 'too-deep') throw inputError('bad-json', { problem: 'nesting', limit: String(MAX_BODY_NESTING) });
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const byte = (index: number) => String(bom + utf8Length(text.slice(0, index)));
    throw inputError('bad-json', at === 'end' ? { problem: 'end', byte: byte(text.length) } : at === undefined ? { problem: 'syntax' } : { problem: 'syntax', byte: byte(at) });
  }
  const repeated = repeatedKeys(text, MAX_BODY_NESTING);
  if (repeated === 'too-deep') throw inputError('bad-json', { problem: 'nesting', limit: String(MAX_BODY_NESTING) });
  return { body, repeated, text };
}
