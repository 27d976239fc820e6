import { describe, expect, it } from 'vitest';
import { isInputName, normalizeName, readAlike } from '../../src/engine/names.js';

/** The normal form as its definition gives it, for every name: NFKC, ignorables but bidirectional controls dropped, trimmed, lower-cased. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const defined = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, (character) => (BIDI.test(character) ? character : ''))
    .trim()
    .toLowerCase();

describe('normalizeName', () => {
  it('gives every printable ASCII character and CJK unified ideograph the form its definition gives', () => {
    for (let code = 0x20; code <= 0x7e; code++) expect(normalizeName(`A${String.fromCharCode(code)}b`)).toBe(defined(`A${String.fromCharCode(code)}b`));
    const mismatched: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const name = `Jd${String.fromCharCode(code)} `;
      if (normalizeName(name) !== defined(name)) mismatched.push(name);
    }
    expect(mismatched).toEqual([]);
  });

  it('folds widths, drops what shows nothing and keeps bidirectional controls, beside plain characters', () => {
    const cases = ['ＪＤ', 'j\u200bd', 'Tao\u00adbao', '淘宝\ufe0f', '\u202etaobao', ' 快手 ', '\u2f00', '\uf900', 'ｔａｏｂａｏ联盟', 'JD\u3000', 'é', 'e\u0301', '\t jd\n'];
    for (const name of cases) expect(normalizeName(name)).toBe(defined(name));
    expect(normalizeName('j\u200bd')).toBe('jd');
    expect(normalizeName('ＪＤ')).toBe('jd');
    expect(normalizeName('\u202etaobao')).toBe('\u202etaobao');
    expect(readAlike('\u202etaobao')).toBe('taobao');
  });

  it('agrees with its definition on random mixes of plain and other characters', () => {
    const pool = ['a', 'Z', ' ', '-', '.', '淘', '宝', '\u200b', '\u00ad', 'Ｊ', '\u3000', '\u0301', '\u202e', '\ufe0f', '㈱', 'ß', 'İ', '\u00a0'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 2000; round++) {
      const name = Array.from({ length: 1 + (next() % 8) }, () => pool[next() % pool.length]).join('');
      expect(normalizeName(name), JSON.stringify(name)).toBe(defined(name));
    }
  });
});

describe('isInputName', () => {
  it('refuses a name with a dot, colon, slash or ideographic full stop, and takes any other', () => {
    for (const name of ['jd.com', 'JD.com 商品', 'https:', 'a/b', '京东。', '.', ':', '/']) expect(isInputName(name), name).toBe(false);
    for (const name of ['jd', '京东', '京东商城', 'tao bao', '淘宝-天猫', '', '\uff0e', '\u3001']) expect(isInputName(name), name).toBe(true);
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isInputName(`a${String.fromCharCode(code)}b`) === /[.:/\u3002]/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});

describe('readAlike', () => {
  it.each([
    ['\u0458d', 'jd'],
    ['\u0408D', 'jd'],
    ['\u0422\u0410\u041e\u0412\u0410\u041e', 'taobao'],
    ['T\u0430\u043ebao', 'taobao'],
    ['\u03a4\u03b1\u03bfbao', 'taobao'],
    ['j\u200b\u0501', 'jd'],
    ['\u202e\u0458d', 'jd'],
    ['ｊ\u0501', 'jd'],
  ])('reads %j as %j, as it shows', (name, read) => {
    expect(readAlike(name)).toBe(read);
  });

  it('leaves other letters and scripts as normalizeName does', () => {
    for (const name of ['淘宝联盟', 'Жизнь', 'ζωή', 'jd', 'Taobao', '京东 JD']) expect(readAlike(name)).toBe(normalizeName(name).replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''));
  });
});
