// The check of issue #19's "Done when": `chromium --headless --dump-dom "…/?source=taobao&surface=live-cart&at=2022-06-01"`
// shows the denied answer in words, from the static site/ served over HTTP and opened from disk.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, MISSING, serveFolder } from '../../scripts/chromium.mjs';
import { FILE_URL, SITE } from './site.js';

const HEADLINE = '?source=taobao&surface=live-cart&at=2022-06-01';

/** What chromium --headless --dump-dom prints for the address, with a new empty profile. */
function dumpDom(address: string): Promise<string> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
  const profile = mkdtempSync(join(tmpdir(), 'linkcheck-chromium-'));
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, ['--headless', ...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--dump-dom', address], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) resolve(out);
      else reject(new Error(`chromium --dump-dom exited with ${code}`));
    });
  });
}

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('site/ is missing: run npm run build (or npm run build:site) first');
  server = await serveFolder(SITE);
});
afterAll(async () => {
  await server?.close();
});

describe.concurrent('chromium --headless --dump-dom', { timeout: 60_000 }, () => {
  it.each([
    ['from a static file server', () => `${server.url}${HEADLINE}`, 'denied'],
    ['from disk (file://), in Chinese', () => `${FILE_URL}${HEADLINE}&lang=zh`, '禁止'],
  ])('%s: the denied answer in words', async (_name, address, word) => {
    const dom = await dumpDom(address());
    expect(dom).toContain(`<p class="verdict verdict-denied" data-verdict="denied"><span class="mark verdict-denied" aria-hidden="true" title="${word}">✘</span> <strong>${word}</strong></p>`);
    expect(dom).toContain('data-rule="kuaishou-2022-03-taobao-cut"');
  });

  // A misspelt name would have the form's first surface answered without a word: the page says what it did not read.
  it.each([
    ['in English', '', 'The address holds "surfce", which the page does not read: it reads source, surface, platform, at, asKnownOn, lang.', 'The address gives "source" more than once: the page reads the first.'],
    ['in Chinese', '&lang=zh', '地址中的 "surfce" 本页不读取：本页读取 source、surface、platform、at、asKnownOn、lang。', '地址中的 "source" 出现了不止一次：本页读取第一个。'],
  ])('names in the address it does not read, or reads once, are said %s', async (_name, lang, unread, repeated) => {
    const dom = await dumpDom(`${server.url}?source=taobao&source=jd&surfce=short-video-cart&at=2022-06-01${lang}`);
    expect(dom).toContain(`<p class="hint address-note" role="note">${unread}</p>`);
    expect(dom).toContain(`<p class="hint address-note" role="note">${repeated}</p>`);
  });

  // A script's empty variable (at=) would have the answer for now given without a word; the service refuses it.
  it.each([
    ['in English', '', 'The address gives "platform", "at" with no value: the page reads each as not given (platform: Kuaishou; at: now).'],
    ['in Chinese', '&lang=zh', '地址中的 "platform"、"at" 没有值：本页按未给出读取（platform: 快手；at: 现在）。'],
  ])('names given with no value are said %s', async (_name, lang, note) => {
    const dom = await dumpDom(`${server.url}?source=taobao&surface=live-cart&platform=&at=${lang}`);
    expect(dom).toContain(`<p class="hint address-note" role="note">${note}</p>`);
  });
});
