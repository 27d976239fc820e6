// 中文消息，与 en.ts 的键完全相同（有测试检查）。
import type { MessageId } from './en.js';
import { zhCheck } from './zh-check.js';
import { zhHelp } from './zh-help.js';
import { zhPage } from './zh-page.js';
import { zhRules } from './zh-rules.js';
import { zhServe } from './zh-serve.js';

export const zh: Record<MessageId, string> = /* @__PURE__ */ Object.assign({}, zhCheck, zhHelp, /* @__PURE__ */ Object.assign({}, zhRules, zhPage, /* @__PURE__ */ Object.assign({}, zhServe, {
  'common.noRule': '无记录在案的规则',
  'common.listSeparator': '；',

  'matrix.heading': '{platform} · {when}（{zone}）',
  'matrix.corner': '来源 \\ 位置',
  'matrix.asKnownOn': '按 {date} 时的记录：只计入当日及之前发布的证据',
  'matrix.footnote': '*{number} {source} 在 {surface} 的结论在当天内变化：{steps}',
  'matrix.footnoteStep': '自 {time} 起 {mark} {verdict}（{rule}）',

  'diff.heading': '{before} 与 {after} 之间结论不同的项：{count}',
  'diff.none': '{before} 与 {after} 之间没有结论不同的项。',
  'diff.rule': '规则 {rule}',

  'timeline.throughout': '始终如此',
  'timeline.sameRule': '规则 {rule}（同上）',
  'timeline.axis': '时间轴 {from} 至 {to}（{zone}）',
  'timeline.wrote': '图表已写入 {file}',
  'svg.title': 'linkcheck 时间线：{platforms}',

  'listing.id': 'ID',
  'listing.name': '名称',
  'listing.timeZone': '时区',
  'listing.aliases': '别名',
  'listing.domains': '域名',
  'listing.platform': '平台',

  'coverage.record': '记录：{rules} 条规则，证据发布于 {first} 至 {newest}{reviewed}',
  'coverage.reviewed': '；规则文件最近审阅于 {date}',
  'coverage.empty': '记录中没有规则。',
  'coverage.label.rules': '规则',
  'coverage.label.evidence': '证据',
  'coverage.label.surfaces': '位置',
  'coverage.label.sources': '来源',
  'coverage.evidence': '发布于 {first} 至 {newest}',
  'coverage.none': '记录中没有',
  'coverage.unrecognised': '来源无法识别的链接',

})));
