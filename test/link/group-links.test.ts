// A short link that can lead to more than one source (m.tb.cn: Taobao and Tmall items
// alike) is the group's, answered as a group, unless the share text begins with a
// member's mark (【天猫】, the Tmall app's) right before the link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/query/ask.js';
import { buildVerdictIndex } from '../../src/engine/verdict-index.js';
import { resolveQuery } from '../../src/query/ask.js';
import { classifyInput } from '../../src/link/classify.js';
import { answerToJson } from '../../src/render/json.js';
import { builtinCatalog } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';

const catalog = await builtinCatalog();
const NOW = Date.UTC(2026, 11, 4);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** What the text stands for: a source id, "group <id>", or null; and the mark that named the source. */
function standsFor(input: string): [string | null, string | null] {
  const result = classifyInput(catalog, input);
  if (result.kind !== 'link') return [result.source?.id ?? null, null];
  if (result.source) return [result.source.id, result.marker ?? null];
  return [result.group ? `group ${result.group.id}` : null, null];
}

describe('a short link of the Taobao Alliance', () => {
  it.each([
    // The Tmall app's share text: its mark, then the link.
    ['【天猫】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「美的电饭煲家用4升智能多功能大容量电饭锅官方旗舰店」\n点击链接直接打开 或者 淘宝搜索直接打开', 'tmall', '【天猫】'],
    ['【天猫】 https://e.tb.cn/h.iIbivwuFlQzzmlO?tk=t0MS5SC6Pop CZ225 「美的电饭煲」', 'tmall', '【天猫】'],
    ['  【天猫】\nhttps://m.tb.cn/h.x?tk=y 「商品」', 'tmall', '【天猫】'],
    // The Taobao app shares Tmall items under 【淘宝】 too: the group.
    ['【淘宝】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「免插卡 随身wifi无线移动wi-fi三网切换网络流量4g便携路由器」\n点击链接直接打开 或者 淘宝搜索直接打开', 'group taobao-alliance', null],
    ['【淘宝】7天无理由退货 https://e.tb.cn/h.iIbivwuFlQzzmlO?tk=t0MS5SC6Pop CZ225\n「我在手机淘tao宝发现一个宝贝」\n点击链接直接打开 或者 淘宝搜索直接打开', 'group taobao-alliance', null],
    // 天猫 in a title, a shop's name or a longer mark names nothing.
    ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「天猫超市 美的电饭煲」', 'group taobao-alliance', null],
    ['【天猫超市】https://m.tb.cn/h.5abc?tk=xyz 「美的电饭煲」', 'group taobao-alliance', null],
    ['【美的天猫旗舰店】https://m.tb.cn/h.5abc?tk=xyz', 'group taobao-alliance', null],
    ['【天猫】7天无理由退货 https://e.tb.cn/h.x?tk=y 「美的电饭煲」', 'group taobao-alliance', null],
    ['【天猫】，https://m.tb.cn/h.3EK37eh 点击链接，再选择浏览器咑閞', 'group taobao-alliance', null],
    ['看看这个 【天猫】https://m.tb.cn/h.x 天猫', 'group taobao-alliance', null],
    ['https://m.tb.cn/h.x 天猫', 'group taobao-alliance', null],
    ['[天猫]https://m.tb.cn/h.x', 'group taobao-alliance', null],
    // Alliance promotion links.
    ['https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc', 'group taobao-alliance', null],
    ['https://uland.taobao.com/coupon/edetail?e=abc', 'group taobao-alliance', null],
    ['【天猫】https://s.click.taobao.com/t?e=abc', 'tmall', '【天猫】'],
    // Long links stay their source's, mark or not.
    ['https://item.taobao.com/item.htm?id=1', 'taobao', null],
    ['【天猫】https://item.taobao.com/item.htm?id=1', 'taobao', null],
    ['https://detail.tmall.com/item.htm?id=1', 'tmall', null],
    // A look-alike of the short host is nobody's.
    ['【天猫】https://m.tb.cn.evil.example/h.x', null, null],
    // The mark names only the text's first link: a short link after it, the mark before it or not, is the group's.
    ['https://detail.tmall.com/item.htm?id=1 【天猫】https://m.tb.cn/h.6abc', null, null],
    ['https://detail.tmall.com/item.htm?id=1\n【天猫】https://m.tb.cn/h.6abc', null, null],
    ['https://detail.tmall.com/item.htm?id=1【天猫】https://m.tb.cn/h.6abc', null, null],
    ['【天猫】https://detail.tmall.com/item.htm?id=1 【天猫】https://e.tb.cn/h.x', null, null],
    ['【天猫】https://m.tb.cn/h.a 【天猫】https://m.tb.cn/h.b', null, null],
    ['【天猫】https://m.tb.cn/h.a https://s.click.taobao.com/t?e=1', null, null],
    ['https://detail.tmall.com/item.htm?id=1 taobao://detail.tmall.com/item.htm?id=1', null, null],
    // A later short link of the group beside the group's first agrees.
    ['https://m.tb.cn/h.a 【天猫】https://m.tb.cn/h.b', 'group taobao-alliance', null],
    // So does a Taobao app link: the app opens Taobao and Tmall items alike, as the short links lead to them.
    ['taobao://item.taobao.com/item.htm?id=1 【天猫】https://m.tb.cn/h.b', 'group taobao-alliance', null],
    ['taobao://detail.tmall.com/item.htm?id=1', 'group taobao-alliance', null],
  ])('%j stands for %s', (input, expected, marker) => {
    expect(standsFor(input)).toEqual([expected, marker]);
  });

  it('is never plain taobao, and is tmall only with the mark right before it, whatever the text around it', () => {
    // Before the link, words that cannot run into it (letters would make a scheme of it); after it, anything a share text holds.
    const words = ['天猫', '【天猫】', '【淘宝】', '淘宝', '天猫超市', '【', '】', '「', '」', ' ', '\n', '，', '旗舰店', '点击链接直接打开'];
    const before = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((parts) => parts.join(''));
    const after = fc.array(fc.constantFrom(...words, 'CZ3457', 'tmall', '天猫'), { maxLength: 6 }).map((parts) => parts.join(''));
    const link = fc.constantFrom('https://m.tb.cn/h.UvpmkC1', 'https://e.tb.cn/h.iIbivwuFlQzzmlO?tk=t0MS5SC6Pop', 'http://s.tb.cn/abc', 'https://s.click.taobao.com/t?e=1', 'https://uland.taobao.com/coupon/edetail?e=abc');
    fc.assert(
      fc.property(before, link, after, (start, short, end) => {
        const [stands] = standsFor(`${start}${short} ${end}`);
        expect(stands).not.toBe('taobao');
        expect(stands).toBe(start.trim() === '【天猫】' ? 'tmall' : 'group taobao-alliance');
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });
});

describe('the answer for a short link of the Taobao Alliance', () => {
  const answer = (source: string, date: string) => ask(catalog, { source, surface: 'live-cart', date }, NOW);

  it('is the group’s: unknown when Taobao and Tmall differ, as in November 2022', () => {
    const { answer: asked, link } = answer('【淘宝】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「美的电饭煲」', '2022-11-15');
    expect([asked.verdict, asked.reason, asked.group?.group.id]).toEqual(['unknown', 'members-differ', 'taobao-alliance']);
    expect(asked.group?.members.map((member) => [member.source?.id, member.verdict])).toEqual([['taobao', 'denied'], ['tmall', 'allowed']]);
    expect(answerToJson(asked, link).link).toMatchObject({
      group: 'taobao-alliance',
      marker: null,
      domain: 'tb.cn',
      shortLink: true,
      explanation: 'host m.tb.cn is a short link of the taobao-alliance group (tb.cn): it may lead to an item of any member, so it stands for the group, link found in the share text',
    });
  });

  it('is the group’s where the members agree: denied in June 2022', () => {
    const { answer: asked } = answer('https://m.tb.cn/h.x', '2022-06-01');
    expect([asked.verdict, asked.rule?.rule.id, asked.group?.group.id]).toEqual(['denied', 'kuaishou-2022-03-taobao-cut', 'taobao-alliance']);
  });

  it('is Tmall’s under the Tmall app’s mark, and says so', () => {
    const { answer: asked, link } = answer('【天猫】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「美的电饭煲」', '2022-11-15');
    expect([asked.verdict, asked.source?.id, asked.rule?.rule.id]).toEqual(['allowed', 'tmall', 'kuaishou-2022-10-tmall-restored']);
    expect(answerToJson(asked, link).link).toMatchObject({ group: 'taobao-alliance', marker: '【天猫】', domain: 'tb.cn' });
  });

  it('is decided by the verdict index as check() decides it, as in a batch', () => {
    const index = buildVerdictIndex(catalog);
    const { query } = resolveQuery(catalog, { source: 'https://m.tb.cn/h.x', surface: 'live-cart', date: '2022-11-15' }, NOW);
    expect(query.group).toBe('taobao-alliance');
    expect(index.decision(query)).toEqual({ verdict: 'unknown', rule: null });
  });

  it('prints the group and why, through the CLI with --explain', async () => {
    const run = await cli(['【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「美的电饭煲」', 'live-cart', '2022-11-15', '--explain']);
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'unknown  taobao-alliance (group: taobao, tmall) · kuaishou live-cart · on 2022-11-15 (Asia/Shanghai) · reported, disputed',
      '  link         m.tb.cn → taobao-alliance (host matches tb.cn, a short link of the taobao-alliance group: it may lead to an item of any member, which cannot be seen offline, so it is answered for the group, link found in the share text)',
      '  why          the sources of taobao-alliance get different answers; ask about one of them for a verdict',
      '  members      taobao: denied by kuaishou-2022-10-taobao-links-still-barred (reported, disputed)',
    ]);
  });
});

describe('a share token of the Taobao Alliance (淘口令)', () => {
  const answer = (source: string, date: string) => ask(catalog, { source, surface: 'live-cart', date }, NOW);

  it('is the group’s, whichever member its text names: a title may say 天猫 of a Taobao item', () => {
    for (const text of ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', '€08skb3DzfQC€ 打开淘宝', '8￥AEpabxiRg0u￥/ 天猫同款连衣裙', '复製这段话₴Zk8xRgYFq1a₴打開👉天貓👈', '₴Zk8xRgYFq1a₴ 「天猫超市 牛奶」']) {
      const { answer: asked, link } = answer(text, '2022-11-15');
      expect([text, asked.verdict, asked.reason, asked.group?.group.id, asked.source]).toEqual([text, 'unknown', 'members-differ', 'taobao-alliance', null]);
      expect(answerToJson(asked, link).link).toMatchObject({ kind: 'token', group: 'taobao-alliance', marker: null, reason: null });
    }
  });

  it('is answered where the members agree, and a JD token stays JD’s', () => {
    expect(answer('8￥AEpabxiRg0u￥/ 天猫同款连衣裙', '2022-06-01').answer).toMatchObject({ verdict: 'denied', source: null, group: { group: { id: 'taobao-alliance' } } });
    expect(answer('27:/￥E3Fd5Tg2YxM1￥，复制这段话打开京东APP', '2022-11-15').answer).toMatchObject({ verdict: 'allowed', source: { id: 'jd' } });
  });

  it('is decided by the verdict index as check() decides it, as in a batch', () => {
    const index = buildVerdictIndex(catalog);
    const { query } = resolveQuery(catalog, { source: '8￥AEpabxiRg0u￥/ 天猫同款连衣裙', surface: 'live-cart', date: '2022-11-15' }, NOW);
    expect([query.group, query.source]).toEqual(['taobao-alliance', null]);
    expect(index.decision(query)).toEqual({ verdict: 'unknown', rule: null });
  });
});
