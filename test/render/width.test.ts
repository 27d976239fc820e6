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

describe('displayWidth of Chinese text without the Unicode property classes', () => {
  // The classes as width.ts builds them for any other text.
  const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u;
  const ZERO = /[\p{M}\u200B-\u200F\uFE0F]/u;
  const byClasses = (text: string) => [...text].reduce((width, character) => width + (ZERO.test(character) ? 0 : WIDE.test(character) ? 2 : 1), 0);

  it('gives every BMP character, alone and after a Chinese word, the width the classes give it', () => {
    const differing: string[] = [];
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      if (displayWidth(character) !== byClasses(character) || displayWidth(`淘宝${character}`) !== byClasses(`淘宝${character}`)) differing.push(character);
    }
    expect(differing).toEqual([]);
  });

  it.each([['直播间购物车（快手）', 20], ['禁止  淘宝联盟（组：淘宝、天猫）', 32], ['〪', 0]])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
