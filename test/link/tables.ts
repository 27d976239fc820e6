// The link tables the spoof and share-text tests share: spoofs with their exact
// outcome, share texts a spoof is tried inside, and real share texts with the source
// and host they name (see adversarial.test.ts, white-space.test.ts).
export type Outcome = 'error' | 'ambiguous-host' | 'unlisted-host' | 'several-links' | 'link-and-token';
/** A spoof, what it comes to alone, and what it comes to inside a share text (the same when not given). */
export type Spoof = [input: string, alone: Outcome, inText?: Outcome];

export const spoofs: Spoof[] = [
  // Characters after the host that the URL parser keeps in the host.
  ['https://item.taobao.com．evil.com/x', 'unlisted-host'],
  ['https://item.taobao.com。evil.com/x', 'unlisted-host'],
  ['https://item.taobao.com｡evil.com/x', 'unlisted-host'],
  ["https://item.taobao.com'evil.com/x", 'ambiguous-host'],
  ['https://item.taobao.com`.evil.com/x', 'ambiguous-host'],
  ['https://item.taobao.com".evil.com/x', 'ambiguous-host'],
  ['https://item.taobao.com’.evil.com/x', 'ambiguous-host'],
  ['https://item.taobao.com淘.evil.com/x', 'ambiguous-host'],
  ['https://item.taobao.com👉.evil.com/x', 'ambiguous-host'],
  ['https://item.jd.com「.evil.com/1.html', 'ambiguous-host'],
  ['item.taobao.com．evil.com/x', 'unlisted-host'],
  ['item。taobao。com。evil。com/x', 'unlisted-host'],
  ["item.taobao.com'evil.com/x", 'ambiguous-host'],
  // Look-alike letters of other scripts: the parser gives the host in punycode, which no source lists.
  ['https://t\u0430obao.com/', 'unlisted-host'],
  ['https://item.t\u0430obao.com/x', 'unlisted-host'],
  ['https://item.jd.c\u043em/1.html', 'unlisted-host'],
  ['https://\u0458d.com/1.html', 'unlisted-host'],
  ['t\u0430obao.com/item.htm', 'unlisted-host'],
  ['https://taobao.com\u0430/', 'unlisted-host'],
  ['https://ταobao.com/', 'unlisted-host'],
  // Percent-encoded hosts.
  ['https://item.taobao.com%2eevil.com/', 'ambiguous-host'],
  ['https://%69tem.taobao.com.evil.com/', 'ambiguous-host'],
  ['https://item%2Etaobao%2Ecom%2Eevil%2Ecom/', 'ambiguous-host'],
  // Backslashes and user info.
  ['https://taobao.com@evil.example/', 'unlisted-host'],
  ['https://item.taobao.com:443@evil.example/', 'unlisted-host'],
  ['https://item.taobao.com%40evil.example@evil.example/', 'unlisted-host'],
  ['taobao.com@evil.example/', 'unlisted-host'],
  // A user name and password before the host: the host is what the link opens.
  ['https://item:taobao@evil.example/', 'unlisted-host'],
  ['https://taobao:com@evil.example/item.taobao.com', 'unlisted-host'],
  ['https://taobao.com @evil.example/', 'ambiguous-host'],
  ['https://taobao.com\t@evil.example/', 'ambiguous-host'],
  // A backslash ends the host for the URL parser, as for a browser, not for every parser: an '@'
  // after it, before the path, makes another host to Python's urllib.parse.
  ['https://evil.example\\@item.taobao.com/', 'ambiguous-host'],
  ['https://item.taobao.com\\@evil.example/', 'ambiguous-host'],
  ['https://item.taobao.com\\x@evil.example/item.htm', 'ambiguous-host'],
  ['item.taobao.com\\@evil.example/', 'ambiguous-host'],
  ['【淘宝】https://item.taobao.com\\@evil.example/ 点击链接直接打开', 'ambiguous-host'],
  // White space ends a link: the parser would join what a reader sees apart (#14).
  ['https://evil.cn\n.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\r\n.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\t@item.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\u3000.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\u00a0@item.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\u2028.jd.com/1.html', 'ambiguous-host'],
  ['https://evil.cn\u0085.jd.com/1.html', 'ambiguous-host'],
  ['https://item.jd.com\u200a.evil.cn/1.html', 'ambiguous-host'],
  ['https://item.jd\n.com.evil.cn/1.html', 'ambiguous-host'],
  ['evil.com【 item.taobao.com/x', 'ambiguous-host'],
  ['1.2.3.4\n【item.taobao.com/x', 'ambiguous-host'],
  ['evil.com\\item.taobao.com/x', 'unlisted-host'],
  // IP hosts.
  ['https://1.2.3.4/item.taobao.com', 'unlisted-host'],
  ['http://0x7f.1/item.taobao.com', 'ambiguous-host'],
  ['https://[::1]/item.taobao.com', 'ambiguous-host'],
  ['1.2.3.4/item.taobao.com/x', 'unlisted-host'],
  ['https://3232235777/taobao.com', 'ambiguous-host'],
  // Look-alike and neighbouring domains.
  ['https://item.taobao.com.evil.example/x', 'unlisted-host'],
  ['https://evil-taobao.com/', 'unlisted-host'],
  ['https://taobao.com.cn/', 'unlisted-host'],
  ['https://m.tb.cn.evil.example/h.x', 'unlisted-host'],
  ['https://jd.com.evil.example/', 'unlisted-host'],
  ['https://item.taobao.com../', 'unlisted-host'],
  // Other schemes, also hidden by the parser's own preprocessing.
  ['javascript://item.taobao.com/%0aalert(1)', 'error'],
  ['\u001fjavascript://item.taobao.com/%0aalert(1)', 'error'],
  ['\u0000\u001fJavaScript://item.taobao.com/', 'error'],
  ['java\tscript://item.taobao.com/x', 'error'],
  ['java script://item.taobao.com/x', 'error'],
  ['file://item.taobao.com/etc/passwd', 'error'],
  ['data:text/html,item.taobao.com/x', 'error'],
  ['vbscript:msgbox(1)//item.taobao.com/', 'error'],
  ['javascript:0//item.taobao.com/', 'error'],
  ['ｊａｖａｓｃｒｉｐｔ：alert(1)//item.taobao.com/', 'error'],
  ['ftp://item.taobao.com/x', 'error'],
  ['weixin://dl/business/?t=item.taobao.com', 'error'],
  ['jdmobile://item.jd.com/1.html', 'error'],
  ['taobao.evil://item.taobao.com/', 'error'],
  ['tbopen.x://item.taobao.com/', 'error'],
  ['xhttps://item.taobao.com/', 'error'],
  ['https://evil.example/?u=javascript:alert(1)', 'error'],
  // Invisible and control characters inside the host.
  ['https://item.taobao.com\u200b.evil.com/', 'ambiguous-host'],
  ['https://item.taobao.com\ufeff.evil.com/', 'ambiguous-host'],
  ['https://item.taobao.com\u00ad.evil.com/', 'ambiguous-host'],
  ['https://item.taobao.com\u001f.evil.com/', 'ambiguous-host'],
  ['https://ta\u00adobao.com/', 'ambiguous-host'],
  ['https://item.taobao.com\u200d.evil.com/', 'ambiguous-host'],
  // Links in the query, fragment and path of another link.
  ['evil.com?x=item.taobao.com/y', 'unlisted-host'],
  ['evil.com#item.taobao.com/y', 'unlisted-host'],
  ['https:evil.com/?item.taobao.com/x', 'unlisted-host'],
  ['https://evil.example/item.taobao.com', 'unlisted-host'],
  ['https://evil.example/?u=https://item.taobao.com/', 'unlisted-host'],
  ['https://evil.example/#https://item.taobao.com/', 'unlisted-host'],
  // A link an app shows as ending at 【 leaves what follows to be tapped as a link of its own: in doubt.
  ['https://evil.example/【https://item.taobao.com/x', 'several-links'],
  ['evil.com/【item.taobao.com/x', 'several-links'],
  ['evil.com【item.taobao.com/x', 'ambiguous-host'],
  ['тест。рф【item.taobao.com/x', 'ambiguous-host'],
  ['1.2.3.4【item.taobao.com/x', 'ambiguous-host'],
];

/** Share texts a spoof is tried inside; {} is the spoof. */
export const wrappers = ['【淘宝】{} 点击链接直接打开 或者 淘宝搜索直接打开', '復·制这段描述￥AEpabxiRg0u￥后到👉淘宝👈 {}', '【京东】{}「爱他美」点击链接直接打开'];
/** The wrapper with a share token its words give to Taobao: beside a link of no listed source, the text is link-and-token. */
const TOKEN_WRAPPER = wrappers[1];

export const rows = spoofs.flatMap(([input, alone, inText]): [string, Outcome][] => [
  [input, alone],
  ...wrappers.map((wrapper): [string, Outcome] => {
    const expected = inText ?? alone;
    return [wrapper.replace('{}', () => input), wrapper === TOKEN_WRAPPER && expected === 'unlisted-host' ? 'link-and-token' : expected];
  }),
]);

// Inputs that name no link a source could own at all: they fall to the share token, or are refused.
export const noLink: [string, string][] = [
  ['淘宝 evil.com?x=item.taobao.com/y', 'unlisted-host'],
  ['淘宝 evil.com#item.taobao.com/y', 'unlisted-host'],
  ['淘宝 https:evil.com/?item.taobao.com/x', 'unlisted-host'],
  ['淘宝 evil.com\\item.taobao.com/x', 'unlisted-host'],
  ['淘宝 javascript://item.taobao.com/%0aalert(1)', 'error'],
  ['淘宝 file://item.taobao.com/x', 'error'],
  ['淘宝 data:text/html,item.taobao.com/x', 'error'],
  ['evil【item.taobao.com/x', 'error'],
  ['淘宝 taobao.com @evil.example/x', 'error'],
  // Links that lead to different sources (or one to none): which the placement shows cannot be told.
  ['打开 https://evil.example/x 或 https://item.taobao.com/item.htm?id=1', 'several-links'],
  ['https://item.jd.com/100012043978.html 对比 https://item.taobao.com/item.htm?id=1', 'several-links'],
  ['【京东】https://u.jd.com/YO58R3K「爱他美」点击链接直接打开 https://evil.example/x', 'several-links'],
  ['https://detail.tmall.com/item.htm?id=1\nhttps://m.tb.cn/h.UvpmkC1', 'several-links'],
  ['https://item.jd.com/1.html 再看 item.taobao.com/item.htm?id=2', 'several-links'],
  ['https://item.jd.com/1.html https://item.t\u0430obao.com/x', 'several-links'],
  ['https://item.jd.com/1.html\u0085https://item.taobao.com/item.htm?id=2', 'several-links'],
  ['https://evil.example/a https://other.example/b', 'unlisted-host'],
  // An app deep link and a link of another source, in either order, or two deep links of two sources.
  ['https://item.jd.com/1.html taobao://item.taobao.com/item.htm?id=1', 'several-links'],
  ['taobao://item.taobao.com/item.htm?id=1 https://item.jd.com/1.html', 'several-links'],
  ['openapp.jdmobile://virtual?params=1 https://item.taobao.com/item.htm?id=1', 'several-links'],
  ['taobao://item.taobao.com/item.htm?id=1 openapp.jdmobile://virtual?params=1', 'several-links'],
  // A Taobao app link is the group's: beside a member's own link, which of them is shown cannot be told.
  ['taobao://item.taobao.com/item.htm?id=1 https://item.taobao.com/item.htm?id=1', 'several-links'],
  ['https://item.taobao.com/item.htm?id=1 taobao://item.taobao.com/item.htm?id=1', 'several-links'],
  ['tbopen://m.taobao.com/tbopen/index.html https://detail.tmall.com/item.htm?id=1', 'several-links'],
  ['taobao://item.taobao.com/item.htm?id=1 见 https://', 'several-links'],
  ['https://item.jd.com/1.html 看?u=taobao://item.taobao.com/', 'several-links'],
  // An app deep link inside another link is part of it, which may lead anywhere: in doubt, as a web link there is.
  ['x/?u=taobao://item.taobao.com/', 'ambiguous-host'],
  ['看?u=taobao://item.taobao.com/', 'ambiguous-host'],
  ['@taobao://item.taobao.com/', 'ambiguous-host'],
  ['https ://evil.example/1.html?u=taobao://item.taobao.com/', 'ambiguous-host'],
  ['https:/ /evil.example/1.html taobao://item.taobao.com/', 'ambiguous-host'],
];

/**
 * A link, and beside it a share token whose words give it to another source only: either may be
 * the placement. Not spoofs: a splice that breaks the token's words leaves the link to decide.
 */
export const tokenBeside: [string, string][] = [
  ['taobao://item.taobao.com/item.htm?id=1 复制￥AEpabxiRg0u￥打开京东', 'link-and-token'],
  ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈 https://item.jd.com/100012043978.html', 'link-and-token'],
  ['https://item.jd.com/1.html 或者復·制这段描述€08skb3DzfQC€后咑閞👉淘♂寳♀👈', 'link-and-token'],
  ['https://item.jd.com/1.html fu致这行话₤JGvr1SxMkdx₤转移至👉τáǒЬáǒ👈', 'link-and-token'],
  ['https://u.jd.com/YO58R3K 椱ァ製这段描述₴2H36Y7T1NkV₴后到◇綯℡寳', 'link-and-token'],
  ['https://item.taobao.com/item.htm?id=1 ￥AEpabxiRg0u￥ 打开京东', 'link-and-token'],
  ['https://detail.tmall.com/item.htm?id=1 ￥AbcdEfghIj1￥ 打开手淘', 'link-and-token'],
  ['https://u.jd.com/YO58R3K ￥AEpabxiRg0u￥ 打开手淘', 'link-and-token'],
  ['https://m.tb.cn/h.UvpmkC1 ￥AEpabxiRg0u￥ 打开京东', 'link-and-token'],
  ['￥AEpabxiRg0u￥ 手淘 https://evil.example/x', 'link-and-token'],
  // A token whose words name another side than the link's, beside the link's own among others.
  ['https://item.taobao.com/item.htm?id=1 ￥AEpabxiRg0u￥ 打开手淘 京东同款', 'link-and-token'],
  ['【京东】https://u.jd.com/YO58R3K ￥AEpabxiRg0u￥ 打开手淘', 'link-and-token'],
  ['复制￥AEpabxiRg0u￥打开淘宝 京东同款 https://item.jd.com/1.html', 'link-and-token'],
  ['https://item.jd.com/1.html 京东 ￥AEpabxiRg0u￥ 天猫', 'link-and-token'],
  // A 淘口令 stands for the Taobao Alliance: beside a member's own link (or its mark), it is another side.
  ['https://detail.tmall.com/item.htm?id=1 复制￥AEpabxiRg0u￥打开天猫', 'link-and-token'],
  ['https://item.taobao.com/item.htm?id=1 复制￥AEpabxiRg0u￥打开淘宝', 'link-and-token'],
  ['【天猫】https://detail.tmall.com/item.htm?id=1 ￥AEpabxiRg0u￥', 'link-and-token'],
  ['【天猫】https://m.tb.cn/h.x ￥AbcdEfghIj1￥ 打开天猫', 'link-and-token'],
  // A token whose words name no source leaves the link to decide; so does a keyword only inside the link.
  ['https://evil.example/x ￥AEpabxiRg0u￥', 'unlisted-host'],
  ['https://taobao.evil.example/x ￥AEpabxiRg0u￥', 'unlisted-host'],
];

export type Legit = [input: string, source: string, host: string];

export const legit: Legit[] = [
  // Taobao and Tmall share texts (see the README, "Links as input").
  ['【淘宝】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「免插卡 随身wifi无线移动wi-fi三网切换网络流量4g便携路由器」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'm.tb.cn'],
  ['【淘宝】7天无理由退货 https://e.tb.cn/h.iIbivwuFlQzzmlO?tk=t0MS5SC6Pop CZ225\n「我在手机淘tao宝发现一个宝贝」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'e.tb.cn'],
  ['【堆堆领秋衣大码女装韩版修身打底衫,这是一件非常显气质的莫代尔t恤，面料柔软舒适，吸湿透气】，https://m.tb.cn/h.3EK37eh 点击链接，再选择浏览器咑閞；或復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘♂寳♀👈', 'taobao-alliance', 'm.tb.cn'],
  ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz。「商品名」', 'taobao-alliance', 'm.tb.cn'],
  ['【淘宝】https://item。taobao。com/x', 'taobao', 'item.taobao.com'],
  ['item。taobao。com/x', 'taobao', 'item.taobao.com'],
  ['https://item。taobao。com/x', 'taobao', 'item.taobao.com'],
  ['https://item．taobao．com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['ｈｔｔｐｓ：／／item.taobao.com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  // A word and a colon in the query, or a user name and password, are part of the link.
  ['https://item.taobao.com/item.htm?id=1&spm=a21n57:1.0', 'taobao', 'item.taobao.com'],
  ['https://item.jd.com/1.html?utm_source=wechat:timeline', 'jd', 'item.jd.com'],
  ['https://buyer:secret@item.taobao.com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['【淘宝】https://m.tb.cn/h.5abc?tk=xyz&sp=a:b 「商品名」点击链接直接打开', 'taobao-alliance', 'm.tb.cn'],
  ['https://ｉｔｅｍ．ｊｄ．ｃｏｍ/1.html', 'jd', 'item.jd.com'],
  ['【天猫】https://detail.tmall.com/item.htm?id=615327512 「旗舰店」点击链接直接打开', 'tmall', 'detail.tmall.com'],
  ['【天猫超市】https://chaoshi.detail.tmall.com/item.htm?id=1「纸巾」', 'tmall', 'chaoshi.detail.tmall.com'],
  ['天猫国际 https://detail.tmall.hk/hk/item.htm?id=1 正品保障', 'tmall', 'detail.tmall.hk'],
  ['【淘宝】https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc 领券', 'taobao-alliance', 's.click.taobao.com'],
  ['领券：https://uland.taobao.com/coupon/edetail?e=abc&pid=mm_1 立即领取', 'taobao-alliance', 'uland.taobao.com'],
  // The Taobao app's mobile item page shows a Tmall item by its id as well: the group's.
  ['https://h5.m.taobao.com/awp/core/detail.htm?id=1 淘宝', 'taobao-alliance', 'h5.m.taobao.com'],
  ['复制这条消息 https://m.tb.cn/h.UZ9HHdQ?tk=abc 打开手机淘宝', 'taobao-alliance', 'm.tb.cn'],
  ['看看这个：item.taobao.com/item.htm?id=1 好价', 'taobao', 'item.taobao.com'],
  ['【淘宝】https://m.tb.cn/h.x\n「商品」', 'taobao-alliance', 'm.tb.cn'],
  // A share token beside the link, that its words give to the link's own side only, or to none.
  ['￥AEpabxiRg0u￥ https://item.jd.com/100012043978.html', 'jd', 'item.jd.com'],
  ['【京东】https://u.jd.com/YO58R3K ￥E3Fd5Tg2YxM1￥ 打开京东', 'jd', 'u.jd.com'],
  ['https://m.tb.cn/h.UvpmkC1 复制￥AEpabxiRg0u￥打开天猫', 'taobao-alliance', 'm.tb.cn'],
  ['【淘宝】https://m.tb.cn/h.UvpmkC1 或復·制这段描述￥anzcbFYCKxj￥后咑閞👉淘♂寳♀👈 天猫同款', 'taobao-alliance', 'm.tb.cn'],
  ['https://item.jd.com/1.html?x=@AEpabxiRg0uX@ 打开手淘', 'jd', 'item.jd.com'],
  ['【京东】https://3.cn/2porp-78?jkl=@OFzLBAZcuinE@ CA8680 「海尔520升594超薄零嵌全空间冰箱」\n点击链接直接打开 或者复制文案打开京东', 'jd', '3.cn'],
  ['HTTPS://M.TB.CN/h.ABC 淘宝', 'taobao-alliance', 'm.tb.cn'],
  ['http://s.tb.cn/abc', 'taobao-alliance', 's.tb.cn'],
  ['https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy', 'taobao-alliance', 'm.tb.cn'],
  ['taobao.com', 'taobao', 'taobao.com'],
  ['//item.taobao.com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['  https://item.taobao.com/item.htm?id=1\r\n', 'taobao', 'item.taobao.com'],
  ['\u001fhttps://item.taobao.com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  // JD.
  ['【京东】https://u.jd.com/YO58R3K「爱他美澳洲白金2段6罐 社群领券」点击链接直接打开', 'jd', 'u.jd.com'],
  ['JD: https://item.jd.com/1.html', 'jd', 'item.jd.com'],
  ['JD： https://item.jd.com/100012043978.html', 'jd', 'item.jd.com'],
  ['JD：https://item.jd.com/100012043978.html', 'jd', 'item.jd.com'],
  ['淘宝：item.taobao.com/item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['京东：https://item.jd.com/100012043978.html', 'jd', 'item.jd.com'],
  ['【京东】https://item.m.jd.com/product/100012043978.html 好物推荐', 'jd', 'item.m.jd.com'],
  ['https://u.jd.com/abc 京东好价', 'jd', 'u.jd.com'],
  ['https://union-click.jd.com/jdc?e=abc&p=def 点击领券', 'jd', 'union-click.jd.com'],
  ['【京东国际】https://npcitem.jd.hk/100012043978.html', 'jd', 'npcitem.jd.hk'],
  ['https://3.cn/-1abcDE', 'jd', '3.cn'],
  ['item.jd.com/100012043978.html', 'jd', 'item.jd.com'],
  ['item.jd.com:8080/1.html 京东', 'jd', 'item.jd.com'],
  ['10:30 看看 item.jd.com/1.html', 'jd', 'item.jd.com'],
  ['Price:99 https://item.jd.com/1.html', 'jd', 'item.jd.com'],
  ['【京东】https://item.jd.com/1.html。', 'jd', 'item.jd.com'],
  ['(https://item.jd.com/1.html)', 'jd', 'item.jd.com'],
  ['"https://item.jd.com/1.html"', 'jd', 'item.jd.com'],
  ['「https://item.jd.com/1.html」', 'jd', 'item.jd.com'],
  ['👉https://u.jd.com/YO58R3K👈', 'jd', 'u.jd.com'],
  // Pinduoduo, Youzan, Mokuai, the platforms' own shops.
  ['【拼多多】https://mobile.yangkeduo.com/goods.html?goods_id=1 快来拼单', 'pinduoduo', 'mobile.yangkeduo.com'],
  ['https://p.pinduoduo.com/abc 拼多多', 'pinduoduo', 'p.pinduoduo.com'],
  ['拼多多：mobile.yangkeduo.com/goods2.html?goods_id=1', 'pinduoduo', 'mobile.yangkeduo.com'],
  ['【有赞】https://h5.youzan.com/v2/goods/2fmoh3o 点击购买', 'youzan', 'h5.youzan.com'],
  ['https://shop123.m.youzan.com/wscgoods/detail/x 有赞商城', 'youzan', 'shop123.m.youzan.com'],
  ['https://j.youzan.com/abc', 'youzan', 'j.youzan.com'],
  ['魔筷 https://www.mockuai.com/', 'mokuai', 'www.mockuai.com'],
  ['https://app.kwaixiaodian.com/page/kwaishop-buyer-goods-detail?id=1 快手小店', 'kuaishou-shop', 'app.kwaixiaodian.com'],
  ['https://haohuo.jinritemai.com/views/product/item2?id=1 抖音商城', 'douyin-shop', 'haohuo.jinritemai.com'],
  // User info and fragments that do not move the host.
  ['https://evil.example%2F@item.taobao.com/', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com#@evil.example', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com\\item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com\\x/@evil.example', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com\\x?u=@evil.example', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com./item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['https://item.taobao.com:443/item.htm?id=1', 'taobao', 'item.taobao.com'],
  ['https://xn--item-9k0b.taobao.com/x', 'taobao', 'xn--item-9k0b.taobao.com'],
  // As pasted into public READMEs and tests (found with the code search of the research notes).
  ['购买链接:  【淘宝】https://m.tb.cn/h.UvpmkC1?tk=sGbodnsOSIy CZ3457 「免插卡 随身wifi无线移动wi-fi三网切换网络流量4g便携路由器网卡」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'm.tb.cn'],
  ['【淘宝】7天无理由退货 https://e.tb.cn/h.7vUJnkd5IQyLbmr?tk=uEXDUlwjL4E HU926 「新款饺子器木制圆形厨房家用擀饺子皮神器模具」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'e.tb.cn'],
  ['开发板 - 链接：【淘宝】https://m.tb.cn/h.5CJXeVUz83zlGUm?tk=SRL0WoMApgi CZ0012 「神器工具开发板比赛STM32F446达妙科技DM_MC01小米电机电赛机器人」', 'taobao-alliance', 'm.tb.cn'],
  ['`tb link`: 导线 【淘宝】假一赔四 https://e.tb.cn/h.6k9gjbKl4q19jTY?tk=G9nMVWUqy1J CZ356 「RV线电子排多股软铜芯电线黄绿接地线」', 'taobao-alliance', 'e.tb.cn'],
  ['【淘宝】http://e.tb.cn/h.gJKYpX16pj5Qrno?tk=7S8Y37BH03L CZ0015 「超级好吃 带蜜味的李子 回味很好 个别带有一点点酸 顺丰空运」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'e.tb.cn'],
  ['【淘宝】https://e.tb.cn/h.8IcTrtZuTU19ieN?tk=nyXpT7VA7lt CZ356\n「新中式双人书桌靠墙长条桌简约现代学生写字学习桌实木办公电脑桌」\n点击链接直接打开 或者 淘宝搜索直接打开', 'taobao-alliance', 'e.tb.cn'],
  ['起支持Ta吧。复制下方链接，打开【抖音】，直接观看直播！ https://v.douyin.com/RfiaMUy15vo/ 0@5.com :9pm', 'douyin-shop', 'v.douyin.com'],
  ['7.94 复制打开抖音，看看【小猫的作品】好可爱 https://v.douyin.com/iRNBho6u/ :9pm z@A.gb', 'douyin-shop', 'v.douyin.com'],
  ['5- 长按复制此条消息，打开抖音搜索，查看TA的更多作品。 https://v.douyin.com/ik4XMwp7/ 7@', 'douyin-shop', 'v.douyin.com'],
  ['#在抖音，记录美好生活#你们理想中的女朋友体重是多少呢？￼ https://v.douyin.com/qncYPB/ 复制此链接，打开【抖音短视频】，直接观看视频！', 'douyin-shop', 'v.douyin.com'],
  ['https://v.kuaishou.com/bvoyJh 才艺💃幺妹妹的直播很精彩，快来围观！点击链接，打开【快手】直接观看！', 'kuaishou-shop', 'v.kuaishou.com'],
  ['https://v.kuaishou.com/n7VXyJZ1 30张高清live实况素材 拿了留痕 "素材分享 "原创素材 "百分摄影大赏 该作品在快手被播放过1,685.1万次，点击链接，打开【快手】直接观看！', 'kuaishou-shop', 'v.kuaishou.com'],
  ['大漠孤烟直，长河落日圆 https://v.kuaishou.com/aeh1wD 复制此消息，打开【快手】直接观看！', 'kuaishou-shop', 'v.kuaishou.com'],
  ['https://v.kuaishou.com/2xp8rig 长按复制此条消息，打开【快手】直接观看！【圆圆优选好物】推荐：东北大酱黄豆酱。已售152.2万，98%好评，手慢无。', 'kuaishou-shop', 'v.kuaishou.com'],
  // Platforms' own short links, answered by the platform's own shop.
  ['6.99 “每个人的桌面都有自己的故事” # 热门 # Windows # Windows11 # 毛玻璃质感 # 电脑美化 https://v.douyin.com/-K9yAYyQFqk/ 复制此链接，打开抖音搜索，直接观看视频！ 11/01 :1pm eOK:/ c@a.aN', 'douyin-shop', 'v.douyin.com'],
  ['5.23 CkL:/ 听泉猫猫很可爱# 抖音小助手 #猫咪 https://v.douyin.com/abc123/ 复制此链接，打开抖音搜索，直接观看视频！', 'douyin-shop', 'v.douyin.com'],
  ['…https://v.douyin.com/iRNBho6/…', 'douyin-shop', 'v.douyin.com'],
  ['https://v.kuaishou.com/2yAnzeZ 好物推荐 该作品在快手被播放过1.2万次，点击链接，打开【快手】直接观看！', 'kuaishou-shop', 'v.kuaishou.com'],
  ['https://www.kuaishou.com/f/X-5abcDEF 打开【快手】直接观看', 'kuaishou-shop', 'www.kuaishou.com'],
  // App deep links whose scheme the rule data lists. The Taobao app opens Taobao and Tmall items
  // alike, whatever host the deep link names: its links are the Taobao Alliance's, as its 淘口令 are.
  ['openapp.jdmobile://virtual?params={"category":"jump","des":"productDetail","skuId":"1"}', 'jd', ''],
  ['京东 openapp.jdmobile://virtual?params={"sku":"1"}', 'jd', ''],
  ['taobao://item.taobao.com/item.htm?id=1', 'taobao-alliance', ''],
  ['taobao://detail.tmall.com/item.htm?id=1', 'taobao-alliance', ''],
  ['【天猫】taobao://detail.tmall.com/item.htm?id=1', 'taobao-alliance', ''],
  ['TBOPEN://m.taobao.com/tbopen/index.html?h5Url=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D1', 'taobao-alliance', ''],
  ['tbopen://m.taobao.com/tbopen/index.html?h5Url=x', 'taobao-alliance', ''],
  // A deep link and other links of the same source, or of the same group, agree.
  ['taobao://item.taobao.com/item.htm?id=1 tbopen://m.taobao.com/tbopen/index.html', 'taobao-alliance', ''],
  ['taobao://item.taobao.com/item.htm?id=1 https://m.tb.cn/h.UvpmkC1', 'taobao-alliance', ''],
  ['https://m.tb.cn/h.UvpmkC1 taobao://item.taobao.com/item.htm?id=1', 'taobao-alliance', 'm.tb.cn'],
  ['taobao://item.taobao.com/item.htm?id=1 ￥AEpabxiRg0u￥ 手淘', 'taobao-alliance', ''],
  ['https://item.jd.com/1.html openapp.jdmobile://virtual?params={"sku":"1"}', 'jd', 'item.jd.com'],
  ['https://item.jd.com/1.html?u=taobao://item.taobao.com/', 'jd', 'item.jd.com'],
  // Share tokens named by the text around them, also in look-alike and traditional forms: a 淘口令
  // is the Taobao Alliance's (a Taobao or a Tmall item), a 京口令 JD's.
  ['復·制这段描述￥AEpabxiRg0u￥后到👉淘♂寳♀👈', 'taobao-alliance', '￥AEpabxiRg0u￥'],
  ['咑閞👉淘♂寳♀👈，復·制这段描述€08skb3DzfQC€', 'taobao-alliance', '€08skb3DzfQC€'],
  ['復製这段话₴Zk8xRgYFq1a₴打開👉天貓👈', 'taobao-alliance', '₴Zk8xRgYFq1a₴'],
  ['￥E3Fd5Tg2YxM1￥ 打開京•東', 'jd', '￥E3Fd5Tg2YxM1￥'],
  ['复制框内整段文字，打开「手淘」即可「领取优惠券」并购买￥MDGGba1MLQh￥', 'taobao-alliance', '￥MDGGba1MLQh￥'],
  ['27:/￥E3Fd5Tg2YxM1￥，复制这段话打开京东APP', 'jd', '￥E3Fd5Tg2YxM1￥'],
];
