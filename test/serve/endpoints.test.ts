// Every endpoint through app.fetch, as any web-standard host calls the handler:
// each answer is the JSON the matching command prints with --json, byte for byte.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/cli/site-files.js';
import { renderMatrixSvg } from '../../src/render/matrix-svg.js';
import { queryTime } from '../../src/time/query-time.js';
import { matrixOf } from '../../src/views/matrix.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { ask, NOW, service } from './service.js';

const app = await service();
const json = 'application/json; charset=utf-8';

describe('GET /v1/check', () => {
  it('answers the headline check as `linkcheck taobao live-cart 2022-06-01 --json` prints it', async () => {
    const reply = await ask(app, '/v1/check?source=taobao&surface=live-cart&at=2022-06-01');
    const printed = await cli(['taobao', 'live-cart', '2022-06-01', '--json']);
    expect([reply.status, reply.type]).toEqual([200, json]);
    expect(reply.text).toBe(printed.stdout);
    expect((reply.json as { verdict: string }).verdict).toBe('denied');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['source=jd&surface=short-video-cart&at=2022-06-01', ['jd', 'short-video-cart', '2022-06-01'], 'allowed'],
    ['source=淘宝&surface=直播间购物车&at=2022-02-28T23:59', ['淘宝', '直播间购物车', '2022-02-28T23:59'], 'allowed'],
    ['source=taobao&surface=live-cart&at=2022-02-28T16:00:00Z', ['taobao', 'live-cart', '2022-02-28T16:00:00Z'], 'denied'],
    ['platform=douyin&source=pinduoduo&surface=live-cart&at=2020-11-01', ['-p', 'douyin', 'pinduoduo', 'live-cart', '2020-11-01'], 'denied'],
    ['source=taobao&surface=live-cart&at=2022-06-01&asKnownOn=2022-02-22', ['taobao', 'live-cart', '2022-06-01', '--as-known-on', '2022-02-22'], 'unknown'],
    [`source=${encodeURIComponent('https://detail.tmall.com/item.htm?id=1')}&surface=live-cart&at=2022-06-01`, ['https://detail.tmall.com/item.htm?id=1', 'live-cart', '2022-06-01'], 'denied'],
    ['source=taobao&surface=live-cart&at=2022-06-01&lang=zh', ['taobao', 'live-cart', '2022-06-01', '--lang', 'zh'], 'denied'],
  ])('?%s is the CLI\'s JSON', async (query, argv, verdict) => {
    const reply = await ask(app, `/v1/check?${query}`);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe((await cli([...argv, '--json'])).stdout);
    expect((reply.json as { verdict: string }).verdict).toBe(verdict);
  });

  it('refuses what the CLI refuses, with its code and words, in the request\'s language', async () => {
    expect((await ask(app, '/v1/check?source=taobo&surface=live-cart')).json).toEqual({
      error: { code: 'unknown-source', message: 'unknown source "taobo"; did you mean "taobao"? valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop (GET /v1/rules shows aliases)' },
    });
    const zh = await ask(app, '/v1/check?source=taobao&surface=feed&lang=zh');
    expect(zh.status).toBe(400);
    expect(zh.json).toEqual({ error: { code: 'unknown-surface', message: 'kuaishou 上没有场景 "feed"；可用：live-cart, short-video-cart, product-detail（GET /v1/rules 列出别名）' } });
    const date = await ask(app, '/v1/check?source=taobao&surface=live-cart&at=2022-13-45');
    expect([date.status, (date.json as { error: { code: string } }).error.code]).toEqual([400, 'bad-date']);
    const printed = JSON.parse((await cli(['taobao', 'live-cart', '2022-13-45', '--json'])).stdout) as { error: { code: string; message: string } };
    expect(date.json).toEqual({ error: { code: printed.error.code, message: printed.error.message } });
  });

  it('names what a request can set, its parameters and endpoints, never a command line\'s options', async () => {
    const bad = async (path: string, body?: string) => {
      const reply = await ask(app, path, body === undefined ? undefined : { method: 'POST', body, headers: { 'content-type': 'text/csv' } });
      return [reply.status, (reply.json as { error: { message: string } }).error.message];
    };
    const plan = 'source,surface,date\ntaobao,live-cart,2022-06-01\n';
    expect(await bad('/v1/check?source=taobao&surface=live-cart&asKnownOn=soon')).toEqual([400, 'asKnownOn takes a calendar day: unrecognised day "soon"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow']);
    expect(await bad('/v1/check?source=taobao&surface=live-cart&asKnownOn=soon&lang=zh')).toEqual([400, 'asKnownOn 需要一个日历日：无法识别的日期 "soon"；可用：2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）']);
    expect(await bad('/v1/check?source=taobao&surface=live-cart&asKnownOn=2022-02-29')).toEqual([400, 'asKnownOn takes a calendar day: no such date or time "2022-02-29"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow']);
    expect(await bad('/v1/timeline?from=2023-01-01&to=2022-01-01')).toEqual([400, 'from (2023-01-01) must be before to (2022-01-01)']);
    expect(await bad('/v1/timeline?surface=feed')).toEqual([400, 'unknown surface "feed"; valid: live-cart, short-video-cart, product-detail, star-cube-ad, note-link, note-ad-link, pinned-message, comment, profile, private-chat, group-chat, moments-ad, channels-showcase, channels-ad, mini-program-ad (GET /v1/rules lists aliases)']);
    expect(await bad('/v1/rules?platform=weibo')).toEqual([400, 'unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat (GET /v1/rules shows aliases)']);
    expect(await bad('/v1/batch?maxStaleness=3x', plan)).toEqual([400, 'maxStaleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "3x"']);
    expect(await bad('/v1/batch?maxStaleness=100000d', plan)).toEqual([400, 'maxStaleness takes a whole number of at most five digits (0 to 99999) and a unit, d (days), w (weeks), m (months) or y (years), e.g. 365d or 2y, not "100000d"']);
    expect(await bad('/v1/batch?failOn=allowed', plan)).toEqual([400, 'failOn takes outcomes separated by commas (denied, rolling-out, unknown, stale, error), or "none" or "all"; not "allowed"']);
    expect(await bad('/v1/batch?columns=商品链接', plan)).toEqual([400, 'columns takes column=header pairs separated by commas, such as source=商品链接,surface=投放位置,date=开播日期; "商品链接" is not one (columns: source, surface, date, time, platform)']);
    // A name every object inherits is no column: refused, not taken and then ignored.
    expect(await bad('/v1/batch?columns=constructor=x', plan)).toEqual([400, 'columns takes column=header pairs separated by commas, such as source=商品链接,surface=投放位置,date=开播日期; "constructor=x" is not one (columns: source, surface, date, time, platform)']);
    expect(await bad(`/v1/batch?columns=${encodeURIComponent('source=来源,__proto__=x')}`, plan)).toEqual([400, 'columns takes column=header pairs separated by commas, such as source=商品链接,surface=投放位置,date=开播日期; "__proto__=x" is not one (columns: source, surface, date, time, platform)']);
    expect(await bad('/v1/batch?encoding=constructor', plan)).toEqual([400, 'unknown encoding "constructor"; valid: utf-8, gb18030, utf-16, utf-16le, utf-16be (gbk and gb2312 are read as gb18030)']);
    expect(await bad('/v1/batch', 'a,b,c\ntaobao,live-cart,2022-06-01\n')).toEqual([400, 'the header row has no column for source (source, link, url, 来源, 链接, 商品链接, 宝贝链接); surface (surface, placement, 位置, 版位, 投放位置, 资源位); date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time); it has: "a", "b", "c"; name the columns so, or map them with columns=source=<header>,surface=<header>,date=<header>']);
    expect(await bad('/v1/batch', 'source,source,surface,date\ntaobao,jd,live-cart,2022-06-01\n')).toEqual([400, 'the header names the source column 2 times ("source", "source"); headers are matched without regard to case or spaces: rename or remove all but one']);
    expect(await bad('/v1/batch', 'source,来源,surface,date\ntaobao,jd,live-cart,2022-06-01\n')).toEqual([400, 'the header names the source column 2 times ("source", "来源"); keep one, or choose with columns=source=<header>']);
    // 淘宝 saved as GB18030: the hint names the request's encoding parameter.
    const gbk = new Uint8Array([...new TextEncoder().encode('source,surface,date\n'), 0xcc, 0xd4, 0xb1, 0xa6, ...new TextEncoder().encode(',live-cart,2022-06-01\n')]);
    const undecodable = await ask(app, '/v1/batch', { method: 'POST', body: gbk, headers: { 'content-type': 'text/csv' } });
    expect([undecodable.status, undecodable.json]).toEqual([400, { error: { code: 'plan-not-decodable', message: 'request body is not valid UTF-8 at byte 20 (0xCC); it looks like GB18030/GBK, the encoding Excel and WPS often save Chinese text in: run again with encoding=gb18030, or save the file as UTF-8' } }]);
  });

  it('refuses a date the views cannot read with the code bad-date, as /v1/check does', async () => {
    for (const path of ['/v1/check?source=taobao&surface=live-cart&at=someday', '/v1/matrix?at=someday', '/v1/timeline?from=someday', '/v1/timeline?to=2022-13-01']) {
      const reply = await ask(app, path);
      expect([path, reply.status, (reply.json as { error: { code: string } }).error.code]).toEqual([path, 400, 'bad-date']);
    }
  });

  it('refuses a date parameter whose query string writes a + before a digit, saying that a + is a space there, on every endpoint', async () => {
    const message = (path: string) => ask(app, path).then((reply) => [reply.status, reply.json]);
    const doubt = (input: string, parameter = 'at') =>
      `date "${input}" is in doubt: in a query string a + stands for a space, so an offset's + must be written %2B (${parameter}=2022-06-01T10:30%2B08:00), and a time after its day with a T (2022-06-01T10:30)`;
    const check = '/v1/check?source=taobao&surface=live-cart';
    // Read with the space, these were answered for another moment (08:00 and 16:00 local time).
    expect(await message(`${check}&at=2022-06-01+08:00`)).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-06-01 08:00') } }]);
    expect(await message(`${check}&at=2022-02-28+16:00`)).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-02-28 16:00') } }]);
    expect(await message(`${check}&at=2022-02-28T23:59:59+08:00`)).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-02-28T23:59:59 08:00') } }]);
    expect(await message('/v1/matrix?at=2022-02-28T23:59:59+08:00')).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-02-28T23:59:59 08:00') } }]);
    expect(await message('/v1/timeline?from=2022-01-01T10:00+08:00')).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-01-01T10:00 08:00', 'from') } }]);
    expect(await message('/v1/timeline?to=2022-06-01+08:00')).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-06-01 08:00', 'to') } }]);
    const knownOn = `asKnownOn takes a calendar day: ${doubt('2022-06-01 08:00', 'asKnownOn')}`;
    for (const path of [`${check}&asKnownOn=2022-06-01+08:00`, '/v1/matrix?asKnownOn=2022-06-01+08:00', '/v1/timeline?asKnownOn=2022-06-01+08:00']) {
      expect([path, ...(await message(path))]).toEqual([path, 400, { error: { code: 'bad-known-on-date', message: knownOn } }]);
    }
    const batch = await ask(app, '/v1/batch?asKnownOn=2022-06-01+08:00', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'source,surface,date\njd,live-cart,2022-06-01\n' });
    expect([batch.status, batch.json]).toEqual([400, { error: { code: 'bad-known-on-date', message: knownOn } }]);
    // A parameter's name percent-encoded is the same parameter.
    expect(await message(`${check}&%61t=2022-06-01+08:00`)).toEqual([400, { error: { code: 'bad-date', message: doubt('2022-06-01 08:00') } }]);
    expect(await message(`${check}&at=2022-02-28T23:59:59+08:00&lang=zh`)).toEqual([
      400,
      { error: { code: 'bad-date', message: '日期 "2022-02-28T23:59:59 08:00" 含义不明：查询字符串中的 + 表示空格，时差前的 + 须写作 %2B（at=2022-06-01T10:30%2B08:00），日期后的时间用 T 连接（2022-06-01T10:30）' } },
    ]);
    // Written %2B, the offset is read; a space written %20 is the space between a day and its time.
    expect(((await ask(app, `${check}&at=2022-02-28T23:59:59%2B08:00`)).json as { at: string }).at).toBe('2022-02-28T23:59:59+08:00');
    expect(((await ask(app, `${check}&at=2022-06-01%2008:00`)).json as { at: string }).at).toBe('2022-06-01T08:00:00+08:00');
    expect(((await ask(app, '/v1/timeline?from=2022-01-01T10:00%2B08:00')).status)).toBe(200);
    const other = (await ask(app, `${check}&at=someday&platform=kuai+shou`)).json as { error: { message: string } };
    expect(other.error.message).not.toMatch(/%2B/u);
    // A + before a word begins no offset and no time: the space the client meant, and the plain refusal.
    for (const at of ['next+monday', '2022-06-01+noon']) {
      const words = (await ask(app, `${check}&at=${at}`)).json as { error: { code: string; message: string } };
      expect([at, words.error.code, words.error.message]).toEqual([at, 'bad-date', expect.not.stringMatching(/%2B/u)]);
    }
    for (const at of ['2022-06-01T10:30+8', '2022-06-01T10:30+0800', '2022-06-01+10:30+08:00', '2022-02-30+10:00', '2022-06-01T10:30+08:00+x']) {
      const words = (await ask(app, `${check}&at=${at}`)).json as { error: { message: string } };
      expect([at, words.error.message]).toEqual([at, expect.stringMatching(/%2B/u)]);
    }
  });

  it('refuses an unknown parameter, naming it (each of them) and the valid ones', async () => {
    const reply = await ask(app, '/v1/check?source=taobao&surfce=live-cart&at=2022-06-01');
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'unknown-parameter', message: 'unknown parameter "surfce"; did you mean "surface"? valid: source, surface, platform, at, asKnownOn, lang' } }]);
    const two = await ask(app, '/v1/check?source=taobao&surfce=live-cart&date=2022-06-01');
    expect(two.json).toEqual({ error: { code: 'unknown-parameter', message: 'unknown parameter "surfce", "date"; valid: source, surface, platform, at, asKnownOn, lang' } });
    // A known parameter on another endpoint is still unknown here.
    expect((await ask(app, '/v1/coverage?source=jd')).json).toEqual({ error: { code: 'unknown-parameter', message: 'unknown parameter "source"; valid: platform, lang' } });
  });

  it.each([
    ['date=2022-06-01', 'date', 'at'],
    ['Source=taobao', 'Source', 'source'],
    ['as-known-on=2022-06-01', 'as-known-on', 'asKnownOn'],
    ['as_known_on=2022-06-01', 'as_known_on', 'asKnownOn'],
    ['platfrom=kuaishou', 'platfrom', 'platform'],
  ])('says which parameter a name it does not take is close to: %s', async (given, name, meant) => {
    const reply = await ask(app, `/v1/check?source=taobao&surface=live-cart&${given}`);
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'unknown-parameter', message: `unknown parameter "${name}"; did you mean "${meant}"? valid: source, surface, platform, at, asKnownOn, lang` } }]);
    const zh = await ask(app, `/v1/check?lang=zh&source=taobao&surface=live-cart&${given}`);
    expect(zh.json).toEqual({ error: { code: 'unknown-parameter', message: `未知参数 "${name}"；你是不是想输入 "${meant}"？可用：source, surface, platform, at, asKnownOn, lang` } });
  });

  it('suggests nothing for a name far from every parameter', async () => {
    const reply = await ask(app, '/v1/check?source=taobao&surface=live-cart&when=2022-06-01');
    expect(reply.json).toEqual({ error: { code: 'unknown-parameter', message: 'unknown parameter "when"; valid: source, surface, platform, at, asKnownOn, lang' } });
  });

  it.each([
    ['/v1/check?source=jd&surface=short-video-cart&at=2022-06-01#&platform=douyin', '&platform=douyin'],
    ['/v1/check?source=jd&surface=short-video-cart#&at=2031-06-01', '&at=2031-06-01'],
    ['/v1/check?source=jd&surface=short-video-cart&at=2022-06-01#', ''],
    ['/v1/matrix?platform=kuaishou#&at=2022-06-01', '&at=2022-06-01'],
    ['/v1/classify?input=https://item.jd.com/1.html#comments', 'comments'],
    ['/#source=jd', 'source=jd'],
  ])('refuses an address with a "#" (%s), whose rest would go unread, naming the rest', async (path, rest) => {
    const reply = await ask(app, path);
    expect([reply.status, reply.json]).toEqual([
      400,
      { error: { code: 'fragment-in-target', message: `the request's address holds a "#", which ends an address: "${rest}" after it would go unread; percent-encode a "#" in a value as %23 (encodeURIComponent does)` } },
    ]);
  });

  it('reads a "#" written %23 as part of a value, and words the refusal of a raw one in the request\'s language', async () => {
    const encoded = await ask(app, `/v1/classify?input=${encodeURIComponent('https://item.jd.com/1.html#comments')}`);
    expect([encoded.status, (encoded.json as { input: string }[])[0]!.input]).toEqual([200, 'https://item.jd.com/1.html#comments']);
    const zh = await ask(app, '/v1/check?lang=zh&source=jd&surface=live-cart#&at=2022-06-01');
    expect(zh.json).toEqual({ error: { code: 'fragment-in-target', message: '请求地址含有 "#"，而 "#" 会结束一个地址：其后的 "&at=2022-06-01" 将不会被读取；值中的 "#" 请编码为 %23（encodeURIComponent 可以做到）' } });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('refuses a parameter named %s as any other name the endpoint does not take', async (name) => {
    const reply = await ask(app, `/v1/check?source=taobao&surface=live-cart&at=2022-06-01&${name}=x`);
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'unknown-parameter', message: `unknown parameter "${name}"; valid: source, surface, platform, at, asKnownOn, lang` } }]);
    const matrix = await ask(app, `/v1/matrix?${name}`);
    expect([matrix.status, (matrix.json as { error: { code: string } }).error.code]).toEqual([400, 'unknown-parameter']);
  });

  it('refuses a missing or repeated parameter and a language it does not speak', async () => {
    expect((await ask(app, '/v1/check?source=taobao')).json).toEqual({ error: { code: 'missing-parameter', message: 'missing parameter "surface"; the parameters are source, surface, platform, at, asKnownOn, lang' } });
    expect((await ask(app, '/v1/check?source=taobao&source=jd&surface=live-cart')).json).toEqual({ error: { code: 'repeated-parameter', message: 'parameter "source" is given more than once; give it once' } });
    expect((await ask(app, '/v1/check?source=taobao&surface=live-cart&lang=fr')).json).toEqual({ error: { code: 'bad-choice', message: 'lang takes one of en, zh, not "fr"' } });
    expect((await ask(app, '/v1/check?source=taobao&lang=zh')).json).toEqual({ error: { code: 'missing-parameter', message: '缺少参数 "surface"；参数有：source, surface, platform, at, asKnownOn, lang' } });
  });

  it('refuses a percent-escape that spells no UTF-8, naming it and its parameter, where it was read as U+FFFD', async () => {
    const lone = await ask(app, '/v1/check?source=%FF&surface=live-cart&at=2022-06-01');
    expect([lone.status, lone.json]).toEqual([
      400,
      { error: { code: 'bad-parameter-encoding', message: 'parameter "source" is not UTF-8: "%FF" spells no character; percent-encode the UTF-8 bytes of its value (encodeURIComponent does)' } },
    ]);
    // 淘 cut short, in a link; in the name of a parameter; in Chinese.
    const cut = await ask(app, '/v1/check?source=https%3A%2F%2Fitem.jd.com%2F1.html%E6%B7&surface=live-cart&at=2022-06-01');
    expect((cut.json as { error: { message: string } }).error.message).toContain('"%E6%B7" spells no character');
    const name = await ask(app, '/v1/matrix?pl%C3at=kuaishou');
    expect([name.status, (name.json as { error: { message: string } }).error.message]).toEqual([400, expect.stringContaining('parameter "pl%C3at" is not UTF-8: "%C3"')]);
    const zh = await ask(app, '/v1/check?lang=zh&source=%C0%AF&surface=live-cart');
    expect(zh.json).toEqual({ error: { code: 'bad-parameter-encoding', message: '参数 "source" 不是 UTF-8："%C0%AF" 不能解码为字符；请对其值的 UTF-8 字节做百分号编码（encodeURIComponent 即如此）' } });
    // Escapes of UTF-8, a space (in a date, written %20: a + there is in doubt) and a lone % are read as before.
    const good = await ask(app, '/v1/check?source=%E6%B7%98%E5%AE%9D&surface=%E7%9B%B4%E6%92%AD%E9%97%B4%E8%B4%AD%E7%89%A9%E8%BD%A6&at=2022-06-01%2010:30');
    expect([good.status, (good.json as { verdict: string }).verdict]).toEqual([200, 'denied']);
    const percent = await ask(app, '/v1/check?source=100%&surface=live-cart&at=2022-06-01');
    expect((percent.json as { error: { code: string } }).error.code).toBe('unknown-source');
  });
});

describe('POST /v1/check', () => {
  const post = (body: string, type = 'application/json', path = '/v1/check') => ask(app, path, { method: 'POST', headers: { 'Content-Type': type }, body });

  it('answers one query object as GET does', async () => {
    const reply = await post(JSON.stringify({ source: 'taobao', surface: 'live-cart', at: '2022-06-01' }));
    expect([reply.status, reply.text]).toEqual([200, (await cli(['taobao', 'live-cart', '2022-06-01', '--json'])).stdout]);
  });

  it('answers an array in order, an error object in the place of a bad query', async () => {
    const reply = await post(JSON.stringify([{ source: 'taobao', surface: 'live-cart', at: '2022-06-01' }, { source: 'jd', surface: 'short-video-cart', at: '2022-06-01' }, { source: 'taobao', surface: 'live-cart', at: 'someday' }, 5, { source: 'jd', surface: 'live-cart', when: 'now' }]));
    expect(reply.status).toBe(200);
    const answers = reply.json as Record<string, unknown>[];
    expect(answers.map((answer) => answer.verdict ?? (answer.error as { code: string }).code)).toEqual(['denied', 'allowed', 'bad-date', 'input-error', 'input-error']);
    expect(answers[0]).toEqual(JSON.parse((await cli(['taobao', 'live-cart', '2022-06-01', '--json'])).stdout));
    expect(answers[3]).toEqual({ error: { code: 'input-error', message: 'queries[3] takes an object { source, surface, platform?, at?, asKnownOn? }, not 5' } });
    expect(answers[4]).toEqual({ error: { code: 'input-error', message: 'queries[4] has no field "when"; its fields are source, surface, platform?, at?, asKnownOn?' } });
  });

  it('names the field a query object\'s unknown one is closest to, in the request\'s language', async () => {
    const reply = await post(JSON.stringify({ source: 'jd', surface: 'live-cart', date: '2022-06-01' }));
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'input-error', message: 'query has no field "date"; did you mean "at"? its fields are source, surface, platform?, at?, asKnownOn?' } }]);
    const zh = await post(JSON.stringify({ source: 'jd', surface: 'live-cart', Surface: 'x' }), 'application/json', '/v1/check?lang=zh');
    expect(zh.json).toEqual({ error: { code: 'input-error', message: 'query 没有字段 "Surface"；你是不是想输入 "surface"？可用字段：source, surface, platform?, at?, asKnownOn?' } });
  });

  it('refuses a body that is not JSON, not a query, too many queries, or not application/json', async () => {
    expect(await post('{"source":')).toMatchObject({ status: 400, json: { error: { code: 'bad-json' } } });
    expect((await post('{"source": 1, "surface": "live-cart"}')).json).toEqual({ error: { code: 'input-error', message: 'query.source takes a string, not 1' } });
    expect((await post('[{"source": "taobao", "surface": "live-cart", "at": "2022-06-01"}, {"source": "jd"}]')).json).toEqual([
      expect.objectContaining({ verdict: 'denied' }),
      { error: { code: 'input-error', message: 'queries[1] has no "surface", which it needs; its fields are source, surface, platform?, at?, asKnownOn?' } },
    ]);
    const many = await post(JSON.stringify(Array.from({ length: 1001 }, () => ({ source: 'jd', surface: 'live-cart' }))));
    expect([many.status, many.json]).toEqual([400, { error: { code: 'too-many-queries', message: '1001 queries in one request; at most 1000 are answered at once (send the rest in another request, or a plan to /v1/batch)' } }]);
    const text = await post('source=taobao', 'application/x-www-form-urlencoded');
    expect([text.status, text.json]).toEqual([415, { error: { code: 'unsupported-media-type', message: 'Content-Type "application/x-www-form-urlencoded" is not accepted here; send application/json' } }]);
  });

  it('refuses a key written twice, whose first value JSON.parse would drop unseen: the body, or that query of an array', async () => {
    const one = await post('{"source": "taobao", "surface": "short-video-cart", "at": "2022-06-01", "source": "jd"}');
    expect([one.status, one.json]).toEqual([400, { error: { code: 'repeated-key', message: 'the request body gives "source" more than once in one object: which value is meant cannot be known; give it once' } }]);
    const escaped = await post('{"source": "taobao", "surface": "live-cart", "sour\\u0063e": "jd"}');
    expect((escaped.json as { error: { code: string } }).error.code).toBe('repeated-key');
    const many = await post('[{"source": "jd", "surface": "short-video-cart", "at": "2022-06-01"}, {"source": "taobao", "surface": "short-video-cart", "source": "jd"}]');
    expect(many.status).toBe(200);
    expect((many.json as Record<string, unknown>[]).map((answer) => answer.verdict ?? answer.error)).toEqual([
      'allowed',
      { code: 'repeated-key', message: 'the request body gives "queries[1].source" more than once in one object: which value is meant cannot be known; give it once' },
    ]);
    const zh = await ask(app, '/v1/check?lang=zh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"source": "jd", "source": "jd", "surface": "live-cart"}' });
    expect(zh.json).toEqual({ error: { code: 'repeated-key', message: '请求体在同一对象中不止一次给出 "source"，无法知道指的是哪个值；请只给一次' } });
  });

  it('refuses a body that is not UTF-8, naming the byte, or that nests too deep', async () => {
    // 淘宝 saved as GB18030 inside the JSON.
    const gbk = new Uint8Array([...new TextEncoder().encode('{"source": "'), 0xcc, 0xd4, 0xb1, 0xa6, ...new TextEncoder().encode('", "surface": "live-cart"}')]);
    const reply = await ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: gbk });
    expect([reply.status, reply.json]).toEqual([400, { error: { code: 'bad-json', message: 'the request body is not JSON: it is not valid UTF-8 at byte 12 (0xCC)' } }]);
    const deep = await post(`${'['.repeat(5001)}${']'.repeat(5001)}`);
    expect([deep.status, deep.json]).toEqual([400, { error: { code: 'bad-json', message: 'the request body is not JSON: it nests more than 5000 objects and arrays' } }]);
    const deepZh = await ask(app, '/v1/check?lang=zh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `${'['.repeat(5001)}${']'.repeat(5001)}` });
    expect(deepZh.json).toEqual({ error: { code: 'bad-json', message: '请求体不是 JSON：对象和数组嵌套超过 5000 层' } });
    // Not JSON, and nested past what a reader that says where can follow: refused for its depth.
    for (const body of [`${'['.repeat(300_000)}x`, `${'{"a":'.repeat(100_000)}x`]) {
      const deeper = await post(body);
      expect([deeper.status, deeper.json]).toEqual([400, { error: { code: 'bad-json', message: 'the request body is not JSON: it nests more than 5000 objects and arrays' } }]);
    }
  });

  it("words where a body stops being JSON in the request's language, counting bytes, not the parser's English", async () => {
    const bad = async (body: string, lang = 'en') => ((await ask(app, `/v1/check?lang=${lang}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).json as { error: { message: string } }).error.message;
    expect(await bad('{"source": x}')).toBe('the request body is not JSON: it is not valid JSON at byte 11');
    expect(await bad('{"source": x}', 'zh')).toBe('请求体不是 JSON：第 11 字节处不是有效的 JSON');
    // Bytes, not characters: 淘宝 is six of them.
    expect(await bad('{"淘宝": x}')).toBe('the request body is not JSON: it is not valid JSON at byte 11');
    expect(await bad('{"a" 1}')).toBe('the request body is not JSON: it is not valid JSON at byte 5');
    expect(await bad('\ufeff{"a" 1}')).toBe('the request body is not JSON: it is not valid JSON at byte 8');
    expect(await bad('{"source": "jd"}x')).toBe('the request body is not JSON: it is not valid JSON at byte 16');
    expect(await bad('{"source":')).toBe('the request body is not JSON: it ends at byte 10 before its JSON does');
    expect(await bad('{"source":', 'zh')).toBe('请求体不是 JSON：在第 10 字节处结束，JSON 尚未完整');
    expect(await bad('')).toBe('the request body is not JSON: it ends at byte 0 before its JSON does');
  });

  it('refuses a JSON body said to be in a charset other than UTF-8 (415), and takes utf-8 written any way', async () => {
    const typed = (type: string) => ask(app, '/v1/check', { method: 'POST', headers: { 'Content-Type': type }, body: '{"source": "jd", "surface": "live-cart", "at": "2022-06-01"}' });
    for (const type of ['application/json; charset=latin1', 'application/json; charset=ISO-8859-1', 'application/json;charset="gbk"']) {
      const reply = await typed(type);
      const charset = /charset="?([^"]+)/u.exec(type)![1];
      expect([type, reply.status, reply.json]).toEqual([type, 415, { error: { code: 'unsupported-media-type', message: `Content-Type "application/json; charset=${charset}" is not accepted here; send application/json (UTF-8)` } }]);
    }
    for (const type of ['application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json; charset=utf8', 'Application/JSON', 'application/json; charset=utf-8; charset=UTF-8']) {
      expect([type, (await typed(type)).status]).toEqual([type, 200]);
    }
    // A charset given twice, differently: which one the body is in cannot be known, whichever comes first.
    for (const [type, shown] of [
      ['application/json; charset=utf-8; charset=latin1', 'charset=utf-8; charset=latin1'],
      ['application/json; charset=latin1; charset="utf-8"', 'charset=latin1; charset=utf-8'],
    ]) {
      const reply = await typed(type!);
      expect([type, reply.status, reply.json]).toEqual([type, 415, { error: { code: 'unsupported-media-type', message: `Content-Type "application/json; ${shown}" is not accepted here; send application/json (UTF-8)` } }]);
    }
  });

  it('refuses a body past its limit with 413, by its length or as it arrives', async () => {
    const small = await service({ limits: { maxBody: 100 } });
    const body = JSON.stringify({ source: 'x'.repeat(200), surface: 'live-cart' });
    const declared = await ask(small, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect([declared.status, declared.json]).toEqual([413, { error: { code: 'body-too-large', message: 'the request body is larger than 100 bytes; send a smaller one (the limit is set when the service starts)' } }]);
    const stream = new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(body)), controller.close()) });
    const streamed = await ask(small, '/v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect([streamed.status, (streamed.json as { error: { code: string } }).error.code]).toEqual([413, 'body-too-large']);
  });
});

describe('the other questions', () => {
  it.each([
    ['/v1/classify?input=taobao&input=item.jd.com/100012043978.html', ['classify', 'taobao', 'item.jd.com/100012043978.html', '--json']],
    ['/v1/rules?source=jd', ['rules', 'list', '--source', 'jd', '--json']],
    ['/v1/rules?platform=douyin&surface=live-cart', ['rules', 'list', '-p', 'douyin', '--surface', 'live-cart', '--json']],
    ['/v1/coverage', ['coverage', '--json']],
    ['/v1/coverage?platform=xiaohongshu', ['coverage', '-p', 'xiaohongshu', '--json']],
    ['/v1/matrix?at=2022-06-01', ['matrix', '2022-06-01', '--json']],
    ['/v1/matrix?platform=douyin&at=2020-11-01&asKnownOn=2021-01-01', ['matrix', '2020-11-01', '-p', 'douyin', '--as-known-on', '2021-01-01', '--json']],
    ['/v1/timeline?source=taobao&surface=live-cart&platform=kuaishou', ['timeline', 'taobao', 'live-cart', '-p', 'kuaishou', '--json']],
    ['/v1/timeline?source=jd&from=2020-01-01&to=2022-12-31', ['timeline', 'jd', '--from', '2020-01-01', '--to', '2022-12-31', '--json']],
  ])('%s is what `linkcheck %s` prints', async (path, argv) => {
    const reply = await ask(app, path);
    const printed = await cli(argv);
    expect([reply.status, reply.type, printed.code]).toEqual([200, json, 0]);
    expect(reply.text).toBe(printed.stdout);
  });

  it('draws the timeline as SVG for format=svg or Accept: image/svg+xml, in the request\'s language', async () => {
    const printed = await cli(['timeline', 'taobao', 'live-cart', '-p', 'kuaishou', '--svg', '-', '--lang', 'zh']);
    const byFormat = await ask(app, '/v1/timeline?source=taobao&surface=live-cart&platform=kuaishou&format=svg&lang=zh');
    const byAccept = await ask(app, '/v1/timeline?source=taobao&surface=live-cart&platform=kuaishou&lang=zh', { headers: { Accept: 'image/svg+xml' } });
    expect([byFormat.status, byFormat.type]).toEqual([200, 'image/svg+xml; charset=utf-8']);
    expect(byFormat.text).toBe(printed.stdout);
    expect(byAccept.text).toBe(printed.stdout);
    expect(printed.stdout).toContain('禁止');
  });

  it('draws the matrix as SVG, the picture the page shows, in the request\'s language', async () => {
    const catalog = await builtinCatalog();
    const platform = catalog.platforms.get('kuaishou')!;
    const expected = renderMatrixSvg(matrixOf(catalog, 'kuaishou', queryTime('2022-06-01', platform.timeZone, NOW)), { lang: 'zh' });
    const got = await ask(app, '/v1/matrix?at=2022-06-01&lang=zh', { headers: { Accept: 'image/svg+xml' } });
    expect([got.status, got.type]).toEqual([200, 'image/svg+xml; charset=utf-8']);
    expect(got.text).toBe(expected);
    expect(got.text).toContain('禁止');
  });

  it('refuses what the views refuse', async () => {
    expect((await ask(app, '/v1/timeline?source=https://evil.example/x')).json).toEqual({ error: { code: 'input-error', message: '"https://evil.example/x" is a link of no known source; give a source name ("linkcheck sources" lists them)' } });
    expect((await ask(app, '/v1/matrix?format=pdf')).json).toEqual({ error: { code: 'bad-choice', message: 'format takes one of json, svg, not "pdf"' } });
    expect((await ask(app, '/v1/classify')).json).toEqual({ error: { code: 'missing-parameter', message: 'missing parameter "input"; the parameters are input, lang' } });
    expect((await ask(app, '/v1/coverage?platform=weibo')).status).toBe(400);
  });

  it('says it is up, with the version and the rules it answers from', async () => {
    expect((await ask(app, '/healthz')).json).toEqual({ status: 'ok', version: '0.1.0', rules: 47 });
  });
});

describe('paths and methods', () => {
  it('answers an unknown path with 404 and the paths there are', async () => {
    const reply = await ask(app, '/v2/check');
    expect([reply.status, reply.type, reply.json]).toEqual([404, json, { error: { code: 'not-found', message: 'nothing at "/v2/check"; the paths are /v1/check, /v1/batch, /v1/classify, /v1/rules, /v1/coverage, /v1/matrix, /v1/timeline, /openapi.json, /healthz, /' } }]);
  });

  it('answers a method a path does not take with 405 and Allow', async () => {
    const reply = await ask(app, '/v1/check', { method: 'DELETE' });
    expect([reply.status, reply.headers.get('allow'), reply.json]).toEqual([405, 'GET, POST, HEAD', { error: { code: 'method-not-allowed', message: 'DELETE is not allowed on /v1/check; use GET, POST, HEAD' } }]);
    expect((await ask(app, '/v1/batch')).status).toBe(405);
    expect((await ask(app, '/v1/rules', { method: 'POST', body: '{}' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses a parameter on /healthz and /openapi.json, which take none, as every endpoint refuses one it does not take', async () => {
    for (const path of ['/healthz', '/openapi.json']) {
      const reply = await ask(app, `${path}?x=1&lang=zh`);
      expect([reply.status, reply.type, reply.json], path).toEqual([400, json, { error: { code: 'unknown-parameter', message: '未知参数 "x", "lang"；此路径不接受参数' } }]);
      expect((await ask(app, `${path}?x=1`, { method: 'HEAD' })).status, `HEAD ${path}`).toBe(400);
      expect((await ask(app, `${path}?x=1`)).json, path).toEqual({ error: { code: 'unknown-parameter', message: 'unknown parameter "x"; this path takes no parameter' } });
    }
  });

  it('serves the page whatever its address asks: its parameters are the page\'s own, read in the browser', async () => {
    const site = await service({ site: readSiteFiles(join(ROOT, 'test/serve/fixtures/site')) });
    for (const path of ['/?source=jd&surface=live-cart&lang=zh', '/index.html?utm_source=chat', '/page.js?v=2']) expect((await ask(site, path)).status, path).toBe(200);
  });

  it('answers HEAD as GET without a body', async () => {
    const reply = await ask(app, '/healthz', { method: 'HEAD' });
    expect([reply.status, reply.text]).toEqual([200, '']);
  });
});

describe('answers kept', () => {
  it('gives the same bytes for a query asked again, and a relative date follows the clock', async () => {
    let now = Date.UTC(2022, 5, 1, 4);
    const clocked = await service({ now: () => now });
    const path = '/v1/check?source=taobao&surface=live-cart&at=today';
    const first = await ask(clocked, path);
    expect((await ask(clocked, path)).text).toBe(first.text);
    expect((first.json as { verdict: string; at: string }).at).toBe('2022-06-01T00:00:00+08:00');
    now = Date.UTC(2022, 10, 1, 4);
    const later = (await ask(clocked, path)).json as { verdict: string; at: string };
    expect([later.at, later.verdict]).toEqual(['2022-11-01T00:00:00+08:00', 'unknown']);
    // A link's answer shows the link as written: two spellings of one source are two answers.
    const a = (await ask(clocked, '/v1/check?source=https://detail.tmall.com/item.htm?id=1&surface=live-cart&at=2022-06-01')).json as { link: { input: string } };
    const b = (await ask(clocked, '/v1/check?source=https://detail.tmall.com/item.htm?id=2&surface=live-cart&at=2022-06-01')).json as { link: { input: string } };
    expect([a.link.input, b.link.input]).toEqual(['https://detail.tmall.com/item.htm?id=1', 'https://detail.tmall.com/item.htm?id=2']);
  });
});
