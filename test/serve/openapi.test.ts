// /openapi.json: an OpenAPI 3.1 document whose schemas are JSON Schema 2020-12,
// and every response of the requests below valid against the schema the document
// gives for its path, method, status and content type.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchRow } from '../../src/batch/batch-row.js';
import { readSiteFiles } from '../../src/cli/site-files.js';
import { wordedError } from '../../src/errors/errors.js';
import { errorMessage } from '../../src/i18n/error-words.js';
import { rowJson } from '../../src/render/batch-row-view.js';
import { ROOT } from '../helpers/catalog.js';
import { ask, service } from './service.js';

const app = await service({ limits: { maxBody: 4096, maxQueries: 5, maxPlan: 4096 }, site: readSiteFiles(join(ROOT, 'test/serve/fixtures/site')) });
const reply = await ask(app, '/openapi.json');
const document = reply.json as {
  openapi: string;
  jsonSchemaDialect: string;
  paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean; schema: object }[]; responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: { schemas: Record<string, object> };
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
ajv.addSchema(document, 'openapi.json');
const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

describe('/openapi.json', () => {
  it('states the limits the service enforces: queries in one array, a field\'s length, the languages', () => {
    const check = document.paths['/v1/check']!;
    const body = (check.post as unknown as { requestBody: { content: { 'application/json': { schema: { anyOf: { type?: string; maxItems?: number }[] } } } } }).requestBody.content['application/json'].schema;
    expect(body.anyOf.find((form) => form.type === 'array')?.maxItems).toBe(5);
    const query = document.components.schemas.CheckQuery as { properties: Record<string, { maxLength?: number }> };
    for (const field of ['source', 'surface', 'platform', 'at', 'asKnownOn']) expect([field, query.properties[field]!.maxLength]).toEqual([field, 65536]);
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const parameter of operation.parameters ?? []) {
          const schema = parameter.schema as { type: string; maxLength?: number; enum?: string[]; items?: { maxLength?: number } };
          const where = `${method} ${path} ${parameter.name}`;
          if (parameter.name === 'lang') expect([where, schema.enum]).toEqual([where, ['en', 'zh']]);
          else if (schema.enum === undefined) expect([where, schema.maxLength ?? schema.items?.maxLength]).toEqual([where, 65536]);
        }
      }
    }
  });

  it('is an OpenAPI 3.1 document of every path, its schemas in JSON Schema 2020-12', () => {
    expect([reply.status, reply.type]).toEqual([200, 'application/json; charset=utf-8']);
    expect(document.openapi).toBe('3.1.0');
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(document.paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/batch', '/v1/check', '/v1/classify', '/v1/coverage', '/v1/matrix', '/v1/rules', '/v1/timeline']);
    expect(Object.keys(document.components.schemas).sort()).toEqual(['Answer', 'BatchRow', 'CheckQuery', 'Classification', 'Coverage', 'Error', 'Evidence', 'Health', 'Link', 'Matrix', 'Rule', 'RuleList', 'Timeline', 'Verdict']);
    for (const name of Object.keys(document.components.schemas)) expect(() => ajv.compile({ $ref: `openapi.json#/components/schemas/${name}` }), name).not.toThrow();
    // Every $ref leads somewhere.
    for (const [, target] of JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/gu)) expect(document.components.schemas).toHaveProperty(target!);
  });

  it('lists each endpoint\'s parameters as the handler reads them', () => {
    const check = document.paths['/v1/check']!.get!.parameters;
    expect(check.map((parameter) => [parameter.name, parameter.in, parameter.required])).toEqual([
      ['source', 'query', true],
      ['surface', 'query', true],
      ['platform', 'query', false],
      ['at', 'query', false],
      ['asKnownOn', 'query', false],
      ['lang', 'query', false],
    ]);
    expect(document.paths['/v1/timeline']!.get!.parameters.find((parameter) => parameter.name === 'format')!.schema).toEqual({ type: 'string', enum: ['json', 'svg'] });
  });

  it('is the same document each time, with the limits it was started with', async () => {
    expect((await ask(app, '/openapi.json')).text).toBe(reply.text);
    expect(reply.text).toContain('an array of at most 5');
  });
});

const plan = readFileSync(join(ROOT, 'test/cli/fixtures/plan.xlsx'));
const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const requests: [string, string, RequestInit?][] = [
  ['GET', '/v1/check?source=taobao&surface=live-cart&at=2022-06-01'],
  ['GET', '/v1/check?source=taobao&surface=live-cart&platform=douyin&at=2022-06-01&asKnownOn=2022-06-01'],
  ['GET', `/v1/check?source=${encodeURIComponent('https://item.taobao.com.evil.cn/item.htm?id=1')}&surface=live-cart`],
  ['GET', `/v1/check?source=${encodeURIComponent('复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈')}&surface=live-cart&at=2022-06-01`],
  ['GET', '/v1/check?source=jd&surface=live-cart&at=2022-10-28&platform=kuaishou'],
  ['GET', '/v1/check?source=taobao&surfce=live-cart'],
  ['GET', '/v1/check?source=nosuch&surface=live-cart&lang=zh'],
  ['POST', '/v1/check', json({ source: 'taobao', surface: 'live-cart', at: '2022-06-01' })],
  ['POST', '/v1/check', json([{ source: 'taobao', surface: 'live-cart' }, { source: 'x', surface: 'y' }, 7])],
  ['POST', '/v1/check', json(Array.from({ length: 6 }, () => ({ source: 'jd', surface: 'live-cart' })))],
  ['POST', '/v1/check', json({ source: 'x'.repeat(5000), surface: 'live-cart' })],
  ['POST', '/v1/check', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }],
  ['POST', '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'source,surface,date\ntaobao,live-cart,2022-06-01\nnosuch,live-cart,2022-06-01\n' }],
  ['POST', '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, body: new Uint8Array(plan) }],
  ['POST', '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'where,what\n' }],
  ['POST', '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' }],
  ['POST', '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv; charset=latin1' }, body: 'source,surface,date\n' }],
  ['GET', '/v1/classify?input=taobao&input=m.tb.cn/h.x&input=https://evil.example/x'],
  ['GET', '/v1/classify?input=javascript:alert(1)'],
  ['GET', '/v1/rules'],
  ['GET', '/v1/rules?platform=xiaohongshu'],
  ['GET', '/v1/coverage'],
  ['GET', '/v1/matrix?at=2022-06-01'],
  ['GET', '/v1/matrix?platform=wechat&at=2022-01-10T12:00'],
  ['GET', '/v1/matrix?at=2022-06-01&format=svg'],
  ['GET', '/v1/timeline?source=taobao&surface=live-cart'],
  ['GET', '/v1/timeline?source=taobao&surface=live-cart&format=svg'],
  ['GET', '/v1/timeline?from=2030-01-01&to=2020-01-01'],
  ['GET', '/healthz'],
  ['GET', '/openapi.json'],
  ['GET', '/healthz?x=1'],
  ['GET', '/openapi.json?x=1'],
  ['DELETE', '/v1/check'],
  ['GET', '/nowhere'],
];

describe('every response, against the document', () => {
  it.each(requests)('%s %s', async (method, path, init) => {
    const got = await ask(app, path, { method, ...init });
    const [route = ''] = path.split('?');
    const operation = document.paths[route]?.[method.toLowerCase()];
    const type = (got.type ?? '').split(';')[0]!;
    if (!operation) {
      // No operation: a path or method the service does not have, answered with the error object.
      expect(got.status).toBeGreaterThanOrEqual(404);
      expect(ajv.validate({ $ref: 'openapi.json#/components/schemas/Error' }, got.json), JSON.stringify(ajv.errors)).toBe(true);
      return;
    }
    const status = String(got.status) in operation.responses ? String(got.status) : 'default';
    const content = operation.responses[status]?.content?.[type];
    expect(content, `${got.status} ${type} is documented`).toBeDefined();
    const ref = `openapi.json#/${pointer('paths', route, method.toLowerCase(), 'responses', status, 'content', type, 'schema')}`;
    const values = type === 'application/x-ndjson' ? got.text.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown) : type === 'application/json' ? [got.json] : [got.text];
    for (const value of values) expect(ajv.validate({ $ref: ref }, value), `${JSON.stringify(ajv.errors)}`).toBe(true);
  });
});

describe("the batch's rows", () => {
  it('are valid against BatchRow, a row too long to read (its row null) among them', () => {
    const base = { line: 2, header: ['source', 'surface', 'date'], positions: { source: 0, surface: 1, date: 2 }, shared: null } as const;
    const tooLong = wordedError('row-too-long', { length: '1200021', limit: '1048576' });
    const empty = wordedError('empty-cells', { columns: 'date' });
    const lines = [
      rowJson({ ...base, kind: 'error', cells: [], message: errorMessage(tooLong), error: tooLong } as BatchRow),
      rowJson({ ...base, kind: 'error', cells: ['jd', 'live-cart', ''], message: errorMessage(empty), error: empty } as BatchRow),
    ].map((line) => JSON.parse(line) as { row: unknown });
    expect(lines.map((line) => line.row)).toEqual([null, { source: 'jd', surface: 'live-cart', date: '' }]);
    for (const line of lines) expect(ajv.validate({ $ref: 'openapi.json#/components/schemas/BatchRow' }, line), JSON.stringify(ajv.errors)).toBe(true);
  });
});
