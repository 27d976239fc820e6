// A number in a request's body is echoed as the body wrote it: JSON.parse makes 1e999999
// Infinity, -0 zero and a long integer another number, none of which the client sent.
import { describe, expect, it } from 'vitest';
import { numberTexts, pathKey } from '../../src/batch/read/json-numbers.js';
import { ask, service } from './service.js';

const app = await service();
const post = (body: string) => ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
const message = (json: unknown) => (json as { error: { message: string } }).error.message;

describe('a number in a POST /v1/check body', () => {
  it.each([
    ['{"source": 1e999999, "surface": "live-cart"}', 'query.source takes a string, not 1e999999'],
    ['{"source": "jd", "surface": -1E400}', 'query.surface takes a string, not -1E400'],
    ['{"source": "jd", "surface": "live-cart", "at": 123456789012345678901234567890}', 'query.at takes a string, not 123456789012345678901234567890'],
    ['{"source": -0, "surface": "live-cart"}', 'query.source takes a string, not -0'],
    ['{"source": 1.50, "surface": "live-cart"}', 'query.source takes a string, not 1.50'],
    ['1e999', 'query takes an object { source, surface, platform?, at?, asKnownOn? }, not 1e999'],
    [`{"source": 1${'0'.repeat(400)}, "surface": "live-cart"}`, `query.source takes a string, not 1${'0'.repeat(58)}…`],
    ['{"source": true, "surface": "live-cart"}', 'query.source takes a string, not true'],
  ])('%s', async (body, expected) => {
    const got = await post(body);
    expect([got.status, message(got.json)]).toEqual([400, expected]);
  });

  it('in an array, each query its own number, in either language', async () => {
    const got = await post('[{"source": "jd", "surface": "live-cart", "at": "2022-06-01"}, {"source": 1e999999, "surface": "live-cart"}, 2e308, [1e400]]');
    expect((got.json as unknown[]).slice(1).map(message)).toEqual([
      'queries[1].source takes a string, not 1e999999',
      'queries[2] takes an object { source, surface, platform?, at?, asKnownOn? }, not 2e308',
      'queries[3] takes an object { source, surface, platform?, at?, asKnownOn? }, not an array of 1',
    ]);
    const zh = await ask(app, '/v1/check?lang=zh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[{"source": 1e999999, "surface": "live-cart"}]' });
    expect(message((zh.json as unknown[])[0])).toBe('queries[0].source 应是字符串，而不是 1e999999');
  });
});

describe('a number in a JSON Lines plan (POST /v1/batch)', () => {
  it('is its cell as the line writes it, read where it lies or by JSON.parse', async () => {
    // The second line's escaped key sends it past the reader of plain lines (flat-line.ts) to JSON.parse.
    const plan = '{"source":"jd","surface":"live-cart","date":1e999999}\n{"sour\\u0063e":-1E400,"surface":"live-cart","date":"2022-06-01"}\n';
    const got = await ask(app, '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: plan });
    const rows = got.text.trimEnd().split('\n').map((line) => JSON.parse(line) as { error: string; row: Record<string, string> });
    expect(rows.map(({ error }) => error.split(';')[0])).toEqual(['unrecognised date "1e999999"', 'unknown source "-1E400"']);
    expect(rows.map(({ row }) => [row.source, row.date])).toEqual([['jd', '1e999999'], ['-1E400', '2022-06-01']]);
  });
});

describe('numberTexts', () => {
  it('keeps each number of a JSON text by its path, keys with escapes read as JSON reads them', () => {
    const texts = numberTexts('[{"a": 1e999, "b\\"c": [-0, "1", 2.50], "d": {"e": 1E+2}}, 7]');
    expect([...texts]).toEqual([
      [pathKey([0, 'a']), '1e999'],
      [pathKey([0, 'b"c', 0]), '-0'],
      [pathKey([0, 'b"c', 2]), '2.50'],
      [pathKey([0, 'd', 'e']), '1E+2'],
      [pathKey([1]), '7'],
    ]);
    expect([...numberTexts(' -12.5e-3 ')]).toEqual([[pathKey([]), '-12.5e-3']]);
  });
});
