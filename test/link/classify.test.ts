// What each kind of argument is recognised as. Every row must hold: a look-alike
// or spoofed host is never recognised as a known source.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/errors.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyInput } from '../../src/link/classify.js';
import { shownInput } from '../../src/link/named-input.js';
import type { Classification } from '../../src/link/types.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { explain, standsFor } from '../../src/render/link.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { thrownWords } from '../helpers/error-words.js';
import { tempFolder } from '../helpers/temp.js';

const catalog = await builtinCatalog();
const classify = (input: string): Classification => classifyInput(catalog, input);

/** What matched: the host of a link, the token of a share token, the input of a name. */
function matched(result: Classification): string {
  if (result.kind === 'link') return result.host;
  if (result.kind === 'token') return result.token;
  return result.input;
}

type Row = [input: string, source: string | null, kind: Classification['kind'], matched: string];

const links: Row[] = [
  // Taobao and Tmall, their mobile, affiliate and short-link hosts.
  ['https://item.taobao.com/item.htm?id=1', 'taobao', 'link', 'item.taobao.com'],
  ['HTTPS://ITEM.TAOBAO.COM/item.htm?id=1', 'taobao', 'link', 'item.taobao.com'],
  ['https://www.taobao.com/', 'taobao', 'link', 'www.taobao.com'],
  ['https://detail.tmall.com/item.htm?id=1', 'tmall', 'link', 'detail.tmall.com'],
  ['https://detail.tmall.hk/hk/item.htm?id=1', 'tmall', 'link', 'detail.tmall.hk'],
  ['https://chaoshi.detail.tmall.com/item.htm?id=1', 'tmall', 'link', 'chaoshi.detail.tmall.com'],
  // The Taobao app's mobile item pages show a Tmall item by its id as well: the group's, as m.tb.cn is.
  ['https://h5.m.taobao.com/awp/core/detail.htm?id=1', 'taobao-alliance', 'link', 'h5.m.taobao.com'],
  ['https://a.m.taobao.com/i1.htm', 'taobao-alliance', 'link', 'a.m.taobao.com'],
  ['https://h5.m.taobao.com/awp/core/detail.htm?id=1&spm=a2141.7631565', 'taobao-alliance', 'link', 'h5.m.taobao.com'],
  ['HTTPS://H5.M.TAOBAO.COM/awp/core/detail.htm?id=1', 'taobao-alliance', 'link', 'h5.m.taobao.com'],
  // Its other pages are Taobao's own.
  ['https://h5.m.taobao.com/awp/base/order.htm', 'taobao', 'link', 'h5.m.taobao.com'],
  ['https://a.m.taobao.com/', 'taobao', 'link', 'a.m.taobao.com'],
  ['https://s.click.taobao.com/t?e=m%3D2', 'taobao-alliance', 'link', 's.click.taobao.com'],
  ['https://uland.taobao.com/coupon/edetail?e=abc', 'taobao-alliance', 'link', 'uland.taobao.com'],
  ['https://m.tb.cn/h.abc', 'taobao-alliance', 'link', 'm.tb.cn'],
  ['https://e.tb.cn/h.abc', 'taobao-alliance', 'link', 'e.tb.cn'],
  ['http://s.tb.cn/abc', 'taobao-alliance', 'link', 's.tb.cn'],
  ['https://item.taobao.com:443/item.htm?id=1', 'taobao', 'link', 'item.taobao.com'],
  ['http://item.taobao.com:8080/item.htm?id=1', 'taobao', 'link', 'item.taobao.com'],
  ['https://item.taobao.com./item.htm?id=1', 'taobao', 'link', 'item.taobao.com'],
  ['taobao.com', 'taobao', 'link', 'taobao.com'],
  // JD.
  ['https://item.jd.com/100012043978.html', 'jd', 'link', 'item.jd.com'],
  ['item.jd.com/100012043978.html', 'jd', 'link', 'item.jd.com'],
  ['item.jd.com./100012043978.html', 'jd', 'link', 'item.jd.com'],
  ['item.jd.com:8080/1.html', 'jd', 'link', 'item.jd.com'],
  ['//item.jd.com/1.html', 'jd', 'link', 'item.jd.com'],
  ['https://item.m.jd.com/product/1.html', 'jd', 'link', 'item.m.jd.com'],
  ['https://u.jd.com/abc', 'jd', 'link', 'u.jd.com'],
  ['https://union-click.jd.com/jdc?e=abc', 'jd', 'link', 'union-click.jd.com'],
  ['https://npcitem.jd.hk/1.html', 'jd', 'link', 'npcitem.jd.hk'],
  ['https://3.cn/-1abcDE', 'jd', 'link', '3.cn'],
  // A full-width host is mapped to ASCII by the URL parser, as browsers do: it is item.jd.com.
  ['https://ｉｔｅｍ．ｊｄ．ｃｏｍ/1.html', 'jd', 'link', 'item.jd.com'],
  // The rest of the sources.
  ['https://mobile.yangkeduo.com/goods.html?goods_id=1', 'pinduoduo', 'link', 'mobile.yangkeduo.com'],
  ['https://p.pinduoduo.com/abc', 'pinduoduo', 'link', 'p.pinduoduo.com'],
  ['https://h5.youzan.com/v2/goods/x', 'youzan', 'link', 'h5.youzan.com'],
  ['https://shop123.m.youzan.com/wscgoods/detail/x', 'youzan', 'link', 'shop123.m.youzan.com'],
  ['https://j.youzan.com/abc', 'youzan', 'link', 'j.youzan.com'],
  ['https://www.mockuai.com/', 'mokuai', 'link', 'www.mockuai.com'],
  ['https://app.kwaixiaodian.com/page/kwaishop-buyer-goods-detail?id=1', 'kuaishou-shop', 'link', 'app.kwaixiaodian.com'],
  ['https://haohuo.jinritemai.com/views/product/item2?id=1', 'douyin-shop', 'link', 'haohuo.jinritemai.com'],
  // User info and fragments do not move the host: these do lead to Taobao.
  ['https://evil.example%2F@item.taobao.com/', 'taobao', 'link', 'item.taobao.com'],
  ['https://item.taobao.com#@evil.example', 'taobao', 'link', 'item.taobao.com'],
];

const spoofs: Row[] = [
  ['https://item.taobao.com.evil.example/x', null, 'link', 'item.taobao.com.evil.example'],
  ['https://evil.example/item.taobao.com', null, 'link', 'evil.example'],
  ['https://evil.example/?u=https://item.taobao.com/', null, 'link', 'evil.example'],
  ['https://evil.example/#item.taobao.com', null, 'link', 'evil.example'],
  ['https://taobao.com@evil.example/', null, 'link', 'evil.example'],
  ['https://taobao.com:443@evil.example/', null, 'link', 'evil.example'],
  ['taobao.com@evil.example/', null, 'link', 'evil.example'],
  ['https://evil.example\\@item.taobao.com/', null, 'link', 'evil.example'],
  ['https://taobao.com @evil.example/', null, 'link', 'evil.example'],
  ['https://taobao.com\n@evil.example/', null, 'link', 'evil.example'],
  ['https://item.taobao.com%2eevil.example/', null, 'link', 'item.taobao.com.evil.example'],
  ['https://evil-taobao.com/', null, 'link', 'evil-taobao.com'],
  ['https://eviltaobao.com/', null, 'link', 'eviltaobao.com'],
  ['https://notjd.com/', null, 'link', 'notjd.com'],
  ['https://taobao.com.cn/', null, 'link', 'taobao.com.cn'],
  ['https://jd.com.evil.example/', null, 'link', 'jd.com.evil.example'],
  ['https://tb.cn.evil.example/h.abc', null, 'link', 'tb.cn.evil.example'],
  ['https://taobao.co/', null, 'link', 'taobao.co'],
  // Cyrillic а (U+0430) in place of a: the parser turns the name into punycode.
  ['https://t\u0430obao.com/', null, 'link', 'xn--tobao-4ve.com'],
  ['t\u0430obao.com/item.htm', null, 'link', 'xn--tobao-4ve.com'],
  ['https://item.jd.c\u043em/1.html', null, 'link', 'item.jd.xn--cm-fmc'],
  // Only one trailing dot is a fully qualified name; empty labels reach no host.
  ['https://item.taobao.com../', null, 'link', 'item.taobao.com.'],
  ['https://.taobao.com/', null, 'link', '.taobao.com'],
  ['https://1.2.3.4/item.taobao.com', null, 'link', '1.2.3.4'],
];

const shareTexts: Row[] = [
  ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品名」点击链接直接打开', 'taobao-alliance', 'link', 'm.tb.cn'],
  ['https://m.tb.cn/h.5abc?tk=xyz 「商品名」点击链接直接打开', 'taobao-alliance', 'link', 'm.tb.cn'],
  ['【京东】https://item.m.jd.com/product/100012043978.html 好物推荐', 'jd', 'link', 'item.m.jd.com'],
  ['看看这个：item.jd.com/100012043978.html 好价', 'jd', 'link', 'item.jd.com'],
  // A 淘口令 may lead to a Taobao or a Tmall item, whichever word the text says: the Taobao Alliance's.
  ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'taobao-alliance', 'token', '￥AEpabxiRg0u￥'],
  ['€08skb3DzfQC€ 打开淘宝', 'taobao-alliance', 'token', '€08skb3DzfQC€'],
  // The app's name half in pinyin, as share texts write it to get past chat filters (手机淘tao宝, 【Tao宝】).
  ['复制这条信息￥MDGGba1MLQh￥到【Tao宝】', 'taobao-alliance', 'token', '￥MDGGba1MLQh￥'],
  ['我在手机淘tao寳发现一个宝贝 ￥MDGGba1MLQh￥', 'taobao-alliance', 'token', '￥MDGGba1MLQh￥'],
  ['0.76 ₴Zk8xRgYFq1a₴ 天猫旗舰店，点开即可', 'taobao-alliance', 'token', '₴Zk8xRgYFq1a₴'],
  ['8￥AEpabxiRg0u￥/ 天猫同款连衣裙', 'taobao-alliance', 'token', '￥AEpabxiRg0u￥'],
  ['27:/￥E3Fd5Tg2YxM1￥，复制这段话打开京东APP', 'jd', 'token', '￥E3Fd5Tg2YxM1￥'],
  ['#E3Fd5Tg2YxM1%京口令，打开京东查看', 'jd', 'token', '#E3Fd5Tg2YxM1%'],
  ['Open the JD app: @E3Fd5Tg2YxM1!', 'jd', 'token', '@E3Fd5Tg2YxM1!'],
  // A token is attributed only when the text names one source.
  ['￥AEpabxiRg0u￥', null, 'token', '￥AEpabxiRg0u￥'],
  ['复制这条信息￥AEpabxiRg0u￥后打开APP', null, 'token', '￥AEpabxiRg0u￥'],
  ['复制￥AEpabxiRg0u￥打开淘宝或京东', null, 'token', '￥AEpabxiRg0u￥'],
  ['open ajdx for ￥AEpabxiRg0u￥', null, 'token', '￥AEpabxiRg0u￥'],
  // The link decides, not the words around it; the first link counts, unless a later one leads elsewhere.
  ['【淘宝】https://m.tb.cn.evil.example/h.x 打开手淘', null, 'link', 'm.tb.cn.evil.example'],
  ['【淘宝】https://t\u0430obao.com/x 点击链接', null, 'link', 'xn--tobao-4ve.com'],
  ['打开淘宝 https://evil.example/x ￥AEpabxiRg0u￥', null, 'link', 'evil.example'],
  ['打开 https://evil.example/x 或 https://item.taobao.com/item.htm?id=1', null, 'link', 'evil.example'],
  ['https://item.jd.com/1.html 对比 https://item.taobao.com/item.htm?id=2', null, 'link', 'item.jd.com'],
  // Later links of the same source agree with the first; a link inside the first (its query) is no other link.
  ['https://item.jd.com/1.html 或 https://item.m.jd.com/product/2.html', 'jd', 'link', 'item.jd.com'],
  ['https://m.tb.cn/h.a https://m.tb.cn/h.b', 'taobao-alliance', 'link', 'm.tb.cn'],
  ['https://item.jd.com/1.html 见 https://', null, 'link', 'item.jd.com'],
  // Any white space ends a link, the scanner's kinds included (NEL, full-width space).
  ['https://item.jd.com/1.html\u0085https://item.taobao.com/item.htm?id=2', null, 'link', 'item.jd.com'],
  ['https://item.jd.com/1.html\u3000https://item.taobao.com/item.htm?id=2', null, 'link', 'item.jd.com'],
  // Two hosts no source lists are alike: the rules about any other link speak for both.
  ['https://evil.example/a https://other.example/b', null, 'link', 'evil.example'],
  ['https://item.jd.com/1.html?u=https://item.taobao.com/2', 'jd', 'link', 'item.jd.com'],
];

const names: Row[] = [
  ['taobao', 'taobao', 'name', 'taobao'],
  ['天猫', 'tmall', 'name', '天猫'],
  [' jd ', 'jd', 'name', ' jd '],
  ['抖店', 'douyin-shop', 'name', '抖店'],
];

describe('classifyInput', () => {
  it.each([...links, ...spoofs, ...shareTexts, ...names])('%j is %s (%s %s)', (input, source, kind, what) => {
    const result = classify(input);
    expect(standsFor(result)).toBe(source);
    expect(result.kind).toBe(kind);
    expect(matched(result)).toBe(what);
  });

  it('has a table of at least 40 normal and adversarial cases', () => {
    expect(links.length + spoofs.length + shareTexts.length).toBeGreaterThanOrEqual(40);
  });
});

describe('what a recognised input carries', () => {
  it('a link: the parsed URL, its host and the domain that matched', () => {
    expect(classify('HTTPS://Detail.Tmall.com:443/item.htm?id=1')).toMatchObject({
      kind: 'link',
      url: 'https://detail.tmall.com/item.htm?id=1',
      host: 'detail.tmall.com',
      domain: 'tmall.com',
      inText: false,
      reason: null,
    });
  });

  it('a link in a share text: the link alone, and where it was found', () => {
    expect(classify('【淘宝】https://m.tb.cn/h.5abc?tk=xyz。「商品名」')).toMatchObject({ url: 'https://m.tb.cn/h.5abc?tk=xyz', domain: 'tb.cn', inText: true });
    expect(classify('https://m.tb.cn/h.5abc?tk=xyz 「商品名」')).toMatchObject({ url: 'https://m.tb.cn/h.5abc?tk=xyz', inText: false });
  });

  it('the longest listed domain wins, so a user rule file can claim part of a domain', () => {
    const taobao = catalog.sources.get('taobao')!;
    const sources = new Map(catalog.sources);
    sources.set('tmall-global', { ...taobao, id: 'tmall-global', aliases: [], domains: ['detail.tmall.hk'] });
    const custom = { ...catalog, sources };
    expect(classifyInput(custom, 'https://detail.tmall.hk/x').source?.id).toBe('tmall-global');
    expect(classifyInput(custom, 'https://tmall.hk/x').source?.id).toBe('tmall');
  });

  it('a user rule file adds a source with its domains and share-text keywords', async () => {
    const folder = tempFolder('linkcheck-classify-');
    const file = join(folder, 'vip.json');
    const vip = { id: 'vipshop', name: 'Vipshop (唯品会)', aliases: ['唯品会'], groups: ['third-party'], domains: ['vip.com'], shareText: { keywords: ['唯品会'] } };
    writeFileSync(file, JSON.stringify({ sources: [vip] }));
    const withVip = await loadCatalog({ root: ROOT, rules: [file] });
    expect(classifyInput(withVip, 'https://m.vip.com/product-1.html')).toMatchObject({ source: { id: 'vipshop' }, domain: 'vip.com' });
    expect(classifyInput(withVip, '￥AEpabxiRg0u￥ 打开唯品会')).toMatchObject({ source: { id: 'vipshop' }, keyword: '唯品会' });
    expect(classify('https://m.vip.com/product-1.html').source).toBeNull();
  });

  it('a text of more links than are read: taken for none as too-many-links, not said to lead elsewhere', () => {
    const links = (count: number) => Array.from({ length: count }, (_, i) => `https://item.jd.com/${i + 1}.html`).join(' ');
    expect(classify(links(17))).toMatchObject({ kind: 'link', source: { id: 'jd' }, reason: null });
    const many = classify(links(18));
    expect(many).toMatchObject({ kind: 'link', url: 'https://item.jd.com/1.html', host: 'item.jd.com', source: null, domain: null, reason: 'too-many-links' });
    expect(standsFor(many)).toBeNull();
    expect(explain(many)).toBe('the first link is item.jd.com, but the text holds more than 17 links, not all read, so where they lead is not known and the text is taken for none');
    // Eighteen links of which one leads elsewhere within those read: that one decides.
    expect(classify(`${links(3)} https://item.taobao.com/1 ${links(14)}`)).toMatchObject({ reason: 'several-links' });
  });

  it('a link and a share token: the link, unless the token\'s words beside the links name another side than the link\'s', () => {
    const jd = 'https://item.jd.com/100012043978.html';
    expect(classify(`复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈 ${jd}`)).toMatchObject({ kind: 'link', url: jd, host: 'item.jd.com', inText: true, source: null, domain: null, reason: 'link-and-token' });
    // A 淘口令 stands for the group, as the group's short link does: they agree. The tmall a mark names does not.
    expect(classify('https://m.tb.cn/h.x ￥AbcdEfghIj1￥ 打开手淘')).toMatchObject({ source: null, group: { id: 'taobao-alliance' }, reason: null });
    expect(classify('【天猫】https://m.tb.cn/h.x ￥AbcdEfghIj1￥ 打开手淘')).toMatchObject({ source: null, reason: 'link-and-token' });
    expect(classify('https://detail.tmall.com/item.htm?id=1 复制￥AEpabxiRg0u￥打开天猫')).toMatchObject({ source: null, reason: 'link-and-token' });
    // A token whose words name the link's side and another: another side's token may be the one placed.
    expect(classify('复制￥AEpabxiRg0u￥打开淘宝 京东同款 https://item.jd.com/1.html')).toMatchObject({ source: null, reason: 'link-and-token' });
    expect(classify('https://item.jd.com/1.html ￥E3Fd5Tg2YxM1￥ 打开京东')).toMatchObject({ source: { id: 'jd' }, reason: null });
    // A check of such a text answers unknown wherever it is asked.
    expect(standsFor(classify(`${jd} ￥AEpabxiRg0u￥ 打开手淘`))).toBeNull();
  });

  it.each([
    ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', { source: null, group: 'taobao-alliance', keyword: '手淘', reason: null, named: ['taobao'] }],
    ['8￥AEpabxiRg0u￥/ 天猫同款连衣裙', { source: null, group: 'taobao-alliance', keyword: '天猫', reason: null, named: ['tmall'] }],
    ['￥AEpabxiRg0u￥', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['京东还是淘宝？￥AEpabxiRg0u￥', { source: null, group: null, keyword: null, reason: 'several-sources', named: ['jd', 'taobao'] }],
    ['天猫还是淘宝？￥AEpabxiRg0u￥', { source: null, group: null, keyword: null, reason: 'several-sources', named: ['tmall', 'taobao'] }],
    // A keyword inside a word that names something else (notWithin in rules/sources.json) names nothing.
    ['￥AEpabxiRg0u￥ 「南京东路同款 丝巾」', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 北京東城发货', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 京东方屏幕', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    // 京东同款, a title's "as JD sells it", is said of items of any shop: it names no source.
    ['￥AEpabxiRg0u￥ 南京东路店 京东同款', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 京東同款 手机壳', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥E3Fd5Tg2YxM1￥ 京东同款 打开京东', { source: 'jd', group: null, keyword: '京东', reason: null, named: ['jd'] }],
    // A keyword in pinyin, or split by spaces and brackets, as share texts disguise it, names its source.
    ['復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘bao👈「京东同款蓝牙耳机」', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘bao👈「京东蓝牙耳机」', { source: null, group: null, keyword: null, reason: 'several-sources', named: ['taobao', 'jd'] }],
    ['￥anzcbFYCKxj￥ 打开👉淘bao👈', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['￥anzcbFYCKxj￥ 打开【tian猫】', { source: null, group: 'taobao-alliance', keyword: '天猫', reason: null, named: ['tmall'] }],
    ['￥E3Fd5Tg2YxM1￥ 打开 jing东 APP', { source: 'jd', group: null, keyword: '京东', reason: null, named: ['jd'] }],
    ['￥AEpabxiRg0u￥ 「南jing东路同款」', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    // A name inside a host no source lists (one made to look like a source's) names nothing; beside it, the words still do.
    ['￥AEpabxiRg0u￥ www.jd.com.evil.cn', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ ＷＷＷ．ＪＤ．ＣＯＭ．evil．cn 好物', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 打开淘宝 taobao.com.evil.cn', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['￥E3Fd5Tg2YxM1￥ 京东 jd-shop.example', { source: 'jd', group: null, keyword: '京东', reason: null, named: ['jd'] }],
    ['￥E3Fd5Tg2YxM1￥ www.jd.com', { source: 'jd', group: null, keyword: 'jd', reason: null, named: ['jd'] }],
    // A Latin keyword in a model or part number names nothing: the title's product, not the shop.
    ['￥AEpabxiRg0u￥ 型号JD-2000 吸尘器', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 配件 2000_jd 滤网', { source: null, group: null, keyword: null, reason: 'no-keyword', named: [] }],
    ['￥AEpabxiRg0u￥ 打开淘宝 型号JD-2000', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['￥E3Fd5Tg2YxM1￥ 打开JD APP', { source: 'jd', group: null, keyword: 'jd', reason: null, named: ['jd'] }],
    // Pinyin in look-alike letters or with its tones, and characters drawn like 淘, as the apps' texts write them.
    ['fu致这行话₤JGvr1SxMkdx₤转移至👉τáǒЬáǒ👈，【法国娇兰帝皇修护复原蜜50ml】', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['付致这行话₳hk5N1SAU2g6₳转移至👉τаo宝аρρ👈，【美国进口芳新金装 衣物去渍液473ml】', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['椱ァ製这段描述₴2H36Y7T1NkV₴后到◇綯℡寳', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['復ず■淛淘口令￥QOp712ACS3T￥移步到氵匋Bao', { source: null, group: 'taobao-alliance', keyword: '淘口令', reason: null, named: ['taobao'] }],
    ['€08skb3DzfQC€ 京东同款 打开👉τáǒЬáǒ👈', { source: null, group: 'taobao-alliance', keyword: '淘宝', reason: null, named: ['taobao'] }],
    ['€08skb3DzfQC€ 京东 打开👉τáǒЬáǒ👈', { source: null, group: null, keyword: null, reason: 'several-sources', named: ['jd', 'taobao'] }],
    ['€08skb3DzfQC€ 打开 Jīngdōng', { source: 'jd', group: null, keyword: '京东', reason: null, named: ['jd'] }],
  ])('a token in %j: the keyword that named its source (or its group), or why none did', (input, expected) => {
    const result = classify(input);
    if (result.kind !== 'token') throw new Error(`expected a token, got ${result.kind}`);
    expect({ source: result.source?.id ?? null, group: result.group?.id ?? null, keyword: result.keyword, reason: result.reason, named: result.named.map((match) => match.source.id) }).toEqual(expected);
  });
});

describe('a host name beside a share token', () => {
  // An app may show a host written as a word as a link: one that another source or group lists
  // may be what the placement shows, as a link beside a token may (link-and-token).
  it.each([
    ['￥AEpabxiRg0u￥ 京东 m.tb.cn', ['m.tb.cn taobao-alliance']],
    ['￥AEpabxiRg0u￥ 打开京东 或 m。tb。cn', ['m.tb.cn taobao-alliance']],
    ['27:/￥E3Fd5Tg2YxM1￥，复制这段话打开京东APP mobile.yangkeduo.com', ['mobile.yangkeduo.com pinduoduo']],
    ['复制￥AEpabxiRg0u￥打开淘宝 3.cn', ['3.cn jd']],
    ['復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘♂寳♀👈 或去 ｍ．ｙａｎｇｋｅｄｕｏ．ｃｏｍ 看看', ['m.yangkeduo.com pinduoduo']],
    ['￥E3Fd5Tg2YxM1￥ 京东 v.douyin.com 1.5kg item.jd.com', ['v.douyin.com douyin-shop']],
    // Another app's host (闲鱼's) beside a token of the group it shares tokens with.
    ['￥AbCdEfGh12￥ 淘宝 2.taobao.com', ['2.taobao.com 闲鱼']],
  ])('%j names more than one source', (input, hosts) => {
    const result = classify(input);
    if (result.kind !== 'token') throw new Error(`expected a token, got ${result.kind}`);
    expect({ source: result.source, group: result.group ?? null, reason: result.reason }).toEqual({ source: null, group: null, reason: 'several-sources' });
    expect(result.reason === 'several-sources' ? result.hosts?.map(({ host, side }) => `${host} ${'app' in side ? side.app : side.id}`) : []).toEqual(hosts);
    expect(standsFor(result)).toBeNull();
  });

  it.each([
    // The token's own side, a member of its group, or a host no source lists: the token's words decide.
    ['￥E3Fd5Tg2YxM1￥ 京东 item.jd.com', 'jd'],
    ['复制￥AEpabxiRg0u￥打开淘宝 m.tb.cn', 'taobao-alliance'],
    ['复制￥AEpabxiRg0u￥打开手淘 item.taobao.com', 'taobao-alliance'],
    ['￥E3Fd5Tg2YxM1￥ 京东 evil.example v1.2 2.0L', 'jd'],
  ])('%j stands for %s', (input, side) => {
    expect(standsFor(classify(input))).toBe(side);
  });

  it('says which host names another source', () => {
    expect(explain(classify('￥AEpabxiRg0u￥ 京东 m.tb.cn'))).toBe('share token ￥AEpabxiRg0u￥: the text names more than one source: 京东 (jd), m.tb.cn (taobao-alliance)');
  });
});

describe('a scheme-relative link in a share text', () => {
  it.each([
    ['//item.jd.com/1.html 好', 'jd'],
    ['//item.jd.com/1.html 好物推荐 点击链接直接打开', 'jd'],
    ['//item.jd.com/1.html\n「商品」', 'jd'],
    ['看看 //item.jd.com/1.html 好价', 'jd'],
    ['//m.tb.cn/h.x 「商品」', 'taobao-alliance'],
    ['//detail.tmall.com/item.htm?id=1 天猫', 'tmall'],
    ['／／item.jd.com/1.html 好', 'jd'],
  ])('%j is the link\'s: %s', (input, source) => {
    expect(standsFor(classify(input))).toBe(source);
  });

  it('is read as any link: of no listed source, beside another side, after a word and a colon', () => {
    expect(classify('//evil.example/x 好')).toMatchObject({ kind: 'link', host: 'evil.example', reason: 'unlisted-host' });
    expect(classify('//item.jd.com/1.html 对比 https://item.taobao.com/item.htm?id=2')).toMatchObject({ reason: 'several-links' });
    expect(classify('https://item.jd.com/1.html 对比 //item.taobao.com/item.htm?id=2')).toMatchObject({ reason: 'several-links' });
    // javascript: //… is a script's link to the URL parser, and // with no host after it is none.
    expect(() => classify('javascript: //item.taobao.com/x')).toThrow(InputError);
    expect(() => classify('// 好')).toThrow(InputError);
  });
});

describe('the symbols around a share token', () => {
  // Every delimiter the apps are seen to use (the research notes on share texts list them).
  const delimiters = [...'￥¥€₤₳¢¤฿₵₡₫ƒ₲₭£₥₦₱〒₮₩₴₪៛﷼₢₰₯₠₣₧$'];

  it.each(delimiters)('%j around a token makes it one', (symbol) => {
    const token = `${symbol}AEpabxiRg0u${symbol}`;
    expect(classify(`复制${token}打开淘宝`)).toMatchObject({ kind: 'token', token, group: { id: 'taobao-alliance' }, reason: null });
    expect(classify(`复制${token}`)).toMatchObject({ kind: 'token', token, source: null, reason: 'no-keyword' });
    // A run of digits alone is a phone number, not a token, whatever its symbols.
    expect(() => classify(`${symbol}13800138000${symbol} 淘宝`)).toThrow(InputError);
  });

  // The Taobao app's texts since 2021 also put a token between slashes and brackets, alike or mixed.
  it.each([
    ['88:/AbCdEfGh123/ 复制打开淘宝', '/AbCdEfGh123/'],
    ['复制／AEpabxiRg0u／后打开👉手淘👈', '／AEpabxiRg0u／'],
    ['《AEpabxiRg0u《 打开淘宝', '《AEpabxiRg0u《'],
    ['《AEpabxiRg0u》 打开淘宝', '《AEpabxiRg0u》'],
    ['复制「AEpabxiRg0u」打开淘宝', '「AEpabxiRg0u」'],
    ['9/AEpabxiRg0u《 淘宝', '/AEpabxiRg0u《'],
  ])('%j holds the token %j', (input, token) => {
    expect(classify(input)).toMatchObject({ kind: 'token', token, group: { id: 'taobao-alliance' }, reason: null });
  });

  it.each(['/', '《', '「'])('a 淘口令 after %j beside a JD link puts the link in doubt, as any token does', (symbol) => {
    const close = symbol === '「' ? '」' : symbol;
    // It was JD's, and allowed wherever JD links are: the words name the token's Taobao too.
    expect(classify(`https://item.jd.com/1.html 复制${symbol}AEpabxiRg0u${close}打开淘宝`)).toMatchObject({ kind: 'link', source: null, reason: 'link-and-token' });
    expect(() => classify(`${symbol}13800138000${close} 淘宝`)).toThrow(InputError);
  });

  it.each(['/AbCdEfGh123/AbCdEfGh456/ 京东', 'abc/AbCdEfGh123/ 京东', 'docs/AEpabxiRg0u/1 打开淘宝', '／AEpabxiRg0u／x 淘宝'])('%j, a segment of a path, is no token', (input) => {
    expect(() => classify(input)).toThrow(InputError);
  });

  it.each(['x', 'Q', 'é', 'ß', 'ø', 'д', '〇', '〓'])('%j, a letter or a symbol no app is seen to use, delimits no token', (symbol) => {
    expect(() => classify(`复制${symbol}AEpabxiRg0u${symbol}打开淘宝`)).toThrow(InputError);
  });
});

describe('a link whose port no browser could use', () => {
  // The host is fine; the port is what is wrong, and the message says so. Refused, never a source.
  it.each([
    ['https://item.jd.com:99999/1.html', 'https', '99999'],
    ['https://item.jd.com:65536/1.html', 'https', '65536'],
    ['https://item.jd.com:abc/1.html', 'https', 'abc'],
    ['https://item.jd.com:-1/1.html', 'https', '-1'],
    ['https://item.jd.com:\uff18\uff10/1.html', 'https', '\uff18\uff10'],
    ['http://item.jd.com:1:2/', 'http', '1:2'],
    ['item.jd.com:99999/1.html', 'https', '99999'],
    ['https://taobao.com:80@item.jd.com:99999/', 'https', '99999'],
  ])('%j is refused for its port %#', (input, scheme, port) => {
    expect(thrownWords(() => classify(input))).toBe(
      `"${input}" is not a valid ${scheme} link: its port "${port}" is not valid (a port is a number from 0 to 65535); give a source id or alias (taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop), an http(s) link, a host and path such as item.jd.com/100012043978.html, or a share text with a link or share token`,
    );
  });

  it('in a share text too', () => {
    expect(thrownWords(() => classify('【京东】好物 https://item.jd.com:99999/1.html 快来'))).toMatch(/^"https:\/\/item\.jd\.com:99999\/1\.html" is not a valid https link: its port "99999" is not valid/);
  });

  it.each([['https://item.jd.com:80/1.html'], ['https://item.jd.com:65535/1.html'], ['https://item.jd.com:/1.html'], ['https://item.jd.com:0080/1.html']])('%j, a port a browser takes, is read as before', (input) => {
    expect(classify(input)).toMatchObject({ kind: 'link', source: { id: 'jd' } });
  });
});

describe('a word and a colon', () => {
  const title = (words: string) => `【京东】https://u.jd.com/YO58R3K「Nike Air Max ${words}」点击链接直接打开`;

  // A word before a colon is a scheme only with // after it, or when it opens something without them.
  it.each([
    ['尺码Size:42 颜色Color:white'],
    ['Color:white'],
    ['note:好'],
    ['Note:good'],
    ['tk:abc'],
    ['规格spec:L码'],
    ['url:item'],
  ])('in a product title, %j is a word: the link decides', (words) => {
    expect(classify(title(words))).toMatchObject({ kind: 'link', source: { id: 'jd' }, host: 'u.jd.com', reason: null });
    expect(classify(`https://item.jd.com/1.html ${words}`)).toMatchObject({ source: { id: 'jd' }, reason: null });
    expect(classify(`${words} https://item.jd.com/1.html`)).toMatchObject({ source: { id: 'jd' }, reason: null });
  });

  it.each([
    ['ftp://item.jd.com/1.html', 'ftp'],
    ['weixin://dl/business', 'weixin'],
    ['x-app:\\\\open', 'x-app'],
    ['shop:／／item', 'shop'],
    ['javascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,x', 'data'],
    ['mailto:shop@jd.com', 'mailto'],
    ['tel:+8610086', 'tel'],
    ['sms:+8610086', 'sms'],
    ['intent:#Intent;scheme=x;end', 'intent'],
    ['blob:x', 'blob'],
    ['about:blank', 'about'],
  ])('%j is a scheme, refused alone, beside a link and after one', (link, scheme) => {
    expect(thrownWords(() => classify(link))).toContain(`(${scheme}: links are not accepted)`);
    expect(thrownWords(() => classify(`https://item.jd.com/1.html ${link}`))).toContain(`(${scheme}: links are not accepted)`);
    expect(thrownWords(() => classify(`${title('好')} ${link}`))).toContain(`(${scheme}: links are not accepted)`);
  });

  it.each([
    ['https://item.jd.com/1.html?u=javascript:alert(1)', 'javascript'],
    ['https://item.jd.com/1.html#vbscript:msgbox(1)', 'vbscript'],
    ['https://item.jd.com/1.html?next=data:text/html,x', 'data'],
    ['https://item.jd.com/1.html?f=file:etc', 'file'],
  ])('a script\'s scheme in a link\'s query is refused: %j', (link, scheme) => {
    expect(thrownWords(() => classify(link))).toContain(`(${scheme}: links are not accepted)`);
  });

  it('an app scheme a source lists opens without slashes too; another scheme in a query is part of the link', () => {
    expect(classify('taobao:item.taobao.com/item.htm?id=1')).toMatchObject({ source: null, group: { id: 'taobao-alliance' }, appScheme: 'taobao' });
    expect(classify('https://item.jd.com/1.html?u=ftp://x')).toMatchObject({ source: { id: 'jd' }, reason: null });
  });
});

describe('arguments that are not accepted', () => {
  it.each([
    ['javascript:alert(1)', '"javascript:alert(1)" is not a web link (javascript: links are not accepted); give a source id or alias (taobao, tmall, jd,'],
    ['JavaScript:alert("https://item.taobao.com/")', 'is not a web link (javascript: links are not accepted)'],
    // A line break ends a word: what follows it is no scheme (script: opens nothing without //), and no link.
    ['java\nscript:alert(1)', 'no source name, link or share token in "java\\nscript:alert(1)"'],
    ['java\nscript://item.taobao.com/x', '"java\\nscript://item.taobao.com/x" holds a link that is not a web link (script: links are not accepted)'],
    ['data:text/html,<a href="https://item.taobao.com/">x</a>', 'is not a web link (data: links are not accepted)'],
    ['mailto:shop@taobao.com', '"mailto:shop@taobao.com" is not a web link (mailto: links are not accepted)'],
    ['file:///etc/passwd', 'is not a web link (file: links are not accepted)'],
    ['ftp://item.taobao.com/x', 'is not a web link (ftp: links are not accepted)'],
    ['weixin://dl/business/?t=1', 'is not a web link (weixin: links are not accepted)'],
    // A WeChat mini-program link opens a mini-program, beside a web link too: whose product it shows is not told.
    ['#小程序://京东购物/k5JXAbcD', '"#小程序://京东购物/k5JXAbcD" holds a WeChat mini-program link (#小程序://京东购物/…): it opens a mini-program'],
    ['【京东】＃小程序：//京东购物/k5JX 好物 https://item.jd.com/1.html', 'holds a WeChat mini-program link (#小程序://京东购物/…)'],
    ['小程序://淘宝/abc', 'holds a WeChat mini-program link (#小程序://淘宝/…)'],
    // A web link whose colon was mistyped or left out is no link: the message says how one is written.
    ['https;//item.jd.com/1.html', '"https;//item.jd.com/1.html" holds no link: "https;//" is no way a web link starts; write https:// (a colon, then two slashes)'],
    ['HTTP//item.jd.com/1.html', '"HTTP//" is no way a web link starts; write http://'],
    ['【京东】https，//3.cn/abc 好物', '"https，//" is no way a web link starts; write https://'],
    ['xhttp//a', 'unknown source "xhttp//a"'],
    ['https://', '"https://" is not a valid https link: it has no host name a browser could reach'],
    ['https://item.jd.com:99999/', 'is not a valid https link'],
    ['taobo', 'unknown source "taobo"; did you mean "taobao"?'],
    ['3.5', 'unknown source "3.5"'],
    ['#13800138000# 淘宝', 'no source name, link or share token in "#13800138000# 淘宝"'],
    ['   ', 'the source is empty; give a source id or alias'],
    ['\u001b[2Jtaobao', 'no source name, link or share token in "\\x1b[2Jtaobao"'],
    ['javascript:\u001b[2J', '"javascript:\\x1b[2J" is not a web link'],
    ['￥'.repeat(100), `no source name, link or share token in "${'￥'.repeat(59)}…"`],
  ])('%j is an input error', (input, message) => {
    expect(() => classify(input)).toThrow(InputError);
    expect(thrownWords(() => classify(input))).toMatch(message);
  });

  it('keeps the message to one line however long the text', () => {
    const text = `第一行\n${'很长的分享文字'.repeat(20)}\n最后`;
    expect(thrownWords(() => classify(text))).toMatch(/^no source name, link or share token in "第一行\\n很长的分享文字[^\n]*…"; give/);
    expect(shownInput(' a\n\tb\r\n  c\u2028d ')).toBe('a\\n\\tb\\r\\n c\\u2028d');
    expect(shownInput('ab\x1bcd', 4)).toBe('ab…');
  });
});
