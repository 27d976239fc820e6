// The built page (site/) served by `linkcheck serve` in Chromium: under the service's
// Content-Security-Policy it answers the headline check from its address, with no error
// and nothing blocked; its assets come with their types and nosniff.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ROOT } from '../helpers/catalog.js';
import { newPage } from '../web/site.js';

let stop: (() => Promise<number | null>) | undefined;
let url = '';
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'site', 'index.html'))) throw new Error('site/ is missing: run npm run build (or npm run build:site) first');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'linkcheck.js'), 'serve', '--port', '0'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((settle) => child.once('exit', (code) => settle(code)));
  stop = async () => {
    child.kill('SIGTERM');
    return exited;
  };
  let stderr = '';
  url = await new Promise<string>((settle, fail) => {
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(stderr);
      if (found) settle(found[1]!);
    });
    void exited.then((code) => fail(new Error(`exited ${code}: ${stderr}`)));
  });
});
afterAll(async () => {
  expect(await stop?.()).toBe(0);
});

describe('the page, served', { timeout: 60_000 }, () => {
  it('answers the headline check from its address under the service\'s CSP', async () => {
    const browser = await launchChromium();
    try {
      const { page, problems } = await newPage(browser, { locale: 'en-US' });
      const response = await page.goto(`${url}?source=taobao&surface=live-cart&at=2022-06-01`);
      expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
      expect(await page.locator('#answer .verdict').getAttribute('data-verdict')).toBe('denied');
      expect((await page.locator('#answer .verdict strong').first().textContent()) ?? '').toBe('denied');
      // The pictures are data: images, which the policy allows.
      await page.locator('img[data-picture]').first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('serves its assets with their types and nosniff, and nothing else by name', async () => {
    for (const [path, type] of [['page.js', 'text/javascript; charset=utf-8'], ['page.css', 'text/css; charset=utf-8']]) {
      const response = await fetch(`${url}${path}`);
      expect([response.status, response.headers.get('content-type'), response.headers.get('x-content-type-options')]).toEqual([200, type, 'nosniff']);
    }
    expect((await fetch(`${url}site/index.html`)).status).toBe(404);
  });
});
