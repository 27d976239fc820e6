// Share texts of the sources added with the record of 2026-12-04, as people paste them.
import { expect, it } from 'vitest';
import { classifyInput } from '../../src/link/classify.js';
import { standsFor } from '../../src/render/link.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();

it.each([
  ['【小红书】夏日防晒好物分享 http://xhslink.com/a/AbCdEf123 复制本条信息，打开【小红书】App查看精彩内容！', 'xiaohongshu-shop'],
  ['https://xhslink.com/m/3Fx9Kq2', 'xiaohongshu-shop'],
  ['【微店】https://weidian.com/item.html?itemID=4425123456 「手工皂 天然植物」点击链接直接打开', 'weidian'],
  ['https://shop1234567.v.weidian.com/item.html?itemID=4425123456', 'weidian'],
  ['微店', 'weidian'],
  ['个人小商店', 'wechat-personal-shop'],
])('%s is %s', (input, source) => {
  expect(standsFor(classifyInput(catalog, input))).toBe(source);
});
