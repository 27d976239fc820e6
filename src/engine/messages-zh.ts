// The error messages of messages.ts in Chinese, keyed by the same ids: the type
// makes a missing id a compile error, and test/i18n/messages-zh.test.ts a failing test.
import type { MessageId, MessageParams } from './messages.js';

type Params = Readonly<Record<string, string | undefined>>;

const didYouMean = (suggestion: string | undefined) => (suggestion ? `你是不是想输入 ${suggestion}？` : '');
const aliases = '（"linkcheck rules list" 列出别名）';

export const MESSAGES_ZH: { readonly [K in MessageId]: (params: MessageParams<K>) => string } = {
  'unknown-source': (p) => `未知来源 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases}`,
  'unknown-surface': (p) => `${p.platform} 上没有场景 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases}`,
  'unknown-platform': (p) => `未知平台 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases}`,
  'no-platforms': (p) => `未知场景 "${p.input}"：没有加载任何平台`,
  'ambiguous-surface': (p) => `"${p.input}" 在 ${p.platform} 上对应多个场景：${p.choices}；请指明是哪一个`,
  'unknown-rule': (p) => `没有 id 为 "${p.id}" 的规则；${didYouMean(p.suggestion)}"linkcheck rules list" 列出全部规则`,
  'platform-as-source': (p) =>
    `"${p.input}" 是平台，不是来源；你是不是想用 -p ${p.input}？（linkcheck -p ${p.input} <来源> <场景> [日期]）`,
  'swapped-arguments': (p) =>
    `"${p.surface}" 是场景，"${p.source}" 是来源：来源在前（linkcheck ${p.source} ${p.surface} ${p.date ?? '[日期]'}）`,
  'too-many-arguments': (p) =>
    p.command === undefined
      ? `参数过多：最多 ${p.expected} 个，实际 ${p.got} 个${p.hint ? `；${p.hint}` : '（含空格的分享文本请加引号）'}`
      : `"${p.command}" 的参数过多：最多 ${p.expected} 个，实际 ${p.got} 个（见 "linkcheck ${p.command} --help"）`,
  'argument-too-long': (p) => `${p.what} 超过 ${p.limit}；请给出更短的值`,
  'bad-known-on-date': (p) => `--as-known-on 需要一个日历日：${p.reason}`,
  'no-rules': () => '--no-builtin-rules 后没有任何规则：请用 --rules <路径> 或 LINKCHECK_RULES 给出规则文件',
  'unknown-option': (p) => `未知选项 "${p.option}"；${didYouMean(p.suggestion)}见 "linkcheck --help"`,
  'unknown-command': (p) => `未知命令 "${p.command}"；${didYouMean(p.suggestion)}见 "linkcheck --help"`,
  'missing-command': (p) => `"linkcheck ${p.command}" 需要一个子命令：${p.valid}（见 "linkcheck ${p.command} --help"）`,
  'missing-argument': (p) => `缺少必需参数 <${p.name}>（见 "linkcheck --help"）`,
  'missing-option-value': (p) => `选项 ${p.option} 需要一个值（见 "linkcheck --help"）`,
  'option-not-for-command': (p) => `${p.option} 不适用于 "linkcheck ${p.command}"；请用于检查，或去掉它`,
  'conflicting-options': (p) => `${p.option} 给了两次且值不同："${p.first}" 和 "${p.second}"；只给一次`,
  'usage': (p) => `${p.detail}（见 "linkcheck --help"）`,
  'bad-source': (p) => p.detail,
  'bad-date': (p) => p.detail,
  'input-error': (p) => p.detail,
  'invalid-rule-data': (p) =>
    `规则数据无效：${p.problem}${p.more === '0' ? '' : `（另有 ${p.more} 个问题；运行 "linkcheck rules lint" 查看全部）`}`,
  'unreadable-rules': (p) => `${p.problem}${p.more === '0' ? '' : `（另有 ${p.more} 个无法读取）`}`,
  'stale-record': (p) =>
    `${p.subject} 最新的证据来自 ${p.newest}${p.age ? `，比所查日期早 ${p.age}` : ''}；答案可能已过时${p.reviewed ? `（其规则最后审核于 ${p.reviewed}）` : ''}`,
  'write-error': (p) => `无法写入标准输出：${p.reason}`,
  'internal-error': () => '内部错误，请报告：',
};

/** The message for an id and its parameters, in Chinese. */
export function formatMessageZh<K extends MessageId>(id: K, params: MessageParams<K>): string {
  return (MESSAGES_ZH[id] as (params: Params) => string)(params as Params);
}
