// English help: the check's, classify's, rules', batch's, the views' and the listings', and the options every command shares.
// zh-help.ts has exactly the same keys (a test checks).
export const enHelp = {
  'help.main': 'Can a product link from a source appear on a surface of a platform at a given time? Answers with the evidence.',
  'help.main.source': 'the link (https://item.jd.com/100012043978.html, item.jd.com/100012043978.html), a share text pasted from an app, or where the link leads: taobao (the Taobao Alliance: Taobao and Tmall), tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop, or an alias (淘宝, 京东, 微店, …)',
  'help.main.surface': 'where it is placed: live-cart, short-video-cart, product-detail (on douyin also star-cube-ad; on xiaohongshu: note-link, note-ad-link, live-cart, pinned-message, comment, profile; on wechat: private-chat, group-chat, moments-ad, channels-showcase, channels-ad, mini-program-ad), or an alias (直播间购物车, 短视频购物车, 商详页, 笔记, …); 小黄车 means either cart: say 直播间小黄车 or 短视频小黄车',
  'help.main.date': '2022-06-01, 2022/6/1 or 2022年6月1日 (a day in the platform\'s time zone), "2022-06-01 10:30", "2022/6/1 8:00 PM" or "2022年6月1日 下午8点" (local time there), an instant with Z or an offset, "today", "yesterday"; default: now',
  'help.version': 'print the version',
  'help.helpCommand': 'show help for a command',
  'help.main.platform': 'platform id or alias: kuaishou (快手), douyin (抖音), xiaohongshu (小红书), wechat (微信, with WeChat Channels); default: LINKCHECK_PLATFORM, else kuaishou',
  'help.main.json': 'print one JSON object on stdout (errors too, as {"error": …})',
  'help.quiet': 'print nothing, warnings included; only set the exit code',
  'help.main.noColor': 'never colour the output (also NO_COLOR, TERM=dumb)',
  'help.main.explain': 'show every rule, note and piece of evidence on record, not only the short answer',
  'help.main.asKnownOn': 'answer as the record stood on this day (2022-10-15, 2022/10/15, yesterday)',
  'help.maxStaleness': 'exit 3 when the queried day is more than this past the newest evidence for the query: 365d, 8w, 18m, 2y',
  'help.failOnStale': 'deprecated: the same as --max-staleness 0d',
  'help.main.examples': `
Examples:
  $ linkcheck taobao live-cart 2022-06-01          denied: Kuaishou barred Taobao links from 2022-03-01
  $ linkcheck jd short-video-cart 2022-06-01       allowed: JD stayed on short videos
  $ linkcheck 淘宝 直播间购物车 2022-02-28T23:59      allowed: a minute before the cut (Beijing time)
  $ linkcheck taobao live-cart 2022-02-28T16:00:00Z  denied: that instant is 2022-03-01 00:00 in Beijing
  $ linkcheck -p douyin pinduoduo live-cart 2020-11-01 --json
  $ linkcheck taobao live-cart 2022-06-01 --as-known-on 2022-02-22   unknown: the notice was not yet quoted
  $ linkcheck -p xiaohongshu taobao note-ad-link 2025-06-19   allowed: the Red Cat plan (红猫计划), after 618
  $ linkcheck -p wechat taobao private-chat 2022-01-10   allowed: outside links open in WeChat chats from 2021-11-29
  $ linkcheck mokuai short-video-cart --max-staleness 365d   exit 3 when the newest evidence is over a year old
  $ linkcheck rules list --source jd                 the rules on record for JD links
  $ linkcheck coverage                               what the record covers, and up to when
  $ linkcheck taobao live-cart 2022-06-01 --lang zh  in Chinese (also when LANG names a Chinese locale)

Links and share texts as the source:
  $ linkcheck "https://detail.tmall.com/item.htm?id=1" live-cart 2022-06-01   denied: a Tmall link, barred with Taobao's
  $ linkcheck item.jd.com/100012043978.html short-video-cart 2022-06-01      allowed: a JD link
  $ linkcheck "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" live-cart 2022-06-01     denied: a Taobao share token
  $ linkcheck https://evil.example/x live-cart 2022-06-01                    unknown: no source lists that host

Exit codes:
  0  allowed
  1  denied
  2  usage or input error (bad argument, a link that is not http(s), unreadable or invalid rule data)
  3  rolling-out or unknown (no rule on record, or the record is not precise enough)
  70 internal error (a bug, or an installation without its build)
  74 standard output could not be written (a full disk); a closed pipe (| head) is not an error

"linkcheck classify --help" shows how to ask what a link is recognised as.
`,
  'help.classify': 'Say which source each link, share text or name belongs to, and why: one line each',
  'help.classify.input': 'links, hosts and paths, share texts or source names',
  'help.classify.json': 'print a JSON array, one object per input',
  'help.classify.examples': `
Examples:
  $ linkcheck classify "https://detail.tmall.com/item.htm?id=1"
  https://detail.tmall.com/item.htm?id=1  tmall  (host detail.tmall.com matches tmall.com)

  $ linkcheck classify item.jd.com/100012043978.html https://item.taobao.com.evil.example/x
  item.jd.com/100012043978.html           jd            (host item.jd.com matches jd.com)
  https://item.taobao.com.evil.example/x  unrecognised  (host item.taobao.com.evil.example is under no domain listed for a source)

  $ linkcheck classify "复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈" --json

Exit codes:
  0  every input was recognised
  2  usage or input error: no input, a link that is not http(s) (javascript:, data:, mailto:, …),
     or a word that is neither a source name nor a link; no answer is printed on stdout
  3  at least one input is a link or share token of no known source (its line says why)
`,
  'help.rulesGroup': 'inspect and check the rule data (lint, schema, list, show)',
  'help.rulesGroup.command': 'lint, schema, list or show',
  'help.lint': 'validate rule files and report every problem with its file, JSON path and a hint; exit 0 clean, 1 problems, 2 unreadable',
  'help.lint.paths': 'rule files or folders (default: the rules in use)',
  'help.lint.bilingual': 'require every text in English and Chinese, as the built-in rule files give them',
  'help.lint.json': 'print the problems as JSON',
  'help.schema': 'print the JSON Schema of rule files',
  'help.schema.json': 'print JSON (it always is)',
  'help.list': 'list platforms, surfaces, sources (with aliases) and rules',
  'help.list.platform': 'only this platform',
  'help.list.source': 'only rules that cover this source',
  'help.list.surface': 'only rules for this surface',
  'help.printJson': 'print JSON',
  'help.show': 'show one rule with its evidence',
  'help.show.id': 'the rule id (see "linkcheck rules list")',
  'help.batch': 'check every placement of a plan (CSV, JSON Lines or .xlsx) in one run',
  'help.batch.file': 'the plan; - reads standard input',
  'help.batch.format': 'the plan\'s format (default: by extension; csv for standard input)',
  'help.batch.sheet': 'the sheet of an .xlsx workbook (default: the first)',
  'help.batch.columns': 'which headers hold which column: source=商品链接,surface=投放位置,date=开播日期',
  'help.batch.encoding': 'the text encoding of a CSV or JSON Lines plan: utf-8, gb18030 (gbk) or utf-16; a UTF-16 byte order mark is read without it',
  'help.batch.platform': 'platform for rows without a platform column (快手, 抖音, …); default: LINKCHECK_PLATFORM, else kuaishou',
  'help.batch.failOn': 'outcomes that fail the run, comma-separated: denied, rolling-out, unknown, stale, error; or none, all (default: denied,rolling-out; error rows always fail; other rows not allowed, and stale rows, are warnings)',
  'help.batch.maxStaleness': 'mark a row stale when its newest evidence is more than this before its day: 365d, 8w, 18m, 2y (default: 1y)',
  'help.batch.markdown': 'also write a Markdown report (counts, and the rows that fail or warn) to this file; - for stdout',
  'help.batch.json': 'print one JSON report: counts, rows not allowed, error rows',
  'help.batch.ndjson': 'print one JSON object per row, in input order',
  'help.batch.junit': 'also write a JUnit XML report, one test case per row',
  'help.batch.annotations': 'also print GitHub Actions annotations on stderr (on by default when GITHUB_ACTIONS=true)',
  'help.batch.examples': `
A plan is CSV with a header row (UTF-8 with or without BOM, CRLF or LF; tab- or semicolon-separated
when its header has no comma; UTF-16 with a BOM, as "Unicode Text" exports), JSON Lines, or .xlsx.
Columns: source (also link, url, 来源, 链接, 商品链接, 宝贝链接), surface (placement, 位置, 版位,
投放位置, 资源位), date (日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间,
开始时间, 发布时间, 排期, …), and optionally time (时刻, 开播时刻: the date's time of day; with
--columns date=日期, another of date's names, such as 时间) and platform (平台), read without a
required or optional column's marks (*日期, 日期（必填）, 【必填】日期, 平台（选填）); other columns
are kept and shown under "row" in --ndjson.

Examples:
  $ linkcheck batch plan.csv
  $ linkcheck batch plan.csv --junit report.xml --fail-on denied,unknown
  $ linkcheck batch plan.csv --markdown summary.md --max-staleness 18m --fail-on denied,stale
  $ linkcheck batch 投放计划.csv --encoding gb18030 --columns source=商品链接,surface=投放位置,date=开播日期
  $ linkcheck batch plan.xlsx --sheet 六月 --ndjson
  $ some-tool | linkcheck batch - --format jsonl --json
  $ linkcheck batch plan.csv --lang zh              the report in Chinese

Exit codes:
  0  no row fails under --fail-on (rows that only warn are still listed)
  1  a row is denied (and --fail-on has denied)
  2  a row is an error (missing column, bad date, unknown surface, a link that is not http(s)),
     or the plan cannot be read at all; an error row's line says why
  3  none is denied, but a row fails for another outcome: rolling-out, unknown or stale
`,
  'help.default': 'default: {value}',
  'help.choices': 'choices: {value}',
  'help.env': 'env: {value}',
  'help.rules.examples': `
Examples:
  $ linkcheck rules lint                       check the built-in rules
  $ linkcheck rules lint my-rules.json         check your own rule file (with the built-in ones as context)
  $ linkcheck rules list -p douyin             the platforms, sources and rules of Douyin
  $ linkcheck rules show kuaishou-2022-03-taobao-cut
  $ linkcheck rules schema > rule-file.schema.json
`,
  'help.lint.examples': `
Examples:
  $ linkcheck rules lint
  5 files, 25 rules: no problems
  $ linkcheck rules lint my-rules.json --json   the problems as JSON, for an editor or CI
  $ linkcheck rules lint rules/ --lang zh

Exit codes: 0 no problems, 1 problems, 2 a path cannot be read.
`,
  'help.schema.examples': `
Examples:
  $ linkcheck rules schema > rule-file.schema.json
  (point your editor's JSON Schema setting at it to check rule files as you type)
`,
  'help.list.examples': `
Examples:
  $ linkcheck rules list                        every platform, source and rule
  $ linkcheck rules list -p douyin --surface live-cart
  $ linkcheck rules list --source jd --json
`,
  'help.show.examples': `
Examples:
  $ linkcheck rules show kuaishou-2022-03-jd-live-cart-cut
  kuaishou-2022-03-jd-live-cart-cut
    deny jd on kuaishou live-cart
    from 2022-03-01 00:00 until 2022-10-28 00:00 (Asia/Shanghai)
    …
  $ linkcheck rules show douyin-own-shop --json
`,
  // The views' and listings' help, and the options every command shares.
  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.help': 'show this help',
  'help.platform': 'platform id or alias (快手, 抖音, …); default: LINKCHECK_PLATFORM, else kuaishou',
  'help.platformFilter': 'only this platform (id or alias)',
  'help.json': 'print JSON on stdout',
  'help.noColor': 'never colour the output (also NO_COLOR)',
  'help.ascii': 'plain ASCII marks (Y N ~ ?) for terminals without ✔ ✘ ◐',
  'help.lang': 'language of the output: en or zh (default: from LC_ALL, LC_MESSAGES, LANG)',
  'help.rules': 'also load this rule file or folder of *.json (repeatable; also LINKCHECK_RULES, separated by ":")',
  'help.noConfig': 'ignore the configuration file (linkcheck.config.json, or "linkcheck" in package.json)',
  'help.noBuiltinRules': 'use only the rule files given with --rules',
  'help.asKnownOn': 'answer as the record stood on this day (2022-10-15, 2022/10/15, today, yesterday)',
  'help.matrix': 'Show every source on every surface of a platform at one moment: a grid of verdicts',
  'help.matrix.date': 'YYYY-MM-DD (the whole day, its start decides; changes inside it get a footnote), YYYY-MM-DDTHH:mm, an instant with Z or an offset, "today"; default: now',
  'help.matrix.examples': `
Examples:
  $ linkcheck matrix 2022-06-01                Kuaishou on 1 June 2022
  $ linkcheck matrix 2022-03-01T00:00 -p douyin --ascii
  $ linkcheck matrix today --json              every cell with its deciding rule
  $ linkcheck matrix 2022-06-01 --lang zh      in Chinese

Marks: ✔ allowed  ✘ denied  ◐ rolling-out  ? unknown (--ascii: Y N ~ ?).
Exit codes: 0 shown, 2 usage or input error.
`,
  'help.timeline': 'Show how verdicts changed over time: runs of periods and a chart of bars on one date axis',
  'help.timeline.source': 'only this source (id, alias or link)',
  'help.timeline.surface': 'only this surface (id or alias)',
  'help.timeline.from': 'start the axis on this day (YYYY-MM-DD) or moment',
  'help.timeline.to': 'end the axis after this day (YYYY-MM-DD, included) or at this moment',
  'help.timeline.width': 'columns the chart fits in (default: the terminal\'s, 80 when not a terminal)',
  'help.timeline.evidence': 'under each change, the deciding rule and its quotes',
  'help.timeline.svg': 'write the chart as a standalone SVG file ("-" for stdout)',
  'help.timeline.examples': `
Examples:
  $ linkcheck timeline taobao live-cart -p kuaishou
  $ linkcheck timeline taobao live-cart --from 2022-01-01 --to 2022-12-31 --evidence
  $ linkcheck timeline jd --width 100
  $ linkcheck timeline -p kuaishou --svg kuaishou.svg     a chart for a report
  $ linkcheck timeline taobao --json

Runs: "✔ …2022-02-28  ✘ 2022-03-01  ✔ 2022-11-01…": each mark and the day its period begins;
"…day" ends a period that began before the axis, "day…" one that lasts past it.
Bars: █ allowed  ░ denied  ▒ rolling-out  · unknown (--ascii: # - ~ .).
Exit codes: 0 shown, 2 usage or input error.
`,
  'help.diff': 'List every platform, source and surface whose verdict differs between two moments',
  'help.diff.first': 'the first moment: YYYY-MM-DD (its start, 00:00 in each platform\'s time zone), a local time or an instant',
  'help.diff.second': 'the second moment, written the same ways',
  'help.diff.examples': `
Examples:
  $ linkcheck diff 2022-02-28 2022-03-01       what Kuaishou changed on 1 March 2022
  $ linkcheck diff 2022-06-01 2022-06-02       nothing: exit 0
  $ linkcheck diff 2020-01-01 2023-01-01 -p douyin --json

A date means the start of that day (00:00) in each platform's time zone.
Exit codes: 0 nothing differs, 1 something differs, 2 usage or input error.
`,
  'help.platforms': 'List the platforms: ids, names, time zones and aliases',
  'help.sources': 'List the sources: ids, names, domains and aliases',
  'help.surfaces': 'List the surfaces of each platform: ids, names and aliases',
  'help.listings.examples': `
Examples:
  $ linkcheck platforms
  $ linkcheck sources --json
  $ linkcheck surfaces -p douyin
  $ linkcheck sources --rules my-rules.json    with the sources of your own rule file
`,
  'help.coverage': 'What the record covers: per platform, its surfaces and sources, the first and newest evidence, and the number of rules',
  'help.coverage.examples': `
Examples:
  $ linkcheck coverage
  $ linkcheck coverage -p douyin
  $ linkcheck coverage --json
  $ linkcheck coverage --rules my-rules.json    with your own rule file

The dates are publication dates of the evidence the rules cite: after the newest,
nothing is on record, and answers carry a stale warning.
`,
  'help.completion': 'Print a shell completion script for commands, flags and the platform, source and surface names',
  'help.completion.shell': 'bash, zsh or fish',
  'help.completion.examples': `
Examples:
  $ source <(linkcheck completion bash)                      bash, this shell; add it to ~/.bashrc to keep it
  $ linkcheck completion zsh > "\${fpath[1]}/_linkcheck"      zsh (after compinit)
  $ linkcheck completion fish > ~/.config/fish/completions/linkcheck.fish
  $ source <(linkcheck completion bash --rules my-rules.json)   also complete the names in your rule file
`,
} as const;
