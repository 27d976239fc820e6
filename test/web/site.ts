// The built page (site/) in a real browser: one Chromium per test file, shared by its cases,
// the site served by a static file server on 127.0.0.1 and opened from disk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';
import { ROOT } from '../helpers/catalog.js';

export const SITE = join(ROOT, 'site');
export const FILE_URL = pathToFileURL(join(SITE, 'index.html')).href;

export interface Site {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('site/ is missing: run npm run build (or npm run build:site) first');
  const server = await serveFolder(SITE);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return { browser, url: server.url, close: async () => Promise.all([browser.close(), server.close()]).then(() => undefined) };
}

const contexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

/**
 * A page with what went wrong in it collected: uncaught errors, console errors (a blocked
 * script or image among them). Pages of the same options share a browser context: a new
 * context costs more than the page.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const settings = { locale: 'en-US', ...options };
  const key = JSON.stringify(settings);
  let kept = contexts.get(browser);
  if (!kept) contexts.set(browser, (kept = new Map()));
  let context = kept.get(key);
  if (!context) kept.set(key, (context = browser.newContext(settings)));
  const page = await (await context).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}
