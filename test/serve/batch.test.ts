// POST /v1/batch through app.fetch: a plan's rows streamed back as the lines
// `linkcheck batch --ndjson` prints, rows in = rows out, by the body's Content-Type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { ask, NOW, service } from './service.js';
import { utf16 } from '../helpers/utf16.js';

const app = await service();
const csv = 'source,surface,date,note\ntaobao,live-cart,2022-06-01,the headline\njd,short-video-cart,2022-06-01,\nnosuch,live-cart,2022-06-01,a bad row\n';
const jsonl = '{"source":"taobao","surface":"live-cart","date":"2022-06-01"}\n{"source":"https://item.taobao.com.evil.cn/item.htm?id=1","surface":"live-cart","date":"2022-06-01"}\n';
const post = (body: string | Uint8Array<ArrayBuffer>, type: string, query = '') => ask(app, `/v1/batch${query}`, { method: 'POST', headers: { 'Content-Type': type }, body });
const printed = async (bytes: Uint8Array, ...argv: string[]) => (await cli(['batch', '-', '--ndjson', ...argv], {}, ROOT, bytes)).stdout;

describe('POST /v1/batch', () => {
  it('answers a CSV plan row by row, each line as `linkcheck batch --ndjson` prints it, but that an error names the service\'s endpoints', async () => {
    const reply = await post(csv, 'text/csv');
    expect([reply.status, reply.type]).toEqual([200, 'application/x-ndjson; charset=utf-8']);
    const cli = await printed(new TextEncoder().encode(csv));
    expect(cli).toContain('(\\"linkcheck rules list\\" shows aliases)');
    expect(reply.text).toBe(cli.replace('(\\"linkcheck rules list\\" shows aliases)', '(GET /v1/rules shows aliases)'));
    const rows = reply.text.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; verdict?: string; error?: string });
    expect(rows.map((row) => [row.line, row.verdict ?? row.error])).toEqual([
      [2, 'denied'],
      [3, 'allowed'],
      [4, 'unknown source "nosuch"; valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop (GET /v1/rules shows aliases)'],
    ]);
  });

  it.each(['application/x-ndjson', 'application/jsonl'])('reads JSON Lines sent as %s', async (type) => {
    const reply = await post(jsonl, type);
    expect(reply.text).toBe(await printed(new TextEncoder().encode(jsonl), '--format', 'jsonl'));
    expect(reply.text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { verdict: string }).verdict)).toEqual(['denied', 'unknown']);
  });

  it('refuses a workbook sent as text/csv, saying how to send it', async () => {
    const reply = await post(new Uint8Array(readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'plan.xlsx'))), 'text/csv');
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'plan-not-decodable', message: 'request body is a workbook (a ZIP archive, as .xlsx files are), not text: read it as one with Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }]);
  });

  it('reads a tab-separated plan sent as text/tab-separated-values, and a UTF-16 "Unicode Text" export sent as text/csv, as the CSV with commas', async () => {
    const expected = (await post(csv, 'text/csv')).text;
    const tabs = csv.replaceAll(',', '\t');
    expect((await post(tabs, 'text/tab-separated-values')).text).toBe(expected);
    const unicodeText = utf16(tabs.replaceAll('\n', '\r\n'), 'le');
    expect((await post(unicodeText, 'text/csv')).text).toBe(expected);
    // A charset of UTF-16 reads a body without a mark.
    expect((await post(unicodeText.slice(2), 'text/csv; charset=utf-16')).text).toBe(expected);
  });

  it('reads an .xlsx workbook', async () => {
    const workbook = new Uint8Array(readFileSync(join(ROOT, 'test/cli/fixtures/plan.xlsx')));
    const reply = await post(workbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(await printed(workbook, '--format', 'xlsx'));
    expect(reply.text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { source: string; verdict: string })).map((row) => [row.source, row.verdict])).toEqual([['jd', 'allowed']]);
  });

  it('takes the batch\'s options as parameters', async () => {
    const plan = 'source,surface,date\ntaobao,live-cart,2022-06-01\n';
    const reply = await post(plan, 'text/csv', '?platform=douyin&asKnownOn=2020-01-01');
    expect(reply.text).toBe(await printed(new TextEncoder().encode(plan), '-p', 'douyin', '--as-known-on', '2020-01-01'));
    const renamed = await post('商品链接,投放位置,开播日期\ntaobao,live-cart,2022-06-01\n', 'text/csv', `?columns=${encodeURIComponent('source=商品链接,surface=投放位置,date=开播日期')}`);
    expect((JSON.parse(renamed.text) as { verdict: string }).verdict).toBe('denied');
    // A platform no platform has the name of is refused before any row, not made every row's error.
    const unknown = await post(plan, 'text/csv', '?platform=weibo');
    expect([unknown.status, unknown.json]).toEqual([400, { error: { code: 'unknown-platform', message: 'unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat (GET /v1/rules shows aliases)' } }]);
  });

  it('tells a JSON Lines plan sent as CSV to be sent with the type of JSON Lines, not with a parameter it does not take', async () => {
    const jsonLine = '{"source":"jd","surface":"live-cart","date":"2022-06-01"}\n';
    for (const type of ['text/csv', 'text/tab-separated-values']) {
      const reply = await post(jsonLine, type);
      expect([reply.status, reply.json], type).toEqual([400, { error: { code: 'bad-header', message: "the plan's first line is a JSON object, and the plan is read as CSV, as its type says: send it with Content-Type: application/x-ndjson to read it as JSON Lines" } }]);
    }
    expect((await post(jsonLine, 'text/csv', '?lang=zh')).json).toEqual({ error: { code: 'bad-header', message: '计划的第一行是 JSON 对象，而计划按其类型是按 CSV 读取的：请用 Content-Type: application/x-ndjson 发送，按 JSON Lines 读取' } });
    expect((JSON.parse((await post(jsonLine, 'application/x-ndjson')).text) as { verdict: string }).verdict).toBe('denied');
  });

  it('tells a CSV plan sent as JSON Lines to be sent with the type of CSV, once, not an error row a line', async () => {
    const plan = 'source,surface,date\njd,live-cart,2022-06-01\n';
    const reply = await post(plan, 'application/x-ndjson');
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'bad-header', message: "the plan's first line is no JSON object but cells parted as a CSV header's are (\"source,surface,date\"), and the plan is read as JSON Lines, as its type says: send it with Content-Type: text/csv to read it as CSV" } }]);
    expect((JSON.parse((await post(plan, 'text/csv')).text) as { verdict: string }).verdict).toBe('denied');
  });

  it('refuses a UTF-8 plan sent as UTF-16, naming the encoding to read it in, not its columns', async () => {
    const plan = 'source,surface,date\ntaobao,live-cart,2022-06-01\n';
    const told = { error: { code: 'plan-not-decodable', message: 'request body is not UTF-16LE: its first bytes are UTF-8 (no NUL beside any separator or line break, as UTF-16 has): read it as UTF-8 with encoding=utf-8' } };
    for (const [type, query] of [['text/csv; charset=utf-16', ''], ['text/csv', '?encoding=utf-16le'], ['application/x-ndjson; charset=utf-16', '']] as const) {
      const reply = await post(type.startsWith('application') ? '{"source":"taobao","surface":"live-cart","date":"2022-06-01"}\n' : plan, type, query);
      expect([reply.status, reply.json], `${type}${query}`).toEqual([400, told]);
    }
    expect((await post(plan, 'text/csv; charset=utf-16', '?encoding=utf-8')).status).toBe(200);
  });

  it('reads the plan\'s encoding from the charset of its type, or the encoding parameter', async () => {
    const gbk = new Uint8Array(readFileSync(join(ROOT, 'test/cli/fixtures/plan-gbk.csv')));
    const expected = await printed(gbk, '--encoding', 'gb18030');
    expect((await post(gbk, 'text/csv; charset=gb18030')).text).toBe(expected);
    expect((await post(gbk, 'text/csv', '?encoding=gb18030')).text).toBe(expected);
  });

  it.each([
    ['text/csv; charset=latin1', 'text/csv; charset=latin1', 'text/csv'],
    ['text/tab-separated-values;charset="ISO-8859-1"', 'text/tab-separated-values; charset=ISO-8859-1', 'text/tab-separated-values'],
    ['application/x-ndjson; charset=latin1', 'application/x-ndjson; charset=latin1', 'application/x-ndjson'],
    ['Application/JSONL; Charset=windows-1252', 'application/jsonl; charset=windows-1252', 'application/jsonl'],
    ['text/csv; charset=gb18030; charset=utf-8', 'text/csv; charset=gb18030; charset=utf-8', 'text/csv'],
  ])('refuses %s with 415 before its body, as /v1/check refuses JSON in a charset it does not read, naming the charset and those read', async (header, shown, type) => {
    // A body that never comes: the type alone is refused.
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const reply = await ask(app, '/v1/batch', { method: 'POST', headers: { 'Content-Type': header }, body: never, duplex: 'half' } as RequestInit);
    expect([reply.status, reply.json]).toEqual([415, { error: { code: 'unsupported-media-type', message: `Content-Type "${shown}" is not accepted here; send ${type} (utf-8, gb18030, utf-16, utf-16le, utf-16be)` } }]);
    const check = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=latin1' }, body: '{}' });
    expect([check.status, (check.json as { error: { code: string } }).error.code]).toEqual([reply.status, 'unsupported-media-type']);
  });

  it('takes the charsets it reads written any way, and a charset it does not read when the encoding parameter says how to read the plan', async () => {
    const plan = 'source,surface,date\njd,short-video-cart,2022-06-01\n';
    const expected = (await post(plan, 'text/csv')).text;
    for (const type of ['text/csv; charset=UTF-8', 'text/csv; charset="utf8"', 'text/csv; charset=GBK', 'text/csv; charset=gb2312', 'application/x-ndjson; charset=utf-8']) {
      const reply = await post(type.startsWith('text/csv') ? plan : '{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\n', type);
      expect([type, reply.status, (JSON.parse(reply.text) as { verdict: string }).verdict]).toEqual([type, 200, 'allowed']);
    }
    expect((await post(plan, 'text/csv; charset=latin1', '?encoding=utf-8')).text).toBe(expected);
    const zh = await post(plan, 'text/csv; charset=latin1', '?lang=zh');
    expect([zh.status, zh.json]).toEqual([415, { error: { code: 'unsupported-media-type', message: '这里不接受 Content-Type "text/csv; charset=latin1"；请发送 text/csv (utf-8, gb18030, utf-16, utf-16le, utf-16be)' } }]);
  });

  it('refuses a plan whose header cannot be read, before any row, with 400', async () => {
    const reply = await post('link,where\ntaobao,live-cart\n', 'text/csv');
    expect(reply.status).toBe(400);
    expect((reply.json as { error: { code: string } }).error.code).toBe('bad-header');
    const empty = await post('', 'text/csv');
    expect([empty.status, (empty.json as { error: { code: string; message: string } }).error.message]).toEqual([400, 'request body is empty: a header row (source,surface,date) is needed, its rows below it']);
  });

  it('refuses a setting the plan does not read: a sheet of a CSV plan, an encoding of a workbook', async () => {
    const sheet = await post(csv, 'text/csv', '?sheet=六月');
    expect([sheet.status, sheet.json]).toEqual([400, { error: { code: 'sheet-not-workbook', message: 'sheet names a sheet of an .xlsx workbook, and this plan is read as CSV: leave it out' } }]);
    const book = await post(readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'plan.xlsx')) as unknown as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '?encoding=gbk');
    expect([book.status, book.json]).toEqual([400, { error: { code: 'encoding-of-workbook', message: 'encoding is for a CSV or JSON Lines plan; the text of an .xlsx workbook is always UTF-8: leave it out' } }]);
    // A charset on a workbook's type names nothing of its text: the workbook is read.
    const typed = await post(readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'plan.xlsx')) as unknown as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; charset=gbk');
    expect(typed.status).toBe(200);
  });

  it('refuses other types with 415, naming those it takes', async () => {
    const reply = await post(csv, 'application/json');
    expect([reply.status, reply.json]).toEqual([415, { error: { code: 'unsupported-media-type', message: 'Content-Type "application/json" is not accepted here; send text/csv, text/tab-separated-values, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/x-ndjson, application/jsonl' } }]);
    expect((await post(csv, 'text/plain')).status).toBe(415);
    // A type named as a name every object inherits is no plan's type either.
    for (const type of ['constructor', '__proto__', 'toString']) expect([type, (await post(csv, type)).status]).toEqual([type, 415]);
  });

  it('refuses a body sent compressed with 415 and Accept-Encoding: identity, where its bytes were read as the plan', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const [path, type, body] of [
      ['/v1/batch', 'text/csv', csv],
      ['/v1/check', 'application/json', '{"source":"taobao","surface":"live-cart","at":"2022-06-01"}'],
    ] as const) {
      const reply = await ask(app, path, { method: 'POST', headers: { 'Content-Type': type, 'Content-Encoding': 'gzip' }, body: new Uint8Array(gzipSync(body)) });
      expect([path, reply.status, reply.headers.get('accept-encoding'), reply.json]).toEqual([
        path,
        415,
        'identity',
        { error: { code: 'unsupported-content-encoding', message: 'Content-Encoding "gzip" is not accepted: send the body uncompressed' } },
      ]);
    }
    const zh = await ask(app, '/v1/batch?lang=zh', { method: 'POST', headers: { 'Content-Type': 'text/csv', 'Content-Encoding': 'BR' }, body: csv });
    expect(zh.json).toEqual({ error: { code: 'unsupported-content-encoding', message: '不接受 Content-Encoding "br"：请发送未压缩的请求体' } });
    // identity is no compression.
    expect((await ask(app, '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv', 'Content-Encoding': 'identity' }, body: csv })).status).toBe(200);
  });

  it('refuses a plan past its limit: 413 by its length, an error line once rows have gone out', async () => {
    const small = await service({ limits: { maxPlan: 200 } });
    const big = `source,surface,date\n${'jd,live-cart,2022-06-01\n'.repeat(40)}`;
    const declared = await ask(small, '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: big });
    expect([declared.status, declared.json]).toEqual([413, { error: { code: 'body-too-large', message: 'the request body is larger than 200 bytes; send a smaller one (the limit is set when the service starts)' } }]);
    // Chunked, without a length: the rows read before the limit, then the error.
    const bytes = new TextEncoder().encode(big);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64) controller.enqueue(bytes.subarray(at, at + 64));
        controller.close();
      },
    });
    const streamed = await ask(small, '/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body, duplex: 'half' } as RequestInit);
    const lines = streamed.text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(streamed.status).toBe(200);
    expect(lines.at(-1)).toEqual({ error: { code: 'body-too-large', message: 'the request body is larger than 200 bytes; send a smaller one (the limit is set when the service starts)' } });
    expect(lines.slice(0, -1).every((line) => line.verdict === 'denied')).toBe(true);
    expect(lines.length - 1).toBeLessThan(40);
  });
});

describe('the concurrency limit', () => {
  it('answers 503 with Retry-After past it, and takes requests again once one ends', async () => {
    const busy = await service({ limits: { maxConcurrent: 1 } });
    let finish!: () => void;
    const held = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('source,surface,date\ntaobao,live-cart,2022-06-01\n'));
        finish = () => controller.close();
      },
    });
    const first = busy.fetch(new Request('http://linkcheck.test/v1/batch', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: held, duplex: 'half' } as RequestInit));
    const response = await first;
    const refused = await ask(busy, '/v1/check?source=jd&surface=live-cart');
    expect([refused.status, refused.headers.get('retry-after'), refused.json]).toEqual([503, '1', { error: { code: 'busy', message: 'busy: 1 requests are being answered; try again shortly' } }]);
    // /healthz is not counted: a busy service is up.
    expect((await ask(busy, '/healthz')).status).toBe(200);
    finish();
    expect((await response.text()).split('\n').length).toBe(2);
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(200);
    expect(NOW).toBe(Date.UTC(2026, 0, 1));
  });

  it('gives no place to a request whose body has not come, and cuts its body off at the body time-out', async () => {
    const busy = await service({ limits: { maxConcurrent: 1, bodyTimeout: 1 } });
    const never = () => new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const post = (path: string, type: string) => busy.fetch(new Request(`http://linkcheck.test${path}`, { method: 'POST', headers: { 'Content-Type': type }, body: never(), duplex: 'half' } as RequestInit));
    const held = [post('/v1/check', 'application/json'), post('/v1/check', 'application/json'), post('/v1/batch', 'text/csv')];
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(200);
    for (const response of await Promise.all(held)) {
      expect([response.status, response.headers.get('connection'), await response.json()]).toEqual([
        408,
        'close',
        { error: { code: 'body-timeout', message: 'nothing of the request body arrived for 1 second; send the body without pauses' } },
      ]);
    }
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(200);
  });

  // A body that never ends, sent a byte every 20 ms after `opening`: far within the body time-out
  // (400 ms), so that only the deadline (800 ms of waiting in all) can cut it off.
  const trickled = (opening: string, byte: string) => {
    const bytes = new TextEncoder();
    let opened = false;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (!opened) {
          opened = true;
          if (opening !== '') return controller.enqueue(bytes.encode(opening));
        }
        await new Promise((settle) => setTimeout(settle, 20));
        controller.enqueue(bytes.encode(byte));
      },
    });
  };
  const slow = { maxConcurrent: 1, bodyTimeout: 0.4, bodyDeadline: 0.8 };
  const late = { error: { code: 'body-deadline', message: 'the request body did not arrive whole within 0.8 seconds; send it faster, or a smaller one (the limit is set when the service starts)' } };
  const sent = (app: Awaited<ReturnType<typeof service>>, path: string, type: string, body: ReadableStream<Uint8Array>) =>
    app.fetch(new Request(`http://linkcheck.test${path}`, { method: 'POST', headers: { 'Content-Type': type }, body, duplex: 'half' } as RequestInit));

  it.each([
    ['POST /v1/check', '/v1/check', 'application/json', '{"source": "', 'x'],
    ['POST /v1/batch, its header never ended', '/v1/batch', 'text/csv', '', 'a'],
  ])('cuts off %s sent a byte at a time at the body deadline with 408, and frees its place', async (_, path, type, opening, byte) => {
    const busy = await service({ limits: slow });
    const began = performance.now();
    const response = await sent(busy, path, type, trickled(opening, byte));
    expect(performance.now() - began).toBeGreaterThan(slow.bodyTimeout * 1000);
    expect([response.status, response.headers.get('connection'), await response.json()]).toEqual([408, 'close', late]);
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(200);
  });

  it('ends a batch whose plan trickles in after its first rows with the body deadline on its last line, holding its place until then', async () => {
    const busy = await service({ limits: slow });
    const response = await sent(busy, '/v1/batch', 'text/csv', trickled('source,surface,date\njd,short-video-cart,2022-06-01\n', 'j'));
    expect(response.status).toBe(200);
    // Its rows have begun: it holds the one place, as a batch under way does.
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(503);
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as { verdict?: string });
    expect([lines.length, lines[0]!.verdict, lines[1]]).toEqual([2, 'allowed', late]);
    expect((await ask(busy, '/v1/check?source=jd&surface=live-cart&at=2022-06-01')).status).toBe(200);
  });
});
