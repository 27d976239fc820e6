// What the service answers with: JSON (the renderers' own text, byte for byte),
// and one error object {"error": {"code", "message"}} for everything it refuses,
// its message in the request's language, its status by its code. Never a stack.
import { DataError, InputError, type ErrorCode } from '../errors/errors.js';
import { withProblem } from '../i18n/error-words.js';
import type { Lang } from '../i18n/lang.js';
import { REQUEST } from '../i18n/option-words.js';
import { errorText } from '../render/error.js';
import { safeJson, safeJsonLine } from '../render/safe.js';
import { RETRY_AFTER } from './limits.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';
export const SVG_TYPE = 'image/svg+xml; charset=utf-8';

/** The media type of a Content-Type header, lower case, without its parameters. */
export function mediaType(header: string | null | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * The charset parameter of a Content-Type header, as written, or undefined. Given more than once,
 * differently (`charset=utf-8; charset=latin1`), either could be the body's, and a reader may take
 * the last where this took the first: the values as written, joined as the header gives them,
 * which is no charset any endpoint reads (415).
 */
export function charsetOf(header: string | null | undefined): string | undefined {
  const given = Array.from((header ?? '').matchAll(/;\s*charset\s*=\s*"?([^";\s]+)/giu), (match) => match[1]!);
  if (given.length === 0) return undefined;
  return given.every((charset) => charset.toLowerCase() === given[0]!.toLowerCase()) ? given[0] : given.join('; charset=');
}

/** Every response says what it is and is not sniffed for another type. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = { 'X-Content-Type-Options': 'nosniff' };

/** The status of a refusal, by its code; any other expected error is bad input. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  'not-found': 404,
  'site-not-built': 404,
  'method-not-allowed': 405,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'unsupported-content-encoding': 415,
  busy: 503,
  'headers-too-large': 431,
  'not-acceptable': 406,
  'request-timeout': 408,
  'body-timeout': 408,
  'body-deadline': 408,
  'expectation-failed': 417,
  'internal-error': 500,
  'not-implemented': 501,
  'http-version-not-supported': 505,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}

/**
 * The headers a refusal's status needs: when to try again (busy), and that the connection closes
 * after a body that stalled or came too slowly (the rest of it may yet come, and would be read as
 * the next request).
 */
export function refusalHeaders(code: ErrorCode): Readonly<Record<string, string>> {
  if (code === 'busy') return { 'Retry-After': String(RETRY_AFTER) };
  if (code === 'body-timeout' || code === 'body-deadline') return { Connection: 'close' };
  return {};
}

/** A refusal the handler throws: an error of the catalogue, with headers its status needs (Allow, Retry-After). */
export class Refusal extends Error {
  constructor(
    readonly error: InputError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(error.message);
  }
}

/** The error object, its message worded in the language and made safe, naming the request's parameters (asKnownOn, not --as-known-on). */
export function errorBody(error: InputError | DataError, lang: Lang): { error: { code: ErrorCode; message: string } } {
  const params = withProblem({ code: error.code, message: error.message, params: error.params, problem: error.problem });
  const message = errorText({ code: error.code, message: error.message, exitCode: error.exitCode, params, worded: error instanceof InputError ? error.worded : undefined }, lang, REQUEST);
  return { error: { code: error.code, message } };
}

export function errorResponse(error: InputError | DataError, lang: Lang, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(errorJson(error, lang), { status: statusOf(error.code), headers: { ...COMMON_HEADERS, 'Content-Type': JSON_TYPE, ...headers } });
}

/** The error object as the body of a response. */
export function errorJson(error: InputError | DataError, lang: Lang): string {
  return safeJson(errorBody(error, lang));
}

/** The line a streamed batch ends with when it cannot go on after its first row. */
export function errorLine(error: InputError | DataError, lang: Lang): string {
  return safeJsonLine(errorBody(error, lang));
}

/** A body the renderers made (already safe JSON text, or SVG). */
export function textResponse(body: string, type: string, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(body, { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': type, ...headers } });
}

export function jsonResponse(value: unknown): Response {
  return textResponse(safeJson(value), JSON_TYPE);
}

/**
 * Whether the error is the client's going away: the connection reset or closed while its request
 * was read (Node's "aborted", ECONNRESET), or cut off by a time-out. Not a bug of the service's.
 */
export function clientGone(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || message === 'aborted';
}
