// What the service says about its answers' form and freshness: /v1/matrix and
// /v1/timeline chosen by Accept (q-values, case, 406), Vary: Accept; no-store on
// the API; the page's files with an ETag and 304; HEAD with its GET's length.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/cli/site-files.js';
import { negotiate } from '../../src/serve/negotiate.js';
import { ROOT } from '../helpers/catalog.js';
import { ask, service } from './service.js';

const VIEW = ['application/json', 'image/svg+xml'];
const SVG = 'image/svg+xml';
const JSON_ = 'application/json';

describe('negotiate', () => {
  it.each([
    [undefined, JSON_],
    ['', JSON_],
    ['image/svg+xml', SVG],
    ['IMAGE/SVG+XML', SVG],
    ['application/json', JSON_],
    ['*/*', JSON_],
    ['image/*', SVG],
    ['image/svg+xml;q=0.5, application/json;q=0.9', JSON_],
    ['image/svg+xml;q=0.9, application/json;q=0.5', SVG],
    ['image/svg+xml, application/json', JSON_],
    ['application/json;q=0, */*', SVG],
    ['image/svg+xml;q=0, */*', JSON_],
    ['*/*;q=0.1, image/svg+xml', SVG],
    ['image/svg+xml; Q=0.2, application/json; q=0.1', SVG],
    ['text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8', JSON_],
    ['image/svg+xml;q=0', undefined],
    ['text/html', undefined],
    ['application/json;q=0, image/svg+xml;q=0', undefined],
    // A q that is no qvalue leaves its member out.
    ['image/svg+xml;q=2, application/json;q=0.1', JSON_],
    ['image/svg+xml;q=abc', undefined],
  ])('Accept %j gives %j', (accept, type) => expect(negotiate(accept, VIEW)).toBe(type));
});

describe('/v1/matrix and /v1/timeline', () => {
  it('answer by Accept, with Vary: Accept on every response, and 406 when neither type is taken', async () => {
    const app = await service();
    for (const path of ['/v1/matrix?at=2022-06-01', '/v1/timeline?source=jd&surface=live-cart']) {
      const svg = await ask(app, path, { headers: { Accept: 'Image/SVG+XML;q=0.9, application/json;q=0.5' } });
      expect([path, svg.status, svg.type, svg.headers.get('vary')]).toEqual([path, 200, 'image/svg+xml; charset=utf-8', 'Accept']);
      const json = await ask(app, path, { headers: { Accept: 'image/svg+xml;q=0, */*' } });
      expect([path, json.status, json.type, json.headers.get('vary')]).toEqual([path, 200, 'application/json; charset=utf-8', 'Accept']);
      const tie = await ask(app, path, { headers: { Accept: 'image/svg+xml, application/json' } });
      expect([path, tie.type]).toEqual([path, 'application/json; charset=utf-8']);
      const refused = await ask(app, path, { headers: { Accept: 'text/html' } });
      expect([path, refused.status, refused.headers.get('vary'), refused.json]).toEqual([
        path,
        406,
        'Accept',
        { error: { code: 'not-acceptable', message: 'Accept "text/html" takes none of the types this path answers with; accept application/json, image/svg+xml' } },
      ]);
      // format says which, whatever Accept says.
      expect((await ask(app, `${path}&format=svg`, { headers: { Accept: 'application/json' } })).type).toBe('image/svg+xml; charset=utf-8');
      const bad = await ask(app, `${path}&nope=1`);
      expect([bad.status, bad.headers.get('vary')]).toEqual([400, 'Accept']);
    }
    const zh = await ask(app, '/v1/matrix?lang=zh', { headers: { Accept: 'image/svg+xml;q=0' } });
    expect(zh.json).toEqual({ error: { code: 'not-acceptable', message: 'Accept "image/svg+xml;q=0" 不接受此路径可回答的任何类型；请接受 application/json, image/svg+xml' } });
    expect((await ask(app, '/v1/check?source=jd&surface=live-cart')).headers.get('vary')).toBeNull();
  });
});

describe('caching', () => {
  it('sends Cache-Control: no-store on every API response, refusals included', async () => {
    const app = await service();
    for (const [path, init] of [
      ['/v1/check?source=jd&surface=live-cart', undefined],
      ['/v1/check?source=nope&surface=live-cart', undefined],
      ['/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"source":"jd","surface":"live-cart"}' }],
      ['/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'source,surface,date\njd,live-cart,2022-06-01\n' }],
      ['/v1/rules', undefined],
      ['/v1/coverage', undefined],
      ['/v1/classify?input=jd', undefined],
      ['/v1/matrix', undefined],
      ['/v1/timeline', undefined],
      ['/v1/nowhere', undefined],
      ['/v1/batch', undefined],
      ['/healthz', undefined],
    ] as const) {
      const reply = await ask(app, path, init);
      expect([path, reply.headers.get('cache-control')]).toEqual([path, 'no-store']);
    }
  });

  it("gives the page's files an ETag of their bytes, answers 304 when it matches, and keeps no-cache", async () => {
    const files = readSiteFiles(join(ROOT, 'test/serve/fixtures/site'))!;
    const app = await service({ site: files });
    for (const [path, name] of [['/', 'index.html'], ['/page.js', 'page.js'], ['/page.css', 'page.css'], ['/assets/mark.svg', 'assets/mark.svg']] as const) {
      const etag = `"${createHash('sha256').update(files.get(name)!.body).digest('hex').slice(0, 32)}"`;
      const first = await ask(app, path);
      expect([path, first.status, first.headers.get('etag'), first.headers.get('cache-control'), first.headers.get('content-length')]).toEqual([path, 200, etag, 'no-cache', String(files.get(name)!.body.byteLength)]);
      for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const again = await ask(app, path, { headers: { 'If-None-Match': condition } });
        expect([path, condition, again.status, again.text, again.headers.get('etag'), again.headers.get('cache-control')]).toEqual([path, condition, 304, '', etag, 'no-cache']);
      }
      const changed = await ask(app, path, { headers: { 'If-None-Match': '"other"' } });
      expect([path, changed.status, changed.text.length]).toEqual([path, 200, files.get(name)!.body.byteLength]);
    }
  });

  it('answers HEAD with the Content-Length its GET would have, and no body', async () => {
    const app = await service({ site: readSiteFiles(join(ROOT, 'test/serve/fixtures/site')) });
    for (const path of ['/', '/page.js', '/healthz', '/openapi.json', '/v1/check?source=jd&surface=live-cart&at=2022-06-01', '/v1/rules', '/v1/matrix?format=svg', '/v1/check?source=nope&surface=live-cart']) {
      const get = await ask(app, path);
      const head = await ask(app, path, { method: 'HEAD' });
      expect([path, head.status, head.text, head.headers.get('content-length')]).toEqual([path, get.status, '', String(new TextEncoder().encode(get.text).byteLength)]);
    }
  });
});
