// The public API is small on purpose: what it exports, it can never change.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

// The built bundle, as a user gets it; typed by its source.
const api = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');

describe('the package exports', () => {
  it('the two entry points and the two errors they throw, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['DataError', 'InputError', 'checkLink', 'createVerdictIndex']);
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

describe('a link whose host cannot be told for sure', () => {
  it('is never allowed, not even by a rule that covers every link, in checkLink and the verdict index alike', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'linkcheck-ambiguous-'));
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
