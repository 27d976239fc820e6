// A CSV plan's separator is the one its header reads with (docs/batch-and-ci.md, "Spreadsheets'
// text exports"): a tab-separated export whose header holds a comma in a name is read with tabs,
// a row's message names the plan's own separator, empty cells past the header are none, and a
// plan that is no CSV (a sep= line of another separator, JSON Lines on standard input) is told so.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { batch, folder, batchProcess, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const outcomes = (run: Awaited<ReturnType<typeof batch>>) => rows(run).map((row) => [row.line, row.verdict ?? row.error]);

describe('the separator the header reads with', () => {
  it.each([
    ['tabs, a comma in a header', 'plan.tsv', '来源\t版位\t日期\t备注(可选, 英文)\njd\tlive-cart\t2022-06-01\ta, b\n'],
    ['tabs, in a file named .csv', 'plan.csv', 'source\tsurface\tdate\tnote, free\njd\tlive-cart\t2022-06-01\tx\n'],
    ['tabs, a comma and a semicolon in headers', 'plan.txt', 'source\tsurface\tdate\tnote (a, b; c)\njd\tlive-cart\t2022-06-01\t\n'],
    ['semicolons, a comma in a header', 'plan.csv', 'source;surface;date;remark, optional\njd;live-cart;2022-06-01;x, y\n'],
    ['commas, a tab in a header', 'plan.csv', 'source,surface,date,"a\tb"\njd,live-cart,2022-06-01,x\n'],
  ])('%s', async (_name, file, content) => {
    const run = await batch([plan(file, content), '--ndjson']);
    expect(outcomes(run)).toEqual([[2, 'denied']]);
  });

  it('a header no separator gives the columns is refused, saying which separators were tried', async () => {
    const run = await batch([plan('plan.tsv', '来源\t版位, 日期\tnote;x\njd\tlive-cart\t2022-06-01\n')]);
    expect(run.stderr).toBe(
      'linkcheck: the header row has no column for source (source, link, url, 来源, 链接, 商品链接, 宝贝链接); surface (surface, placement, 位置, 版位, 投放位置, 资源位); date (date, 日期, 时间, 开播时间, 开播日期, 直播日期, 直播时间, 投放日期, 投放时间, 开始日期, 开始时间, 直播开始日期, 直播开始时间, 投放开始日期, 投放开始时间, 上播时间, 发布日期, 发布时间, 排期, 排期日期, 排期时间, datetime, start date, start time); it has: "来源\\t版位", "日期\\tnote;x" (read with each separator it holds, comma, tab and semicolon: none gives these columns); name the columns so, or map them with --columns source=<header>,surface=<header>,date=<header>\n',
    );
    expect(run.code).toBe(2);
  });

  it('a header of one separator is refused as before, without a list', async () => {
    const run = await batch([plan('plan.csv', 'source,surface\njd,live-cart\n')]);
    expect(run.stderr).toMatch(/^linkcheck: the header row has no column for date \(.*\); it has: "source", "surface"; name the columns so/);
  });
});

describe('a row with too many cells', () => {
  it.each([
    ['commas', 'plan.csv', 'source,surface,date\njd,live-cart,2022-06-01,x\n', 'comma'],
    ['tabs', 'plan.tsv', 'source\tsurface\tdate\njd\tlive-cart\t2022-06-01\tx\n', 'tab'],
    ['semicolons', 'plan.csv', 'source;surface;date\njd;live-cart;2022-06-01;x\n', 'semicolon'],
  ])('with %s, names the plan\'s separator', async (_name, file, content, separator) => {
    const run = await batch([plan(file, content), '--ndjson']);
    expect(outcomes(run)).toEqual([[2, `this row has 4 cells and the header 3: quote cells that hold a ${separator}, the plan's separator`]]);
  });

  it.each([
    ['two commas', 'plan.csv', 'source,surface,date\njd,short-video-cart,2022-06-01,,\n'],
    ['a quoted empty cell', 'plan.csv', 'source,surface,date\njd,short-video-cart,2022-06-01,""\n'],
    ['tabs', 'plan.tsv', 'source\tsurface\tdate\njd\tshort-video-cart\t2022-06-01\t\t\t\n'],
    ['semicolons, CRLF', 'plan.csv', 'source;surface;date\r\njd;short-video-cart;2022-06-01;;\r\n'],
    ['a platform column', 'plan.csv', 'source,surface,date,platform\njd,short-video-cart,2022-06-01,kuaishou,\n'],
  ])('empty cells past the header (%s) are none, as a sheet\'s', async (_name, file, content) => {
    const run = await batch([plan(file, content), '--ndjson']);
    expect(outcomes(run)).toEqual([[2, 'allowed']]);
    expect(run.code).toBe(0);
  });

  it('a value past empty cells there is an error row', async () => {
    const run = await batch([plan('plan.csv', 'source,surface,date\njd,short-video-cart,2022-06-01,,x\njd,short-video-cart,2022-06-01, \n'), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [2, "this row has 5 cells and the header 3: quote cells that hold a comma, the plan's separator"],
      [3, "this row has 4 cells and the header 3: quote cells that hold a comma, the plan's separator"],
    ]);
  });

  it('repeated many times, each is read alike on every road', async () => {
    const body = Array.from({ length: 400 }, (_, at) => (at % 2 === 0 ? 'jd,short-video-cart,2022-06-01,,' : 'jd,short-video-cart,2022-06-01')).join('\n');
    const run = await batch([plan('many.csv', `source,surface,date\n${body}\n`), '--json']);
    expect((JSON.parse(run.stdout) as { counts: Record<string, number> }).counts).toMatchObject({ allowed: 400, error: 0 });
  });
});

describe('a sep= line', () => {
  it.each(['|', '/', ' '])('naming %j is refused, listing the separators read', async (separator) => {
    const run = await batch([plan('plan.csv', `sep=${separator}\nsource${separator}surface${separator}date\n`)]);
    expect(run.stderr).toBe(`linkcheck: the first line "sep=${separator}" names ${separator} as the separator of cells, which linkcheck does not read: save the plan with commas, tabs or semicolons (sep=, sep=; or sep= and a tab names one of them)\n`);
    expect(run.code).toBe(2);
  });

  it('naming a separator read is read as before', async () => {
    const run = await batch([plan('plan.csv', 'sep=;\nsource;surface;date\njd;live-cart;2022-06-01\n'), '--ndjson']);
    expect(outcomes(run)).toEqual([[3, 'denied']]);
  });
});

describe('JSON Lines read as CSV', () => {
  const LINE = '{"source":"jd","surface":"live-cart","date":"2022-06-01"}\n';
  const hint = "linkcheck: the plan's first line is a JSON object, and the plan is read as CSV (standard input is, unless told otherwise): give --format jsonl to read it as JSON Lines, or name the file .jsonl\n";

  it('on standard input, is told to give --format jsonl', () => {
    const run = batchProcess(['-'], { input: LINE });
    expect([run.code, run.stderr]).toEqual([2, hint]);
    expect(batchProcess(['-', '--format', 'jsonl', '--ndjson'], { input: LINE }).code).toBe(1);
  });

  it('in a file named .csv, and after blank lines and spaces, likewise', async () => {
    expect((await batch([plan('lines.csv', LINE)])).stderr).toBe(hint);
    expect((await batch([plan('lines.csv', `\n  ${LINE}`)])).stderr).toBe(hint);
  });

  it('a line with two keys for one column says so of the line, as JSON Lines', async () => {
    const run = await batch([plan('two.jsonl', '{"source":"jd","link":"taobao","surface":"live-cart","date":"2022-06-01"}\n{"source":"jd","SOURCE":"taobao","surface":"live-cart","date":"2022-06-01"}\n'), '--ndjson']);
    expect(outcomes(run)).toEqual([
      [1, 'this line has 2 keys for the source ("source", "link"); keep one, or choose with --columns source=<key>'],
      [2, 'this line has 2 keys for the source ("source", "SOURCE"); keys are matched without regard to case or spaces: keep one'],
    ]);
  });
});

describe('CSV read as JSON Lines', () => {
  const told = (line: string) =>
    `linkcheck: the plan's first line is no JSON object but cells parted as a CSV header's are ("${line}"), and the plan is read as JSON Lines, as its name or --format says: give --format csv to read it as CSV, or name the file .csv\n`;

  // Every line was an error row in JSON.parse's own English words, the header counted as a row.
  it.each([
    ['commas', 'source,surface,date\njd,live-cart,2022-06-01\n', 'source,surface,date'],
    // A tab is shown escaped, as every control character a message quotes.
    ['tabs', 'source\tsurface\tdate\njd\tlive-cart\t2022-06-01\n', 'source\\tsurface\\tdate'],
    ['semicolons, after blank lines and a byte order mark', '\uFEFF\n\n商品链接;位置;日期\njd;直播间;2022-06-01\n', '商品链接;位置;日期'],
  ])('with %s, is refused once, told to give --format csv', async (_name, text, line) => {
    const run = await batch([plan('plan.jsonl', text), '--ndjson']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', told(line)]);
    expect(batchProcess(['-', '--format', 'jsonl'], { input: text }).stderr).toBe(told(line));
    expect((await batch([plan('plan.csv', text), '--ndjson'])).code).toBe(1);
  });

  it('with the columns --columns names', async () => {
    const run = await batch([plan('plan.jsonl', '商品,投放位置,日期\njd,live-cart,2022-06-01\n'), '--columns', 'source=商品']);
    expect([run.code, run.stderr]).toEqual([2, told('商品,投放位置,日期')]);
  });

  it('in Chinese', async () => {
    const run = await batch([plan('plan.jsonl', 'source,surface,date\n'), '--lang', 'zh']);
    expect(run.stderr).toBe('linkcheck: 计划的第一行不是 JSON 对象，而是像 CSV 表头那样分隔的单元格（"source,surface,date"），而计划按其文件名或 --format 是按 JSON Lines 读取的：请加 --format csv 按 CSV 读取，或把文件命名为 .csv\n');
  });

  // Broken JSON, or a later line of cells, is that line's error row, as before.
  it.each([
    ['a first object written wrong', '{"source":"jd", broken\n', [[1, expect.stringMatching(/^not valid JSON at column /)]]],
    ['a first line quoted as a JSON string', '"source,surface,date"\n', [[1, 'not a JSON object but a string: each line holds one object with source, surface and date']]],
    ['cells that name none of the plan\'s columns', 'hello,world\n', [[1, expect.stringMatching(/^not valid JSON at column /)]]],
    ['cells after a good first line', '{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\njd,live-cart,2022-06-01\n', [[1, 'allowed'], [2, expect.stringMatching(/^not valid JSON at column /)]]],
  ])('%s is no CSV header: an error row', async (_name, text, rows) => {
    expect(outcomes(await batch([plan('plan.jsonl', text), '--ndjson']))).toEqual(rows);
  });
});

describe('a plan in another encoding or format, told by its first bytes', () => {
  const utf16 = (text: string, order: 'le' | 'be') => {
    const bytes = Buffer.from(text, 'utf16le');
    if (order === 'be') bytes.swap16();
    return bytes;
  };

  it.each([
    ['UTF-16LE, a Chinese header, tabs and CRLF', '来源\t版位\t日期\r\n京东\t直播间购物车\t2022-06-01\r\n', 'le'],
    ['UTF-16BE, a Chinese header', '来源,版位,日期\n京东,直播间购物车,2022-06-01\n', 'be'],
  ] as const)('%s without a mark is named, and read with --encoding', async (_name, text, order) => {
    const file = plan(`utf16-${order}.csv`, utf16(text, order));
    const run = await batch([file]);
    expect(run.stderr).toBe(`linkcheck: ${file} looks like UTF-16${order.toUpperCase()} without its byte order mark (a NUL beside every letter), not UTF-8: run again with --encoding utf-16${order}, or save the file as UTF-8\n`);
    expect(rows(await batch([file, '--encoding', `utf-16${order}`, '--ndjson'])).map((row) => row.verdict)).toEqual(['denied']);
  });

  // The other way round: a plan named UTF-16 that is UTF-8 read as UTF-16 is Chinese characters that name no column.
  it.each([
    ['an ASCII plan, --encoding utf-16', 'source,surface,date\njd,live-cart,2022-06-01\n', 'utf-16', 'LE'],
    ['a Chinese plan, --encoding utf-16be', '来源,版位,日期\n京东,直播间购物车,2022-06-01\n', 'utf-16be', 'BE'],
    ['JSON Lines, --encoding utf-16le', '{"source":"jd","surface":"live-cart","date":"2022-06-01"}\n', 'utf-16le', 'LE'],
  ])('UTF-8 named UTF-16 (%s) is told to be read as UTF-8, not refused for its header', async (_name, text, encoding, order) => {
    const file = plan(text.startsWith('{') ? 'utf8.jsonl' : 'utf8.csv', text);
    const run = await batch([file, '--encoding', encoding]);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${file} is not UTF-16${order}: its first bytes are UTF-8 (no NUL beside any separator or line break, as UTF-16 has): read it as UTF-8 with --encoding utf-8\n`]);
    expect(rows(await batch([file, '--encoding', 'utf-8', '--ndjson'])).map((row) => row.verdict)).toEqual(['denied']);
  });

  it('reads UTF-16 without a mark named so, however short its first names', async () => {
    const file = plan('utf16-named.csv', utf16('来源,版位,日期\n京东,直播间购物车,2022-06-01\n', 'le'));
    expect(rows(await batch([file, '--encoding', 'utf-16', '--ndjson'])).map((row) => row.verdict)).toEqual(['denied']);
  });

  // UTF-16 puts its NULs beside every ASCII character; a UTF-8 plan may hold a few (a field padded with them), on one side by chance.
  it.each([
    ['two NULs at even offsets', 'source,surface,date\njd\0,live-cart,2022-06-01\ntaobao,live-cart,2022-06-01\0\n', 'jd'],
    ['two NULs at odd offsets, a Chinese header', '来源,版位,日期\n京东\0,直播间购物车,2022-06-01\n京东,直播间购物车,2022-06-01\0\n', '京东'],
  ])('UTF-8 with %s is read as UTF-8, each NUL shown in its row, not named UTF-16', async (_name, text, source) => {
    const run = await batch([plan('nuls.csv', text), '--ndjson']);
    expect(run.stderr).toBe('');
    expect(rows(run).map((row) => [row.line, (row.error as string).split(';')[0]])).toEqual([
      [2, `no source name, link or share token in "${source}\\x00"`],
      [3, 'unrecognised date "2022-06-01\\x00"'],
    ]);
  });

  it.each([['old.csv'], ['old.txt']])('an old Excel workbook (.xls) named %s is told to be saved as .xlsx or CSV', async (name) => {
    const file = plan(name, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]));
    const run = await batch([file]);
    expect([run.code, run.stderr]).toEqual([2, `linkcheck: ${file} is an old Excel workbook (.xls), not text: open it in Excel or WPS and save it as .xlsx or as CSV\n`]);
  });
});
