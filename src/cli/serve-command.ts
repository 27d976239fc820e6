// linkcheck serve: the HTTP service on Node. This side reads the options, the
// rules and the page's files once, and words what happens; serve-listen.ts (loaded
// only now) serves the web-standard handler (src/serve/) on a socket and stops it
// gracefully on SIGTERM or SIGINT (no new connections, requests in flight finish
// within --stop-timeout, exit 0).
import { join, resolve } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { inputError } from '../errors/errors.js';
import { messageText } from '../i18n/error-words.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import { packageRoot } from '../load/builtin-files.js';
import { shownInput } from '../link/named-input.js';
import { loadCatalog } from '../load/load-catalog.js';
import { safe } from '../render/safe.js';
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
  bodyTimeout?: string;
  bodyDeadline?: string;
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

/**
 * --cors a --cors b,c: each origin as browsers send it (https://example.com, no path; a page's
 * address is taken for its origin), or * for every origin. What names no http(s) origin is
 * refused: kept, it would match no request, and the option would do nothing unseen.
 */
function origins(given: readonly string[]): string[] {
  const entries = given.flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (given.length > 0 && entries.length === 0) throw inputError('bad-origin', { value: shownInput(given.join(',')) });
  return entries.map((entry) => {
    if (entry === '*') return entry;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') throw inputError('bad-origin', { value: shownInput(entry) });
    return url.origin;
  });
}

export async function runServe(context: CliContext, options: ServeOptions): Promise<number> {
  // Every option is read before anything is loaded or listened on.
  const port = whole('--port', options.port, 8080, 0, 65535);
  const bodyTimeout = whole('--body-timeout', options.bodyTimeout, DEFAULT_LIMITS.bodyTimeout, 1, 3600);
  const limits: Limits = {
    maxBody: whole('--max-body', options.maxBody, DEFAULT_LIMITS.maxBody, 1, 2 ** 31),
    maxPlan: whole('--max-plan', options.maxPlan, DEFAULT_LIMITS.maxPlan, 1, 2 ** 40),
    maxQueries: whole('--max-queries', options.maxQueries, DEFAULT_LIMITS.maxQueries, 1, 1_000_000),
    maxConcurrent: whole('--max-concurrent', options.maxConcurrent, DEFAULT_LIMITS.maxConcurrent, 1, 100_000),
    bodyTimeout,
    // The whole body's time is no shorter than one pause's: a longer --body-timeout lengthens the default.
    bodyDeadline: whole('--body-deadline', options.bodyDeadline, Math.max(DEFAULT_LIMITS.bodyDeadline, bodyTimeout), bodyTimeout, 86_400),
  };
  const headersTimeout = whole('--headers-timeout', options.headersTimeout, DEFAULT_TIMEOUTS.headers, 1, 3600);
  const requestTimeout = whole('--request-timeout', options.requestTimeout, DEFAULT_TIMEOUTS.request, headersTimeout, 86_400);
  const keepAliveTimeout = whole('--keep-alive-timeout', options.keepAliveTimeout, DEFAULT_TIMEOUTS.keepAlive, 1, 3600);
  const stopTimeout = whole('--stop-timeout', options.stopTimeout, DEFAULT_TIMEOUTS.stop, 0, 3600);
  const cors = origins(options.cors ?? []);
  // An empty host would have Node listen on every interface: refused, as a variable left unset gives it.
  const host = options.host === undefined ? '127.0.0.1' : options.host.trim();
  if (host === '') throw inputError('bad-host', { value: shownInput(options.host ?? '') });
  const words = wordsFor(options.lang);
  const say = (text: string) => context.stderr(`linkcheck: ${text}\n`);

  // Every rule read now: the service answers from this record however long it runs.
  const catalog = await loadCatalog({ ...loadOptions(context, options), whole: true });
  const site = readSiteFiles(options.site !== undefined ? resolve(context.cwd ?? process.cwd(), options.site) : join(context.root ?? packageRoot(), 'site'));
  if (options.site !== undefined && !site) throw inputError('site-not-built', {});

  // Hono, its Node adapter and the handler load only now.
  const { listenAndServe } = await import('./serve-listen.js');
  const outcome = await listenAndServe({
    catalog,
    site,
    limits,
    cors,
    version: packageJson.version,
    host,
    port,
    timeouts: { headers: headersTimeout, request: requestTimeout, keepAlive: keepAliveTimeout, stop: stopTimeout },
    events: {
      listening: (url) => {
        say(words.say('serve.listening', { url }));
        if (!site) say(words.say('serve.noSite', { url }));
      },
      stopping: (count) => say(count === 1 ? words.say('serve.stoppingOne') : words.say('serve.stopping', { count })),
      stopped: () => say(words.say('serve.stopped')),
      // A bug: the client is told only "internal error"; the stack goes to stderr, escaped like any output.
      bug: (error) => say(`${messageText('internal-error', {}, options.lang)}\n${String((error as Error)?.stack ?? error).split('\n').map((line) => safe(line)).join('\n')}`),
    },
  });
  if (!outcome.listened) {
    const where = { host, port: String(port) };
    throw outcome.code === 'EADDRINUSE' ? inputError('port-in-use', where) : inputError('cannot-listen', { ...where, reason: outcome.code });
  }
  return 0;
}
