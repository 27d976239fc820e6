// The service's handler for the tests: the built-in rules, a fixed clock, and a
// request through app.fetch, as any web-standard host calls it.
import { createService, type ServiceOptions } from '../../src/serve/app.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { NOW } from '../cli/run-main.js';

export { NOW };

export async function service(options: ServiceOptions = {}) {
  return createService(await builtinCatalog(), { now: () => NOW, version: '0.1.0', ...options });
}

export interface Reply {
  status: number;
  type: string | null;
  headers: Headers;
  text: string;
  json: unknown;
}

/** The response to a request of this path (and init), its body read whole. */
export async function ask(app: Awaited<ReturnType<typeof service>>, path: string, init?: RequestInit): Promise<Reply> {
  const response = await app.fetch(new Request(`http://linkcheck.test${path}`, init));
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text, json };
}
