// The HTTP service's handler: a Hono app, web-standard Request in and Response
// out, with nothing from Node, so that the same handler runs under
// `linkcheck serve` (src/cli/serve-command.ts), in a test through app.fetch, and
// on Deno, Bun or Cloudflare Workers (docs/serve.md). The host loads the rules
// and the page's files and passes them in; the handler never reads a file.
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { Catalog } from '../engine/catalog.js';
import { DataError, InputError, inputError } from '../errors/errors.js';
import type { Lang } from '../i18n/lang.js';
import { shownInput } from '../link/named-input.js';
import { answerBatch } from './batch.js';
import { answerPostedChecks } from './check-post.js';
import { checkJson, type AnswerCache, classifyJson, coverageJson, matrixAt, matrixOut, rulesJson, timelineOut } from './questions.js';
import { DEFAULT_LIMITS, InFlight, type Limits } from './limits.js';
import { negotiate } from './negotiate.js';
import { openApiDocument } from './openapi.js';
import { queryParams, readParams, requestLang } from './params.js';
import { clientGone, errorResponse, refusalHeaders, jsonResponse, JSON_TYPE, SVG_TYPE, textResponse } from './respond.js';
import { CheckQuery, PARAMS } from './schemas.js';
import { etagOf, noneMatch, SITE_CSP, siteFileFor, type SiteFiles } from './site.js';

export interface ServiceOptions {
  /** The clock, for queries without a date; Date.now by default. */
  now?: () => number;
  limits?: Partial<Limits>;
  /** Origins allowed to call the service from a browser (CORS); none by default. */
  cors?: readonly string[];
  /** The page's built files; undefined when the page is not built (GET / then says so). */
  site?: SiteFiles | undefined;
  /** The package's version, for /healthz and the OpenAPI document. */
  version?: string;
  /** Told of each unexpected error (a bug), which the client sees only as internal-error: the host logs it. */
  onError?: (error: unknown) => void;
}

type Env = { Variables: { admit: () => void; release: () => void; deferred: boolean } };

/** The service's paths and their methods (HEAD with every GET). */
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/v1/check': ['GET', 'POST'],
  '/v1/batch': ['POST'],
  '/v1/classify': ['GET'],
  '/v1/rules': ['GET'],
  '/v1/coverage': ['GET'],
  '/v1/matrix': ['GET'],
  '/v1/timeline': ['GET'],
  '/openapi.json': ['GET'],
  '/healthz': ['GET'],
  '/': ['GET'],
};
export const PATHS = Object.keys(ROUTES);

/** A path's methods as Allow says them: HEAD with GET. */
function methodsOf(allowed: readonly string[]): string[] {
  return [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])];
}

/** The language of a request's errors: its lang parameter when that is good, else English. */
function langOf(c: Context): Lang {
  try {
    // Read as URLSearchParams reads it: a lang spelt in UTF-8 still words the refusal of another parameter.
    return requestLang(new URL(c.req.url).searchParams);
  } catch {
    return 'en';
  }
}

/** The request's parameters against the endpoint's schema, and its language. */
function params<K extends keyof typeof PARAMS>(c: Context, key: K) {
  const raw = new URL(c.req.url).search;
  const search = queryParams(raw);
  const lang = requestLang(search);
  return { lang, values: readParams(search, PARAMS[key], raw) };
}

/** The types /v1/matrix and /v1/timeline answer with, the default first. */
const VIEW_TYPES = ['application/json', 'image/svg+xml'] as const;

/** SVG when the format parameter says so, or, without it, when Accept prefers SVG; refused (406) when Accept takes neither. */
function wantsSvg(c: Context, format: string | undefined): boolean {
  if (format !== undefined) return format === 'svg';
  const accept = c.req.header('accept');
  const type = negotiate(accept, VIEW_TYPES);
  if (type === undefined) throw inputError('not-acceptable', { accept: shownInput(accept ?? ''), valid: VIEW_TYPES.join(', ') });
  return type === 'image/svg+xml';
}

/** Only the fields given: the road's types have no field set to undefined. */
function given<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

export function createService(catalog: Catalog, options: ServiceOptions = {}): Hono<Env> {
  const now = options.now ?? Date.now;
  // A client gone in the middle of sending is no bug of the service's, to report as one.
  const onError = options.onError && ((error: unknown) => (clientGone(error) ? undefined : options.onError!(error)));
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const inFlight = new InFlight(limits.maxConcurrent);
  const site = options.site;
  const version = options.version ?? '0.0.0';
  const routes: Record<string, readonly string[]> = { ...ROUTES };
  for (const name of site?.keys() ?? []) routes[`/${name}`] = ['GET'];
  let openapi: string | undefined;
  const written: AnswerCache = new Map();

  const app = new Hono<Env>();

  app.notFound((c) => errorResponse(inputError('not-found', { path: shownInput(c.req.path), valid: PATHS.join(', ') }), langOf(c)));
  app.onError((error, c) => {
    if (error instanceof InputError) return errorResponse(error, langOf(c), refusalHeaders(error.code));
    if (error instanceof DataError) return errorResponse(error, langOf(c));
    if (clientGone(error)) return errorResponse(inputError('bad-request', {}), langOf(c), { Connection: 'close' });
    onError?.(error);
    return errorResponse(inputError('internal-error', {}), langOf(c));
  });

  // Every response: not sniffed as another type. An answer of the API, which can depend on the
  // current time, is not stored by a cache; one of the views varies with Accept. A HEAD response
  // says the length its GET's body would have (Hono answers HEAD with the GET's headers, no body).
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (c.req.path.startsWith('/v1/') || c.req.path === '/healthz') c.res.headers.set('Cache-Control', 'no-store');
    if (c.req.path === '/v1/matrix' || c.req.path === '/v1/timeline') c.res.headers.append('Vary', 'Accept');
    if (c.req.method === 'HEAD' && c.res.body !== null && !c.res.headers.has('Content-Length')) {
      const length = (await c.res.clone().arrayBuffer()).byteLength;
      c.res.headers.set('Content-Length', String(length));
    }
  });
  // A "#" in the request's address ends it for every URL reader: what follows it (&at=…&platform=…)
  // would be dropped unread, and another question answered. A request target holds no fragment
  // (RFC 9112 section 3.2; a browser never sends one); one that does is refused, naming what it cuts off.
  app.use('*', async (c, next) => {
    const hash = c.req.url.indexOf('#');
    if (hash >= 0) throw inputError('fragment-in-target', { rest: shownInput(c.req.url.slice(hash + 1)) });
    return next();
  });
  if (options.cors && options.cors.length > 0) {
    // A preflight is told the methods its path takes (POST and OPTIONS for /v1/batch), not every path's.
    const allowMethods = (_origin: string, c: Context) => [...methodsOf(routes[c.req.path] ?? []), 'OPTIONS'];
    const allowCors = cors({ origin: options.cors.includes('*') ? '*' : [...options.cors], allowMethods, allowHeaders: ['Content-Type'], exposeHeaders: ['Retry-After'], maxAge: 600 });
    app.use('*', async (c, next) => {
      // A preflight is an OPTIONS with an Origin, asking for a method the path takes; any other
      // OPTIONS is answered as without --cors (404 for no such path, 405 for a method it does not take).
      if (c.req.method === 'OPTIONS') {
        const asked = (c.req.header('access-control-request-method') ?? '').toUpperCase();
        const allowed = routes[c.req.path];
        const takes = allowed !== undefined && (allowed.includes(asked) || (asked === 'HEAD' && allowed.includes('GET')));
        if (c.req.header('origin') === undefined || !takes) return next();
      }
      return allowCors(c, next);
    });
  }
  // A known path asked with a method it does not take.
  app.use('*', async (c, next) => {
    const allowed = routes[c.req.path];
    const method = c.req.method;
    if (allowed && !allowed.includes(method) && !(method === 'HEAD' && allowed.includes('GET'))) {
      const allow = methodsOf(allowed).join(', ');
      return errorResponse(inputError('method-not-allowed', { method: shownInput(method), path: c.req.path, allowed: allow }), langOf(c), { Allow: allow });
    }
    return next();
  });
  // A body sent compressed is refused (415, Accept-Encoding: identity), not read as the plan or
  // query its compressed bytes are not: by Content-Encoding, or by a transfer coding other than
  // chunked (Transfer-Encoding: gzip, chunked), which the host takes off its chunks and no further.
  app.use('*', async (c, next) => {
    const coding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
    const transfer = (c.req.header('transfer-encoding') ?? '').toLowerCase();
    const unchunked = transfer.split(',').map((part) => part.trim()).some((part) => part !== '' && part !== 'chunked');
    if (c.req.method === 'POST' && ((coding !== '' && coding !== 'identity') || unchunked)) {
      const [header, encoding] = unchunked ? ['Transfer-Encoding', transfer.trim()] : ['Content-Encoding', coding];
      return errorResponse(inputError('unsupported-content-encoding', { encoding: shownInput(encoding), header }), langOf(c), { 'Accept-Encoding': 'identity' });
    }
    return next();
  });
  // The questions: at most maxConcurrent at once; a streamed batch holds its place until its last row.
  // A request with a body takes its place only once its body has come (POST /v1/check: read whole;
  // a batch: its first bytes), so that a client that sends headers and then nothing holds none; it
  // is refused at once, before its body is read, when there is no room already.
  const busy = () => inputError('busy', { limit: String(limits.maxConcurrent) });
  app.use('/v1/*', async (c, next) => {
    if (inFlight.full) throw busy();
    let held = false;
    c.set('admit', () => {
      if (held) return;
      if (!inFlight.take()) throw busy();
      held = true;
    });
    c.set('release', () => {
      if (held) inFlight.release();
      held = false;
    });
    c.set('deferred', false);
    try {
      if (c.req.method !== 'POST') c.get('admit')();
      await next();
    } finally {
      if (!c.get('deferred')) c.get('release')();
    }
  });

  // No parameter, as /openapi.json: one given is refused as on every endpoint (a health checker asks the bare path).
  app.get('/healthz', (c) => {
    params(c, 'none');
    return jsonResponse({ status: 'ok', version, rules: catalog.rules.length });
  });
  app.get('/openapi.json', (c) => {
    params(c, 'none');
    openapi ??= `${JSON.stringify(openApiDocument(version, limits), null, 2)}\n`;
    return textResponse(openapi, JSON_TYPE);
  });

  app.get('/v1/check', (c) => {
    const { values } = params(c, 'check');
    const { lang: _, ...query } = values;
    return textResponse(checkJson(catalog, given(query) as CheckQuery, now(), written), JSON_TYPE);
  });
  app.post('/v1/check', async (c) => {
    const { lang } = params(c, 'checkPost');
    return answerPostedChecks(catalog, c.req.raw, { lang, limits, at: now, written, arrived: c.get('admit') });
  });

  app.post('/v1/batch', async (c) => {
    const { lang, values } = params(c, 'batch');
    const release = c.get('release');
    const response = await answerBatch(catalog, c.req.raw, { ...given(values), lang, now: now(), maxPlan: limits.maxPlan, bodyTimeout: limits.bodyTimeout, bodyDeadline: limits.bodyDeadline, onError, arrived: c.get('admit'), done: release });
    c.set('deferred', true);
    return response;
  });

  app.get('/v1/classify', (c) => textResponse(classifyJson(catalog, params(c, 'classify').values.input), JSON_TYPE));
  app.get('/v1/rules', (c) => {
    const { lang: _, ...filter } = params(c, 'rules').values;
    return textResponse(rulesJson(catalog, given(filter)), JSON_TYPE);
  });
  app.get('/v1/coverage', (c) => textResponse(coverageJson(catalog, params(c, 'coverage').values.platform), JSON_TYPE));
  app.get('/v1/matrix', (c) => {
    const { lang, values } = params(c, 'matrix');
    const svg = wantsSvg(c, values.format);
    return textResponse(matrixOut(matrixAt(catalog, values, now()), svg ? { lang } : undefined), svg ? SVG_TYPE : JSON_TYPE);
  });
  app.get('/v1/timeline', (c) => {
    const { lang, values } = params(c, 'timeline');
    const { lang: _, format, ...text } = values;
    const svg = wantsSvg(c, format);
    return textResponse(timelineOut(catalog, given(text), now(), svg ? { lang } : undefined), svg ? SVG_TYPE : JSON_TYPE);
  });

  // The page: only the files read at start-up, by name.
  app.get('*', async (c) => {
    if (!site) {
      if (c.req.path === '/') throw inputError('site-not-built', {});
      return c.notFound();
    }
    const file = siteFileFor(site, c.req.path);
    if (!file) return c.notFound();
    // Kept by a browser but asked again each time (no-cache): its ETag, the hash of its bytes, lets the
    // answer be 304 with no body while the file is the same (RFC 9110 section 13.1.2).
    const etag = await etagOf(file);
    const headers = { 'Content-Type': file.type, 'Content-Security-Policy': SITE_CSP, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache', ETag: etag };
    if (noneMatch(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(file.body as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Length': String(file.body.byteLength) } });
  });

  return app;
}
