// A plan dropped on the page (#19), in Chromium: every row answered as `linkcheck batch`
// answers it (the counts of its --json, the lines of its --ndjson), filters, downloads,
// a hostile cell shown as text, and the errors the batch gives, in its words.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { runMain } from '../cli/run-main.js';
import { ROOT } from '../helpers/catalog.js';
import { utf16 } from '../helpers/utf16.js';
import { FILE_URL, newPage, openSite, type Site } from './site.js';

const HOSTILE = '<img src=x onerror=window.__pwned=1>';
const work = mkdtempSync(join(tmpdir(), 'linkcheck-page-plan-'));

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

interface BatchJson {
  rows: number;
  counts: Record<'allowed' | 'denied' | 'rolling-out' | 'unknown' | 'error' | 'stale', number>;
}

async function batch(file: string) {
  const json = JSON.parse((await runMain(['batch', file, '--json'])).stdout) as BatchJson;
  const ndjson = (await runMain(['batch', file, '--ndjson'])).stdout;
  return { json, ndjson };
}

/** The filter buttons' counts, by filter. */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('#plan-results button[data-filter]')].map((button) => [button.dataset.filter!, Number(button.dataset.count)])));
}

async function downloaded(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe.concurrent('a plan on the page', { timeout: 90_000 }, () => {
  it('answers a realistic plan of 1,000 rows as linkcheck batch does: counts, filters, NDJSON and CSV downloads', async () => {
    const file = join(work, 'plan.csv');
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'realistic-plan.mjs'), '1000', file, '7'], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const expected = await batch(file);
    expect(expected.json.rows).toBe(1000);
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    await expect(page.locator('#plan .privacy').textContent()).resolves.toBe('The file never leaves this machine: it is read and answered in this page, and nothing is uploaded.');
    // The page draws its progress between steps of 250 rows: the status line says each.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.getElementById('plan-status')!;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#plan-file').setInputFiles(file);
    await page.getByText('1000 rows of plan.csv answered.').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['Reading plan.csv…', '250 rows answered…', '500 rows answered…', '750 rows answered…', '1000 rows answered…', '1000 rows of plan.csv answered.']);
    const { counts: want } = expected.json;
    expect(await counts(page)).toEqual({ all: 1000, allowed: want.allowed, denied: want.denied, 'rolling-out': want['rolling-out'], unknown: want.unknown, error: want.error, stale: want.stale });
    expect(await page.locator('#plan-results tbody tr').count()).toBe(300);
    expect(await page.locator('#plan-capped').textContent()).toBe('Showing the first 300 of 1000 rows shown by the filter; the counts and the downloads hold every row.');
    await page.locator('#plan-results button[data-filter=denied]').click();
    expect(await page.locator('#plan-results button[data-filter=denied]').getAttribute('aria-pressed')).toBe('true');
    const outcomes = await page.locator('#plan-results tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-outcome')));
    expect(outcomes).toEqual(Array(Math.min(300, want.denied)).fill('denied'));
    expect(await downloaded(page, '#download-ndjson')).toBe(expected.ndjson);
    const csv = (await downloaded(page, '#download-csv')).split('\r\n');
    expect(csv[0]).toBe(`line,outcome,rule,stale,error,${readFileSync(file, 'utf8').split('\n')[0]}`);
    expect(csv.length).toBe(1002);
    const lines = expected.ndjson.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; verdict?: string; error?: string; rule?: { id: string } | null });
    expect(csv.slice(1, 1001).map((row) => row.split(',').slice(0, 2).join(','))).toEqual(lines.map((line) => `${line.line},${line.error !== undefined ? 'error' : line.verdict}`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a hostile cell of a dropped plan as text, and runs nothing', async () => {
    const plan = `source,surface,date\n"${HOSTILE}",live-cart,2022-06-01\ntaobao,live-cart,2022-06-01\n=1+2,live-cart,2022-06-01\n`;
    writeFileSync(join(work, 'hostile.csv'), plan);
    const expected = await batch(join(work, 'hostile.csv'));
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'hostile.csv', { type: 'text/csv' }));
      return data;
    }, plan);
    await page.locator('#plan-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('3 rows of hostile.csv answered.').waitFor();
    expect(await counts(page)).toMatchObject({ all: 3, denied: 1, error: 2 });
    expect(expected.json.counts).toMatchObject({ denied: 1, error: 2 });
    const cells = await page.locator('#plan-results tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));
    expect(cells[0]!.slice(0, 3)).toEqual(['2', `${HOSTILE} · live-cart · 2022-06-01`, 'error']);
    expect(cells[0]![3]).toContain(HOSTILE);
    expect(cells[1]).toEqual(['3', 'taobao · live-cart · 2022-06-01', '✘ denied', 'kuaishou-2022-03-taobao-cut']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // A cell a spreadsheet would take for a formula is written as text.
    const csv = (await downloaded(page, '#download-csv')).split('\r\n');
    expect(csv[3]).toMatch(/^4,error,,,.*,'=1\+2,live-cart,2022-06-01$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a JSON Lines plan, in Chinese, in the page opened from disk', async () => {
    const file = join(work, 'plan.jsonl');
    writeFileSync(file, '{"source":"jd","surface":"live-cart","date":"2022-06-01"}\n{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\n');
    const expected = await batch(file);
    const { page, problems } = await newPage(site.browser, { locale: 'zh-CN' });
    await page.goto(FILE_URL);
    await page.locator('#plan-file').setInputFiles(file);
    await page.getByText('已回答 plan.jsonl 的 2 行。').waitFor();
    expect(await counts(page)).toMatchObject({ all: 2, allowed: expected.json.counts.allowed, denied: expected.json.counts.denied });
    expect(await page.locator('#plan-results tbody td:nth-child(3)').allTextContents()).toEqual(['✘ 禁止', '✔ 允许']);
    expect(await downloaded(page, '#download-ndjson')).toBe(expected.ndjson);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers an XLSX workbook', async () => {
    const file = join(work, 'plan.xlsx');
    const cell = (value: string) => ({ value });
    await writeXlsxFile([['source', 'surface', 'date'].map(cell), ['taobao', 'live-cart', '2022-06-01'].map(cell), ['jd', 'short-video-cart', '2022-06-01'].map(cell), [HOSTILE, 'live-cart', '2022-06-01'].map(cell)]).toFile(file);
    const expected = await batch(file);
    expect(expected.json.counts).toMatchObject({ allowed: 1, denied: 1, error: 1 });
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    await page.locator('#plan-file').setInputFiles(file);
    await page.getByText('3 rows of plan.xlsx answered.').waitFor();
    expect(await counts(page)).toMatchObject({ all: 3, allowed: 1, denied: 1, error: 1 });
    expect(await downloaded(page, '#download-ndjson')).toBe(expected.ndjson);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a spreadsheet\'s "Unicode Text" export (UTF-16, tab-separated) as linkcheck batch does', async () => {
    const file = join(work, 'plan.txt');
    const text = '来源\t位置\t日期\t备注\r\n淘宝\t直播间购物车\t2022/6/1\t\r\n京东\tshort-video-cart\t2022-06-01\t"a\tb, ""c"""\r\n';
    writeFileSync(file, utf16(text, 'le'));
    const expected = await batch(file);
    expect(expected.json.counts).toMatchObject({ allowed: 1, denied: 1 });
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    await page.locator('#plan-file').setInputFiles(file);
    await page.getByText('2 rows of plan.txt answered.').waitFor();
    expect(await downloaded(page, '#download-ndjson')).toBe(expected.ndjson);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says why a plan cannot be read, in the words of linkcheck batch', async () => {
    const file = join(work, 'columns.csv');
    writeFileSync(file, 'link,where\ntaobao,live-cart\n');
    const cli = await runMain(['batch', file]);
    const { page, problems } = await newPage(site.browser);
    await page.goto(site.url);
    await page.locator('#plan-file').setInputFiles(file);
    const line = cli.stderr.replace(/^linkcheck: /, '').trimEnd().replaceAll(file, 'columns.csv');
    await expect(page.locator('#plan-status .error').textContent()).resolves.toBe(`Cannot read the plan: ${line}`);
    await page.locator('#plan-file').setInputFiles({ name: 'plan.dat', mimeType: 'application/octet-stream', buffer: Buffer.from('source,surface\n') });
    await expect(page.locator('#plan-status .error').textContent()).resolves.toBe('plan.dat is not a CSV, XLSX or JSON Lines file (.csv, .tsv, .txt, .xlsx, .jsonl or .ndjson).');
    // An extension every object inherits the name of is no format either (src/batch/read/records.ts formatOfExtension).
    await page.locator('#plan-file').setInputFiles({ name: 'plan.constructor', mimeType: 'application/octet-stream', buffer: Buffer.from('source,surface,date\n') });
    await expect(page.locator('#plan-status .error').textContent()).resolves.toBe('plan.constructor is not a CSV, XLSX or JSON Lines file (.csv, .tsv, .txt, .xlsx, .jsonl or .ndjson).');
    expect(problems).toEqual([]);
    await page.close();
  });
});
