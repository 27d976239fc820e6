// The error messages of en-errors.ts in Chinese, keyed by the same ids: the type
// makes a missing id a compile error, and test/i18n/messages-zh.test.ts a failing test. The
// readers' details (DETAILS_ZH) are worded in zh-details.ts and given on from here: the build
// loads this module apart, as the Chinese catalogue (scripts/build.mjs).
import type { MessageId, MessageParams } from '../errors/ids.js';
import { didYouMean, writeReason } from './zh-phrases.js';
import { innerMessage } from './inner-message.js';
import { COMMAND_LINE, helpOf, type OptionWords } from './option-words.js';
import { ownEntry } from '../model/own.js';

type Params = Readonly<Record<string, string | undefined>>;

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

const aliases = (w: OptionWords) => `（${w.listing} 列出别名）`;

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

export { DETAILS_ZH, formatDetailZh } from './zh-details.js';

/** The message for an id and its parameters, in Chinese. */
export function formatMessageZh<K extends MessageId>(id: K, params: MessageParams<K>, words: OptionWords = COMMAND_LINE): string {
  return (MESSAGES_ZH[id] as (params: Params, words: OptionWords) => string)(params as Params, words);
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
