// What the link, date and argument readers say is wrong, in Chinese (DETAILS in en-details.ts),
// by the same wording ids; zh-errors.ts gives these on beside the errors themselves.
import type { DetailId, DetailParams } from '../errors/ids.js';
import { didYouMean, writeReason } from './zh-phrases.js';
import { COMMAND_LINE, type OptionWords } from './option-words.js';

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

/** How to choose among a header's columns for one column (as en-errors.ts chosen). */
function chosen(column: string, count: string, header: string, w: OptionWords): string {
  if (column !== 'date') return `用 ${w.given('columns', `${column}=<${header}>`)} 选择`;
  return count === '2' ? `用 ${w.given('columns', `date=<${header}>`)} 选择：另一列随即作为当天的时刻读取` : `用 ${w.given('columns', `date=<${header}>,time=<${header}>`)} 选择，其余的请改名`;
}

const validInputs = (ids: string) => `请给出来源 ID 或别名（${ids}）、http(s) 链接、主机加路径（如 item.jd.com/100012043978.html），或含链接或分享口令的分享文本`;
const forms =
  '2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），' +
  '可在 T 或空格后加时间（2022-06-01 10:30、2022-06-01T10:30:15、2022年6月1日10点30分、2022/6/1 8:00 PM、2022年6月1日 下午8点：当地时间），' +
  '带 Z 或时差的时刻（2022-02-28T16:00:00Z、2022-06-01T10:30+08:00、+0800、+08、GMT+8），' +
  'today（今天）、yesterday（昨天）、tomorrow（明天）或 now（现在）';
/** The forms of those that name a day (DAY_FORMS in en-errors.ts), in Chinese. */
const dayForms = '2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）';

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
