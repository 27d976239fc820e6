// A group's short link or share token in a share text of an app that shares the group's links and
// tokens but is none of its members' (the Taobao Alliance's otherApps: 闲鱼). Such an app's item is
// no member's, so the text is taken for none, and a check answers unknown.
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../src/link/classify.js';
import { isAmbiguousLink } from '../../src/link/named-input.js';
import type { Classification } from '../../src/link/types.js';
import { explain, standsFor } from '../../src/render/link.js';
import { builtinCatalog } from '../helpers/catalog.js';

const catalog = await builtinCatalog();
const classify = (input: string): Classification => classifyInput(catalog, input);

describe('a group short link in a text that names an app none of the members is', () => {
  it.each([
    ['【闲鱼】https://m.tb.cn/h.5abc?tk=xyz 我在闲鱼发布了【iPhone 13】，快来看看吧~', '闲鱼'],
    ['【闲鱼】https://m.tb.cn/h.5abc?tk=xyz CZ0001 「我在闲鱼发布了【iPhone 13】」 点击链接直接打开', '闲鱼'],
    ['【閒魚】https://m.tb.cn/h.5abc', '閒魚'],
    ['https://e.tb.cn/h.5abc 快来👉闲·鱼👈看看', '闲鱼'],
    ['https://s.click.taobao.com/t?e=abc 闲鱼好物', '闲鱼'],
    // The member's mark does not outweigh it.
    ['【天猫】https://m.tb.cn/h.5abc 我在闲鱼发布了', '闲鱼'],
  ])('%j is taken for none: it names %s', (input, app) => {
    const found = classify(input);
    expect(found).toMatchObject({ kind: 'link', source: null, domain: null, reason: 'other-app', otherApp: app });
    expect(standsFor(found)).toBeNull();
    expect(isAmbiguousLink(found)).toBe(true);
  });

  it('says why', () => {
    expect(explain(classify('【闲鱼】https://m.tb.cn/h.5abc'))).toBe(
      "host m.tb.cn is a short link of a group, but the text names 闲鱼, another app whose share texts use such links, and whose items are no listed source's, so the text is taken for none, link found in the share text",
    );
  });

  it.each([
    // A member's own link leads where its host says, whatever the words.
    ['【闲鱼】https://item.taobao.com/item.htm?id=1', 'taobao'],
    ['【闲鱼】https://item.jd.com/1.html', 'jd'],
    // Its characters apart, in a title, name nothing.
    ['【淘宝】https://m.tb.cn/h.5abc CZ0001 「闲置 鱼竿」', 'taobao-alliance'],
    ['【淘宝】https://m.tb.cn/h.5abc CZ0001 「闲置钓鱼竿」', 'taobao-alliance'],
  ])('%j is read as before: %s', (input, side) => {
    expect(standsFor(classify(input))).toBe(side);
  });
});

describe('a group share token in a text that names an app none of the members is', () => {
  it.each([
    ['【闲鱼】￥AEpabxiRg0u￥ 我在闲鱼发布了【淘宝同款】', '闲鱼'],
    ['复制这条信息￥AEpabxiRg0u￥打开👉闲鱼👈 天猫同款', '闲鱼'],
    ['€08skb3DzfQC€ 打开淘宝 或 閒魚', '閒魚'],
  ])('%j is no member\'s: it names %s', (input, app) => {
    expect(classify(input)).toMatchObject({ kind: 'token', source: null, keyword: null, reason: 'other-app', otherApp: app });
  });

  it('names the app', () => {
    expect(explain(classify('【闲鱼】￥AEpabxiRg0u￥ 我在闲鱼发布了【淘宝同款】'))).toBe(
      "share token ￥AEpabxiRg0u￥: the text names 闲鱼, another app whose share texts use these short links and share tokens, and whose items are no listed source's, so it is taken for none",
    );
  });

  it.each([
    // No member named: no source, as before.
    ['打开闲鱼￥AEpabxiRg0u￥', 'no-keyword'],
    // A source of no such group is read by its words alone.
    ['￥AEpabxiRg0u￥ 京东 闲鱼', null],
  ])('%j: %s', (input, reason) => {
    expect(classify(input)).toMatchObject({ kind: 'token', reason });
  });
});

describe("a link of another app's host under a member's domain (the group's otherAppHosts)", () => {
  it.each([
    ['https://2.taobao.com/item.htm?id=123'],
    ['https://s.2.taobao.com/list/list.htm?q=iphone'],
    ['HTTPS://2.TAOBAO.COM./item.htm?id=123'],
    ['看看这个 2.taobao.com/item.htm?id=123'],
    // A member's mark does not make it the member's.
    ['【淘宝】https://2.taobao.com/item.htm?id=123'],
  ])('%j is 闲鱼\'s, taken for none', (input) => {
    const found = classify(input);
    expect(found).toMatchObject({ kind: 'link', source: null, domain: null, reason: 'other-app', otherApp: '闲鱼', otherAppHost: '2.taobao.com' });
    expect(standsFor(found)).toBeNull();
    expect(isAmbiguousLink(found)).toBe(true);
  });

  it('says whose host it is', () => {
    expect(explain(classify('https://2.taobao.com/item.htm?id=1'))).toBe(
      "host 2.taobao.com is one of 闲鱼's (2.taobao.com), another app whose items are no listed source's, so the link is taken for none",
    );
  });

  it.each([
    // Hosts that only look like it are read as before.
    ['https://item.taobao.com/item.htm?id=1', 'taobao'],
    ['https://12.taobao.com/item.htm?id=1', 'taobao'],
    ['https://2.taobao.com.evil.example/item.htm?id=1', null],
  ])('%j is read as before: %s', (input, side) => {
    expect(standsFor(classify(input))).toBe(side);
  });

  it("makes a member's link beside it a text of two sides", () => {
    expect(classify('https://item.jd.com/1.html 2.taobao.com')).toMatchObject({ kind: 'link', source: null, reason: 'several-links' });
  });
});
