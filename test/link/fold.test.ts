import { describe, expect, it } from 'vitest';
import { foldKeywordText } from '../../src/link/fold.js';

describe('foldKeywordText drops inserted symbols and simplifies the forms share texts use', () => {
  it.each([
    ['淘♂寳♀', '淘宝'],
    ['👉淘♂寳♀👈', '淘宝'],
    ['咑閞', '打开'],
    ['復·制', '复制'],
    ['京•東', '京东'],
    ['天貓', '天猫'],
    ['小黃車', '小黄车'],
    ['直播間', '直播间'],
    ['ＴＡＯＢＡＯ', 'taobao'],
    ['淘\u200b宝', '淘宝'],
    ['￥AEpabxiRg0u￥', '¥aepabxirg0u¥'],
  ])('%j → %j', (text, expected) => {
    expect(foldKeywordText(text)).toBe(expected);
  });
});
