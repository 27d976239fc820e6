// The batch options' errors and the views' --as-known-on, in both languages: one line, exit 2.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

const xlsx = 'test/cli/fixtures/plan.xlsx';

describe('option errors in English and Chinese', () => {
  it.each([
    [
      ['batch', 'plan.csv', '--columns', '商品链接'],
      '--columns takes column=header pairs separated by commas, such as source=商品链接,surface=投放位置,date=开播日期; "商品链接" is not one (columns: source, surface, date, time, platform)',
      '--columns 需要以逗号分隔的 列=表头 对，如 source=商品链接,surface=投放位置,date=开播日期；"商品链接" 不是（列：source, surface, date, time, platform）',
    ],
    [
      ['batch', 'plan.csv', '--fail-on', 'denied,allowed'],
      '--fail-on takes outcomes separated by commas (denied, rolling-out, unknown, stale, error), or "none" or "all"; not "allowed"',
      '--fail-on 需要以逗号分隔的结果（denied, rolling-out, unknown, stale, error），或 "none"、"all"，而不是 "allowed"',
    ],
    [['batch', 'plan.csv', '--format', 'xls'], '--format takes one of csv, jsonl, xlsx, not "xls"', '--format 只能是 csv, jsonl, xlsx 之一，而不是 "xls"'],
    [
      ['batch', 'plan.csv', '--encoding', 'latin1'],
      'unknown encoding "latin1"; valid: utf-8, gb18030, utf-16, utf-16le, utf-16be (gbk and gb2312 are read as gb18030)',
      '未知编码 "latin1"；可用：utf-8, gb18030, utf-16, utf-16le, utf-16be（gbk 和 gb2312 按 gb18030 读取）',
    ],
    [['batch', xlsx, '--sheet', '七月'], `${xlsx} has no sheet named "七月"; its sheets: "六月", "空"`, `${xlsx} 中没有名为 "七月" 的工作表；其工作表有："六月", "空"`],
    [['batch', 'plan.csv', '--json', '--ndjson'], '--json and --ndjson both print on stdout: choose one', '--json 和 --ndjson 都输出到标准输出：只能选一个'],
    [
      ['batch', 'plan.xls'],
      'cannot tell the format of "plan.xls" from its name; name it .csv (or .tsv), .jsonl or .xlsx, or give --format csv|jsonl|xlsx (save an .xls workbook as .xlsx first)',
      '无法从文件名看出 "plan.xls" 的格式；请命名为 .csv（或 .tsv）、.jsonl 或 .xlsx，或用 --format csv|jsonl|xlsx 指定（.xls 工作簿请先另存为 .xlsx）',
    ],
    [
      ['batch', 'test/cli/fixtures/plan-utf16le-nobom.csv'],
      'test/cli/fixtures/plan-utf16le-nobom.csv looks like UTF-16LE without its byte order mark (a NUL beside every letter), not UTF-8: run again with --encoding utf-16le, or save the file as UTF-8',
      'test/cli/fixtures/plan-utf16le-nobom.csv 看起来是没有字节顺序标记的 UTF-16LE（每个字母旁都有一个 NUL），不是 UTF-8：请加 --encoding utf-16le 重新运行，或把文件另存为 UTF-8',
    ],
    [
      ['batch', 'test/cli/fixtures/plan-workbook.csv'],
      'test/cli/fixtures/plan-workbook.csv is a workbook (a ZIP archive, as .xlsx files are), not text: read it as one with --format xlsx',
      'test/cli/fixtures/plan-workbook.csv 是工作簿（ZIP 压缩包，.xlsx 文件就是），不是文本：请按工作簿读取它：--format xlsx',
    ],
    [['batch', 'no/such/plan.csv'], 'cannot read the plan "no/such/plan.csv": not found', '无法读取计划 "no/such/plan.csv"：找不到'],
    [['batch', 'test'], 'cannot tell the format of "test" from its name; name it .csv (or .tsv), .jsonl or .xlsx, or give --format csv|jsonl|xlsx', '无法从文件名看出 "test" 的格式；请命名为 .csv（或 .tsv）、.jsonl 或 .xlsx，或用 --format csv|jsonl|xlsx 指定'],
    [['batch', 'test', '--format', 'csv'], 'cannot read the plan "test": a folder', '无法读取计划 "test"：这是一个文件夹'],
    [['batch', xlsx, '--junit', 'no/such/report.xml'], 'cannot write the JUnit report "no/such/report.xml": its folder does not exist', '无法写入 JUnit 报告 "no/such/report.xml"：所在文件夹不存在'],
    [['batch', xlsx, '--markdown', ''], 'cannot write the Markdown report "": an empty path names no file', '无法写入 Markdown 报告 ""：空路径不指向任何文件'],
    [['batch', ''], 'cannot read the plan "": an empty path names no file', '无法读取计划 ""：空路径不指向任何文件'],
    [
      ['batch', 'test/cli/fixtures/plan-gbk.csv'],
      'test/cli/fixtures/plan-gbk.csv is not valid UTF-8 at byte 20 (0xCC); it looks like GB18030/GBK, the encoding Excel and WPS often save Chinese text in: run again with --encoding gb18030, or save the file as UTF-8',
      'test/cli/fixtures/plan-gbk.csv 在第 20 字节（0xCC）不是有效的 UTF-8；看起来是 GB18030/GBK，Excel 和 WPS 常用这种编码保存中文：请加 --encoding gb18030 重新运行，或把文件另存为 UTF-8',
    ],
    [
      ['batch', 'test/cli/fixtures/plan-cut.csv'],
      'test/cli/fixtures/plan-cut.csv ends in the middle of a UTF-8 character: the file is cut short or in another encoding',
      'test/cli/fixtures/plan-cut.csv 在一个 UTF-8 字符中间结束：文件被截断，或是其他编码',
    ],
    [
      ['batch', xlsx, '--sheet', '空'],
      `sheet "空" of ${xlsx} is empty: a header row (source,surface,date) is needed`,
      `${xlsx} 的工作表 "空" 是空的：需要一行表头（source,surface,date）`,
    ],
    [
      ['batch', 'test/cli/fixtures/plan-empty.csv'],
      'test/cli/fixtures/plan-empty.csv is empty: a header row (source,surface,date) is needed, its rows below it',
      'test/cli/fixtures/plan-empty.csv 是空的：需要一个表头行（source,surface,date），各行在其下方',
    ],
    [['batch', 'plan.csv', '--as-known-on', 'now'], '--as-known-on takes a calendar day: "now" is not a day; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow', '--as-known-on 需要一个日历日："now" 不是一天；可用：2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）'],
    [['matrix', '--as-known-on', 'now'], '--as-known-on takes a calendar day: "now" is not a day; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow', '--as-known-on 需要一个日历日："now" 不是一天；可用：2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）'],
    [['diff', '2022-01-01', '2022-06-01', '--as-known-on', 'now'], '--as-known-on takes a calendar day: "now" is not a day; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow', '--as-known-on 需要一个日历日："now" 不是一天；可用：2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）'],
  ])('%j', async (args, english, chinese) => {
    const line = (run: { code: number | null; stderr: string }) => ({ code: run.code, stderr: run.stderr });
    expect(line(await cli(args))).toEqual({ code: 2, stderr: `linkcheck: ${english}\n` });
    expect(line(await cli(args, { LANG: 'zh_CN.UTF-8' }))).toEqual({ code: 2, stderr: `linkcheck: ${chinese}\n` });
    expect(line(await cli([...args, '--lang', 'zh'], { LANG: 'en_US.UTF-8' }))).toEqual({ code: 2, stderr: `linkcheck: ${chinese}\n` });
  });
});
