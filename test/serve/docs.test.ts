// docs/serve.md (and README's serve lines) runs: each HTTP request shown is sent to the handler and its
// response is the one shown after it ("…" ending a line stands for what is left
// out); the lines that start the service start it (on a free port) and stop it;
// the curl lines run against a service started here; the edge worker is bundled
// with esbuild and its fetch answers the headline check.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { fences } from '../helpers/docs.js';
import { ask, service } from './service.js';

const page = fences().filter((fence) => fence.page === 'docs/serve.md');
const work = mkdtempSync(join(tmpdir(), 'linkcheck-serve-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The shown text as a pattern: exact, but for "…" ending a line, which matches anything. */
function matches(printed: string, shown: string): boolean {
  if (!/…$/mu.test(shown)) return printed === shown;
  const parts = shown.split(/…$/mu).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}`, 'u').test(printed);
}

/** Head lines, a blank line, then the body. */
function message(text: string): { head: string[]; body: string } {
  const [head = '', ...body] = text.split('\n\n');
  return { head: head.split('\n'), body: body.join('\n\n') };
}

const exchanges = page
  .map((fence, index) => [fence, page[index + 1]] as const)
  .filter(([fence, next]) => fence.lang === 'http' && /^[A-Z]+ \//u.test(fence.body) && next?.lang === 'http')
  .map(([request, response]) => [request.body.split('\n')[0]!, request.body, response!.body] as const);

describe('docs/serve.md: the requests and their responses', () => {
  it('has them', () => {
    expect(exchanges.length).toBeGreaterThanOrEqual(7);
  });

  it.each(exchanges)('%s', async (_, requestText, responseText) => {
    const request = message(requestText.trimEnd());
    const [method, path] = request.head[0]!.split(' ') as [string, string];
    const headers = Object.fromEntries(request.head.slice(1).map((line) => line.split(': ') as [string, string]));
    const app = await service();
    const reply = await ask(app, path, { method, headers, ...(request.body !== '' ? { body: `${request.body}\n` } : {}) });
    const response = message(responseText.trimEnd());
    const [, status] = /^HTTP\/1\.1 (\d+) /u.exec(response.head[0]!)!;
    expect(reply.status).toBe(Number(status));
    for (const line of response.head.slice(1)) {
      const [name, value] = line.split(': ') as [string, string];
      expect(reply.headers.get(name), name).toBe(value);
    }
    expect(matches(reply.text.trimEnd(), response.body), `printed:\n${reply.text}`).toBe(true);
  });
});

/** `linkcheck serve …` as a process; resolves with its port once it listens. */
function start(args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((settle) => child.once('exit', (code) => settle(code)));
  const port = new Promise<number>((settle, fail) => {
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const found = /(?:listening on|正在监听) http:\/\/[^:]+:(\d+)\//u.exec(stderr);
      if (found) settle(Number(found[1]));
    });
    void exited.then((code) => fail(new Error(`exited ${code}: ${stderr}`)));
  });
  return { child, port, exited, stderr: () => stderr };
}

/** The lines of the blocks with this marker, in docs/serve.md and README's "In a browser, or over HTTP" (whose start line is the set-up's `npm ci && npx linkcheck …`). */
const fenced = (marker: string) =>
  fences()
    .filter((fence) => (fence.page === 'docs/serve.md' || fence.page === 'README.md') && fence.marker === marker)
    .flatMap((fence) => fence.body.split('\n').filter((line) => line.trim() !== ''))
    .map((line) => line.replace(/^npm ci && npx /u, ''));

describe('docs/serve.md and README: starting it', () => {
  const lines = fenced('serve-start');
  it('has the lines', () => expect(lines.length).toBeGreaterThanOrEqual(3));

  it.each(lines)('%s', async (line) => {
    const words = line.split(' ');
    expect(words[0]).toBe('linkcheck');
    // Its own port becomes a free one; the rest as written.
    const args = words.slice(1).map((word, index, all) => (all[index - 1] === '--port' ? '0' : word));
    const running = start([...args, ...(args.includes('--port') ? [] : ['--port', '0'])]);
    const port = await running.port;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });
});

describe('docs/serve.md and README: with curl', () => {
  const lines = fenced('serve-curl');
  let server: ReturnType<typeof start> | undefined;
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('has the lines', () => expect(lines.length).toBeGreaterThanOrEqual(4));

  it.each(lines)('%s', async (line) => {
    server ??= start(['serve', '--port', '0']);
    const port = await server.port;
    const [command = '', verdict] = line.split(/\s+#\s+/u);
    const run = spawnSync('sh', ['-c', command.replaceAll('127.0.0.1:8080', `127.0.0.1:${port}`)], { cwd: work, encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    if (verdict !== undefined) expect((JSON.parse(run.stdout.split('\n')[0]!.startsWith('{') && !run.stdout.startsWith('{\n') ? run.stdout.split('\n')[0]! : run.stdout) as { verdict: string }).verdict).toBe(verdict);
    const file = / -o (\S+)/u.exec(command)?.[1];
    if (file) expect(readFileSync(join(work, file), 'utf8')).toMatch(/^<\?xml [^\n]*\n<svg /u);
  });
});

describe('docs/serve.md: on an edge runtime', () => {
  it('the worker, bundled, answers the headline check through its fetch', async () => {
    const [worker] = page.filter((fence) => fence.marker === 'edge-worker.ts');
    const bundled = await build({ stdin: { contents: worker!.body, resolveDir: ROOT, sourcefile: 'worker.ts', loader: 'ts' }, bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent' });
    const file = join(work, 'worker.mjs');
    writeFileSync(file, bundled.outputFiles[0]!.text);
    const { default: app } = (await import(pathToFileURL(file).href)) as { default: { fetch: (request: Request) => Promise<Response> } };
    const response = await app.fetch(new Request('http://worker.test/v1/check?source=taobao&surface=live-cart&at=2022-06-01', { headers: { Origin: 'https://tools.example.com' } }));
    expect([response.status, response.headers.get('access-control-allow-origin'), ((await response.json()) as { verdict: string }).verdict]).toEqual([200, 'https://tools.example.com', 'denied']);
  });
});
