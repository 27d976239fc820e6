// POST /v1/check: one query object, or an array of them, in a JSON body. The body is read within
// the service's limits and refused whole when it cannot be read (not JSON, too large, a key written
// twice in a lone query); in an array each query is answered or refused in its place, so that a bad
// one does not cost the others their answers.
import type { Catalog } from '../engine/catalog.js';
import { InputError, inputError } from '../errors/errors.js';
import type { Lang } from '../i18n/lang.js';
import { shownInput } from '../link/named-input.js';
import type { Segment } from '../batch/read/json-keys.js';
import { numberTexts, pathKey } from '../batch/read/json-numbers.js';
import { jsonPath } from '../errors/problems.js';
import { checkJson, checkValues, type AnswerCache } from './questions.js';
import { bodyTimes, readWatched, type Limits } from './limits.js';
import { readJsonBody } from './json-body.js';
import { readQueryObject, type WrittenNumber } from './query-object.js';
import { charsetOf, errorBody, jsonResponse, JSON_TYPE, mediaType, textResponse } from './respond.js';

export interface PostedChecks {
  /** The language of the refusals in an array's places (the request's lang parameter). */
  lang: Lang;
  limits: Limits;
  /** The clock: what "now" and "today" mean in the queries. */
  at: () => number;
  /** The answers already written as JSON, by query (questions.ts). */
  written: AnswerCache;
  /** Called once the body is here: the request then takes its place among those answered at once. */
  arrived: () => void;
}

export async function answerPostedChecks(catalog: Catalog, request: Request, { lang, limits, at, written, arrived }: PostedChecks): Promise<Response> {
  const type = mediaType(request.headers.get('content-type') ?? undefined);
  if (type !== 'application/json') throw inputError('unsupported-media-type', { type: shownInput(type), valid: 'application/json' });
  // JSON is UTF-8 (RFC 8259 section 8.1): a body said to be in another charset is refused, not read as UTF-8 all the same.
  const charset = charsetOf(request.headers.get('content-type') ?? undefined);
  if (charset !== undefined && !/^utf-?8$/iu.test(charset)) throw inputError('unsupported-media-type', { type: shownInput(`${type}; charset=${charset}`), valid: 'application/json (UTF-8)' });
  const tooLarge = () => inputError('body-too-large', { limit: String(limits.maxBody) });
  if (Number(request.headers.get('content-length') ?? 0) > limits.maxBody) throw tooLarge();
  const bytes = await readWatched(request.body, { limit: limits.maxBody, tooLarge, ...bodyTimes(limits) });
  // Its place among the requests answered at once only now that its body is here.
  arrived();
  const { body, repeated, text } = readJsonBody(bytes);
  // Read only when a refusal shows a number: one pass over the body, then each looked up.
  let numbers: Map<string, string> | undefined;
  const numberAt = (path: Segment[]): WrittenNumber => (rest) => (numbers ??= numberTexts(text)).get(pathKey([...path, ...rest]));
  const twice = (path: Segment[]) => inputError('repeated-key', { key: jsonPath(path) });
  if (!Array.isArray(body)) {
    if (repeated.length > 0) throw twice(repeated[0]!.path);
    return textResponse(checkJson(catalog, readQueryObject(body, 'query', numberAt([])), at(), written), JSON_TYPE);
  }
  if (body.length > limits.maxQueries) throw inputError('too-many-queries', { count: String(body.length), limit: String(limits.maxQueries) });
  // One answer or one error object per query, in order: a bad query does not cost the others their
  // answers. A key written twice is a bad query: the first such key of each is named.
  const repeatedIn = new Map<unknown, Segment[]>();
  for (const { path } of repeated) if (!repeatedIn.has(path[0])) repeatedIn.set(path[0], path);
  const now = at();
  const answers = body.map((item: unknown, index) => {
    try {
      const path = repeatedIn.get(index);
      if (path !== undefined) throw twice([`queries[${index}]`, ...path.slice(1)]);
      return checkValues(catalog, [readQueryObject(item, `queries[${index}]`, numberAt([index]))], now)[0];
    } catch (error) {
      if (error instanceof InputError) return errorBody(error, lang);
      throw error;
    }
  });
  return jsonResponse(answers);
}
