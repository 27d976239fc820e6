// What a hostile or careless client sends: look-alike links, huge fields, paths
// that climb out, control characters, wrong types. Each is answered as the CLI
// would (unknown, or one error object), never with a stack, a file or HTML.
import { describe, expect, it } from 'vitest';
import { ask, service } from './service.js';

const app = await service();
type Failure = { error: { code: string; message: string } };

describe('hostile input', () => {
  it('answers a look-alike link as unknown, by GET and by POST', async () => {
    const link = 'https://item.taobao.com.evil.cn/item.htm?id=1';
    const got = await ask(app, `/v1/check?source=${encodeURIComponent(link)}&surface=live-cart&at=2022-06-01`);
    expect([got.status, (got.json as { verdict: string; source: null }).verdict, (got.json as { source: null }).source]).toEqual([200, 'unknown', null]);
    const posted = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ source: link, surface: 'live-cart', at: '2022-06-01' }) });
    expect((posted.json as { verdict: string }).verdict).toBe('unknown');
  });

  it('refuses a field of more than 64 KiB before reading it', async () => {
    const long = 'x'.repeat(70_000);
    const got = await ask(app, `/v1/check?source=jd&surface=live-cart&at=${long}`);
    expect([got.status, got.json]).toEqual([400, { error: { code: 'input-error', message: 'the date is 70000 bytes long (UTF-8); at most 65536 (64 KiB) are read' } }]);
    const posted = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ source: long, surface: 'live-cart' }) });
    expect(posted.json).toEqual({ error: { code: 'input-error', message: 'the source is 70000 bytes long (UTF-8); at most 65536 (64 KiB) are read' } });
    // Bytes of UTF-8, as on the command line: 30,000 Chinese characters are 90,000 of them.
    const wide = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ source: `https://item.jd.com/1.html?${'商'.repeat(30_000)}`, surface: 'short-video-cart', at: '2022-06-01' }) });
    expect([wide.status, wide.json]).toEqual([400, { error: { code: 'input-error', message: 'the source is 90027 bytes long (UTF-8); at most 65536 (64 KiB) are read' } }]);
  });

  it('writes a control character in a parameter escaped, never raw', async () => {
    const got = await ask(app, '/v1/check?source=tao%1B%5B31mbao&surface=live-cart');
    expect(got.status).toBe(400);
    expect(got.text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/u);
    expect((got.json as Failure).error).toEqual({ code: 'bad-source', message: expect.stringContaining('no source name, link or share token in "tao\\x1b[31mbao"') });
    const name = await ask(app, '/v1/check?sou%00rce=taobao&surface=live-cart');
    expect((name.json as Failure).error.message).toBe('unknown parameter "sou\\x00rce"; did you mean "source"? valid: source, surface, platform, at, asKnownOn, lang');
    expect((await ask(app, '/v1/check?source=taobao&surface=live-cart&lang=%1B')).json).toEqual({ error: { code: 'bad-choice', message: 'lang takes one of en, zh, not "\\x1b"' } });
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '/v1/..%2f..%2frules/kuaishou.json', '/site/index.html', '/package.json'])('%s is not a file it serves', async (path) => {
    const got = await ask(app, path);
    expect([got.status, (got.json as Failure).error.code]).toEqual([404, 'not-found']);
  });

  it('refuses a JSON array longer than its limit before answering any of it', async () => {
    const capped = await service({ limits: { maxQueries: 3 } });
    const got = await ask(capped, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Array.from({ length: 4 }, () => ({ source: 'jd', surface: 'live-cart' }))) });
    expect([got.status, (got.json as Failure).error.code]).toEqual([400, 'too-many-queries']);
  });

  it('refuses a huge body with 413 and nested JSON as a query it cannot be', async () => {
    const huge = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `[${'{"source":"jd","surface":"live-cart"},'.repeat(40_000)}{}]` });
    expect([huge.status, (huge.json as Failure).error.code]).toEqual([413, 'body-too-large']);
    const deep = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    expect([deep.status, (deep.json as unknown[]).length]).toEqual([200, 1]);
    expect((deep.json as Failure[])[0]!.error.code).toBe('input-error');
  });

  it('never answers with HTML or a stack, whatever the path or method', async () => {
    for (const [path, method] of [['/<script>', 'GET'], ['/v1/check', 'PUT'], ['/v1/batch', 'PATCH'], ['/%ff', 'GET'], ['/v1/check', 'OPTIONS']] as const) {
      const got = await ask(app, path, { method });
      expect(got.type, `${method} ${path}`).toBe('application/json; charset=utf-8');
      expect(got.text).not.toMatch(/<html|at .*\.ts:\d+/u);
      expect(got.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers a bug with internal-error, telling the host, not the client', async () => {
    const told: unknown[] = [];
    const broken = await service({ onError: (error) => told.push(error), now: () => {
        throw new TypeError('a clock that fails');
      },
    });
    const got = await ask(broken, '/v1/check?source=jd&surface=live-cart');
    expect([got.status, got.json]).toEqual([500, { error: { code: 'internal-error', message: 'internal error, please report it:' } }]);
    expect(told).toHaveLength(1);
  });
});
