// An alias that reads as a link or a host would take that link from its source.
import { describe, expect, it } from 'vitest';
import { looksLikeLink } from '../../src/engine/names.js';

describe('looksLikeLink', () => {
  it.each([
    ['item.jd.com/1.html', true],
    ['taobao.com', true],
    ['TAOBAO.COM', true],
    ['item。taobao。com', true],
    ['taobao．com', true],
    ['淘宝.中国', true],
    ['1.2.3.4', true],
    ['https://x', true],
    ['javascript:alert(1)', true],
    ['//taobao', true],
    ['淘宝', false],
    ['jd', false],
    ['Taobao Alliance', false],
    ['直播间小黄车', false],
    ['third-party', false],
    ['Mr. Smith', false],
  ])('%s → %s', (name, expected) => {
    expect(looksLikeLink(name)).toBe(expected);
  });
});
