import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/width.js';

describe('displayWidth', () => {
  it.each([
    ['taobao', 6],
    ['淘宝', 4],
    ['￥AEpabxiRg0u￥', 15],
    ['€08skb3DzfQC€', 13],
    ['👉手淘👈', 8],
    ['【京东】', 8],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
