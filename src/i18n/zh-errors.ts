// The error messages of en-errors.ts in Chinese, keyed by the same ids: the type
// makes a missing id a compile error, and test/i18n/messages-zh.test.ts a failing test.
import type { DetailId, DetailParams, MessageId, MessageParams } from '../errors/ids.js';
import { innerMessage } from './inner-message.js';
import { COMMAND_LINE, helpOf, type OptionWords } from './option-words.js';
import { ownEntry } from '../model/own.js';

type Params = Readonly<Record<string, string | undefined>>;

/** What JSON would have where a JSON Lines line breaks (src/batch/read/json-fault.ts). */
const JSON_EXPECTED_ZH = {
  value: '应为一个值（双引号括起的字符串、数字、true、false、null、对象或数组）',
  name: '应为双引号括起的键',
  colon: '键后应为冒号',
  'comma-or-brace': '应为逗号或收尾的 }',
  'comma-or-bracket': '应为逗号或收尾的 ]',
  quote: '应为收尾的双引号（字符串中的换行或制表符写作 \\n 或 \\t）',
  escape: '应为转义（\\" \\\\ \\/ \\b \\f \\n \\r \\t，或 \\u 加四位十六进制数）',
  digit: '应为数字',
  end: '对象之后不应再有内容',
} as const;

const didYouMean = (suggestion: string | undefined) => (suggestion ? `你是不是想输入 ${suggestion}？` : '');
/** "a"、"b" 或 "c": the names quoted, as a choice (eitherOf in en-errors.ts). */
const eitherOf = (names: readonly string[]): string => {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join('、')} 或 ${quoted.at(-1)}`;
};
/** What argument-too-long found too long (tooLong in en-errors.ts), in Chinese. */
const tooLong = (p: MessageParams<'argument-too-long'>): string => {
  switch (p.what) {
    case 'argument':
      return `第 ${p.position} 个参数`;
    case 'option':
      return `${p.name} 的值`;
    case 'option-value':
      return `第 ${p.position} 个参数（${p.name} 的值）`;
    case 'variable':
      return `环境变量 ${p.name}`;
    case 'config':
      return `${p.file}："${p.name}"`;
  }
};
/** Why a configuration file cannot be read (CONFIG_UNREADABLE in en-errors.ts), in Chinese. */
const CONFIG_UNREADABLE: Readonly<Record<string, string>> = {
  'not-regular': '不是普通文件（是管道、套接字或设备）',
  'not-utf8': '不是有效的 UTF-8（请将文件存为 UTF-8）',
  permission: '没有读取权限',
  folder: '这是一个文件夹',
  changed: '读取时文件发生了变化',
  dangling: '文件不存在（链接指向的文件不在）',
  loop: '其链接绕成了一个环',
};
/** What each setting takes (CONFIG_VALUES in en-errors.ts), in Chinese. */
const CONFIG_VALUES: Readonly<Record<string, string>> = {
  $schema: '应为文本，即该文件的 JSON Schema 地址',
  platform: '应为平台的 ID 或别名（文本），例如 "douyin"',
  rules: '应为规则文件或文件夹的列表，每项为文本，例如 ["rules/shop.json"]',
  failOn: '应为以文本（"denied,stale"）或列表（["denied", "stale"]）给出的结果',
  maxStaleness: '应为以文本给出的时长，例如 "365d" 或 "2y"',
  lang: '应为 "en" 或 "zh"',
};
/** A refused value's kind (CONFIG_KINDS in en-errors.ts), in Chinese. */
const CONFIG_KINDS: Readonly<Record<string, string>> = { list: '一个列表', object: '一个对象', none: '空值' };
/** What is wrong with a configuration file as a whole (configProblem in en-errors.ts), in Chinese. */
const configProblem = (p: Params): string => {
  switch (p.problem) {
    case 'not-json':
      return `不是有效的 JSON：${p.detail}`;
    case 'unreadable':
      return `无法读取：${p.cause === 'too-large' ? `超过 ${p.mib} MiB 的上限` : (ownEntry(CONFIG_UNREADABLE, p.cause ?? '') ?? p.cause)}`;
    case 'too-deep':
      return `嵌套超过 ${p.levels} 层`;
    case 'twice':
      return `"${p.at}" 写了两次：无法知道要用哪个值；请只写一次`;
    case 'unknown-key':
      return `未知的键 "${p.at}"；有效的键：${p.valid}`;
    case 'not-object':
      return p.at ? `"${p.at}" 必须是一个设置对象` : '文件内容必须是一个设置对象';
    default:
      return `"${p.at}" ${ownEntry(CONFIG_VALUES, p.expected ?? '') ?? '的值类型不对'}，而不是${p.value !== undefined ? ` ${p.value}` : (ownEntry(CONFIG_KINDS, p.kind ?? '') ?? p.kind)}`;
  }
};
/** Why a report file cannot be written (WRITE_REASONS in en-errors.ts), in Chinese. */
/** How to choose among a header's columns for one column (as en-errors.ts chosen). */
function chosen(column: string, count: string, header: string, w: OptionWords): string {
  if (column !== 'date') return `用 ${w.given('columns', `${column}=<${header}>`)} 选择`;
  return count === '2' ? `用 ${w.given('columns', `date=<${header}>`)} 选择：另一列随即作为当天的时刻读取` : `用 ${w.given('columns', `date=<${header}>,time=<${header}>`)} 选择，其余的请改名`;
}

const WRITE_REASONS: Readonly<Record<string, string>> = {
  empty: '空路径不指向任何文件',
  plan: '这就是计划文件：写入报告会将其清空；请换一个文件',
  stdout: '标准输出用于输出报告；请为这份报告指定一个文件',
  report: '另一份报告已写在这里；请为每份报告指定不同的文件',
  ENOENT: '所在文件夹不存在',
  ENOTDIR: '路径中有一部分不是文件夹',
  EISDIR: '这是一个文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '文件系统是只读的',
  ENOSPC: '设备上没有剩余空间',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件对该文件系统来说太大',
  EIO: '输入/输出错误',
};
const writeReason = (reason: string) => ownEntry(WRITE_REASONS, reason) ?? reason;
const aliases = (w: OptionWords) => `（${w.listing} 列出别名）`;
const validInputs = (ids: string) => `请给出来源 ID 或别名（${ids}）、http(s) 链接、主机加路径（如 item.jd.com/100012043978.html），或含链接或分享口令的分享文本`;
const forms =
  '2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），' +
  '可在 T 或空格后加时间（2022-06-01 10:30、2022-06-01T10:30:15、2022年6月1日10点30分、2022/6/1 8:00 PM、2022年6月1日 下午8点：当地时间），' +
  '带 Z 或时差的时刻（2022-02-28T16:00:00Z、2022-06-01T10:30+08:00、+0800、+08、GMT+8），' +
  'today（今天）、yesterday（昨天）、tomorrow（明天）或 now（现在）';
/** The forms of those that name a day (DAY_FORMS in en-errors.ts), in Chinese. */
const dayForms = '2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）';

/** What is wrong with a body that is not JSON (jsonProblem in en-errors.ts), in Chinese. */
const jsonProblem = (p: MessageParams<'bad-json'>): string => {
  switch (p.problem) {
    case 'utf8':
      return `不是有效的 UTF-8${p.byte === undefined ? '' : `（第 ${p.byte} 字节，${p.value}）`}`;
    case 'nesting':
      return `对象和数组嵌套超过 ${p.limit} 层`;
    case 'end':
      return `在第 ${p.byte} 字节处结束，JSON 尚未完整`;
    default:
      return p.byte === undefined ? '不是有效的 JSON' : `第 ${p.byte} 字节处不是有效的 JSON`;
  }
};

export const MESSAGES_ZH: { readonly [K in MessageId]: (params: MessageParams<K>, words: OptionWords) => string } = {
  'unknown-source': (p, w) => `未知来源 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases(w)}`,
  'unknown-surface': (p, w) => `${p.platform} 上没有场景 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases(w)}`,
  'unknown-platform': (p, w) => `未知平台 "${p.input}"；${didYouMean(p.suggestion)}可用：${p.valid}${aliases(w)}`,
  'no-platforms': (p) => `未知场景 "${p.input}"：没有加载任何平台`,
  'ambiguous-surface': (p) => `"${p.input}" 在 ${p.platform} 上对应多个场景：${p.choices}；请指明是哪一个`,
  'unknown-rule': (p, w) => `没有 id 为 "${p.id}" 的规则；${didYouMean(p.close && eitherOf(p.close.split(' ')))}${w.listing} 列出全部规则`,
  'platform-as-source': (p) =>
    `"${p.input}" 是平台，不是来源；你是不是想用 -p ${p.input}？（linkcheck -p ${p.input} <来源> <场景> [日期]）`,
  'swapped-arguments': (p) =>
    `"${p.surface}" 是场景，"${p.source}" 是来源：来源在前（linkcheck ${p.source} ${p.surface} ${p.date ?? '[日期]'}）`,
  'too-many-arguments': (p) =>
    p.command === undefined
      ? `参数过多：最多 ${p.expected} 个（来源、场景、日期），实际 ${p.got} 个${p.platform !== undefined ? `；"${p.platform}" 是平台：你是不是想用 -p ${p.platform}？` : '（含空格的分享文本请加引号）'}`
      : `"${p.command}" 的参数过多：最多 ${p.expected} 个，实际 ${p.got} 个（见 "${helpOf(p.command)}"）`,
  'argument-too-long': (p) => `${tooLong(p)} 超过 ${Number(p.bytes) / 1024} KiB（${p.bytes} 字节）；请给出更短的值`,
  'bad-known-on-date': (p, w) => `${w.option('asKnownOn')} 需要一个日历日：${p.reason}`,
  'bad-environment': (p, w) => `环境变量 ${p.name}：${innerMessage(MESSAGES_ZH, p, w)}；请改正该变量，或取消设置`,
  'bad-config': (p, w) => `${p.file}：${p.problem !== undefined ? configProblem(p) : `"${p.key}"：${innerMessage(MESSAGES_ZH, p, w)}`}；见 README 的 "Configuration file"（--no-config 忽略该文件）`,
  'no-rules': () => '--no-builtin-rules 后没有任何规则：请用 --rules <路径> 或 LINKCHECK_RULES 给出规则文件',
  'unknown-option': (p) => `未知选项 "${p.option}"；${didYouMean(p.suggestion)}见 "${helpOf(p.command)}"`,
  'unknown-command': (p) => `未知命令 "${p.command}"；${didYouMean(p.suggestion)}见 "linkcheck --help"`,
  'missing-command': (p) => `"linkcheck ${p.command}" 需要一个子命令：${p.valid}（见 "linkcheck ${p.command} --help"）`,
  'missing-argument': (p) => `缺少必需参数 <${p.name}>（见 "${helpOf(p.command)}"）`,
  'missing-option-value': (p) => `选项 ${p.option} 需要一个值（见 "${helpOf(p.command)}"）`,
  'option-not-for-command': (p) => `${p.option} 不适用于 "linkcheck ${p.command}"；请用于检查，或去掉它`,
  'conflicting-options': (p) => `${p.option} 给了两次且值不同："${p.first}" 和 "${p.second}"；只给一次`,
  'usage': (p) => `${p.detail}（见 "linkcheck --help"）`,
  'bad-source': (p) => p.detail,
  'bad-date': (p) => p.detail,
  'bad-header': (p) => p.detail,
  'input-error': (p) => p.detail,
  'bad-lang': (p) => `不支持的 --lang "${p.value}"；可用 en 或 zh`,
  'bad-choice': (p) => `${p.option} 只能是 ${p.valid} 之一，而不是 "${p.value}"`,
  'exclusive-options': (p) => `${p.first} 和 ${p.second} 都输出到标准输出：只能选一个`,
  'bad-columns': (p, w) =>
    `${w.option('columns')} 需要以逗号分隔的 列=表头 对，如 source=商品链接,surface=投放位置,date=开播日期；"${p.part}" 不是（列：${p.columns}）`,
  'bad-fail-on': (p, w) => `${w.option('failOn')} 需要以逗号分隔的结果（${p.valid}），或 "none"、"all"，而不是 "${p.value}"`,
  'bad-encoding': (p) => `未知编码 "${p.value}"；可用：${p.valid}（gbk 和 gb2312 按 gb18030 读取）`,
  'sheet-not-workbook': (p, w) => `${w.option('sheet')} 指定的是 .xlsx 工作簿中的工作表，而这份计划按 ${p.format === 'jsonl' ? 'JSON Lines' : 'CSV'} 读取：请去掉它`,
  'encoding-of-workbook': (_p, w) => `${w.option('encoding')} 用于 CSV 或 JSON Lines 计划；.xlsx 工作簿中的文本总是 UTF-8：请去掉它`,
  'unknown-plan-format': (p) =>
    `无法从文件名看出 "${p.file}" 的格式；请命名为 .csv（或 .tsv）、.jsonl 或 .xlsx，或用 --format csv|jsonl|xlsx 指定${p.xls ? '（.xls 工作簿请先另存为 .xlsx）' : ''}`,
  'unreadable-plan': (p) => `无法读取计划 "${p.file}"：${p.reason === 'empty' ? '空路径不指向任何文件' : p.reason === 'missing' ? '找不到' : p.reason === 'permission' ? '没有权限' : p.reason === 'folder' ? '这是一个文件夹' : p.reason === 'special' ? '不是普通文件（设备、管道或套接字）；请给出文件，或用 - 读取标准输入' : `无法读取（${p.reason}）`}`,
  'empty-plan': (p) => `${p.file} 是空的：需要一个表头行（source,surface,date），各行在其下方`,
  'header-too-long': (p) => `${p.file} 的表头行长${p.atLeast ? '至少' : ' '}${p.length} 字节（UTF-8）；最多读取 ${p.limit} 字节（1 MiB）：这个文件是计划吗？它的第一行是表头吗？`,
  'unknown-sheet': (p) => `${p.file} 中没有名为 "${p.sheet}" 的工作表；其工作表有：${p.valid}`,
  'empty-sheet': (p, w) => `${p.file} 的工作表 "${p.sheet}"${p.first ? '（第一个可见的工作表）' : ' '}是空的：需要一行表头（source,surface,date）${p.first ? `；用 ${w.given('sheet', '<名称>')} 读取其他工作表${p.others ? `（其他工作表：${p.others}）` : ''}` : ''}`,
  'unreadable-workbook': (p) => `${p.file} 无法作为 .xlsx 工作簿读取：${p.reason}`,
  'workbook-too-large': (p) => `${p.file} 太大，无法读取：其中的 ${p.part} 解压后超过 ${p.limit}；请把计划另存为 CSV，或拆分`,
  'plan-not-decodable': (p, w) =>
    p.xls
      ? `${p.file} 是旧版 Excel 工作簿（.xls），不是文本：请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV`
      : p.workbook
      ? `${p.file} 是工作簿（ZIP 压缩包，.xlsx 文件就是），不是文本：请按工作簿读取它：${w.workbook}`
      : p.utf16
      ? `${p.file} 看起来是没有字节顺序标记的 ${p.utf16.toUpperCase()}（每个字母旁都有一个 NUL），不是 UTF-8：请加 ${w.given('encoding', p.utf16)} 重新运行，或把文件另存为 UTF-8`
      : p.utf8
      ? `${p.file} 不是 ${p.encoding.toUpperCase()}：它开头的字节是 UTF-8（分隔符和换行旁没有 UTF-16 会有的 NUL）：请用 ${w.given('encoding', 'utf-8')} 按 UTF-8 读取`
      : p.encoding !== 'utf-8'
      ? `${p.file} 在第 ${p.offset} 字节附近不是有效的 ${p.encoding.toUpperCase()}；请用 ${w.option('encoding')} 给出它保存时的编码（utf-8、gb18030、utf-16）`
      : `${p.file} ${p.byte ? `在第 ${p.offset} 字节（0x${p.byte}）` : `在第 ${p.offset} 字节附近`}不是有效的 UTF-8；${p.looksGb ? '看起来是 GB18030/GBK，Excel 和 WPS 常用这种编码保存中文' : '可能是 GB18030/GBK 或其他编码'}：请加 ${w.given('encoding', 'gb18030')} 重新运行，或把文件另存为 UTF-8`,
  'plan-cut-short': (p) => `${p.file} 在一个 ${p.encoding.toUpperCase()} 字符中间结束：文件被截断，或是其他编码`,
  'unwritable-report': (p) => `无法写入 ${p.kind} 报告 "${p.file}"：${writeReason(p.reason)}`,
  'report-write-error': (p) => `无法写入报告 "${p.file}"：${writeReason(p.reason)}`,
  'invalid-rule-data': (p) =>
    `规则数据无效：${p.problem}${p.more === '0' ? '' : `（另有 ${p.more} 个问题；运行 "linkcheck rules lint" 查看全部）`}`,
  'unreadable-rules': (p) => `${p.problem}${p.more === '0' ? '' : `（另有 ${p.more} 个无法读取）`}`,
  'stale-record': (p) =>
    `${p.subject} 最新的证据来自 ${p.newest}${p.age ? `，比所查日期早 ${p.age}` : ''}；答案可能已过时${p.reviewed ? `（其规则最后审核于 ${p.reviewed}）` : ''}`,
  'write-error': (p) => `无法写入标准输出：${p.reason}`,
  'internal-error': () => '内部错误，请报告：',
  'not-found': (p) => `"${p.path}" 处没有内容；可用路径：${p.valid}`,
  'method-not-allowed': (p) => `${p.path} 不接受 ${p.method}；请用 ${p.allowed}`,
  'unknown-parameter': (p) => (p.valid === '' ? `未知参数 "${p.parameter}"；此路径不接受参数` : `未知参数 "${p.parameter}"；${didYouMean(p.suggestion)}可用：${p.valid}`),
  'missing-parameter': (p) => `缺少参数 "${p.parameter}"；参数有：${p.valid}`,
  'repeated-parameter': (p) => `参数 "${p.parameter}" 给了不止一次；请只给一次`,
  'bad-parameter-encoding': (p) => `参数 "${p.parameter}" 不是 UTF-8："${p.escapes}" 不能解码为字符；请对其值的 UTF-8 字节做百分号编码（encodeURIComponent 即如此）`,
  'bad-json': (p) => `请求体不是 JSON：${jsonProblem(p)}`,
  'repeated-key': (p) => `请求体在同一对象中不止一次给出 "${p.key}"，无法知道指的是哪个值；请只给一次`,
  'too-many-queries': (p) => `一个请求中有 ${p.count} 个查询；一次最多回答 ${p.limit} 个（其余的放到另一个请求，或作为计划发到 /v1/batch）`,
  'body-too-large': (p) => `请求体超过 ${p.limit} 字节；请发送更小的请求体（上限在服务启动时设定）`,
  'unsupported-media-type': (p) => `这里不接受 Content-Type "${p.type}"；请发送 ${p.valid}`,
  'unsupported-content-encoding': (p) => `不接受 ${p.header} "${p.encoding}"：请发送未压缩的请求体${p.header === 'Transfer-Encoding' ? '（传输编码只接受 chunked）' : ''}`,
  'busy': (p) => `繁忙：正在回答 ${p.limit} 个请求；请稍后再试`,
  'headers-too-large': (p) => `请求的地址和请求头超过 ${p.limit} 字节；较长的查询请以 JSON 放在 POST /v1/check 的请求体中发送`,
  'request-timeout': () => '未能及时收到完整请求；请一次发送完整，不要中途停顿',
  'bad-request': (p) => `请求不是格式正确的 HTTP/1.1${p.what === undefined ? '' : `：${MALFORMED_ZH[p.what] ?? ''}`}`,
  'expectation-failed': (p) => `无法满足 Expect "${p.expect}"；请不带它发送请求，或用 Expect: 100-continue`,
  'body-timeout': (p) => `请求体 ${p.seconds} 秒内没有收到任何内容；请不间断地发送请求体`,
  'body-deadline': (p) => `请求体 ${p.seconds} 秒内未能全部收到；请更快地发送，或发送更小的请求体（上限在服务启动时设定）`,
  'not-acceptable': (p) => `Accept "${p.accept}" 不接受此路径可回答的任何类型；请接受 ${p.valid}`,
  'http-version-not-supported': (p) => `不支持 HTTP 版本 "${p.version}"；请用 HTTP/1.1（或 HTTP/1.0）发送`,
  'not-implemented': (p) => `服务不认识方法 "${p.method}"；请用 ${p.allowed}`,
  'repeated-header': (p) => `请求多次给出 ${p.header} 头；请只给一次`,
  'unencoded-target': () => '请求地址含有非 ASCII 字节；请对其进行百分号编码（encodeURIComponent 可以做到）',
  'fragment-in-target': (p) => `请求地址含有 "#"，而 "#" 会结束一个地址：其后的 "${p.rest}" 将不会被读取；值中的 "#" 请编码为 %23（encodeURIComponent 可以做到）`,
  'unreadable-site': (p) => `无法读取页面文件 "${p.file}"：${p.reason === 'permission' ? '没有权限' : p.reason}；请让服务的用户能读取该文件夹，或重新构建（npm run build:site）`,
  'site-not-built': () => '页面尚未构建：请运行 "npm run build:site"（它写出 site/），再重新启动服务',
  'bad-option-number': (p) => `${p.option} 应是 ${p.min} 到 ${p.max} 之间的整数，而不是 "${p.value}"`,
  'bad-host': (p) => `--host 需要监听的地址（127.0.0.1、::1，或 0.0.0.0 表示所有网络接口），而不是 "${p.value}"`,
  'bad-origin': (p) => `--cors 需要网页的来源，如 https://tools.example.com，或用 * 表示任何来源；"${p.value}" 不是`,
  'port-in-use': (p) => `无法在 ${p.host} 的端口 ${p.port} 上监听：端口已被占用；请用 --port 另选一个`,
  'cannot-listen': (p) => `无法在 ${p.host} 的端口 ${p.port} 上监听：${p.reason}`,
};

/** The message for an id and its parameters, in Chinese. */
export function formatMessageZh<K extends MessageId>(id: K, params: MessageParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (MESSAGES_ZH[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
}

/** The link and date readers' details (DETAILS in en-errors.ts) in Chinese. */
export const DETAILS_ZH: { readonly [K in DetailId]: (params: DetailParams<K>, words: OptionWords) => string } = {
  'empty-source': (p) => `来源为空；${validInputs(p.ids)}`,
  'no-source-in-text': (p) => `"${p.input}" 中没有来源名称、链接或分享口令；${validInputs(p.ids)}`,
  'not-a-web-link': (p) => `"${p.input}" 不是网页链接（不接受 ${p.scheme}: 链接）；${validInputs(p.ids)}`,
  'broken-web-link': (p) => `"${p.input}" 中没有链接："${p.written}" 不是网页链接的开头写法；请写作 ${p.scheme}://（冒号后接两个斜杠）；${validInputs(p.ids)}`,
  'mini-program-link': (p) =>
    `"${p.input}" 含有微信小程序链接（#小程序://${p.app}/…）：它打开的是小程序，而不是由主机名表明商品归属的网页，因此不予读取；${validInputs(p.ids)}`,
  'holds-other-link': (p) => `"${p.input}" 含有非网页链接（不接受 ${p.scheme}: 链接）；${validInputs(p.ids)}`,
  'link-without-host': (p) => `"${p.input}" 不是有效的 ${p.scheme} 链接：没有浏览器可访问的主机名；${validInputs(p.ids)}`,
  'link-bad-port': (p) => `"${p.input}" 不是有效的 ${p.scheme} 链接：端口 "${p.port}" 无效（端口是 0 到 65535 的数字）；${validInputs(p.ids)}`,
  'date-malformed': (p) => `无法识别的日期 "${p.input}"；可用：${forms}`,
  'date-plus-as-space': (p) => `日期 "${p.input}" 含义不明：查询字符串中的 + 表示空格，时差前的 + 须写作 %2B（${p.parameter}=2022-06-01T10:30%2B08:00），日期后的时间用 T 连接（2022-06-01T10:30）`,
  'date-serial': (p) => `无法识别的日期 "${p.input}"：若是电子表格的日期序号，则为 ${p.day}；请先把该列设为日期格式再另存为 CSV，或直接给出 .xlsx；可用：${forms}`,
  'date-ambiguous': (p) => `日期 "${p.input}" 有歧义：日和月可以互换；请把年份写在前面（2022-06-01）；可用：${forms}`,
  'date-impossible': (p) => `不存在的日期或时间 "${p.input}"；可用：${forms}`,
  'date-stretch': (p) => `"${p.input}" 是一段时间，而不是一个时刻：请问其中的一个时刻（例如开始时间），或问那一天（答案会说明当天结论何时变化）；西于 UTC 的时间请带秒或写在 T 之后（2022-06-01T08:00-05:00）`,
  'date-half-day': (p) =>
    `日期 "${p.input}" 含义不明：${
      p.fault === 'twice'
        ? `"${p.time}" 把上午还是下午写了两次：${p.word}，以及大于 12 的钟点 ${p.hour}；请在 ${p.word} 后写 1 到 12 点，或去掉 ${p.word}，按 24 小时制书写`
        : p.fault === 'twelve'
          ? `"${p.time}" 可能是 ${p.one}，也可能是 ${p.other}；请按 24 小时制写出所指的时刻`
          : `${p.word} 只与 ${p.first} 点到 ${p.last} 点连用，不与 ${p.hour} 点连用；请按 24 小时制书写，并写明它所在的日期`
    }`,
  'date-out-of-range': (p) => `日期超出范围 "${p.input}"：linkcheck 只读取${p.zone ? `平台时区（${p.zone}）中` : ''} ${p.years} 年`,
  'header-duplicate': (p, w) =>
    p.keys
      ? `此行有 ${p.count} 个键表示 ${p.column}（${p.headers}）；${p.same ? `键匹配时不区分大小写${p.marks ? '、空格和必填或选填列的标记（*、(必填)、(选填)）' : '和空格'}：只保留一个` : `只保留一个，或${chosen(p.column, p.count, '键', w)}`}`
      : `表头中 ${p.column} 列出现了 ${p.count} 次（${p.headers}）；${p.same ? `表头匹配时不区分大小写${p.marks ? '、空格和必填或选填列的标记（*、(必填)、(选填)）' : '和空格'}：只保留一个，其余改名或删去` : `只保留一个，或${chosen(p.column, p.count, '表头', w)}`}`,
  'header-missing': (p, w) => `${p.sheet !== undefined ? `${p.file} 的工作表 "${p.sheet}"${p.first ? '（第一个可见的工作表）' : ''}：` : ''}表头行没有 ${p.missing} 列；现有：${p.headers}${p.separators ? `（按其中的每种分隔符 ${p.separators.replace(/comma/, '逗号').replace(/tab/, '制表符').replace(/semicolon/, '分号')} 读取，都没有这些列）` : ''}；${p.title ? '如果这是标题行，请删去它和表头上方的各行（表头必须是第一行）；否则' : ''}请照此命名各列，或用 ${w.given('columns', 'source=<表头>,surface=<表头>,date=<表头>')} 对应${p.others ? `；或用 ${w.given('sheet', '<名称>')} 读取其他工作表（其余工作表：${p.others}）` : ''}`,
  'header-date-beside': (p, w) =>
    `${w.given('columns', `date=${p.date}`)} 从 "${p.date}" 读取日期${p.time ? `，从 "${p.time}" 读取时刻` : ''}；${p.keys ? '此行' : '表头'}还有 ${p.others}，也是日期列的名称，其内容将不被读取：请用 ${w.given('columns', `date=${p.date},time=<${p.keys ? '键' : '表头'}>`)} 选出存放时刻的那一列，其余的请改名`,
  'date-and-time': (p) =>
    p.fault === 'no-time'
      ? `时刻列 "${p.timeColumn}" 中的 "${p.time}" 不是一天中的时刻：请写成 23:30、23:30:15、23点30分、11:30 PM 或 下午11:30，或留空以查询当天`
      : `日期 "${p.date}"（"${p.dateColumn}" 列）与时刻列 "${p.timeColumn}" 中的 "${p.time}" 不是同一时刻：请在 "${p.dateColumn}" 中给出日期，在 "${p.timeColumn}" 中给出当天的时刻（23:30），或把 "${p.timeColumn}" 留空以查询当天`,
  'header-json': (_p, w) =>
    w.files
      ? `计划的第一行是 JSON 对象，而计划是按 CSV 读取的（标准输入默认如此）：请加 ${w.jsonLines} 按 JSON Lines 读取，或把文件命名为 .jsonl`
      : `计划的第一行是 JSON 对象，而计划按其类型是按 CSV 读取的：请用 ${w.jsonLines} 发送，按 JSON Lines 读取`,
  'jsonl-csv-header': (p, w) =>
    w.files
      ? `计划的第一行不是 JSON 对象，而是像 CSV 表头那样分隔的单元格（"${p.line}"），而计划按其文件名或 --format 是按 JSON Lines 读取的：请加 ${w.csv} 按 CSV 读取，或把文件命名为 .csv`
      : `计划的第一行不是 JSON 对象，而是像 CSV 表头那样分隔的单元格（"${p.line}"），而计划按其类型是按 JSON Lines 读取的：请用 ${w.csv} 发送，按 CSV 读取`,
  'separator-line': (p) => `第一行 "sep=${p.separator}" 指定 ${p.separator} 为单元格分隔符，linkcheck 不读取这种分隔符：请用逗号、制表符或分号保存计划（sep=, 或 sep=; 或 sep= 加制表符指定其中之一）`,
  'header-platform-unread': (p, w) =>
    `计划没有平台列，但其 "${p.column}" 列写的是平台名（第 ${p.line} 行的 "${p.value}"）：各行都会按 ${p.platform} 检查；请把该列改名为 platform 或 平台，或用 ${w.given('columns', `platform=${p.column}`)} 对应，或用 ${w.option('platform')} 给出各行的平台`,
  'cell-too-long': (p) => `${p.column} 单元格长 ${p.length} 字节（UTF-8）；最多读取 ${p.limit} 字节（64 KiB）`,
  'api-not-object': (p) => `${p.name} 应是对象 { ${p.fields} }，而不是 ${p.value}`,
  'api-unknown-field': (p) => `${p.name} 没有字段 "${p.field}"；${didYouMean(p.suggestion)}可用字段：${p.fields}`,
  'api-missing-field': (p) => `${p.name} 缺少必需的字段 "${p.field}"；可用字段：${p.fields}`,
  'api-not-string': (p) => `${p.name} 应是字符串，而不是 ${p.value}`,
  'api-not-boolean': (p) => `${p.name} 应是 true 或 false，而不是 ${p.value}`,
  'api-not-true': (p) => `${p.name} 给出时应为 true，而不是 ${p.value}`,
  'api-not-instant': (p) => `${p.name} 应是有效的 Date 或自 1970-01-01T00:00Z 起的有限毫秒数，而不是 ${p.value}`,
  'api-not-millis': (p) => `${p.name} 应是自 1970-01-01T00:00Z 起的毫秒数（如 resolve() 所给），在${p.zone ? `平台时区（${p.zone}）的` : ''} ${p.years} 年之内，而不是 ${p.value}`,
  'api-not-day': (p) => `${p.name} 应是 ${p.years} 年之内的一个日历日，而不是 ${p.value}；可用：${dayForms}`,
  'api-not-path-list': (p) => `${p.name} 应是规则文件或 *.json 文件夹路径（字符串）的数组，而不是 ${p.value}`,
  'api-not-query-list': (p) => `${p.name} 应是已解析查询的数组，而不是 ${p.value}`,
  'api-no-rules': () => 'builtinRules: false 时没有规则：请在 rules 中给出规则文件或文件夹',
  'api-not-plan-bytes': (p) => `${p.name} 应是计划的字节：Uint8Array 或 ArrayBuffer，或由 Uint8Array 组成的异步可迭代对象（文件的读取流）或 ReadableStream；而不是 ${p.value}`,
  'api-not-plan-chunk': (p) => `${p.name} 给出了 ${p.value}，而这里需要计划的字节：每块一个 Uint8Array（Buffer），文件的读取流在不指定编码打开时给出的就是这样`,
  'api-not-plan-format': (p) => `${p.name} 应是 "csv"、"jsonl" 或 "xlsx"，而不是 ${p.value}`,
  'cell-formula': (p) => `${p.column} 单元格是电子表格公式 ${p.value}，计划里没有它的值：请在单元格中直接写出值（链接、日期），或直接给出工作簿（.xlsx），其中存有每个公式的值`,
  'empty-cells': (p) => `此行没有 ${p.columns}`,
  'empty-platform-cell': (p, w) => `此行没有平台："${p.column}" 单元格是空的；请写 ${p.valid} 之一${p.given ? `（计划有平台列时，${w.given('platform', p.given)} 不用于其中的行）` : ''}`,
  'platform-left-out': (p) => `此行没有平台：前面的行以 "${p.column}" 给出平台，这一行没有；请写 ${p.valid} 之一`,
  'field-too-long': (p) => `${p.name} 长 ${p.length} 字节（UTF-8）；最多读取 ${p.limit} 字节（64 KiB）`,
  'csv-unclosed-quote': (p) => `CSV 格式有误：一个带引号的单元格没有闭合：第 ${p.first} 到 ${p.last} 行被读成了一行`,
  'csv-bare-quote': (p) => `CSV 格式有误：单元格中的引号没有成对写（""）${p.first !== undefined ? `：第 ${p.first} 到 ${p.last} 行被读成了一行` : ''}`,
  'csv-too-many-cells': (p) => `此行有 ${p.cells} 个单元格，而表头有 ${p.header} 个：含${p.separator === 'tab' ? '制表符' : p.separator === 'semicolon' ? '分号' : '逗号'}（计划的分隔符）的单元格请加引号`,
  'jsonl-invalid': (p) => `不是 JSON 对象：${p.reason}`,
  'jsonl-broken': (p) =>
    `不是有效的 JSON：第 ${p.column} 列${p.before === '' ? '' : `（\`${p.before}\` 之后）`}${JSON_EXPECTED_ZH[p.expected]}，${p.found === '' ? '此行却已结束' : `却是 \`${p.found}\``}`,
  'jsonl-not-object': (p) => `不是 JSON 对象，而是${({ array: '数组', string: '字符串', number: '数字', boolean: '布尔值' } as Record<string, string>)[p.type] ?? ` ${p.type}`}：每行应是一个含 source、surface 和 date 的对象`,
  'jsonl-bad-values': (p) => `${p.keys} 必须是字符串、数字或 null`,
  'jsonl-repeated-keys': (p) => `此行对象中 ${p.keys} 写了不止一次，无法知道指的是哪个值；每个键只写一次`,
  'jsonl-too-deep': (p) => `未读取：嵌套超过 ${p.limit} 层；每行应是一个只含字符串、数字或 null 的对象`,
  'row-too-long': (p) => `此行长${p.atLeast ? '至少' : ' '}${p.length} 字节（UTF-8）；最多读取 ${p.limit} 字节（1 MiB）`,
  'sheet-too-many-cells': (p) => `单元格 ${p.cell} 在表头最后一列（${p.header}）右侧有值`,
  'sheet-cell-twice': (p) => `单元格 ${p.cell} 在其所在行中出现了不止一次，或出现在其右侧的单元格之后：无法确定要读哪个值；请在 Excel 或 WPS 中重新保存工作簿`,
  'sheet-formula-no-value': (p) =>
    `单元格 ${p.cell} 是公式，${p.recalculated ? '工作簿要求打开时重新计算（fullCalcOnLoad），其保存的值不是表格显示的值' : '但没有保存的值'}；请在 Excel 或 WPS 中打开并保存工作簿，使其值被存下`,
  'sheet-error-value': (p) => `单元格 ${p.cell} 的值是错误 ${p.value}`,
  'sheet-elapsed-time': (p) => `单元格 ${p.cell} 的值 ${p.value} 的格式是经过的时间（[h]:mm:ss），是一段时长，而不是日期或一天中的时刻；请把它设为日期或时间格式`,
  'sheet-bad-value': (p) => `单元格 ${p.cell} 的值 "${p.value}" 不是${p.type === 'shared-string' ? '工作簿的共享字符串' : p.type === 'boolean' ? '布尔值（1 或 0）' : '数字'}`,
  'sheet-bad-date': (p) =>
    `单元格 ${p.cell} 的日期序列值为 ${p.value}，${
      p.fault === 'leap-day'
        ? 'Excel 显示为 1900-02-29：这一天并不存在（1900 年不是闰年，Excel 沿袭了 Lotus 1-2-3 的这一天）；请改为 1900-02-28（59）或 1900-03-01（61）'
        : `${p.fault === 'day-zero' ? 'Excel 显示为 1900-01-00：这不是任何一天' : p.fault === 'negative' ? '小于 0：不是任何日期或时间' : '晚于 9999-12-31：工作簿无法显示这一天'}；日期单元格的序列值应在 ${p.first}（${p.epoch}）到 ${p.last}（9999-12-31）之间`
    }`,
  'day-malformed': (p) => `无法识别的日期 "${p.input}"；可用：${dayForms}`,
  'day-ambiguous': (p) => `日期 "${p.input}" 有歧义：日和月可以互换；请把年份写在前面（2022-06-01）；可用：${dayForms}`,
  'day-impossible': (p) => `不存在的日期或时间 "${p.input}"；可用：${dayForms}`,
  'sheet-bad-iso-date': (p) =>
    p.fault === 'offset'
      ? `单元格 ${p.cell} 的日期 "${p.value}" 带有 UTC 时差：表格不显示时区，无法确定指的是写下的时间还是那个时刻；请写不带时差的日期和时间，即表格中显示的那样`
      : p.fault === 'no-day'
        ? `单元格 ${p.cell} 的时间 "${p.value}" 没有日期，而单元格格式显示日期：请同时给出日期（2022-06-01T20:00:00），或把单元格设为时间格式`
        : `单元格 ${p.cell} 的日期值（t="d"）"${p.value}" 不是日历上有的 ISO 8601 日期或时间：这种单元格应为 2022-06-01、20:00:00 或 2022-06-01T20:00:00（秒可带小数，后面可跟 Z）`,
  'not-a-day': (p) => `"${p.input}" 不是一天；可用：${dayForms}`,
  'bad-staleness': (p, w) => `${w.option('maxStaleness')} 需要一个最多五位的整数（0 到 99999）加单位：d（天）、w（周）、m（月）或 y（年），如 365d 或 2y，而不是 "${p.input}"`,
  'query-platform': (p) => `未知平台 "${p.platform}"；可用：${p.valid}`,
  'query-surface': (p) => `${p.platform} 上没有场景 "${p.surface}"；可用：${p.valid}`,
  'query-source': (p) => `未知来源 "${p.source}"；可用：${p.valid}`,
  'query-group': (p) => `未知组 "${p.group}"；可用：${p.valid}`,
  'empty-group': (p) => `组 "${p.group}" 没有来源`,
  'bad-width': (p) => `--width 须为 20 到 1000 之间的整数列数，而不是 "${p.value}"`,
  'bad-axis': (p, w) => `${w.option('from')}（${p.from}）必须早于 ${w.option('to')}（${p.to}）`,
  'link-not-source': (p) => `"${p.value}" 是不属于任何已知来源的链接；请给出来源名称（"linkcheck sources" 会列出）`,
  'unknown-view-surface': (p, w) => `未知的位置 "${p.value}"；可用：${p.valid}（${w.surfaces} 列出别名）`,
  'unwritable-svg': (p) => `无法将 SVG 写入 ${p.file}：${writeReason(p.reason)}`,
  'bad-shell': (p) => `未知的 shell "${p.value}"；可用 bash、zsh 或 fish`,
};

/** A detail for a wording id and its parameters, in Chinese. */
export function formatDetailZh<K extends DetailId>(id: K, params: DetailParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (DETAILS_ZH[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
}

/** 格式错误的请求错在哪里（src/cli/malformed-request.ts），接在 bad-request 的消息之后。 */
const MALFORMED_ZH: Readonly<Record<string, string>> = {
  'length-and-chunked': '它同时给出 Content-Length 和 Transfer-Encoding（RFC 9112 第 6.1 节），无法知道按哪一个划分请求体；请只发送其中一个',
  'content-length': '它的 Content-Length 不是一个字节数；请只给一次，用数字写',
  'transfer-encoding': '它的 Transfer-Encoding 不以 chunked 结尾，而 chunked 是唯一接受的传输编码；请不压缩地发送请求体，分块或带 Content-Length',
  'chunk-size': '请求体的某一块不是以十六进制的大小和 CR LF 开头',
  'header-name': '某个头部名称含有空格或名称不能含有的其他字符（RFC 9110 第 5.1 节）',
  'header-value': '某个头部值含有控制字符（NUL，或除制表符外低于 0x20 的字符）；请把它百分号编码或删去',
  'folded-header': '某个头部延续到下一行（obs-fold，RFC 9112 第 5.2 节）；请把每个头部写在一行内',
  'line-end': '请求头中有一行只以 LF 结尾；请让每一行以 CR LF 结尾',
  target: '它的地址含有空格或控制字符；请百分号编码（encodeURIComponent 会这样做）',
  host: '它没有 Host 头部，或 Host 没有指明主机；HTTP/1.1 要求有一个（RFC 9112 第 3.2 节），如 Host: 127.0.0.1:8080',
};
