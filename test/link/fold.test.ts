import { describe, expect, it } from 'vitest';
import { foldKeywordText } from '../../src/model/keyword-fold.js';

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
    // Emoji as phones write them, with the variation selector that shows a symbol as one.
    ['淘❤\ufe0f宝', '淘宝'],
    ['手⭐\ufe0f淘', '手淘'],
    ['淘\ufe0f宝', '淘宝'],
    ['1\ufe0f\u20e3号', '1号'],
    // ASCII symbols between two CJK characters, full-width ones folded to them.
    ['淘-宝', '淘宝'],
    ['淘.宝', '淘宝'],
    ['淘_宝', '淘宝'],
    ['淘/宝', '淘宝'],
    ['淘+宝', '淘宝'],
    ['淘~宝', '淘宝'],
    ['淘|宝', '淘宝'],
    ['淘－－宝', '淘宝'],
    ['淘．宝', '淘宝'],
    // Pinyin in letters drawn like Latin ones (Greek τ ρ, Cyrillic а Ь), or with accents: plain Latin.
    ['τáǒЬáǒ', 'taobao'],
    ['τаo宝аρρ', 'tao宝app'],
    ['Táobǎo', 'taobao'],
    ['jīngdōng', 'jingdong'],
    ['TIĀNMĀO', 'tianmao'],
    ['ТАОВАО', 'taobao'],
    ['tao\u0301bao', 'taobao'],
    ['ϳԁ', 'jd'],
    // A character drawn like 淘, or written as its two parts.
    ['◇綯℡寳', '淘宝'],
    ['氵匋Bao', '淘bao'],
    // Letters of other scripts that look like no Latin one, and CJK text, are kept.
    ['йцзлд', 'йцзлд'],
    ['ñandú', 'nandu'],
    ['宝贝', '宝贝'],
    // Not between two CJK characters, and not sentence punctuation: kept.
    ['jd-shop', 'jd-shop'],
    ['京东-jd', '京东-jd'],
    ['南京，东方', '南京,东方'],
    ['南京：东方', '南京:东方'],
    ['1.5折', '1.5折'],
  ])('%j → %j', (text, expected) => {
    expect(foldKeywordText(text)).toBe(expected);
  });
});
