// The public API is small on purpose: what it exports, it can never change.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';

// The built bundle, as a user gets it; typed by its source.
const api = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');

describe('the package exports', () => {
  it('the three entry points and the two errors they throw, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['DataError', 'InputError', 'checkLink', 'checkPlan', 'createVerdictIndex']);
  });

  it.each([
    [{ source: 'taobao', surface: 'live-cart', date: '2022-06-01' }, 'denied'],
    [{ source: 'item.jd.com/1.html', surface: '短视频购物车', date: '2022-06-01' }, 'allowed'],
    [{ source: 'pinduoduo', surface: 'live-cart', date: '2020-11-01', platform: '抖音' }, 'denied'],
    [{ source: 'youzan', surface: 'live-cart', date: '2021-11-05' }, 'unknown'],
  ])('checkLink(%j): %s, and the verdict index agrees', async (input, verdict) => {
    const answer = await api.checkLink(input);
    expect(answer.verdict).toBe(verdict);
    const index = await api.createVerdictIndex();
    expect(index.verdict(index.resolve(input))).toBe(verdict);
  });

  it('a query without a date asks about now', async () => {
    const answer = await api.checkLink({ source: 'taobao', surface: 'live-cart' }, { now: new Date('2022-06-01T12:00:00+08:00') });
    expect(answer.at).toBe('2022-06-01T12:00:00+08:00');
  });

  it.each([
    [{ source: 'taobao', surface: 'story', date: '2022-06-01' }, /unknown surface "story" on kuaishou/],
    [{ source: 'taobao', surface: 'live-cart', date: '2022-02-30' }, /no such date or time "2022-02-30"/],
    [{ source: 'javascript:alert(1)', surface: 'live-cart' }, /not a web link/],
    [{ source: 42, surface: 'live-cart' }, /^query.source takes a string, not 42$/],
  ])('checkLink(%j) throws an InputError', async (input, message) => {
    const failure = api.checkLink(input as never);
    await expect(failure).rejects.toBeInstanceOf(api.InputError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('checkPlan', () => {
  /** Every line and the summary. */
  async function run(plan: Parameters<typeof api.checkPlan>[0], options?: Parameters<typeof api.checkPlan>[1]) {
    const lines: string[] = [];
    const rows = api.checkPlan(plan, options);
    for (let next = await rows.next(); ; next = await rows.next()) {
      if (next.done) return { lines, summary: next.value };
      lines.push(next.value);
    }
  }

  it('answers a row of a 淘口令 for the Taobao Alliance, as a check does', async () => {
    const bytes = new TextEncoder().encode('source,surface,date\n"8￥AEpabxiRg0u￥/ 天猫同款连衣裙",live-cart,2022-11-15\n复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈,live-cart,2022-06-01\n');
    const { lines } = await run({ bytes, format: 'csv', name: 'plan.csv' });
    const rows = lines.map((line) => JSON.parse(line) as { verdict: string; reason: string; source: string | null; group: { id: string } | null; link: { group: string } });
    expect(rows.map((row) => [row.verdict, row.reason, row.source, row.group?.id, row.link.group])).toEqual([
      ['unknown', 'members-differ', null, 'taobao-alliance', 'taobao-alliance'],
      ['denied', 'in-force', null, 'taobao-alliance', 'taobao-alliance'],
    ]);
  });

  it('answers a plan row by row, as batch --ndjson does, and returns the counts', async () => {
    const bytes = new TextEncoder().encode('来源,位置,日期\n淘宝,直播间购物车,2022-06-01\n\nitem.jd.com/1.html,short-video-cart,2022-06-01\nhttps://item.taobao.com.evil.cn/item.htm?id=1,live-cart,today\n');
    const { lines, summary } = await run({ bytes, format: 'csv', name: 'plan.csv' }, { now: Date.UTC(2026, 0, 1) });
    expect(lines.map((line) => JSON.parse(line) as { line: number; verdict: string }).map((row) => [row.line, row.verdict])).toEqual([
      [2, 'denied'],
      [4, 'allowed'],
      [5, 'unknown'],
    ]);
    expect(summary).toEqual({ file: 'plan.csv', rows: 3, blank: 1, counts: { allowed: 1, denied: 1, 'rolling-out': 0, unknown: 1, error: 0 }, stale: 0, failing: 1, warnings: 1, exitCode: 1 });
  });

  it('takes an ArrayBuffer as its bytes, and refuses a chunk that is no bytes, naming it (a stream opened with an encoding gives strings)', async () => {
    const csv = 'source,surface,date\njd,live-cart,2022-06-01\n';
    const { summary } = await run({ bytes: new TextEncoder().encode(csv).buffer as never, format: 'csv', name: 'plan.csv' }, { now: Date.UTC(2026, 0, 1) });
    expect(summary).toMatchObject({ rows: 1, counts: { denied: 1 } });
    async function* text(): AsyncGenerator<string> {
      yield csv;
    }
    const rows = api.checkPlan({ bytes: text() as never, format: 'csv', name: 'plan.csv' });
    const failure = rows.next();
    await expect(failure).rejects.toBeInstanceOf(api.InputError);
    await expect(failure).rejects.toThrow(/^plan\.bytes gave "source,surface,date\\njd,live-cart,2022-06-01" where the plan's bytes were expected: a Uint8Array \(a Buffer\) each, as a file's read stream gives them when it is opened without an encoding$/);
  });

  it('refuses a ReadableStream chunk that is no bytes, naming it, as an iterable\'s (a stream through a TextDecoderStream gives strings)', async () => {
    const csv = 'source,surface,date\njd,live-cart,2022-06-01\n';
    const stream = (chunk: unknown) => new ReadableStream({ start: (controller) => (controller.enqueue(chunk), controller.close()) });
    const rows = api.checkPlan({ bytes: stream(csv) as never, format: 'csv', name: 'plan.csv' });
    const failure = rows.next();
    await expect(failure).rejects.toBeInstanceOf(api.InputError);
    // It said: plan.csv is not valid UTF-8 at byte 0 (0x0S); it may be GB18030/GBK or another encoding.
    await expect(failure).rejects.toThrow(/^plan\.bytes gave "source,surface,date\\njd,live-cart,2022-06-01" where the plan's bytes were expected: a Uint8Array \(a Buffer\) each/);
    // A Uint16Array's bytes were read as the plan's.
    await expect(api.checkPlan({ bytes: stream(new Uint16Array([0x6f73, 0x7275])) as never, format: 'csv', name: 'plan.csv' }).next()).rejects.toThrow(/^plan\.bytes gave an object where the plan's bytes were expected/);
    const { summary } = await run({ bytes: stream(new TextEncoder().encode(csv)) as never, format: 'csv', name: 'plan.csv' }, { now: Date.UTC(2026, 0, 1) });
    expect(summary).toMatchObject({ rows: 1, counts: { denied: 1 } });
  });

  it.each([
    [{ bytes: 'source,surface,date', format: 'csv', name: 'plan.csv' }, {}, /^plan\.bytes takes the plan's bytes: a Uint8Array or an ArrayBuffer, or an async iterable \(a file's read stream\) or ReadableStream of Uint8Arrays; not "source,surface,date"$/],
    [{ bytes: new Uint8Array(), format: 'xls', name: 'plan.xls' }, {}, /^plan\.format takes "csv", "jsonl" or "xlsx", not "xls"$/],
    [{ bytes: new Uint8Array(), format: 'csv', name: 'plan.csv', sheets: 'x' }, {}, /^plan has no field "sheets"; did you mean "sheet"\? its fields are bytes, format, encoding\?, sheet\?, name$/],
    [{ bytes: new Uint8Array(), format: 'csv', name: 'plan.csv' }, { failOn: 'sometimes' }, /^--fail-on takes outcomes separated by commas/],
    [{ bytes: new TextEncoder().encode('link,where,date\n'), format: 'csv', name: 'plan.csv' }, {}, /^the header row has no column for surface \(surface, placement, 位置, 版位, 投放位置, 资源位\)/],
  ])('checkPlan(%j, %j) throws an InputError before any row', async (plan, options, message) => {
    const rows = api.checkPlan(plan as never, options as never);
    const failure = rows.next();
    await expect(failure).rejects.toBeInstanceOf(api.InputError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('a link whose host cannot be told for sure', () => {
  it('is never allowed, not even by a rule that covers every link, in checkLink and the verdict index alike', async () => {
    const { writeFileSync } = await import('node:fs');
    const folder = tempFolder('linkcheck-ambiguous-');
    const file = join(folder, 'open.json');
    const quote = 'every outside link may be placed';
    writeFileSync(
      file,
      JSON.stringify({
        platforms: [{ id: 'openshop', name: 'Open shop', timeZone: 'Asia/Shanghai', surfaces: [{ id: 'cart', name: 'Cart' }] }],
        rules: [
          {
            id: 'openshop-any-link',
            platform: 'openshop',
            effect: 'allow',
            sources: { anyExcept: [] },
            coversAnyLink: { quote },
            surfaces: ['cart'],
            from: '2020-01-01',
            status: 'reported',
            summary: 'Any link.',
            evidence: [{ url: 'https://example.com/open', published: '2019-12-31', quote }],
          },
        ],
      }),
    );
    const index = await api.createVerdictIndex({ rules: [file] });
    const plain = { source: 'https://evil.example/x', surface: 'cart', date: '2022-06-01', platform: 'openshop' };
    const ambiguous = { ...plain, source: "https://item.taobao.com'evil.example/x" };
    expect((await api.checkLink(plain, { rules: [file] })).verdict).toBe('allowed');
    expect(index.verdict(index.resolve(plain))).toBe('allowed');
    expect((await api.checkLink(ambiguous, { rules: [file] })).verdict).toBe('unknown');
    expect(index.verdict(index.resolve(ambiguous))).toBe('unknown');
  });
});
