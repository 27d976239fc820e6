// An app deep link that carries a web page in its parameters (JD's "des":"m" with a "url", Taobao's
// h5Url), as written or percent-encoded: the app shows that page, so the link leads where it does.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../src/link/classify.js';
import type { Classification } from '../../src/link/types.js';
import { standsFor } from '../../src/render/link.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const classify = (input: string): Classification => classifyInput(catalog, input);

/** JD's deep link to a page shown in the app, its params percent-encoded as the app writes them. */
const jdPage = (url: string): string => `openapp.jdmobile://virtual?params=${encodeURIComponent(JSON.stringify({ category: 'jump', des: 'm', url }))}`;
const taobaoPage = (url: string): string => `tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&h5Url=${encodeURIComponent(url)}`;

describe('an app link that carries a page elsewhere', () => {
  it.each([
    [jdPage('https://evil.example/x')],
    [jdPage('https://item.taobao.com/item.htm?id=1')],
    [jdPage('HTTPS://EVIL.EXAMPLE/')],
    [jdPage('https://item.jd.com@evil.example/')],
    [jdPage(encodeURIComponent('https://evil.example/'))],
    ['openapp.jdmobile://virtual?params={"des":"m","url":"https:\\/\\/evil.example"}'],
    [taobaoPage('https://evil.example/x')],
    [taobaoPage('https://item.jd.com/1.html')],
    ['taobao://h5.m.taobao.com/?url=https://item.jd.com/1.html'],
    [`【京东】${jdPage('https://evil.example/')} 好物`],
  ])('%j is in doubt', (input) => {
    expect(classify(input)).toMatchObject({ kind: 'link', source: null, domain: null, reason: 'several-links' });
  });

  it.each([
    ['openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100012043978%22%7D', 'jd'],
    [jdPage('https://item.m.jd.com/product/1.html'), 'jd'],
    [jdPage('https://u.jd.com/abc'), 'jd'],
    // A member's page or the group's short link in the Taobao app agrees with the group.
    [taobaoPage('https://detail.tmall.com/item.htm?id=1'), 'taobao-alliance'],
    [taobaoPage('https://s.click.taobao.com/abc'), 'taobao-alliance'],
    ['taobao://item.taobao.com/item.htm?id=1', 'taobao-alliance'],
  ])('%j, carrying none or its own side\'s, is read as before: %s', (input, side) => {
    expect(standsFor(classify(input))).toBe(side);
  });
});
