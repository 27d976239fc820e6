// 检查、classify、rules、batch、各视图与列表的中文帮助，以及各命令共用的选项，与 en-help.ts 的键完全相同（有测试检查）。
import type { enHelp } from './en-help.js';

export const zhHelp: Record<keyof typeof enHelp, string> = {
  'help.main': '某个来源的商品链接能否在某一时间出现在某平台的某个位置？回答并给出证据。',
  'help.main.source': '链接（https://item.jd.com/100012043978.html、item.jd.com/100012043978.html）、从应用复制的分享文本，或链接指向的来源：taobao（淘宝联盟：淘宝和天猫）、tmall、jd、youzan、mokuai、pinduoduo、kuaishou-shop、douyin-shop、xiaohongshu-shop、weidian、wechat-shop、wechat-personal-shop，或别名（淘宝、京东、微店……）',
  'help.main.surface': '放在哪里：live-cart、short-video-cart、product-detail（抖音上另有 star-cube-ad；小红书上：note-link、note-ad-link、live-cart、pinned-message、comment、profile；微信上：private-chat、group-chat、moments-ad、channels-showcase、channels-ad、mini-program-ad），或别名（直播间购物车、短视频购物车、商详页、笔记……）；小黄车可指两种购物车：请写直播间小黄车或短视频小黄车',
  'help.main.date': '2022-06-01、2022/6/1 或 2022年6月1日（平台时区的一天）、"2022-06-01 10:30"、"2022/6/1 8:00 PM" 或 "2022年6月1日 下午8点"（当地时间）、带 Z 或时差的时刻、"today"、"yesterday"；默认：现在',
  'help.version': '打印版本号',
  'help.helpCommand': '显示某个命令的帮助',
  'help.main.platform': '平台 ID 或别名：kuaishou（快手）、douyin（抖音）、xiaohongshu（小红书）、wechat（微信，含视频号）；默认：LINKCHECK_PLATFORM，否则 kuaishou',
  'help.main.json': '在标准输出打印一个 JSON 对象（错误也是，形如 {"error": …}）',
  'help.quiet': '什么都不打印，包括警告；只设置退出码',
  'help.main.noColor': '不使用颜色（也可设 NO_COLOR、TERM=dumb）',
  'help.main.explain': '显示记录在案的每条规则、说明和证据，而不只是简短的答案',
  'help.main.asKnownOn': '按这一天的记录作答（2022-10-15、2022年10月15日、yesterday）',
  'help.maxStaleness': '所查日期比该查询最新的证据晚出这么久以上时退出码为 3：365d、8w、18m、2y',
  'help.failOnStale': '已弃用：等同于 --max-staleness 0d',
  'help.main.examples': `
示例：
  $ linkcheck taobao live-cart 2022-06-01          禁止：快手自 2022年3月1日 起禁止淘宝链接
  $ linkcheck jd short-video-cart 2022-06-01       允许：京东仍可用于短视频
  $ linkcheck 淘宝 直播间购物车 2022-02-28T23:59      允许：切断前一分钟（北京时间）
  $ linkcheck taobao live-cart 2022-02-28T16:00:00Z  禁止：该时刻是北京时间 2022年3月1日 00:00
  $ linkcheck -p douyin pinduoduo live-cart 2020-11-01 --json
  $ linkcheck taobao live-cart 2022-06-01 --as-known-on 2022-02-22   未知：当时公告尚未被引用
  $ linkcheck -p xiaohongshu taobao note-ad-link 2025-06-19   允许：红猫计划，618 之后
  $ linkcheck -p wechat taobao private-chat 2022-01-10   允许：自 2021年11月29日 起微信私聊可直接打开外部链接
  $ linkcheck mokuai short-video-cart --max-staleness 365d   最新证据超过一年时退出码为 3
  $ linkcheck rules list --source jd                 京东链接的规则记录
  $ linkcheck coverage                               记录涵盖什么，截至何时
  $ linkcheck taobao live-cart 2022-06-01 --lang zh  中文输出（LANG=zh_CN.UTF-8 时自动使用中文）

链接和分享文本作为来源：
  $ linkcheck "https://detail.tmall.com/item.htm?id=1" live-cart 2022-06-01   禁止：天猫链接，与淘宝一同被禁止
  $ linkcheck item.jd.com/100012043978.html short-video-cart 2022-06-01      允许：京东链接
  $ linkcheck "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" live-cart 2022-06-01     禁止：淘宝分享口令
  $ linkcheck https://evil.example/x live-cart 2022-06-01                    未知：没有来源列出此主机

退出码：
  0  允许
  1  禁止
  2  用法或输入错误（参数有误、链接不是 http(s)、规则数据无法读取或无效）
  3  逐步生效中或未知（没有记录在案的规则，或记录不够精确）
  70 内部错误（程序缺陷，或安装缺少构建产物）
  74 无法写入标准输出（磁盘已满）；管道被关闭（| head）不算错误

"linkcheck classify --help" 说明如何查询链接被识别为什么。
`,
  'help.classify': '说明每个链接、分享文本或名称属于哪个来源及其原因：每项一行',
  'help.classify.input': '链接、主机加路径、分享文本或来源名称',
  'help.classify.json': '打印 JSON 数组，每项输入一个对象',
  'help.classify.examples': `
示例：
  $ linkcheck classify "https://detail.tmall.com/item.htm?id=1"
  https://detail.tmall.com/item.htm?id=1  tmall  (主机 detail.tmall.com 匹配 tmall.com)

  $ linkcheck classify item.jd.com/100012043978.html https://item.taobao.com.evil.example/x --lang zh
  $ linkcheck classify "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" --json

退出码：
  0  每项输入都已识别
  2  用法或输入错误：没有输入、链接不是 http(s)（javascript:、data:、mailto: 等），
     或某个词既不是来源名称也不是链接；标准输出上不打印任何答案
  3  至少有一项输入是不属于任何已知来源的链接或分享口令（其所在行说明原因）
`,
  'help.rulesGroup': '查看和检查规则数据（lint、schema、list、show）',
  'help.rulesGroup.command': 'lint、schema、list 或 show',
  'help.lint': '校验规则文件，报告每个问题及其文件、JSON 路径和提示；退出码 0 无问题，1 有问题，2 无法读取',
  'help.lint.paths': '规则文件或文件夹（默认：当前使用的规则）',
  'help.lint.bilingual': '要求每段文本都有英文和中文，与内置规则文件一样',
  'help.lint.json': '以 JSON 打印问题',
  'help.schema': '打印规则文件的 JSON Schema',
  'help.schema.json': '打印 JSON（总是如此）',
  'help.list': '列出平台、位置、来源（含别名）和规则',
  'help.list.platform': '只看这个平台',
  'help.list.source': '只看涵盖这个来源的规则',
  'help.list.surface': '只看这个位置的规则',
  'help.printJson': '打印 JSON',
  'help.show': '显示一条规则及其证据',
  'help.show.id': '规则 ID（见 "linkcheck rules list"）',
  'help.batch': '一次检查投放计划（CSV、JSON Lines 或 .xlsx）中的每一项',
  'help.batch.file': '投放计划；- 表示读取标准输入',
  'help.batch.format': '计划的格式（默认：按扩展名；标准输入为 csv）',
  'help.batch.sheet': '.xlsx 工作簿中的工作表（默认：第一个）',
  'help.batch.columns': '哪个表头对应哪一列：source=商品链接,surface=投放位置,date=开播日期',
  'help.batch.encoding': 'CSV 或 JSON Lines 计划的文本编码：utf-8、gb18030（gbk）或 utf-16；带 UTF-16 字节顺序标记的文件无需指定',
  'help.batch.platform': '没有平台列的行所用的平台（快手、抖音……）；默认：LINKCHECK_PLATFORM，否则 kuaishou',
  'help.batch.failOn': '使运行失败的结果，以逗号分隔：denied、rolling-out、unknown、stale、error；或 none、all（默认：denied,rolling-out；错误行总是失败；其他未允许的行和证据过旧的行为警告）',
  'help.batch.maxStaleness': '某行的最新证据比其日期早出这么久以上时标为证据过旧：365d、8w、18m、2y（默认：1y）',
  'help.batch.markdown': '另外把 Markdown 报告（计数，以及失败或警告的行）写入此文件；- 表示标准输出',
  'help.batch.json': '打印一份 JSON 报告：计数、未允许的行、错误行',
  'help.batch.ndjson': '每行打印一个 JSON 对象，按输入顺序',
  'help.batch.junit': '另外写一份 JUnit XML 报告，每行一个测试用例',
  'help.batch.annotations': '另外在标准错误打印 GitHub Actions 注释（GITHUB_ACTIONS=true 时默认开启）',
  'help.batch.examples': `
计划可以是带表头的 CSV（UTF-8，可带 BOM，CRLF 或 LF；表头没有逗号时按制表符或分号分隔；带 BOM 的
UTF-16，即“Unicode 文本”导出）、JSON Lines 或 .xlsx。
列：source（也可写 link、url、来源、链接、商品链接、宝贝链接）、surface（placement、位置、版位、
投放位置、资源位）、date（日期、时间、开播时间、开播日期、直播日期、直播时间、投放日期、投放时间、
开始时间、发布时间、排期等），以及可选的 time（时刻、开播时刻：当天的时刻；用 --columns date=日期 时，
date 的另一个名称，如 时间）和 platform（平台），必填或选填的标记不计（*日期、日期（必填）、【必填】日期、
平台（选填））；其他列会保留，并在 --ndjson 的 "row" 中给出。

示例：
  $ linkcheck batch plan.csv
  $ linkcheck batch plan.csv --junit report.xml --fail-on denied,unknown
  $ linkcheck batch plan.csv --markdown summary.md --max-staleness 18m --fail-on denied,stale
  $ linkcheck batch 投放计划.csv --encoding gb18030 --columns source=商品链接,surface=投放位置,date=开播日期
  $ linkcheck batch plan.xlsx --sheet 六月 --ndjson
  $ some-tool | linkcheck batch - --format jsonl --json
  $ linkcheck batch plan.csv --lang zh              中文报告

退出码：
  0  按 --fail-on 没有失败的行（只有警告的行仍会列出）
  1  有一行被禁止（且 --fail-on 含 denied）
  2  有一行出错（缺少列、日期有误、未知位置、链接不是 http(s)），
     或计划根本无法读取；错误行会说明原因
  3  没有被禁止的行，但有一行因其他结果失败：逐步生效中、未知或证据过旧
`,
  'help.default': '默认：{value}',
  'help.choices': '可选：{value}',
  'help.env': '环境变量：{value}',
  'help.rules.examples': `
示例：
  $ linkcheck rules lint                       检查内置规则
  $ linkcheck rules lint my-rules.json         检查你自己的规则文件（以内置规则为上下文）
  $ linkcheck rules list -p douyin             抖音的平台、来源和规则
  $ linkcheck rules show kuaishou-2022-03-taobao-cut
  $ linkcheck rules schema > rule-file.schema.json
`,
  'help.lint.examples': `
示例：
  $ linkcheck rules lint
  $ linkcheck rules lint my-rules.json --json   以 JSON 输出问题，供编辑器或 CI 使用
  $ linkcheck rules lint rules/ --lang zh

退出码：0 没有问题，1 有问题，2 路径无法读取。
`,
  'help.schema.examples': `
示例：
  $ linkcheck rules schema > rule-file.schema.json
  （在编辑器的 JSON Schema 设置中指向它，即可在编写规则文件时检查）
`,
  'help.list.examples': `
示例：
  $ linkcheck rules list                        所有平台、来源和规则
  $ linkcheck rules list -p douyin --surface live-cart
  $ linkcheck rules list --source jd --json
`,
  'help.show.examples': `
示例：
  $ linkcheck rules show kuaishou-2022-03-jd-live-cart-cut
  $ linkcheck rules show douyin-own-shop --json
`,
  // The views' and listings' help, and the options every command shares.
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
};
