// /openapi.json: an OpenAPI 3.1 document generated from the zod schemas the
// handler reads its requests with and describes its responses by (schemas.ts).
import { z } from 'zod';
import type { Limits } from './limits.js';
import { ENCODING_NAMES } from '../batch/read/decode.js';
import { PLAN_TYPES } from './batch.js';
import { Answer, BatchRow, CheckQuery, Classification, Coverage, ErrorBody, Health, Matrix, PARAMS, RuleList, Timeline } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** A schema for the document: its $defs become components, referred to there. */
function schemaOf(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const { $schema: _, $defs, ...rest } = generated;
  const moved = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, definition] of Object.entries($defs ?? {})) components[id] = moved(definition);
  return moved(rest);
}

function parametersOf(schema: z.ZodObject<z.ZodRawShape>, components: Record<string, JsonSchema>) {
  const object = schemaOf(schema, components) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    const list = rest.type === 'array';
    return {
      name,
      in: 'query',
      required: (object.required ?? []).includes(name),
      ...(description !== undefined ? { description } : {}),
      ...(list ? { explode: true, style: 'form' } : {}),
      schema: rest,
    };
  });
}

export function openApiDocument(version: string, limits: Limits) {
  const components: Record<string, JsonSchema> = {};
  const json = (schema: z.ZodType) => ({ 'application/json': { schema: schemaOf(schema, components) } });
  const error = (description: string) => ({ description, content: json(ErrorBody) });
  const errors = {
    default: error('another refusal (404, 405, 408, 413, 415, 417, 431, 500, 501, 505), as the same error object'),
    '400': error('bad input: a parameter, a query or the plan; the code says which (docs/errors.md)'),
    '503': { ...error(`busy: ${limits.maxConcurrent} requests are being answered; Retry-After says when to try again`), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
  };
  // JSON or SVG, by format or else Accept: an Accept that takes neither is refused.
  const negotiated = { ...errors, '406': error('without format, an Accept that takes neither application/json nor image/svg+xml (not-acceptable)') };
  // Paths that take no parameter: one given is refused, as on the other paths.
  const noParameters = { default: errors.default, '400': error('a query parameter: this path takes none (unknown-parameter)') };
  const svg = { 'image/svg+xml': { schema: { type: 'string' } } };
  const get = (summary: string, key: keyof typeof PARAMS, ok: Record<string, unknown>, extra: Record<string, unknown> = errors) => ({
    get: { summary, parameters: parametersOf(PARAMS[key], components), responses: { '200': { description: 'the answer', content: ok }, ...extra } },
  });
  const paths = {
    '/v1/check': {
      ...get('the answer to one query, as `linkcheck <source> <surface> [date] --json` prints it', 'check', json(Answer)),
      post: {
        summary: `one query object (the answer as GET gives it), or an array of at most ${limits.maxQueries} (an answer or an error object for each, in order)`,
        parameters: parametersOf(PARAMS.checkPost, components),
        requestBody: { required: true, content: json(z.union([CheckQuery, z.array(CheckQuery).max(limits.maxQueries)])) },
        responses: {
          '200': { description: 'the answer, or the answers in order', content: json(z.union([Answer, z.array(z.union([Answer, ErrorBody]))])) },
          ...errors,
          '413': error(`the body is larger than ${limits.maxBody} bytes`),
          '415': error('the body is not application/json in UTF-8 (a charset other than utf-8 is refused), or is sent compressed (Content-Encoding, or a Transfer-Encoding other than chunked)'),
        },
      },
    },
    '/v1/batch': {
      post: {
        summary: 'a placement plan answered row by row, streamed as `linkcheck batch --ndjson` prints it',
        parameters: parametersOf(PARAMS.batch, components),
        requestBody: { required: true, content: Object.fromEntries(Object.keys(PLAN_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) },
        responses: {
          '200': { description: 'one JSON object per line: a row each, in order', content: { 'application/x-ndjson': { schema: schemaOf(BatchRow, components) } } },
          ...errors,
          '413': error(`the plan is larger than ${limits.maxPlan} bytes`),
          '415': error(`the body is not one of ${Object.keys(PLAN_TYPES).join(', ')}; is text in a charset other than ${ENCODING_NAMES} (gbk and gb2312 are read as gb18030) without the encoding parameter; or is sent compressed (Content-Encoding, or a Transfer-Encoding other than chunked)`),
        },
      },
    },
    '/v1/classify': get('what each input is recognised as, as `linkcheck classify --json` prints it', 'classify', json(z.array(Classification))),
    '/v1/rules': get('the rules on record, as `linkcheck rules list --json` prints them', 'rules', json(RuleList)),
    '/v1/coverage': get('what the record covers, as `linkcheck coverage --json` prints it', 'coverage', json(Coverage)),
    '/v1/matrix': get('every source on every surface of a platform at one moment, as `linkcheck matrix --json` prints it, or as an SVG picture (format, else Accept; Vary: Accept)', 'matrix', { ...json(Matrix), ...svg }, negotiated),
    '/v1/timeline': get('how verdicts changed over time, as `linkcheck timeline --json` prints it, or its SVG chart (format, else Accept; Vary: Accept)', 'timeline', { ...json(Timeline), ...svg }, negotiated),
    '/openapi.json': get('this document', 'none', { 'application/json': { schema: { type: 'object' } } }, noParameters),
    '/healthz': get('whether the service is up, and the rules it answers from', 'none', json(Health), noParameters),
  };
  return {
    openapi: '3.1.0',
    info: { title: 'linkcheck', version, description: 'Can a product link from a source appear on a surface of a live-commerce platform at a given time? Answers with the evidence.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: components },
  };
}
