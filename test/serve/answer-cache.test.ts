// The service keeps the answers it has written, by what decides them (src/serve/questions.ts
// checkJson): bounded in number, and a long link's answer is not kept, as its key holds the text.
import { describe, expect, it } from 'vitest';
import { checkJson, type AnswerCache } from '../../src/serve/questions.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const NOW = Date.UTC(2026, 11, 6);

describe('the answers the service keeps', () => {
  it('keeps a name\'s answer and a short link\'s, the same text again coming from the cache', () => {
    const cache: AnswerCache = new Map();
    const first = checkJson(catalog, { source: 'taobao', surface: 'live-cart', at: '2022-06-01' }, NOW, cache);
    checkJson(catalog, { source: 'https://item.jd.com/1.html', surface: 'short-video-cart', at: '2022-06-01' }, NOW, cache);
    expect(cache.size).toBe(2);
    expect(checkJson(catalog, { source: 'taobao', surface: 'live-cart', at: '2022-06-01' }, NOW, cache)).toBe(first);
    expect(cache.size).toBe(2);
  });

  it('answers a link of more than 2 KiB as it answers any, without keeping it', () => {
    const cache: AnswerCache = new Map();
    const source = `https://item.jd.com/1.html?${'商'.repeat(10_000)}`;
    const text = checkJson(catalog, { source, surface: 'short-video-cart', at: '2022-06-01' }, NOW, cache);
    expect(JSON.parse(text)).toMatchObject({ verdict: 'allowed' });
    expect(cache.size).toBe(0);
    expect(checkJson(catalog, { source, surface: 'short-video-cart', at: '2022-06-01' }, NOW)).toBe(text);
  });
});
