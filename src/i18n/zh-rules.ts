// "rules list" 和 "rules show" 的中文用语，与 en-rules.ts 的键完全相同（有测试检查）。
import type { enRules } from './en-rules.js';

export const zhRules: Record<keyof typeof enRules, string> = {
  'rules.platforms': '平台和位置：',
  'rules.sources': '来源：',
  'rules.groups': '  组：{groups}',
  'rules.count': '规则（{count}）：',
  'rules.listLine': '{effect} {platform} {surfaces} 上的 {sources}，{period}（{status}）',
  'rules.showLine': '{effect} {platform} {surfaces} 上的 {sources}',
  'rules.period': '{period}（{zone}）',
  'rules.status': '状态：{status}；自 {knownSince} 起已知；最新证据 {newest}',
  'rules.coversAny': '涵盖所选来源的每个链接：“{quote}”',
  'rules.file': '文件：{file}，rules[{index}]',
  'rules.evidence': '证据：',
  'rules.disputed': '争议：{claim}',
  'rules.group': '组 {groups}',
  'rules.anyExcept': '除 {ids} 以外的任何来源',
  'rules.any': '任何来源',
};
