// Debian's Chromium driven by playwright-core, and a static file server for site/: shared by
// the page's browser tests (test/web/) and the screenshots (scripts/screenshots.mjs).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.LINKCHECK_CHROMIUM || '/usr/bin/chromium';

/** What this machine's Chromium needs: no sandbox as root, and no background connections to a closed network. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The one line said when Chromium is not installed. */
export const MISSING = `Chromium is missing (${CHROMIUM}): install Debian's chromium package (apt-get install chromium) to run the page's browser tests`;

/** A headless Chromium; throws MISSING when it is not installed. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
  // playwright-core makes a new empty profile folder for each launch.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

/** A static file server for a folder on 127.0.0.1, on a free port: { url, close }. */
export async function serveFolder(folder) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
