// linkcheck serve: the HTTP service on Node. The handler (src/serve/) is
// web-standard; this side loads the rules and the page's files once, listens
// with @hono/node-server with time-outs that let no slow client hold a socket,
// and stops gracefully on SIGTERM or SIGINT (no new connections, requests in
// flight finish within --stop-timeout, exit 0).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { inputError } from '../errors/errors.js';
import { messageText } from '../i18n/error-words.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import { loadCatalog, packageRoot } from '../load/load-catalog.js';
import { safe } from '../render/safe.js';
import { createService } from '../serve/app.js';
import { DEFAULT_LIMITS, type Limits } from '../serve/limits.js';
import type { CliContext } from './context.js';
import { loadOptions, type RuleOptions } from './rule-options.js';
import { readSiteFiles } from './site-files.js';

export interface ServeOptions extends RuleOptions {
  port?: string;
  host?: string;
  cors?: string[];
  site?: string;
  maxBody?: string;
  maxPlan?: string;
  maxQueries?: string;
  maxConcurrent?: string;
  headersTimeout?: string;
  requestTimeout?: string;
  keepAliveTimeout?: string;
  stopTimeout?: string;
  lang: Lang;
}

export const DEFAULT_TIMEOUTS = { headers: 10, request: 300, keepAlive: 5, stop: 10 } as const;

/** A whole number option within bounds, or the default when not given. */
function whole(option: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/u.test(text.trim()) || value < min || value > max) throw inputError('bad-option-number', { option, value: text, min: String(min), max: String(max) });
  return value;
}

/** --cors a --cors b,c: each origin as browsers send it (https://example.com, no path). */
function origins(given: readonly string[]): string[] {
  return given
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      try {
        const origin = new URL(entry).origin;
        return origin === 'null' ? entry : origin;
      } catch {
        return entry;
      }
    });
}

export async function runServe(context: CliContext, options: ServeOptions): Promise<number> {
  // Every option is read before anything is loaded or listened on.
  const port = whole('--port', options.port, 8080, 0, 65535);
  const limits: Limits = {
    maxBody: whole('--max-body', options.maxBody, DEFAULT_LIMITS.maxBody, 1, 2 ** 31),
    maxPlan: whole('--max-plan', options.maxPlan, DEFAULT_LIMITS.maxPlan, 1, 2 ** 40),
    maxQueries: whole('--max-queries', options.maxQueries, DEFAULT_LIMITS.maxQueries, 1, 1_000_000),
    maxConcurrent: whole('--max-concurrent', options.maxConcurrent, DEFAULT_LIMITS.maxConcurrent, 1, 100_000),
  };
  const headersTimeout = whole('--headers-timeout', options.headersTimeout, DEFAULT_TIMEOUTS.headers, 1, 3600);
  const requestTimeout = whole('--request-timeout', options.requestTimeout, DEFAULT_TIMEOUTS.request, headersTimeout, 86_400);
  const keepAliveTimeout = whole('--keep-alive-timeout', options.keepAliveTimeout, DEFAULT_TIMEOUTS.keepAlive, 1, 3600);
  const stopTimeout = whole('--stop-timeout', options.stopTimeout, DEFAULT_TIMEOUTS.stop, 0, 3600);
  const cors = origins(options.cors ?? []);
  const host = options.host ?? '127.0.0.1';
  const words = wordsFor(options.lang);
  const say = (text: string) => context.stderr(`linkcheck: ${text}\n`);

  const catalog = await loadCatalog(loadOptions(context, options));
  const site = readSiteFiles(options.site !== undefined ? resolve(context.cwd ?? process.cwd(), options.site) : join(context.root ?? packageRoot(), 'site'));
  if (options.site !== undefined && !site) throw inputError('site-not-built', {});

  const app = createService(catalog, {
    limits,
    cors,
    site,
    version: packageJson.version,
    // A bug: the client is told only "internal error"; the stack goes to stderr, escaped like any output.
    onError: (error) => say(`${messageText('internal-error', {}, options.lang)}\n${String((error as Error)?.stack ?? error).split('\n').map((line) => safe(line)).join('\n')}`),
  });
  const { createAdaptorServer } = await import('@hono/node-server');
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      headersTimeout: headersTimeout * 1000,
      requestTimeout: requestTimeout * 1000,
      keepAliveTimeout: keepAliveTimeout * 1000,
      // How often Node looks for requests past those time-outs (30 s by default: a slow client would get that long).
      connectionsCheckingInterval: Math.min(1000, headersTimeout * 500),
    },
  }) as Server;
  let inFlight = 0;
  server.on('request', (_request, response) => {
    inFlight++;
    response.once('close', () => inFlight--);
  });

  await listen(server, port, host);
  const { port: bound } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}/`;
  say(words.say('serve.listening', { url }));
  if (!site) say(words.say('serve.noSite', { url }));

  await stopSignal();
  say(words.say('serve.stopping', { count: inFlight }));
  const closed = new Promise<void>((settle) => server.close(() => settle()));
  // A connection whose last response has gone out is closed at once, not after its keep-alive time.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((settle) => (timer = setTimeout(() => settle('late'), stopTimeout * 1000)));
  if ((await Promise.race([closed, late])) === 'late') {
    server.closeAllConnections();
    await closed;
  }
  clearTimeout(timer);
  clearInterval(idle);
  say(words.say('serve.stopped'));
  return 0;
}

/** Listening, or the reason it cannot as one of the catalogue's errors. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((settle, fail) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = { host, port: String(port) };
      fail(error.code === 'EADDRINUSE' ? inputError('port-in-use', where) : inputError('cannot-listen', { ...where, reason: error.code ?? error.message }));
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      settle();
    });
  });
}

/** Resolves on the first SIGTERM or SIGINT; a second one is left to Node (it stops at once). */
function stopSignal(): Promise<void> {
  return new Promise((settle) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      settle();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
