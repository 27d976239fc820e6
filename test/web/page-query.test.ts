// The question in the page's address (src/web/page-query.ts): read, written back, and the language chosen.
import { describe, expect, it } from 'vitest';
import { atOf, dateAndTime, pageLang, pageSearch, readPageQuery } from '../../src/web/page-query.js';

const EMPTY = { source: '', surface: '', platform: '', at: '', asKnownOn: '', lang: '' } as const;

describe('readPageQuery and pageSearch', () => {
  it.each([
    ['?source=taobao&surface=live-cart&at=2022-06-01', { ...EMPTY, source: 'taobao', surface: 'live-cart', at: '2022-06-01' }, '?source=taobao&surface=live-cart&at=2022-06-01'],
    ['?lang=zh&at=2022-06-01&surface=live-cart&source=taobao', { ...EMPTY, source: 'taobao', surface: 'live-cart', at: '2022-06-01', lang: 'zh' }, '?source=taobao&surface=live-cart&at=2022-06-01&lang=zh'],
    ['?source=https%3A%2F%2Fitem.jd.com%2F1.html%3Fa%3D1%26b%3D2&surface=%E7%9B%B4%E6%92%AD%E9%97%B4', { ...EMPTY, source: 'https://item.jd.com/1.html?a=1&b=2', surface: '直播间' }, '?source=https%3A%2F%2Fitem.jd.com%2F1.html%3Fa%3D1%26b%3D2&surface=%E7%9B%B4%E6%92%AD%E9%97%B4'],
    ['?lang=fr&source=jd', { ...EMPTY, source: 'jd' }, '?source=jd'],
    ['?lang=ZH', { ...EMPTY, lang: 'zh' }, '?lang=zh'],
    // Without a source the address holds only the language.
    ['?surface=live-cart&at=2022-06-01', { ...EMPTY, surface: 'live-cart', at: '2022-06-01' }, ''],
    ['', EMPTY, ''],
    // A name the page does not read, and one given twice, are kept to be said (the first is read); the address written back drops them.
    ['?source=jd&surfce=short-video-cart', { ...EMPTY, source: 'jd', unread: ['surfce'] }, '?source=jd'],
    ['?source=jd&source=taobao&at=2022-06-01&at=2023-01-01&x=1&x=2', { ...EMPTY, source: 'jd', at: '2022-06-01', unread: ['x'], repeated: ['source', 'at'] }, '?source=jd&at=2022-06-01'],
    // A name given with no value, or white space alone (a script's empty variable), is read as not given and kept to be said; a blank source is the empty question.
    ['?source=jd&surface=live-cart&at=&asKnownOn=%20&platform=+&lang=', { ...EMPTY, source: 'jd', surface: 'live-cart', blank: ['platform', 'at', 'asKnownOn', 'lang'] }, '?source=jd&surface=live-cart'],
    ['?source=%20&surface=', { ...EMPTY, blank: ['surface'] }, ''],
  ] as const)('%s', (search, query, written) => {
    expect(readPageQuery(search)).toEqual(query);
    expect(pageSearch(readPageQuery(search))).toBe(written);
  });
});

describe('pageLang', () => {
  it.each([
    ['', ['zh-CN', 'en-US'], 'zh'],
    ['', ['zh-TW'], 'zh'],
    ['', ['en-GB', 'zh-CN'], 'en'],
    ['', ['fr-FR', 'zh-CN', 'en'], 'zh'],
    ['', ['fr-FR'], 'en'],
    ['', [], 'en'],
    ['?lang=en', ['zh-CN'], 'en'],
    ['?lang=zh', ['en-US'], 'zh'],
  ] as const)('%s with %j → %s', (search, languages, lang) => {
    expect(pageLang(readPageQuery(search), languages)).toBe(lang);
  });
});

describe('the date and time inputs', () => {
  it.each([
    ['2022-06-01', { date: '2022-06-01', time: '' }],
    ['2022-06-01T12:30', { date: '2022-06-01', time: '12:30' }],
    ['2022-06-01 12:30', { date: '2022-06-01', time: '12:30' }],
    ['2022年6月1日', undefined],
    ['2022-06-01T12:30:15', undefined],
  ] as const)('%s', (at, shown) => {
    expect(dateAndTime(at)).toEqual(shown);
  });

  it.each([
    ['', '', ''],
    ['', '12:00', ''],
    ['2022-06-01', '', '2022-06-01'],
    ['2022-06-01', '08:05', '2022-06-01T08:05'],
  ])('%s %s → %s', (date, time, at) => {
    expect(atOf(date, time)).toBe(at);
  });
});
