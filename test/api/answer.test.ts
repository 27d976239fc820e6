// checkLink builds its explanation only when read (#18), yet its answer is the
// object `linkcheck --json` prints, field for field and in the same order, for
// names, groups, links, share texts, relative dates and record days alike.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { linkcheck } from '../helpers/exec.js';

const api = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
const internal = (await import(pathToFileURL(join(ROOT, 'dist', 'internal.js')).href)) as typeof import('../../src/internal.js');

const now = Date.UTC(2026, 0, 1);
const sources = ['taobao', 'tmall', 'jd', '淘宝联盟', 'youzan', 'pinduoduo', 'https://item.jd.com/100012043978.html', 'm.tb.cn/h.abc', 'https://evil.example/x', '【天猫】好物 https://m.tb.cn/h.5Xyz 点击链接直接打开'];
const surfaces = ['live-cart', 'short-video-cart', '商详页'];
const dates = ['2019-06-01', '2021-11-05', '2022-02-28T23:59', '2022-03-01', '2022-10-29', '2023-01-01T08:00:00Z', 'today', undefined];
const days = [undefined, '2022-03-15', '2023-06-01'];

/** The answer as the command line's --json makes it: check() in full, then its JSON view. */
const reference = async (input: Parameters<typeof api.checkLink>[0], asKnownOn?: string) => {
  const catalog = await internal.loadCatalog({ root: ROOT });
  const { answer, link } = internal.ask(catalog, input, now, asKnownOn);
  return internal.answerToJson(answer, link);
};

describe("checkLink's answer", () => {
  it('prints as the full answer does, byte for byte, on every query of the grid', async () => {
    let compared = 0;
    for (const source of sources) {
      for (const surface of surfaces) {
        for (const date of dates) {
          for (const day of days) {
            const input = { source, surface, ...(date !== undefined ? { date } : {}) };
            const options = { now, ...(day !== undefined ? { asKnownOn: day } : {}) };
            const expected = await reference(input, day).catch((error: Error) => error.message);
            const answer = await api.checkLink(input, options).catch((error: Error) => error.message);
            expect(JSON.stringify(answer)).toBe(JSON.stringify(expected));
            if (typeof answer !== 'string') compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('has every field of the full answer, in order, to spread, compare and overwrite', async () => {
    const input = { source: 'taobao', surface: 'live-cart', date: '2022-06-01' };
    const answer = await api.checkLink(input, { now });
    const expected = await reference(input);
    expect(Object.keys(answer)).toEqual(Object.keys(expected));
    expect({ ...answer }).toEqual(expected);
    expect(answer).toEqual(expected);
    expect(answer.rule?.id).toBe('kuaishou-2022-03-taobao-cut');
    answer.verdict = 'allowed';
    answer.rule = null;
    expect([answer.verdict, answer.rule, answer.reason]).toEqual(['allowed', null, 'in-force']);
    expect(structuredClone(await api.checkLink(input, { now }))).toEqual(expected);
    const frozen = Object.freeze(await api.checkLink(input, { now }));
    expect([frozen.rule?.id, frozen.rule?.id]).toEqual(['kuaishou-2022-03-taobao-cut', 'kuaishou-2022-03-taobao-cut']);
    // console.log shows the values, not the accessors.
    expect(inspect(await api.checkLink(input, { now }), { depth: 0 })).toBe(inspect(expected, { depth: 0 }));
    // Another answer to the same query is its own object.
    expect((await api.checkLink(input, { now })).rule?.id).toBe('kuaishou-2022-03-taobao-cut');
  });

  // The rule's lists in an answer were the catalog's own: a caller that emptied answer.rule.surfaces
  // changed every later answer's rule, and the verdicts of days asked about later (jd on douyin's
  // live cart, as known on another day, went from denied to allowed).
  it("is the caller's own: changing every list and field in it changes no later answer", async () => {
    const queries = [
      { source: '淘宝', surface: 'live-cart', date: '2022-06-01' },
      { source: 'jd', surface: 'live-cart', date: '2022-06-01', platform: 'douyin' },
      { source: 'tmall', surface: 'live-cart', date: '2022-10-29' },
      { source: 'https://item.jd.com/100012043978.html', surface: 'short-video-cart', date: '2022-06-01' },
    ];
    const laterDays = ['2024-01-02', '2024-01-03'];
    const before = await Promise.all(queries.flatMap((query) => [undefined, ...laterDays].map((day) => reference(query, day))));
    const scribble = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      const fields = value as Record<string, unknown>;
      for (const key of Object.keys(fields)) {
        const field = fields[key];
        scribble(field);
        if (Array.isArray(field)) field.splice(0, field.length, 'changed');
        else if (typeof field === 'string') fields[key] = 'changed';
      }
    };
    for (const query of queries) for (const day of [undefined, '2024-01-01']) scribble(await api.checkLink(query, { now, ...(day !== undefined ? { asKnownOn: day } : {}) }));
    const after = await Promise.all(queries.flatMap((query) => [undefined, ...laterDays].map((day) => api.checkLink(query, { now, ...(day !== undefined ? { asKnownOn: day } : {}) }))));
    expect(JSON.parse(JSON.stringify(after))).toEqual(before);
    expect(after[4]?.verdict).toBe('denied');
  });

  it('is what linkcheck --json prints', async () => {
    const run = linkcheck(['--json', '淘宝', '直播间购物车', '2022-06-01']);
    const answer = await api.checkLink({ source: '淘宝', surface: '直播间购物车', date: '2022-06-01' });
    expect(run.code).toBe(1);
    expect(JSON.stringify(JSON.parse(run.stdout))).toBe(JSON.stringify(answer));
  });
});

describe("checkLink's refusals", () => {
  // The same code as the command line's check and POST /v1/check give the same query: the link and
  // date readers' errors are named by the argument they read, not left as input-error.
  it.each([
    ['a link that is not a web link', { source: 'javascript:alert(1)', surface: 'live-cart', date: '2022-06-01' }, 'bad-source'],
    ['a date that does not exist', { source: 'taobao', surface: 'live-cart', date: '2022-13-01' }, 'bad-date'],
    ['a word that is no date', { source: 'taobao', surface: 'live-cart', date: 'constructor' }, 'bad-date'],
    ['an unknown surface', { source: 'taobao', surface: 'story', date: '2022-06-01' }, 'unknown-surface'],
  ])('%s: %s', async (_name, input, code) => {
    const error = await api.checkLink(input, { now }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(api.InputError);
    expect((error as InstanceType<typeof api.InputError>).code).toBe(code);
    const run = linkcheck(['--json', input.source, input.surface, input.date]);
    expect([run.code, (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error]).toEqual([2, { code, message: (error as Error).message, exitCode: 2 }]);
  });
});
