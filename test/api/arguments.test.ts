// The library refuses arguments of the wrong shape with an InputError that names the
// argument, the bad value and what would be valid, and reads each argument once (#14).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

// The built bundle, as a user gets it; typed by its source.
const api = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
const query = { source: 'taobao', surface: 'live-cart', date: '2022-06-01' };
const index = await api.createVerdictIndex();
const resolved = index.resolve(query);

/** The message of the InputError the call throws; anything else thrown fails the test. */
async function refusal(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof api.InputError) return error.message;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('checkLink refuses bad arguments with one InputError', () => {
  it.each([
    [[{ ...query, date: 20220601 }], 'query.date takes a string, not 20220601'],
    [[{ ...query, source: 42 }], 'query.source takes a string, not 42'],
    [[{ surface: 'live-cart' }], 'query has no "source", which it needs; its fields are source, surface, date?, platform?'],
    [[{ source: 'taobao', surface: undefined }], 'query has no "surface", which it needs; its fields are source, surface, date?, platform?'],
    [[null], 'query takes an object { source, surface, date?, platform? }, not null'],
    [['taobao'], 'query takes an object { source, surface, date?, platform? }, not "taobao"'],
    [[{ ...query, sauce: 'x' }], 'query has no field "sauce"; did you mean "source"? its fields are source, surface, date?, platform?'],
    [[{ ...query, when: 'x' }], 'query has no field "when"; its fields are source, surface, date?, platform?'],
    [[query, null], 'options takes an object { rules?, builtinRules?, now?, asKnownOn? }, not null'],
    [[query, { now: '2022-06-01' }], 'options.now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not "2022-06-01"'],
    [[query, { now: NaN }], 'options.now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not NaN'],
    [[query, { now: new Date('x') }], 'options.now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not Invalid Date'],
    // A finite number past the range of a Date, and one just past the years read: out of range, not a RangeError of the time zone's.
    [[{ source: 'jd', surface: 'live-cart' }, { now: Number.MAX_SAFE_INTEGER }], 'date out of range "now": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
    [[{ source: 'jd', surface: 'live-cart' }, { now: -1e300 }], 'date out of range "now": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
    [[{ source: 'jd', surface: 'live-cart' }, { now: Date.UTC(2200, 0, 1, 5) }], 'date out of range "now": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
    // A day word at a now past the range of a Date: out of range, not the RangeError "Invalid time value".
    [[{ source: 'jd', surface: 'live-cart', date: 'today' }, { now: 8.64e15 }], 'date out of range "today": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
    [[{ source: 'jd', surface: 'live-cart', date: 'yesterday' }, { now: -1e20 }], 'date out of range "yesterday": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)'],
    [[query, { asKnownOn: 'today', now: 1e20 }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not "today"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
    [[query, { rules: 'rules/my.json' }], 'options.rules takes an array of paths (strings) to rule files or folders of *.json, not "rules/my.json"'],
    [[query, { rules: [42] }], 'options.rules takes an array of paths (strings) to rule files or folders of *.json, not an array of 1'],
    [[query, { builtinRules: 'no' }], 'options.builtinRules takes true or false, not "no"'],
    [[query, { builtinRules: false }], 'builtinRules: false leaves no rules: give rule files or folders in rules'],
    [[query, { asKnownOn: '2022-06' }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not "2022-06"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
    [[query, { asKnownOn: 20220601 }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not 20220601; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
    // A calendar day outside the years read was refused as "no calendar day": the message says which years are.
    [[query, { asKnownOn: '2999-01-01' }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not "2999-01-01"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
    [[query, { asKnownOn: '1899年12月31日' }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not "1899年12月31日"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
    [[query, { asKnownOn: 'tomorrow', now: Date.UTC(2199, 11, 31, 12) }], 'options.asKnownOn takes a calendar day of the years 1900–2199, not "tomorrow"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow'],
  ])('checkLink(...%j)', async (args, message) => {
    expect(await refusal(() => (api.checkLink as (...a: unknown[]) => unknown)(...args))).toBe(message);
  });

  it('the error carries the input-error code and exit code 2, and its wording for another language', async () => {
    try {
      await api.checkLink(query, { now: 'now' as never });
    } catch (error) {
      expect(error).toMatchObject({ code: 'input-error', exitCode: 2, worded: { id: 'api-not-instant', params: { name: 'options.now', value: '"now"' } } });
      return;
    }
    throw new Error('no error was thrown');
  });

  it('reads a getter once: the value checked is the value used', async () => {
    let reads = 0;
    const tricky = {
      surface: 'short-video-cart',
      date: '2022-06-01',
      get source() {
        reads++;
        return reads === 1 ? 'https://item.jd.com/1.html' : 'javascript:alert(1)';
      },
    };
    const answer = await api.checkLink(tricky);
    expect([answer.verdict, reads]).toEqual(['allowed', 1]);
  });

  it('a good call still answers, with now as a Date or a number', async () => {
    expect((await api.checkLink({ source: 'taobao', surface: 'live-cart' }, { now: Date.UTC(2022, 5, 1) })).verdict).toBe('denied');
    expect((await api.checkLink({ source: 'taobao', surface: 'live-cart' }, { now: new Date('2022-06-01T12:00:00+08:00') })).verdict).toBe('denied');
  });

  it.each([
    [{ source: 'taobao', surface: '\u202elive\x1b[31m' }, ['unknown-surface', 'unknown surface "\\u202elive\\x1b[31m" on kuaishou; valid: live-cart, short-video-cart, product-detail ("linkcheck rules list" shows aliases)']],
    [{ source: 'taobao', surface: 'live-cart', platform: '\x1b]0;x\x07kwai' }, ['unknown-platform', 'unknown platform "\\x1b]0;x\\x07kwai"; valid: kuaishou, douyin, xiaohongshu, wechat ("linkcheck rules list" shows aliases)']],
    [{ source: '\u202etaobao', surface: 'live-cart' }, ['unknown-source', 'unknown source "\\u202etaobao"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop ("linkcheck rules list" shows aliases)']],
  ])('words the refusal of %j as the command line does, its controls escaped', async (input: { source: string; surface: string; platform?: string }, [code, message]) => {
    const line = linkcheck([input.source, input.surface, '2022-06-01', ...(input.platform !== undefined ? ['-p', input.platform] : [])]).stderr;
    expect(line).toBe(`linkcheck: ${message}\n`);
    const error = await api.checkLink({ ...input, date: '2022-06-01' }).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code, message });
    const resolved = (() => {
      try {
        return index.resolve({ ...input, date: '2022-06-01' });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(resolved).toMatchObject({ code, message });
  });

  it("words checkPlan's refusals as the command line does, its controls escaped", async () => {
    const refused = async (...args: Parameters<typeof api.checkPlan>) => {
      try {
        await api.checkPlan(...args).next();
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    };
    const plan = { bytes: new TextEncoder().encode('source,surf\x1b[31mace,date\njd,live-cart,2022-06-01\n'), format: 'csv', name: 'plan.csv' } as const;
    expect(await refused(plan)).toMatch(/^the header row has no column for surface .*; it has: "source", "surf\\x1b\[31mace", "date";/);
    expect(await refused(plan, { platform: 'x\x1b[31m' })).toMatch(/^unknown platform "x\\x1b\[31m"; valid: /);
  });

  it("takes a Date made in another realm (a vm context's, a frame's) as a Date", async () => {
    const foreign = runInNewContext('new Date(Date.UTC(2022, 5, 1, 4))') as Date;
    const now = { now: foreign };
    expect((await api.checkLink({ source: 'taobao', surface: 'live-cart' }, now)).at).toBe('2022-06-01T12:00:00+08:00');
    expect((await api.checkLink({ source: 'taobao', surface: 'live-cart' }, { ...now, rules: [] })).verdict).toBe('denied');
    expect(index.resolve({ source: 'jd', surface: 'live-cart' }, foreign).at).toBe(foreign.getTime());
    const plan = api.checkPlan({ bytes: new TextEncoder().encode('source,surface,date\njd,short-video-cart,now\n'), format: 'csv', name: 'plan.csv' }, now);
    expect(JSON.parse((await plan.next()).value as string)).toMatchObject({ line: 2, at: '2022-06-01T12:00:00+08:00' });
    // Invalid, it is refused as one; an object that only calls itself a Date is an object.
    expect(await refusal(() => api.checkLink(query, { now: runInNewContext('new Date(NaN)') as Date }))).toBe('options.now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not Invalid Date');
    expect(await refusal(() => api.checkLink(query, { now: { [Symbol.toStringTag]: 'Date' } as never }))).toBe('options.now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not an object');
  });
});

describe('now is read by the date\'s own time, as checkLink, resolve and checkPlan take it', () => {
  // Date.prototype in its chain, a Proxy of a Date: each was asked its getTime, which threw a raw
  // TypeError ("this is not a Date object"); a Date with a getTime of its own was asked three times.
  const notDates: [string, unknown][] = [
    ['an object made from Date.prototype', Object.create(Date.prototype)],
    ['a Proxy of a Date', new Proxy(new Date('2022-06-01'), {})],
    ['a class that extends Date, not constructed', Object.create(class extends Date {}.prototype)],
  ];
  const refused = 'takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not an object';
  it.each(notDates)('%s is refused, never a TypeError', async (_name, now) => {
    expect(await refusal(() => api.checkLink(query, { now } as never))).toBe(`options.now ${refused}`);
    expect(await refusal(() => index.resolve(query, now as never))).toBe(`now ${refused}`);
    expect(await refusal(() => api.checkPlan({ bytes: new Uint8Array(), format: 'csv', name: 'plan.csv' }, { now } as never).next())).toBe(`options.now ${refused}`);
  });

  it("a plan's today at a now past the range of a Date is an error row, and the plan goes on", async () => {
    const lines: string[] = [];
    const rows = api.checkPlan({ bytes: new TextEncoder().encode('source,surface,date\njd,live-cart,today\njd,live-cart,2022-06-01\n'), format: 'csv', name: 'plan.csv' }, { now: 1e20 });
    for await (const line of rows) lines.push(line);
    expect(lines.map((line) => JSON.parse(line) as { line: number; verdict?: string; error?: string })).toMatchObject([
      { line: 2, error: 'date out of range "today": linkcheck reads the years 1900–2199 in the platform\'s time zone (Asia/Shanghai)' },
      { line: 3, verdict: 'denied' },
    ]);
    const known = api.checkPlan({ bytes: new TextEncoder().encode('source,surface,date\njd,live-cart,2022-06-01\n'), format: 'csv', name: 'plan.csv' }, { now: 1e20, asKnownOn: 'today' });
    await expect(known.next()).rejects.toMatchObject({ code: 'bad-known-on-date' });
  });

  it('a Date whose getTime says otherwise at each call is read by its time', async () => {
    const lying = (): Date => {
      const date = new Date(Date.UTC(2022, 5, 1, 4));
      let calls = 0;
      date.getTime = () => [Date.UTC(2022, 5, 1, 4), NaN, 1e20][calls++ % 3]!;
      return date;
    };
    const input = { source: 'jd', surface: 'live-cart' };
    expect((await api.checkLink(input, { now: lying() })).at).toBe('2022-06-01T12:00:00+08:00');
    expect(index.resolve(input, lying()).at).toBe(Date.UTC(2022, 5, 1, 4));
    class Shifted extends Date {
      override getTime(): number {
        return 0;
      }
    }
    expect(index.resolve(input, new Shifted(Date.UTC(2022, 5, 1, 4))).at).toBe(Date.UTC(2022, 5, 1, 4));
  });
});

describe('the verdict index refuses bad arguments with one InputError', () => {
  it.each([
    [() => api.createVerdictIndex(null as never), 'options takes an object { rules?, builtinRules? }, not null'],
    [() => api.createVerdictIndex({ rules: 'rules/my.json' as never }), 'options.rules takes an array of paths (strings) to rule files or folders of *.json, not "rules/my.json"'],
    [() => index.resolve(query, 'now' as never), 'now takes a valid Date or a finite number of milliseconds since 1970-01-01T00:00Z, not "now"'],
    [() => index.resolve({ ...query, platform: null } as never), 'query.platform takes a string, not null'],
    [() => index.verdict({ ...resolved, at: NaN }), 'query.at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199, not NaN'],
    [() => index.verdict({ ...resolved, at: '2022-06-01' } as never), 'query.at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199, not "2022-06-01"'],
    [() => index.verdict({ ...resolved, source: 7 } as never), 'query.source takes a string, not 7'],
    [() => index.verdict(undefined as never), 'query takes an object { platform, source, surface, at, group?, ambiguousLink? }, not undefined'],
    [() => index.verdicts([resolved, { ...resolved, at: Infinity }]), 'queries[1].at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199, not Infinity'],
    [() => index.verdicts(resolved as never), 'queries takes an array of resolved queries, not an object'],
    // A Date is no number of milliseconds: the message does not offer one.
    [() => index.verdict({ ...resolved, at: new Date('2022-06-01') } as never), 'query.at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199, not Date 2022-06-01T00:00:00.000Z'],
    // An instant checkLink refuses to read gets no verdict: at 1e20, jd on douyin's short-video cart was allowed.
    [() => index.verdict({ platform: 'douyin', source: 'jd', surface: 'short-video-cart', at: 1e20 }), "query.at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199 in the platform's time zone (Asia/Shanghai), not 100000000000000000000"],
    [() => index.verdict({ ...resolved, at: Date.UTC(2199, 11, 31, 16) }), "query.at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199 in the platform's time zone (Asia/Shanghai), not 7258089600000"],
    // 23:55:43 in Shanghai, whose offset was then its local mean time, +08:05:43.
    [() => index.verdicts([resolved, { ...resolved, at: Date.UTC(1899, 11, 31, 15, 50) }]), "queries[1].at takes a number of milliseconds since 1970-01-01T00:00Z (as resolve() gives it) within the years 1900–2199 in the platform's time zone (Asia/Shanghai), not -2209018200000"],
  ])('%s', async (call, message) => {
    expect(await refusal(call)).toBe(message);
  });

  // The index once kept the unknown link's timeline and each group's under keys made of the marker
  // \u0000 and a word: a source written as one was answered as the link of no known source (jd's
  // verdict on douyin's live cart, denied) or as the group, where checkLink names no such source.
  it.each(['\u0000unknown', '\u0000group:taobao-alliance', '\u0000group:third-party', '\u0000'])('a source %j is no source: refused, after the timelines it names are built too', async (source) => {
    const at = Date.UTC(2022, 5, 1);
    for (const platform of ['kuaishou', 'douyin']) {
      const query = { platform, surface: 'live-cart', at };
      index.verdicts([{ ...query, source: null }, { ...query, source: null, group: 'taobao-alliance' }, { ...query, source: null, group: 'third-party' }]);
      expect(await refusal(() => index.verdict({ ...query, source }))).toMatch(/^unknown source "\\x00[^"]*"; valid: taobao, tmall, jd, /);
    }
  });

  it('a resolved query still gets its verdict', () => {
    expect([index.verdict(resolved), ...index.verdicts([resolved])]).toEqual(['denied', 'denied']);
  });

  it.each([
    [{ ...query, date: '2022-02-29' }, 'bad-date'],
    [{ ...query, date: '2300-01-01' }, 'bad-date'],
    [{ ...query, date: '2022-06-01 08:00-10:00' }, 'bad-date'],
    [{ ...query, source: '' }, 'bad-source'],
    [{ ...query, source: 'taobo' }, 'unknown-source'],
    [{ ...query, surface: 'live-kart' }, 'unknown-surface'],
  ])('resolve refuses %j with the code checkLink gives it', async (input, code) => {
    const codeOf = async (call: () => unknown) => {
      try {
        await call();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return undefined;
    };
    expect(await codeOf(() => index.resolve(input))).toBe(code);
    expect(await codeOf(() => api.checkLink(input))).toBe(code);
  });

  it('answers the first and last instants of the years read, as checkLink does', async () => {
    for (const date of ['1900-01-01', '2199-12-31T23:59:59.999']) {
      const query = { source: 'jd', surface: 'short-video-cart', platform: 'douyin', date };
      expect(index.verdict(index.resolve(query))).toBe((await api.checkLink(query)).verdict);
    }
  });
});
