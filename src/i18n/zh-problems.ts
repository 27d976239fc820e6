// 规则数据中每个问题的中文措辞，键与 en-problems.ts 完全相同：缺少某个键是编译错误，
// 也是一个失败的测试（test/i18n/problem-messages.test.ts）。ID、路径、键名和 zod 的类型名照原样给出。
import type { ProblemParams, ProblemWording } from '../errors/problem-ids.js';
import type { ProblemWords } from './en-problems.js';
import { CJK_WEIGHT, EVERY_LINK_WORDS, MEANINGFUL_WEIGHT } from '../engine/quote-meaning.js';

type Params = Readonly<Record<string, string>>;

const givePath = '请给出规则文件的路径，或含 *.json 文件的文件夹';
const utf8Only = '规则文件必须是 UTF-8：请以 UTF-8 编码保存文件';
const kindZh: Readonly<Record<string, string>> = { platform: '平台', source: '来源', group: '组', surface: '位置' };
const kind = (id: string) => kindZh[id] ?? id;
const typeZh: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  nan: 'NaN',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  null: 'null',
  undefined: '空（缺少此项）',
  bigint: '大整数',
};
const type = (name: string) => typeZh[name] ?? name;
/** zod 的边界（<=64、>=1）在中文里写成“最多/至少”。 */
const bound = (text: string) => {
  const [, op = '', n = ''] = /^([<>]=?)(.*)$/u.exec(text) ?? [];
  return { '<=': `最多 ${n}`, '<': `少于 ${n}`, '>=': `至少 ${n}`, '>': `多于 ${n}` }[op] ?? text;
};
const size = (origin: string, limit: string) =>
  origin === 'string' ? `字符串${bound(limit)} 个字符` : origin === 'array' || origin === 'set' ? `列表${bound(limit)} 项` : `${type(origin)}${bound(limit)}`;
/** 格式不接受的值：引出它时说它“不是”什么；没有值可引时，照旧说“应为”什么。 */
const isNot = (value: string | undefined, what: string) => (value === undefined ? `应为${what}` : `${value} 不是${what}`);
const actual = (value: string | undefined) => (value === undefined ? '' : `，实际是 ${value}`);
const measured = (p: { length?: string; value?: string }) => (p.length === undefined ? actual(p.value) : `，实际为 ${p.length}${p.value === undefined ? '' : `：${p.value}`}`);
const tieHint = '让两条规则的 from 和 phaseIn 相同、错开其中一条的开始时间、收窄其中一条的来源，或删去其中一条';
const tieSources = (source: string) => source || '无法识别来源的链接';
const evidenceHint = '引用种子文档 { "seed", "quote" }，或引用报道 { "url", "published", "quote" }';
/** Keys listed "a, b" as "a \u548c b". */
const both = (keys: string) => keys.split(', ').join(' \u548c ');
/** The shapes of evidence, by the keys each needs that the other lacks (as en-problems.ts). */
const SHAPES = new Map([
  ['url, published', '\u5916\u90e8\u62a5\u9053'],
  ['seed', '\u79cd\u5b50\u6587\u6863\u7684\u5f15\u6587'],
]);
const shapeNamed = (keys: string) => {
  const name = SHAPES.get(keys);
  return name === undefined ? `\u542b ${both(keys)} \u7684\u5f62\u5f0f` : `${name}\uff08\u542b ${both(keys)}\uff09`;
};
const surfaceClash = (p: { name: string; owner: string; platform: string }): ProblemWords => ({
  message: `位置名称 "${p.name}" 已用于 ${p.platform} 的位置 "${p.owner}"`,
  hint: '同一平台内每个位置的 ID、别名和名称（任一语言）都可作为输入，必须唯一',
});

export const PROBLEM_MESSAGES_ZH: { readonly [K in ProblemWording]: (params: ProblemParams<K>) => ProblemWords } = {
  'unreadable.missing': () => ({ message: '无法读取：没有这个文件或文件夹', hint: givePath }),
  'unreadable.empty-path': () => ({ message: '无法读取：空路径不指向任何文件', hint: givePath }),
  'unreadable.permission': () => ({ message: '无法读取：没有权限', hint: givePath }),
  'unreadable.is-folder': () => ({ message: '无法读取：这是一个文件夹', hint: givePath }),
  'unreadable.loop': () => ({ message: '无法读取：其符号链接绕成了一个环', hint: givePath }),
  'unreadable.not-folder': () => ({ message: '无法读取：路径中文件之前的某一部分不是文件夹', hint: givePath }),
  'unreadable.other': (p) => ({ message: `无法读取：系统错误 ${p.reason}`, hint: givePath }),
  'unreadable.empty-folder': () => ({ message: '这个文件夹中没有 .json 规则文件', hint: '请指定一个规则文件，或含 *.json 文件的文件夹' }),
  'unreadable.not-regular': () => ({ message: '无法读取：不是普通文件（是管道、套接字或设备）', hint: '请给出普通规则文件的路径' }),
  'unreadable.too-large': (p) => ({ message: `无法读取：超过规则文件 ${p.limit} MiB 的上限`, hint: '把规则分到几个文件中' }),
  'unreadable.changed': () => ({ message: '无法读取：读取时文件发生了变化', hint: '等文件写完后再读' }),
  'unreadable.seed': () => ({ message: '索引中的一个种子文档无法读取', hint: '恢复该文件，或把它从 seeds/index.json 中删去' }),
  'invalid-utf8': (p) => ({ message: `不是有效的 UTF-8：第 ${p.offset} 字节处`, hint: '请以 UTF-8 编码保存文件' }),
  'invalid-utf8.utf16': (p) => ({ message: `看起来是没有字节顺序标记的 ${p.encoding}（每个字母旁都有一个 NUL），不是 UTF-8`, hint: utf8Only }),
  'invalid-utf8.utf16-marked': (p) => ({ message: `是 ${p.encoding}（以它的字节顺序标记开头），不是 UTF-8`, hint: utf8Only }),
  'invalid-json': (p) => ({
    message: `不是有效的 JSON${p.line === undefined ? '' : `（第 ${p.line} 行第 ${p.column} 列）`}：${p.reason}`,
    hint: '检查逗号、引号和括号',
  }),
  'invalid-json.too-deep': () => ({ message: '无法检查重复的键：嵌套太深', hint: '规则文件只嵌套几层；删去过深的数据' }),
  'invalid-json.unchecked': (p) => ({ message: `无法检查重复的键：${p.reason}`, hint: '规则文件只嵌套几层；删去过深的数据' }),
  'duplicate-key': (p) => ({ message: `键 "${p.key}" 在同一对象中出现了两次；JSON 读取时只保留其中一个`, hint: '把两者合并为一个键' }),
  'schema.unrecognized-key': (p) =>
    p.shape !== undefined && p.instead !== undefined
      ? {
          message: `\u672a\u77e5\u7684\u952e\uff1a${p.key}\uff1a\u5b83\u5c5e\u4e8e${shapeNamed(p.shape)}\uff0c\u4e0d\u5c5e\u4e8e${shapeNamed(p.instead)}`,
          hint: `\u6b64\u5904\u53ef\u7528\u7684\u952e\uff1a${p.valid}\uff1b\u5220\u53bb\u5b83\uff0c\u6216\u4ee5 ${both(p.shape)} \u4ee3\u66ff ${both(p.instead)}`,
        }
      : {
          message: `\u672a\u77e5\u7684\u952e\uff1a${p.key}${p.suggestion === undefined ? '' : `\uff1b\u662f\u4e0d\u662f ${p.suggestion}\uff1f`}`,
          hint: p.valid ? `\u6b64\u5904\u53ef\u7528\u7684\u952e\uff1a${p.valid}\uff1b\u5220\u53bb\u5b83\uff0c\u6216\u6539\u6b63\u62fc\u5199` : '\u5220\u53bb\u5b83\uff0c\u6216\u5bf9\u7167 README \u4e2d\u7684\u89c4\u5219\u6587\u4ef6\u683c\u5f0f\u68c0\u67e5\u62fc\u5199',
        },
  'schema.invalid-type': (p) => ({ message: `类型不对：应为${type(p.expected)}，实际是${type(p.received)}${p.value === undefined || p.received === 'null' ? '' : ` ${p.value}`}` }),
  'schema.invalid-value': (p) => ({ message: `${p.count === '1' ? `值不对：应为 ${p.values}` : `值不对：应为以下之一 ${p.values}`}${actual(p.value)}` }),
  'schema.too-big': (p) => ({ message: `过大：${size(p.origin, p.bound)}${measured(p)}`, hint: '规则文件限制名称、关键词和文本的长度以及列表的大小；见 README 的 "Rules"' }),
  'schema.too-small': (p) => ({ message: `过小：${size(p.origin, p.bound)}${measured(p)}` }),
  'schema.invalid-format': (p) =>
    p.format === 'url' ? { message: `不是网址${p.value === undefined ? '' : `：${p.value}`}`, hint: '请给出 http 或 https 网址，如 https://example.com/report' } : { message: `无效的 ${p.format}${p.value === undefined ? '' : `：${p.value}`}` },
  'schema.other': (p) => ({ message: `无效的值：${p.detail}${p.value === undefined ? '' : `（${p.value}）`}` }),
  'schema.id': (p) => ({ message: p.value === undefined ? 'ID 由小写字母和数字组成，以单个连字符相连，如 "live-cart"' : `${p.value} 不是 ID：ID 由小写字母和数字组成，以单个连字符相连，如 "live-cart"` }),
  'schema.date': (p) => ({ message: isNot(p.value, '写作 YYYY-MM-DD 的日历日') }),
  'schema.moment': (p) => ({ message: isNot(p.value, '日期（2022-03-01）、当地时间（2022-03-01T00:00）或时刻（2022-02-28T16:00:00Z）') }),
  'schema.calendar': (p) => ({ message: `日历上没有${p.value === undefined ? '' : ` ${p.value} `}这个日期或时间，或年份不在 ${p.years} 之内` }),
  'schema.time-zone': (p) => ({ message: isNot(p.value, 'IANA 时区，如 "Asia/Shanghai"') }),
  'schema.domain': (p) => ({ message: isNot(p.value, '含两个或以上标签的小写域名，如 "taobao.com"（国际化域名请写成 punycode，xn--…）') }),
  'schema.short-link': (p) => ({ message: isNot(p.value, '小写主机名，可带路径开头，如 "v.douyin.com" 或 "www.kuaishou.com/f/"') }),
  'schema.app-scheme': (p) => ({ message: isNot(p.value, '不带冒号的小写 URL 协议名，如 "openapp.jdmobile"') }),
  'schema.web-scheme': (p) => ({ message: p.value === undefined ? '网页或脚本协议不能作为 App 协议' : `${p.value} 是网页或脚本协议，不能作为 App 协议` }),
  'schema.url-credentials': (p) => ({ message: `${p.value === undefined ? '网址' : p.value}带有用户名或密码`, hint: '答复会把网址展示给任何提问者，写成 user@host 的网址可能通向与字面不同之处：请去掉它们，如 https://example.com/report' }),
  'schema.dispute-evidence': () => ({ message: '争议须引用提出它的报道' }),
  'schema.text': () => ({ message: '文本至少给出一种语言：{ "en": …, "zh": … }，或一个普通字符串' }),
  'no-evidence': () => ({ message: '这条规则没有引用任何证据', hint: '添加种子引文 { "seed", "quote" } 或报道 { "url", "published", "quote" }' }),
  'evidence-incomplete.url': () => ({ message: '外部证据缺少地址（url）', hint: evidenceHint }),
  'evidence-incomplete.published': () => ({ message: '外部证据缺少发布日期（published，YYYY-MM-DD）', hint: evidenceHint }),
  'evidence-incomplete.both': () => ({ message: '外部证据缺少地址（url）和发布日期（published，YYYY-MM-DD）', hint: evidenceHint }),
  'unknown-reference': (p) => ({ message: `未知${kind(p.kind)} "${p.id}"`, hint: p.valid ? `可用：${p.valid}` : '尚未定义任何一个' }),
  'unknown-reference.member': (p) => ({ message: `来源 "${p.id}" 不是组 "${p.group}" 的成员`, hint: p.valid ? `分享标记须指组内的一个来源：${p.valid}` : '分享标记须指组内的一个来源；这个组尚无来源' }),
  'unknown-reference.other-app': (p) => ({ message: `应用 "${p.app}" 不在组 "${p.group}" 的 otherApps 中`, hint: p.valid ? `otherAppHosts 须指其中之一：${p.valid}` : '请先把这个应用列入组的 otherApps' }),
  'unknown-reference.other-app-host': (p) => ({
    message: `组 "${p.group}" 的其他应用主机名 "${p.host}" 不是任何成员域名的子域名`,
    hint: p.domains ? `请列出 ${p.domains} 之一下的主机名：成员的整个域名会带走它的全部链接，别处的主机名则读不到本组的链接` : '这个组没有带域名的成员',
  }),
  'unknown-reference.surface': (p) => ({ message: `${p.platform} 没有位置 "${p.id}"`, hint: p.valid ? `可用：${p.valid}` : '尚未定义任何一个' }),
  'duplicate-id': (p) => ({ message: `规则 ID "${p.id}" 已在 ${p.at} 使用`, hint: '每条规则使用自己的 ID' }),
  'duplicate-id.definition': (p) => ({ message: `${kind(p.kind)} "${p.id}" 已在 ${p.at} 定义`, hint: '每个 ID 只定义一次；它的规则可以写在任何文件中' }),
  'duplicate-id.surface': (p) => surfaceClash(p),
  'duplicate-entry': (p) => ({ message: `"${p.value}" 列出了两次：${p.first} 处已有`, hint: '删去重复的一项；如果本意是另一项，请改正它' }),
  'alias-conflict': (p) => ({ message: `${kind(p.kind)}名称 "${p.name}" 已用于${kind(p.kind)} "${p.owner}"`, hint: 'ID、别名和名称（任一语言）都可作为输入，只能指一样东西；从其中一个删去或改名' }),
  'alias-conflict.surface': (p) => surfaceClash(p),
  'empty-group': (p) => ({ message: `分组 "${p.group}" 没有成员：没有来源在其 groups 中列出它`, hint: '在它所含来源的 groups 中列出该分组，或删去它' }),
  'alias-conflict.member': (p) => ({
    message: `${kind(p.kind)}名称 "${p.name}" 已用于${kind(p.ownerKind)} "${p.owner}"，${p.kind === 'group' ? '而它不是该分组的成员' : '而该来源不是它的成员'}：分组会代它作答`,
    hint: '分组只能用其成员的名称；把其中一个改名',
  }),
  'alias-like-link': (p) => ({
    message: `${kind(p.kind)}别名 "${p.alias}" 读起来像链接或主机名，会把那个链接从它所属的来源夺走`,
    hint: '别名写成名称（淘宝、jd）；主机名列在来源的 "domains" 下',
  }),
  'domain-conflict.group': (p) => ({ message: `组 "${p.group}" 的短链接 "${p.domain}" 也列在来源 "${p.owner}" 下`, hint: '可能指向任何成员的短链接只属于组；请从来源中删去它' }),
  'domain-conflict.groups': (p) => ({ message: `组 "${p.group}" 的短链接 "${p.domain}" 已列在组 "${p.owner}" 下`, hint: '一个短链接只属于一个组；请从其中一个组中删去它' }),
  'domain-conflict.short-link': (p) => ({ message: `\u6765\u6e90 "${p.source}" \u6240\u5217\u7684 "${p.domain}" \u5df2\u662f\u7ec4 "${p.group}" \u7684\u77ed\u94fe\u63a5`, hint: '\u53ef\u80fd\u6307\u5411\u4efb\u4f55\u6210\u5458\u7684\u77ed\u94fe\u63a5\u53ea\u5c5e\u4e8e\u7ec4\uff1b\u8bf7\u4ece\u6765\u6e90\u4e2d\u5220\u53bb\u5b83' }),
  'domain-conflict': (p) => ({ message: `域名 "${p.domain}" 已列在来源 "${p.owner}" 下`, hint: '一个域名只属于一个来源；要把其中一部分给另一个来源，请列出子域名' }),
  'keyword-conflict': (p) => ({ message: `分享文本关键词 "${p.keyword}" 已用于来源 "${p.owner}"`, hint: '一个关键词只能指一个来源；从其中一个删去它' }),
  'until-not-after-from': (p) => ({ message: `until（${p.until}）不晚于 from`, hint: '期间是半开区间 [from, until)：until 必须更晚' }),
  'until-evidence-without-until': () => ({ message: 'untilEvidence 是结束时间的证据，而这条规则没有 until', hint: '把它所说的结束时间写成 "until"，或删去 untilEvidence' }),
  'bad-imprecise-from': () => ({ message: 'from.latest 必须晚于 from.earliest', hint: '变化发生在 [earliest, latest) 之间的某一时刻' }),
  'bad-published-window': (p) => ({ message: `published.latest（${p.latest}）早于 published.earliest（${p.earliest}）`, hint: '报道发布于 earliest 到 latest 之间的某一天：请先写较早的日期' }),
  'bad-phase-in': (p) => ({ message: `phaseIn.until（${p.until}）必须晚于 from，且不晚于 until`, hint: '逐步生效的窗口 [from, phaseIn.until) 在规则的期间之内' }),
  'conflicting-rules': (p) => ({
    message: `规则 "${p.rule}"（${p.effect}）和规则 "${p.other}"（${p.otherEffect}）在同一时刻开始，且对 ${p.surface} 上的 ${tieSources(p.source)} 同样具体`,
    hint: '错开其中一条的开始时间、收窄其中一条的来源，或删去其中一条',
  }),
  'conflicting-rules.phase-in': (p) => ({
    message: `规则 "${p.rule}" 和规则 "${p.other}" 在同一时刻开始，且对 ${p.surface} 上的 ${tieSources(p.source)} 同样具体，但逐步生效期（phaseIn）不同，哪条都无法决定`,
    hint: tieHint,
  }),
  'conflicting-rules.imprecise-order': (p) => ({
    message: `规则 "${p.rule}" 和规则 "${p.other}" 对 ${p.surface} 上的 ${tieSources(p.source)} 给出不同的答案，且其中一条开始于另一条不确切开始时间的窗口之内，无法知道哪条开始得更晚、由哪条决定`,
    hint: '把开始时间移出该窗口，或让窗口在另一条规则开始之前结束（from.latest）',
  }),
  'conflicting-rules.imprecise-start': (p) => ({
    message: `规则 "${p.rule}" 和规则 "${p.other}" 在同一时刻开始，且对 ${p.surface} 上的 ${tieSources(p.source)} 同样具体，但不确切的开始时间不同，哪条都无法决定`,
    hint: tieHint,
  }),
  'missing-language': (p) => ({
    message: `这段文本只有${p.given === 'zh' ? '中文' : p.given === 'en' ? '英文' : p.given}，缺少${p.missing === 'zh' ? '中文' : '英文'}`,
    hint: '写成 { "en": …, "zh": … }：内置规则文件的每段文本都有中英两种语言',
  }),
  'any-link-unstated': () => ({
    message: '针对“除某些来源外的任何来源”的允许规则，没有说明其证据涵盖每一个链接',
    hint: '写明证据所指的来源（{ "ids": [...] }），或添加 "coversAnyLink": { "quote": ... }，引用证据中这样说的原文',
  }),
  'any-link-unquoted': () => ({ message: '这段引文不在规则的任何一条证据引文之中', hint: '从某条证据引文中复制说“每个链接”的原话' }),
  'stated-unquoted': () => ({
    message: '这段引文不在规则的任何一条证据引文之中',
    hint: '从某条证据引文中复制说明开始时间（fromStated）或逐步生效结束时间（phaseIn.untilStated）的原话',
  }),
  'any-link-vague.short': () => ({
    message: '规则据以涵盖每一个链接的引文太短，不足以说明这一点',
    hint: `引用说明这一点的完整分句：至少 ${MEANINGFUL_WEIGHT} 个字母或数字，或 ${MEANINGFUL_WEIGHT / CJK_WEIGHT} 个汉字`,
  }),
  'any-link-vague.words': () => ({
    message: '规则据以涵盖每一个链接的引文没有说“所有”“任何”“第三方”之类的链接',
    hint: `引用这样说的原文（${EVERY_LINK_WORDS.zh.join('、')}；${EVERY_LINK_WORDS.en.join(', ')}），或用 { "ids": [...] } 写明来源`,
  }),
  'quote-too-short': () => ({
    message: '引文太短，不足以作为证据',
    hint: `引用支持这条规则的段落：至少 ${MEANINGFUL_WEIGHT} 个字母或数字，或 ${MEANINGFUL_WEIGHT / CJK_WEIGHT} 个汉字`,
  }),
  'allow-source-unnamed': (p) => ({
    message: `规则允许 ${p.sources}，但没有一条证据引文提到它们：查询时按这条规则不涉及它们作答`,
    hint: '引用提到每个来源的原文（其 id、别名或所属的组），或把选择范围缩小到证据提到的来源',
  }),
  'allow-source-unnamed.none': (p) => ({
    message: `规则的证据引文都没有提到它允许的来源（${p.sources}）`,
    hint: '确认证据说的是这些来源；如果证据用了规则里没有的名称，把它加为该来源的别名',
  }),
  'evidence-in-future': (p) => ({
    message: `这条证据的日期是 ${p.published}，晚于今天（${p.today}）：报道不可能在那天已经发布`,
    hint: '更正发布日期',
  }),
  'reviewed-in-future': (p) => ({
    message: `文件写明的审阅日期是 ${p.reviewed}，晚于今天（${p.today}）`,
    hint: '填写最后一次对照证据审阅规则的日期（YYYY-MM-DD），不晚于今天',
  }),
  'evidence-after-review': (p) => ({
    message: `这条证据发布于 ${p.published}，晚于文件最后审阅的日期（${p.reviewed}）`,
    hint: '对照它重新审阅规则并更新 "reviewed"，或更正发布日期',
  }),
  'unknown-document': (p) => ({ message: `种子文档 "${p.seed}" 不在种子索引中`, hint: `请引用其中之一：${p.documents}` }),
  'quote-not-found': (p) => ({ message: `引文没有逐字出现在 seeds/${p.seed} 中`, hint: '从文档中原样复制这段文字，包括标点' }),
  'quote-not-found.width': (p) => ({ message: `引文没有逐字出现在 seeds/${p.seed} 中`, hint: '只是标点或字母的全角半角不同（，与 , 或 ：与 :）；请从文档中复制' }),
};

/** A problem's message and hint in Chinese. */
export function wordProblemZh(wording: ProblemWording, params: Params): ProblemWords {
  return (PROBLEM_MESSAGES_ZH[wording] as (params: Params) => ProblemWords)(params);
}
