// The page at / (the files npm run build:site writes, read once at start-up into
// memory) and CORS, off unless origins are given.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/cli/site-files.js';
import { SITE_CSP, siteType } from '../../src/serve/site.js';
import { ROOT } from '../helpers/catalog.js';
import { ask, service } from './service.js';

const folder = join(ROOT, 'test/serve/fixtures/site');

describe('the page', () => {
  it('reads the files of served kinds, by name, once', () => {
    const files = readSiteFiles(folder)!;
    expect([...files.keys()]).toEqual(['assets/mark.svg', 'index.html', 'page.css', 'page.js']);
    expect(files.get('page.js')!.type).toBe('text/javascript; charset=utf-8');
    expect(readSiteFiles(join(folder, 'missing'))).toBeUndefined();
  });

  it('takes a kind by its own extensions alone: a name ending .constructor or .__proto__ is of no served kind', () => {
    expect(['page.js', 'PAGE.CSS', 'page.constructor', 'page.__proto__', 'page.toString', 'constructor'].map(siteType)).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', undefined, undefined, undefined, undefined]);
  });

  it('serves / and its assets from memory, with their types, a strict CSP and nosniff', async () => {
    const app = await service({ site: readSiteFiles(folder) });
    const page = await ask(app, '/');
    expect([page.status, page.type, page.headers.get('content-security-policy'), page.headers.get('x-content-type-options')]).toEqual([200, 'text/html; charset=utf-8', SITE_CSP, 'nosniff']);
    expect(page.text).toContain('<script src="page.js" defer></script>');
    expect(SITE_CSP).toContain("script-src 'self'");
    expect(SITE_CSP).not.toContain('unsafe-inline');
    for (const [path, type] of [['/page.js', 'text/javascript; charset=utf-8'], ['/page.css', 'text/css; charset=utf-8'], ['/assets/mark.svg', 'image/svg+xml; charset=utf-8'], ['/index.html', 'text/html; charset=utf-8']]) {
      const asset = await ask(app, path!);
      expect([asset.status, asset.type], path).toEqual([200, type]);
    }
  });

  it('serves no other name: not a file of another kind, not a path that climbs out', async () => {
    const app = await service({ site: readSiteFiles(folder) });
    for (const path of ['/build.log', '/assets', '/assets/', '/..%2fpage.js', '/assets/..%2f..%2fpackage.json', '/page.js/', '/PAGE.JS']) {
      const got = await ask(app, path);
      expect([got.status, (got.json as { error: { code: string } }).error.code], path).toEqual([404, 'not-found']);
    }
    expect((await ask(app, '/page.js', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('says the page is not built when the folder is missing', async () => {
    const app = await service({ site: undefined });
    const got = await ask(app, '/?lang=zh');
    expect([got.status, got.json]).toEqual([404, { error: { code: 'site-not-built', message: '页面尚未构建：请运行 "npm run build:site"（它写出 site/），再重新启动服务' } }]);
  });
});

describe('CORS', () => {
  it('is off by default: no Access-Control headers, a preflight refused', async () => {
    const app = await service();
    const got = await ask(app, '/healthz', { headers: { Origin: 'https://tools.example.com' } });
    expect(got.headers.get('access-control-allow-origin')).toBeNull();
    expect((await ask(app, '/v1/check', { method: 'OPTIONS', headers: { Origin: 'https://tools.example.com', 'Access-Control-Request-Method': 'POST' } })).status).toBe(405);
  });

  it('allows the origins given, and only those', async () => {
    const app = await service({ cors: ['https://tools.example.com'] });
    const allowed = await ask(app, '/v1/check?source=jd&surface=live-cart&at=2022-06-01', { headers: { Origin: 'https://tools.example.com' } });
    expect([allowed.status, allowed.headers.get('access-control-allow-origin')]).toEqual([200, 'https://tools.example.com']);
    const other = await ask(app, '/healthz', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await ask(app, '/v1/check', { method: 'OPTIONS', headers: { Origin: 'https://tools.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin'), preflight.headers.get('access-control-allow-methods')]).toEqual([204, 'https://tools.example.com', 'GET,POST,HEAD,OPTIONS']);
    // Each path's own methods: a batch is only posted.
    const batch = await ask(app, '/v1/batch', { method: 'OPTIONS', headers: { Origin: 'https://tools.example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect([batch.status, batch.headers.get('access-control-allow-methods')]).toEqual([204, 'POST,OPTIONS']);
    const rules = await ask(app, '/v1/rules', { method: 'OPTIONS', headers: { Origin: 'https://tools.example.com', 'Access-Control-Request-Method': 'GET' } });
    expect([rules.status, rules.headers.get('access-control-allow-methods')]).toEqual([204, 'GET,HEAD,OPTIONS']);
  });

  it('answers any other OPTIONS as without --cors: no such path, no Origin, a method the path does not take', async () => {
    const app = await service({ cors: ['https://tools.example.com'] });
    const origin = { Origin: 'https://tools.example.com' };
    const nowhere = await ask(app, '/nope', { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'GET' } });
    expect([nowhere.status, (nowhere.json as { error: { code: string } }).error.code]).toEqual([404, 'not-found']);
    const bare = await ask(app, '/v1/check', { method: 'OPTIONS' });
    expect([bare.status, bare.headers.get('allow'), (bare.json as { error: { code: string } }).error.code]).toEqual([405, 'GET, POST, HEAD', 'method-not-allowed']);
    const deleting = await ask(app, '/v1/check', { method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'DELETE' } });
    expect([deleting.status, deleting.headers.get('access-control-allow-methods')]).toEqual([405, null]);
  });

  it('allows every origin for *', async () => {
    const app = await service({ cors: ['*'] });
    const got = await ask(app, '/v1/check?source=jd&surface=live-cart&at=2022-06-01', { headers: { Origin: 'https://anyone.example' } });
    expect([got.status, got.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
  });
});
