// Properties of the library's entry points (#14): whatever the arguments, checkLink and
// the verdict index give an answer or throw an InputError, never anything else.
// Seeded and bounded here; more runs with `npm run fuzz` (FUZZ_RUNS).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

const api = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const options = { numRuns: RUNS, seed: 20261204 };
const TIMEOUT = 30_000 + RUNS * 20;
const VERDICTS = ['allowed', 'denied', 'rolling-out', 'unknown'];

const NAMES = ['taobao', 'jd', '淘宝', 'live-cart', '直播间购物车', 'short-video-cart', 'kuaishou', '抖音', 'weibo', 'https://item.jd.com/1.html', 'https://evil.cn\n.jd.com/1.html', '2022-06-01', '2022-02-30', 'today', 'now', '', ' ', '-'.repeat(5000)];
const text = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
/** Any JavaScript value, with the ones people pass by mistake made likely. */
const value = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, NaN, Infinity, -0, 0, 20220601, true, false, 1e300, -8.64e15, 8.64e15 + 1, new Date(Number.NaN), new Date(Date.UTC(2022, 5, 1)), [], ['rules'], {}, Symbol('s'), 10n, () => 'taobao') },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.date() },
);
/** An object with some of the expected fields (and now and then another), each any value, or a getter. */
function shaped(fields: string[]) {
  const field = (name: string) => fc.oneof(value, value.map((got) => ({ getter: got })));
  return fc
    .tuple(fc.dictionary(fc.constantFrom(...fields, 'extra'), fc.constant(null)), fc.array(field('x'), { minLength: fields.length + 1, maxLength: fields.length + 1 }))
    .map(([keys, values]) => {
      const made: Record<string, unknown> = {};
      Object.keys(keys).forEach((key, index) => {
        const got = values[index];
        if (typeof got === 'object' && got !== null && 'getter' in got) Object.defineProperty(made, key, { get: () => (got as { getter: unknown }).getter, enumerable: true });
        else made[key] = got;
      });
      return made;
    });
}
const query = fc.oneof({ weight: 4, arbitrary: shaped(['source', 'surface', 'date', 'platform']) }, { weight: 1, arbitrary: value });
/** Options that never name rule files to read: a rules array of paths would read the disk. */
const checkOptions = fc.oneof(fc.constant(undefined), value, shaped(['builtinRules', 'now', 'asKnownOn']), shaped(['rules', 'now']).filter((made) => !Array.isArray(made.rules) || made.rules.some((rule) => typeof rule !== 'string')));

/** The result of a call: 'input-error', or what it returned; anything else thrown fails the property. */
async function settle(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof api.InputError) {
      expect(error.message).not.toMatch(/\n/u);
      return 'input-error';
    }
    throw error;
  }
}

describe('library calls with any arguments', () => {
  it('checkLink answers or throws an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(query, checkOptions, async (input, settings) => {
        const result = await settle(() => api.checkLink(input as never, settings as never));
        if (result !== 'input-error') expect(VERDICTS).toContain((result as { verdict: string }).verdict);
      }),
      options,
    );
  }, TIMEOUT);

  it('the verdict index answers or throws an InputError', async () => {
    const index = await api.createVerdictIndex();
    const resolved = index.resolve({ source: 'taobao', surface: 'live-cart', date: '2022-06-01' });
    const verdictQuery = fc.oneof(shaped(['platform', 'source', 'surface', 'at', 'group', 'ambiguousLink']), fc.record({ at: value }).map((changed) => ({ ...resolved, ...changed })), value);
    await fc.assert(
      fc.asyncProperty(query, value, verdictQuery, fc.array(verdictQuery, { maxLength: 3 }), async (input, now, asked, many) => {
        const resolvedOrNot = await settle(() => index.resolve(input as never, now as never));
        if (resolvedOrNot !== 'input-error') expect(VERDICTS).toContain(index.verdict(resolvedOrNot as never));
        const one = await settle(() => index.verdict(asked as never));
        if (one !== 'input-error') expect(VERDICTS).toContain(one);
        const all = await settle(() => index.verdicts(many as never));
        if (all !== 'input-error') for (const verdict of all as string[]) expect(VERDICTS).toContain(verdict);
        await settle(() => api.createVerdictIndex(now as never));
      }),
      options,
    );
  }, TIMEOUT);
});
