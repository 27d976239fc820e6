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


  'help.usage': '用法：',
  'help.arguments': '参数：',
  'help.options': '选项：',
  'help.commands': '命令：',
  'help.help': '显示本帮助',
  'help.platform': '平台 ID 或别名（快手、抖音……）；默认：LINKCHECK_PLATFORM，否则 kuaishou',
  'help.platformFilter': '只看这个平台（ID 或别名）',
  'help.json': '在标准输出打印 JSON',
  'help.noColor': '不使用颜色（也可设 NO_COLOR）',
  'help.ascii': '使用纯 ASCII 标记（Y N ~ ?），适合无法显示 ✔ ✘ ◐ 的终端',
  'help.lang': '输出语言：en 或 zh（默认取自 LC_ALL、LC_MESSAGES、LANG）',
  'help.rules': '另外加载此规则文件或含 *.json 的文件夹（可重复；也可用 LINKCHECK_RULES，以 ":" 分隔）',
  'help.noConfig': '忽略配置文件（linkcheck.config.json，或 package.json 中的 "linkcheck"）',
  'help.noBuiltinRules': '只使用 --rules 给出的规则文件',
  'help.asKnownOn': '按这一天的记录作答（2022-10-15、2022/10/15、2022年10月15日、yesterday）',

  'help.matrix': '显示某平台在某一时刻每个来源在每个位置上的结论：一张结论表',
  'help.matrix.date': 'YYYY-MM-DD（整天，以当天开始时为准；当天内的变化加脚注）、YYYY-MM-DDTHH:mm、带 Z 或时差的时刻、"today"；默认：现在',
  'help.matrix.examples': `
示例：
  $ linkcheck matrix 2022-06-01                快手在 2022年6月1日
  $ linkcheck matrix 2022-03-01T00:00 -p douyin --ascii
  $ linkcheck matrix today --json              每格附决定它的规则
  $ linkcheck matrix 2022-06-01 --lang en      英文输出

标记：✔ 允许  ✘ 禁止  ◐ 逐步生效中  ? 未知（--ascii：Y N ~ ?）。
退出码：0 已显示，2 用法或输入错误。
`,

  'help.timeline': '显示结论随时间的变化：各时期的简要序列，以及同一日期轴上的条形图',
  'help.timeline.source': '只看这个来源（ID、别名或链接）',
  'help.timeline.surface': '只看这个位置（ID 或别名）',
  'help.timeline.from': '时间轴从这一天（YYYY-MM-DD）或时刻开始',
  'help.timeline.to': '时间轴到这一天（YYYY-MM-DD，含当天）结束，或到这一时刻',
  'help.timeline.width': '图表占用的列数（默认：终端宽度，非终端时为 80）',
  'help.timeline.evidence': '在每次变化下列出决定它的规则及引文',
  'help.timeline.svg': '把图表写成独立的 SVG 文件（"-" 表示标准输出）',
  'help.timeline.examples': `
示例：
  $ linkcheck timeline taobao live-cart -p kuaishou
  $ linkcheck timeline taobao live-cart --from 2022-01-01 --to 2022-12-31 --evidence
  $ linkcheck timeline jd --width 100
  $ linkcheck timeline -p kuaishou --svg kuaishou.svg     用于报告的图表
  $ linkcheck timeline taobao --json

序列："✔ …2022-02-28  ✘ 2022-03-01  ✔ 2022-11-01…"：每个标记及其时期开始的日期；
"…日期" 表示时期始于时间轴之前并在该日结束，"日期…" 表示时期延续到时间轴之后。
条形：█ 允许  ░ 禁止  ▒ 逐步生效中  · 未知（--ascii：# - ~ .）。
退出码：0 已显示，2 用法或输入错误。
`,

  'help.diff': '列出两个时刻之间结论不同的每个平台、来源和位置',
  'help.diff.first': '第一个时刻：YYYY-MM-DD（当天开始，即各平台时区的 00:00）、当地时间或时刻',
  'help.diff.second': '第二个时刻，写法相同',
  'help.diff.examples': `
示例：
  $ linkcheck diff 2022-02-28 2022-03-01       快手在 2022年3月1日 的变化
  $ linkcheck diff 2022-06-01 2022-06-02       没有变化：退出码 0
  $ linkcheck diff 2020-01-01 2023-01-01 -p douyin --json

日期指各平台时区中当天的开始（00:00）。
退出码：0 没有不同，1 有不同，2 用法或输入错误。
`,

  'help.platforms': '列出平台：ID、名称、时区和别名',
  'help.sources': '列出来源：ID、名称、域名和别名',
  'help.surfaces': '列出各平台的位置：ID、名称和别名',
  'help.listings.examples': `
示例：
  $ linkcheck platforms
  $ linkcheck sources --json
  $ linkcheck surfaces -p douyin
  $ linkcheck sources --rules my-rules.json    包括你自己规则文件中的来源
`,

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
  'help.coverage': '记录涵盖什么：每个平台的位置和来源、最早和最新的证据，以及规则数',
  'help.coverage.examples': `
示例：
  $ linkcheck coverage
  $ linkcheck coverage -p douyin
  $ linkcheck coverage --json
  $ linkcheck coverage --rules my-rules.json    包括你自己的规则文件

日期是规则所引证据的发布日期：最新日期之后记录中没有任何内容，回答会附带过时警告。
`,

  'help.completion': '打印 shell 补全脚本，补全命令、选项以及平台、来源和位置的名称',
  'help.completion.shell': 'bash、zsh 或 fish',
  'help.completion.examples': `
示例：
  $ source <(linkcheck completion bash)                      bash，当前 shell；写入 ~/.bashrc 以长期生效
  $ linkcheck completion zsh > "\${fpath[1]}/_linkcheck"      zsh（在 compinit 之后）
  $ linkcheck completion fish > ~/.config/fish/completions/linkcheck.fish
  $ source <(linkcheck completion bash --rules my-rules.json)   同时补全你规则文件中的名称
`,
})));
