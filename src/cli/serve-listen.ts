// The HTTP service on a socket: the handler (src/serve/) made with its rules and
// files, served by @hono/node-server with time-outs that let no slow client hold a
// socket, and stopped gracefully on SIGTERM or SIGINT. Loaded only by `linkcheck
// serve`; it reports what happens through `events` and returns a failure to listen
// as data, so that the command words and throws it (serve-command.ts).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Catalog } from '../engine/catalog.js';
import { createService } from '../serve/app.js';
import type { Limits } from '../serve/limits.js';
import type { SiteFiles } from '../serve/site.js';

export interface Listening {
  catalog: Catalog;
  site: SiteFiles | undefined;
  limits: Limits;
  cors: string[];
  version: string;
  host: string;
  port: number;
  /** Seconds. */
  timeouts: { headers: number; request: number; keepAlive: number; stop: number };
  events: {
    listening(url: string): void;
    stopping(inFlight: number): void;
    stopped(): void;
    /** A bug in a request's handling: the client is told only "internal error". */
    bug(error: unknown): void;
  };
}

/** Serves until SIGTERM or SIGINT, then stops; or says why it could not listen (EADDRINUSE…). */
export async function listenAndServe(settings: Listening): Promise<{ listened: true } | { listened: false; code: string }> {
  const { timeouts, events } = settings;
  const app = createService(settings.catalog, { limits: settings.limits, cors: settings.cors, site: settings.site, version: settings.version, onError: events.bug });
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      headersTimeout: timeouts.headers * 1000,
      requestTimeout: timeouts.request * 1000,
      keepAliveTimeout: timeouts.keepAlive * 1000,
      // How often Node looks for requests past those time-outs (30 s by default: a slow client would get that long).
      connectionsCheckingInterval: Math.min(1000, timeouts.headers * 500),
    },
  }) as Server;
  let inFlight = 0;
  server.on('request', (_request, response) => {
    inFlight++;
    response.once('close', () => inFlight--);
  });

  const failure = await listen(server, settings.port, settings.host);
  if (failure !== undefined) return { listened: false, code: failure };
  const { port } = server.address() as AddressInfo;
  events.listening(`http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}/`);

  await stopSignal();
  events.stopping(inFlight);
  const closed = new Promise<void>((settle) => server.close(() => settle()));
  // A connection whose last response has gone out is closed at once, not after its keep-alive time.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((settle) => (timer = setTimeout(() => settle('late'), timeouts.stop * 1000)));
  if ((await Promise.race([closed, late])) === 'late') {
    server.closeAllConnections();
    await closed;
  }
  clearTimeout(timer);
  clearInterval(idle);
  events.stopped();
  return { listened: true };
}

/** Listening, or the system's code for why not. */
function listen(server: Server, port: number, host: string): Promise<string | undefined> {
  return new Promise((settle) => {
    const failed = (error: NodeJS.ErrnoException) => settle(error.code ?? error.message);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      settle(undefined);
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
