// Links and share texts as the source of a check, through the built CLI.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

describe('linkcheck <link> <surface> [date]', () => {
  it.each([
    ['https://detail.tmall.com/item.htm?id=1', 'live-cart', 1, 'denied  tmall · kuaishou live-cart', 'link         detail.tmall.com → tmall (host matches tmall.com)'],
    ['https://item.jd.com/100012043978.html', 'short-video-cart', 0, 'allowed  jd · kuaishou short-video-cart', 'link         item.jd.com → jd (host matches jd.com)'],
    ['item.jd.com/100012043978.html', 'live-cart', 1, 'denied  jd · kuaishou live-cart', 'link         item.jd.com → jd (host matches jd.com)'],
    ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品名」点击链接直接打开', 'live-cart', 1, 'denied  taobao-alliance (group: taobao, tmall)', 'link         m.tb.cn → taobao-alliance (host matches tb.cn, a short link of the taobao-alliance group: it may lead to an item of any member, which cannot be seen offline, so it is answered for the group, link found in the share text)'],
    ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'live-cart', 1, 'denied  taobao-alliance (group: taobao, tmall)', 'link         share token ￥AEpabxiRg0u￥ → taobao-alliance (the text names 手淘, of the taobao-alliance group: the token may lead to an item of any member, which cannot be seen offline, so it is answered for the group)'],
    ['27:/￥E3Fd5Tg2YxM1￥，复制这段话打开京东APP', 'short-video-cart', 0, 'allowed  jd', 'link         share token ￥E3Fd5Tg2YxM1￥ → jd (the text names 京东)'],
    ['https://evil.example/x', 'live-cart', 3, 'unknown  unrecognised link evil.example · kuaishou live-cart', 'why          no rule on record covers evil.example on kuaishou live-cart at this time'],
    ['￥AEpabxiRg0u￥', 'live-cart', 3, 'unknown  unrecognised share token ￥AEpabxiRg0u￥', 'link         share token ￥AEpabxiRg0u￥ → no known source (the text around it names no source)'],
  ])('%j on %s exits %i, and --explain says what the link was recognised as', async (source, surface, code, headline, line) => {
    const run = await cli([source, surface, '2022-06-01', '--explain']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toContain(headline);
    expect(run.stdout.split('\n')).toContain(`  ${line}`);
  });

  it.each([
    ['https://detail.tmall.com/item.htm?id=1', 'live-cart', 'denied  detail.tmall.com → tmall · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced', 5],
    // A group's answer has a line for each of its two members.
    ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈', 'live-cart', 'denied  share token ￥AEpabxiRg0u￥ → taobao-alliance (group: taobao, tmall) · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced', 7],
    ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品名」', 'live-cart', 'denied  m.tb.cn → taobao-alliance (group: taobao, tmall) · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai) · announced', 7],
    ['https://evil.example/x', 'live-cart', 'unknown  unrecognised link evil.example · kuaishou live-cart · on 2022-06-01 (Asia/Shanghai)', 5],
  ])('the short answer for %j names what was recognised on the verdict line', async (source, surface, headline, most) => {
    const lines = (await cli([source, surface, '2022-06-01'])).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(headline);
    expect(lines.length).toBeLessThanOrEqual(most);
    expect(lines.some((line) => line.startsWith('  link '))).toBe(false);
  });

  // A link in doubt is taken for no source, and no rule applies to it: the why says the doubt, not
  // that the record lacks a rule for a host it has rules for.
  it.each([
    ['https://item.taobao.com/1 https://item.jd.com/1.html', 'the text holds links that lead to different sources, so it is taken for none'],
    ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈 https://item.jd.com/1.html', 'the text also holds a share token that its words give to another source, so it is taken for none'],
  ])('the short answer for %j says why the link is in doubt', async (source, reason) => {
    const run = await cli([source, 'short-video-cart', '2022-06-01']);
    expect(run.code).toBe(3);
    // Recognised, and in doubt: not "unrecognised".
    expect(run.stdout.split('\n')[0]).toMatch(/^unknown  link item\.(taobao|jd)\.com in doubt · kuaishou short-video-cart/);
    expect(run.stdout.trimEnd().split('\n').slice(1)).toEqual([`  why          ${reason}`, '               no rule applies to a link in doubt, so the answer is unknown']);
    const zh = await cli([source, 'short-video-cart', '2022-06-01', '--lang', 'zh']);
    expect(zh.stdout.trimEnd().split('\n')[2]).toBe('               存疑的链接不适用任何规则，因此答案为未知');
  });

  it('answers for an unrecognised link when a rule covers every source: Douyin bars any outside link from live rooms', async () => {
    const answer = JSON.parse((await cli(['-p', 'douyin', 'https://evil.example/x', 'live-cart', '2022-06-01', '--json'])).stdout);
    expect(answer).toMatchObject({ source: null, verdict: 'denied', rule: { id: 'douyin-2020-live-cart-cut', sources: { anyExcept: ['douyin-shop'] } } });
    expect(answer.link).toMatchObject({ kind: 'link', host: 'evil.example', domain: null, reason: 'unlisted-host' });
  });

  // Xiaohongshu let Taobao links into live rooms from August 2020, and no rule says so for Tmall: a
  // Taobao app link, which may open a Tmall item, is asked about as the group, never taken for Taobao's.
  it.each(['taobao://detail.tmall.com/item.htm?id=1', 'tbopen://m.taobao.com/tbopen/index.html?h5Url=x', 'taobao:item.taobao.com/item.htm?id=1'])(
    'a Taobao app link %j is the Taobao Alliance\'s: unknown where Taobao and Tmall differ',
    async (source) => {
      const run = await cli(['-p', 'xiaohongshu', source, 'live-cart', '2020-09-01', '--json']);
      expect(run.code).toBe(3);
      const answer = JSON.parse(run.stdout);
      expect(answer).toMatchObject({ source: null, verdict: 'unknown', group: { id: 'taobao-alliance' } });
      expect(answer.link).toMatchObject({ kind: 'link', group: 'taobao-alliance', host: '', appScheme: source.slice(0, source.indexOf(':')), reason: null });
      const zh = await cli(['-p', 'xiaohongshu', source, 'live-cart', '2020-09-01', '--explain', '--lang', 'zh']);
      expect(zh.stdout).toContain('列在 淘宝联盟 组的一个来源名下');
    },
  );

  it('puts what the link was recognised as in --json', async () => {
    const run = await cli(['https://detail.tmall.com/item.htm?id=1', 'live-cart', '2022-06-01', '--json']);
    const answer = JSON.parse(run.stdout);
    expect(run.code).toBe(1);
    expect(answer.source).toBe('tmall');
    expect(answer.link).toEqual({
      input: 'https://detail.tmall.com/item.htm?id=1',
      kind: 'link',
      group: null,
      marker: null,
      url: 'https://detail.tmall.com/item.htm?id=1',
      host: 'detail.tmall.com',
      domain: 'tmall.com',
      token: null,
      keyword: null,
      reason: null,
      shortLink: false,
      appScheme: null,
      explanation: 'host detail.tmall.com matches tmall.com',
    });
    expect(JSON.parse((await cli(['taobao', 'live-cart', '2022-06-01', '--json'])).stdout).link).toBeNull();
  });
});

describe('a spoofed host never inherits a verdict', () => {
  // On 2022-02-28 Taobao links were allowed on Kuaishou and on 2022-06-01 denied:
  // a spoof must answer neither, only unknown.
  it.each([
    ['https://item.taobao.com.evil.example/x', 'item.taobao.com.evil.example'],
    ['https://evil.example/item.taobao.com', 'evil.example'],
    ['https://taobao.com@evil.example/', 'evil.example'],
    ['taobao.com@evil.example/', 'evil.example'],
    ['https://evil-taobao.com/', 'evil-taobao.com'],
    ['https://t\u0430obao.com/', 'xn--tobao-4ve.com'],
    ['【淘宝】https://m.tb.cn.evil.example/h.x 打开手淘', 'm.tb.cn.evil.example'],
  ])('%j', async (link, host) => {
    for (const date of ['2022-02-28', '2022-06-01']) {
      const run = await cli([link, 'live-cart', date, '--json']);
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: null, verdict: 'unknown', reason: 'no-rule', rule: null, link: { host, reason: 'unlisted-host' } });
    }
  });
});

describe('arguments that are not links', () => {
  it.each([
    ['javascript:alert(1)', 'linkcheck: "javascript:alert(1)" is not a web link (javascript: links are not accepted); give a source id or alias (taobao, tmall, jd, '],
    ['data:text/html,<script>location="https://item.taobao.com/"</script>', 'linkcheck: "data:text/html,<script>location="https://item.taobao.com/"<…" is not a web link (data: links are not accepted)'],
    ['mailto:shop@taobao.com', 'linkcheck: "mailto:shop@taobao.com" is not a web link (mailto: links are not accepted)'],
    ['https://', 'linkcheck: "https://" is not a valid https link'],
    ['复制这条信息\n后打开👉手淘👈', 'linkcheck: no source name, link or share token in "复制这条信息\\n后打开👉手淘👈"'],
  ])('%j fails with one line and exit 2', async (source, message) => {
    const run = await cli([source, 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('share texts read as a person reads them', () => {
  // Each row a text that was misread; the verdict line now, and the exit code.
  it.each([
    // A word and a colon in a product title is a word, not a link of another scheme.
    ['【京东】https://u.jd.com/YO58R3K「Nike Air Max 尺码Size:42 颜色Color:white」点击链接直接打开', 'short-video-cart', '2022-06-01', 0, 'allowed  u.jd.com → jd'],
    // A character that puts a scheme outside the link before it: a link of its own, of another side.
    ['https://item.jd.com/1.html"https://item.taobao.com/item.htm?id=2', 'short-video-cart', '2022-06-01', 3, 'unknown  link item.jd.com in doubt'],
    ['[jd](https://item.jd.com/1.html),[tb](https://item.taobao.com/item.htm?id=2)', 'short-video-cart', '2022-06-01', 3, 'unknown  link item.jd.com in doubt'],
    ['https://evil.example/?u=https://item.taobao.com/', 'short-video-cart', '2022-06-01', 3, 'unknown  unrecognised link evil.example'],
    // A share token beside a link: what the token stands for (a 淘口令: the Taobao Alliance) against the link.
    ['https://detail.tmall.com/item.htm?id=1 复制￥AEpabxiRg0u￥打开天猫', 'live-cart', '2022-11-15', 3, 'unknown  link detail.tmall.com in doubt'],
    ['复制￥AEpabxiRg0u￥打开淘宝 京东同款 https://item.jd.com/1.html', 'short-video-cart', '2022-06-01', 3, 'unknown  link item.jd.com in doubt'],
    // Every host named beside the links is read, after 64 measures too.
    [`【京东】https://u.jd.com/YO58R3K「规格${Array.from({ length: 64 }, (_, i) => ` 1.${i + 1}kg`).join('')}」或去 detail.tmall.com`, 'short-video-cart', '2022-06-01', 3, 'unknown  link u.jd.com in doubt'],
    // A keyword in pinyin names its source: the token's text names Taobao and JD, so it is no one's.
    ['復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘bao👈「京东蓝牙耳机」', 'short-video-cart', '2022-06-01', 3, 'unknown  unrecognised share token ￥anzcbFYCKxj￥'],
    // 京东同款 in its title names no source: the token's text names Taobao alone.
    ['復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘bao👈「京东同款蓝牙耳机」', 'short-video-cart', '2022-06-01', 1, 'denied  share token ￥anzcbFYCKxj￥ → taobao-alliance (group: taobao, tmall)'],
    // A host with no path ends at white space before words no host continues with.
    ['https://www.jd.com 好物推荐', 'live-cart', '2022-06-01', 1, 'denied  www.jd.com → jd'],
    ['【天猫】https://m.tb.cn 好物', 'live-cart', '2022-11-15', 0, 'allowed  m.tb.cn → tmall'],
    // Every delimiter apps put around a token.
    ['复制〒AEpabxiRg0u〒打开淘宝', 'live-cart', '2022-06-01', 1, 'denied  share token 〒AEpabxiRg0u〒 → taobao-alliance (group: taobao, tmall)'],
    ['复制ƒAEpabxiRg0uƒ打开淘宝', 'live-cart', '2022-06-01', 1, 'denied  share token ƒAEpabxiRg0uƒ → taobao-alliance (group: taobao, tmall)'],
    // A scheme-relative link followed by words is the link.
    ['//item.jd.com/1.html 好', 'short-video-cart', '2022-06-01', 0, 'allowed  item.jd.com → jd'],
    // The Tmall app's mark names the text's first link only.
    ['https://detail.tmall.com/item.htm?id=1 【天猫】https://m.tb.cn/h.6abc', 'live-cart', '2022-11-15', 3, 'unknown  link detail.tmall.com in doubt'],
  ])('%j on %s on %s exits %i', async (source, surface, date, code, headline) => {
    const run = await cli([source, surface, date]);
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `, 'u'));
  });
});
