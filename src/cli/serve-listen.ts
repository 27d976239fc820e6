// The HTTP service on a socket: the handler (src/serve/) made with its rules and
// files, served by @hono/node-server with time-outs that let no slow client hold a
// socket, and stopped gracefully on SIGTERM or SIGINT. Loaded only by `linkcheck
// serve`; it reports what happens through `events` and returns a failure to listen
// as data, so that the command words and throws it (serve-command.ts).
import { createServer, maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Catalog } from '../engine/catalog.js';
import { inputError, type InputError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { isMethodToken, malformedPart, namesHost } from './malformed-request.js';
import { createService } from '../serve/app.js';
import type { Limits } from '../serve/limits.js';
import { clientGone, errorJson, errorResponse, statusOf } from '../serve/respond.js';
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
  const listener = getRequestListener(app.fetch, {
    // A request no Request can be made of (an HTTP/1.1 request without Host, a backslash in its
    // path, a Host that names no host) gets the service's error object, not an empty 400.
    errorHandler: (error) => {
      if (error instanceof RequestError || clientGone(error)) return errorResponse(inputError('bad-request', {}), 'en', { Connection: 'close' });
      events.bug(error);
      return errorResponse(inputError('internal-error', {}), 'en');
    },
  });
  const server = createServer(
    {
      headersTimeout: timeouts.headers * 1000,
      requestTimeout: timeouts.request * 1000,
      keepAliveTimeout: timeouts.keepAlive * 1000,
      // How often Node looks for requests past those time-outs (30 s by default: a slow client would get that long).
      connectionsCheckingInterval: Math.min(1000, timeouts.headers * 500),
      // Refused by the listener above, with the error object: Node's own refusal has no body.
      requireHostHeader: false,
    },
    (request: IncomingMessage, response: ServerResponse) => {
      const refusal = protocolRefusal(request);
      if (refusal) return answerAtOnce(response, refusal.error, refusal.status, refusal.headers);
      return listener(withHost(request), response);
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => refuseMalformed(error, socket));
  // A connection on which nothing is read or written for longer than the request time-out is closed
  // (Node then destroys it): a request left half sent whose response is under way (see
  // refuseMalformed), its handler waiting on its body, is cut off so. Five seconds longer, so that
  // a request that is only late gets its 408 from the time-out above first.
  server.setTimeout(timeouts.request * 1000 + 5000);
  // An Expect other than 100-continue, which Node answers 417 with no body.
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const body = errorJson(inputError('expectation-failed', { expect: shownInput(request.headers.expect ?? '') }), 'en');
    response.writeHead(417, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff', Connection: 'close' }).end(body);
  });
  // Expect: 100-continue, which Node would answer with 100 Continue at once, before the handler has
  // looked at the request: the client would send a body only to be told 413 (or 404, 405, 415, 400,
  // 503) after it. The handler answers first; the client is told to continue only when the handler
  // reads the body. A request refused before that is answered at once, its body never sent, and
  // Node closes the connection after it (the body may still be on its way).
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    continueOnRead(request, response);
    server.emit('request', request, response);
  });
  // A proxy's CONNECT, which Node drops without a word.
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    const refusal = inputError('method-not-allowed', { method: 'CONNECT', path: shownInput(request.url ?? ''), allowed: 'GET, HEAD, POST' });
    writeRefusal(socket, refusal, { Allow: 'GET, HEAD, POST' });
  });
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

/**
 * Writes 100 Continue when the request's body is first read (the stream asks its source for data:
 * Readable's _read), unless the response has begun: after a refusal the adapter drains the
 * connection, and that read must not tell the client to send the body it was just refused.
 */
function continueOnRead(request: IncomingMessage, response: ServerResponse): void {
  const read = request._read;
  request._read = function (this: IncomingMessage, size: number) {
    request._read = read;
    if (!response.headersSent && !response.writableEnded) response.writeContinue();
    return read.call(this, size);
  };
}

/**
 * An HTTP/1.0 request may leave out Host (RFC 1945; HAProxy's health check does): it is read as
 * asking the address it came in on, where the adapter would refuse it for want of a host to make
 * its URL of. An HTTP/1.1 request without Host stays refused (RFC 9112 section 3.2).
 */
function withHost(request: IncomingMessage): IncomingMessage {
  if (request.headers.host === undefined && request.httpVersion === '1.0') {
    const { localAddress = '127.0.0.1', localPort } = request.socket;
    request.headers.host = `${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
  }
  return request;
}

/** The methods some path takes: what a request of another method (501) or OPTIONS * is told. */
const METHODS = 'GET, HEAD, POST';

/**
 * What the parser lets through but HTTP/1.1 refuses, answered before the handler: an HTTP version
 * other than 1.0 and 1.1 (the parser reads 0.9 and 2.0 too), two Host headers (RFC 9112 section
 * 3.2: which host is asked cannot be known; Node keeps the first), an HTTP/1.1 request without a
 * Host that names a host (RFC 9112 section 3.2), and OPTIONS * (the server's own
 * methods, RFC 9110 section 9.3.7, which no Request can be made of).
 */
function protocolRefusal(request: IncomingMessage): { error: InputError | undefined; status: number; headers: Readonly<Record<string, string>> } | undefined {
  if (request.httpVersion !== '1.1' && request.httpVersion !== '1.0') {
    return { error: inputError('http-version-not-supported', { version: shownInput(`HTTP/${request.httpVersion}`) }), status: 505, headers: {} };
  }
  if (request.rawHeaders.filter((_, index) => index % 2 === 0 && request.rawHeaders[index]!.toLowerCase() === 'host').length > 1) {
    return { error: inputError('repeated-header', { header: 'Host' }), status: 400, headers: {} };
  }
  if (request.httpVersion === '1.1' && !namesHost(request.headers.host)) return { error: inputError('bad-request', { what: 'host' }), status: 400, headers: {} };
  if (request.method === 'OPTIONS' && request.url === '*') return { error: undefined, status: 204, headers: { Allow: METHODS } };
  return undefined;
}

/** A refusal (or, without one, an empty answer) written on the response at once; the connection is then closed. */
function answerAtOnce(response: ServerResponse, refusal: InputError | undefined, status: number, headers: Readonly<Record<string, string>>): void {
  const body = refusal ? errorJson(refusal, 'en') : '';
  response.shouldKeepAlive = false;
  response.writeHead(status, { ...(refusal ? { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) } : {}), 'X-Content-Type-Options': 'nosniff', ...headers, Connection: 'close' }).end(body);
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

/**
 * A request Node refuses before the handler sees it (headers past Node's limit, a time-out,
 * bytes that are not HTTP) gets the service's error object too, not Node's empty answer;
 * then the connection is closed. A connection in the middle of a response, or gone, is only closed.
 */
function refuseMalformed(error: NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number }, socket: Socket): void {
  // The request line as it came, as far as the parser had it: what a refusal names. A method is a
  // token in a request line (RFC 9110 section 9.1): an unknown one is 501, bytes that are no request line 400.
  const line = failedLine(error.rawPacket, error.bytesParsed);
  const words = line.toString('latin1').split(' ');
  const part = malformedPart(error.code, (error as { reason?: string }).reason, error.rawPacket ?? Buffer.alloc(0));
  const refusal =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? inputError('headers-too-large', { limit: String(maxHeaderSize) })
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? inputError('request-timeout', {})
        : error.code === 'HPE_INVALID_METHOD' && words.length === 3 && isMethodToken(words[0]!) && words[2]!.startsWith('HTTP/')
          ? inputError('not-implemented', { method: shownInput(words[0] ?? ''), allowed: METHODS })
          : error.code === 'HPE_INVALID_VERSION' && part === undefined
            ? inputError('http-version-not-supported', { version: shownInput(words.at(-1) ?? '') })
            : error.code === 'HPE_INVALID_URL' && line.some((byte) => byte >= 0x80)
              ? inputError('unencoded-target', {})
              : error.code?.startsWith('HPE_')
                ? inputError('bad-request', part === undefined ? {} : { what: part })
                : undefined;
  // A response already under way on the connection (Node keeps it as the socket's _httpMessage) cannot be followed by another.
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage?.headersSent === true;
  // A batch reads its plan as fast as it writes its rows: its request is not whole until the last
  // row has gone out, however fast the client sent it. Under way, it is left to finish; a client
  // that stops sending is cut off by the socket's own time-out (inactivity, set in listenAndServe).
  if (answering && error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return;
  if (refusing.has(socket)) return;
  // A request read whole before the bytes that failed (sent with them, pipelined) is answered
  // first, as if they had come later: its answer is not lost to their refusal, which follows it.
  const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (refusal !== undefined && pending && pending.req?.complete === true && !pending.writableFinished) {
    refusing.add(socket);
    let done = false;
    const then = () => {
      if (done) return;
      done = true;
      refusing.delete(socket);
      // Once Node has put the next answer waiting, if any, on the socket.
      setImmediate(() => refuseMalformed(error, socket));
    };
    pending.once('finish', then);
    pending.once('close', then);
    return;
  }
  if (refusal === undefined || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  writeRefusal(socket, refusal, refusal.code === 'not-implemented' ? { Allow: METHODS } : {});
}

/** Sockets whose refusal waits for the answer to a request read before it: the parser may fail on them again meanwhile. */
const refusing = new WeakSet<Socket>();

/**
 * The line of the bytes the parser failed in: the packet holds every request that came with it
 * (GET /healthz, then FOO /healthz, sent at once), and the one refused is the one the parser stopped
 * in, not the first, which was read and is being answered.
 */
function failedLine(packet: Buffer | undefined, parsed: number | undefined): Buffer {
  if (packet === undefined) return Buffer.alloc(0);
  const at = Math.min(Math.max(parsed ?? 0, 0), packet.length);
  // lastIndexOf counts a negative offset from the end: before the packet's first byte there is no line break.
  const start = at === 0 ? 0 : packet.lastIndexOf('\n', at - 1) + 1;
  const end = packet.indexOf('\r\n', start);
  return packet.subarray(start, end < 0 ? start : end);
}

/** The error object as a whole response on the socket, which is then closed. */
function writeRefusal(socket: Socket, refusal: InputError, headers: Readonly<Record<string, string>> = {}): void {
  const body = errorJson(refusal, 'en');
  const status = statusOf(refusal.code);
  const more = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  // Closed whole once written: half-closed, a request whose body never came would hold its handler,
  // and the place it took among the requests answered at once, for as long as the client kept it open.
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\n${more}Connection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

const REASONS: Readonly<Record<number, string>> = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large', 501: 'Not Implemented', 505: 'HTTP Version Not Supported' };
