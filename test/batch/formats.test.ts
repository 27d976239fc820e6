// Plans as agencies keep them: Chinese headers, GB18030 exports, JSON Lines,
// .xlsx workbooks, standard input; and the reports CI reads: JUnit and annotations.
import { XMLParser } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { batch, batchProcess, folder, plan, rows } from './run.js';
import { ROOT } from '../helpers/catalog.js';
import { utf16 } from '../helpers/utf16.js';

const HEADER = 'source,surface,date';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** GBK/GB18030 bytes of a text, from the decoder's own table (Node has no GB18030 encoder). */
function gb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const character = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(character)) table.set(character, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((character) => (character.charCodeAt(0) < 0x80 ? [character.charCodeAt(0)] : table.get(character) ?? [])));
}

describe('headers', () => {
  it.each([
    ['English', 'source,surface,date,platform'],
    ['link and url', 'link,surface,date,platform'],
    ['Chinese', '来源,位置,日期,平台'],
    ['Chinese, other words', '商品链接,版位,开播时间,平台'],
    ['Chinese, as plans write them words', '宝贝链接,投放位置,开播日期,平台'],
    ['Chinese, a resource slot and a day on air', '链接,资源位,直播日期,平台'],
    ['placement', 'link,placement,date,platform'],
    ['mixed case and spaces', ' URL , Surface ,DATE,Platform'],
  ])('%s', async (_name, header) => {
    const run = await batch([plan('headers.csv', `${header}\n淘宝,直播间购物车,2022-06-01,快手\njd,short-video-cart,2022-06-01,ks\n`), '--ndjson']);
    expect(rows(run).map((row) => [row.line, row.platform, (row.source ?? (row.group as { id: string } | null)?.id), row.surface, row.verdict])).toEqual([
      [2, 'kuaishou', 'taobao-alliance', 'live-cart', 'denied'],
      [3, 'kuaishou', 'jd', 'short-video-cart', 'allowed'],
    ]);
  });

  it('--columns maps headers of any name, and the platform column falls back to --platform', async () => {
    const content = '坑位,推广链接,排期,备注\n直播间购物车,拼多多,2020-11-01,双十一\n';
    const run = await batch([plan('columns.csv', content), '--columns', 'source=推广链接,surface=坑位,date=排期', '-p', '抖音', '--ndjson']);
    expect(rows(run)).toMatchObject([{ line: 2, platform: 'douyin', source: 'pinduoduo', verdict: 'denied', row: { 备注: '双十一' } }]);
  });

  it('--columns given twice: its maps are read together', async () => {
    const content = '坑位,推广链接,排期\n直播间购物车,拼多多,2020-11-01\n';
    const run = await batch([plan('columns.csv', content), '--columns', 'source=推广链接', '--columns', 'surface=坑位,date=排期', '-p', '抖音', '--ndjson']);
    expect(rows(run)).toMatchObject([{ line: 2, source: 'pinduoduo', verdict: 'denied' }]);
  });

  it.each([
    ['in one map', ['--columns', 'source=商品链接,source=来源']],
    ['in two', ['--columns', 'source=商品链接', '--columns', 'source=来源']],
  ])('a column mapped twice to different headers is refused, %s: the last one does not win', async (_name, options) => {
    const content = '来源,商品链接,位置,日期\njd,https://item.taobao.com/item.htm?id=1,短视频购物车,2022-06-01\n';
    const run = await batch([plan('columns.csv', content), ...options]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: --columns source was given twice with different values, "商品链接" and "来源"; give it once\n' });
  });

  it('a bad --columns is refused with the form it takes', async () => {
    const run = await batch([plan('columns.csv', 'a,b,c\n'), '--columns', 'source:商品链接']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--columns takes column=header pairs separated by commas, such as source=商品链接/);
  });
});

// Spreadsheets' text exports: "Unicode Text" (UTF-16 with a byte order mark, CRLF, cells parted by
// tabs, a cell quoted when it holds a tab, a quote or a newline), tab-separated, and CSV with
// semicolons where the comma is the decimal mark: each read as the same plan written with commas.
describe('text exports of a spreadsheet', () => {
  const table = [
    ['来源', '位置', '日期', '备注'],
    ['复制这条信息￥AEpabxiRg0u￥后打开👉手淘👈, 好物', '直播间购物车', '2022/6/1', 'a, b; c'],
    ['https://item.jd.com/100012043978.html', '直播间购物车', '2022-11-01', 'say "hi"'],
    ['https://detail.tmall.com/item.htm?id=1', '短视频购物车', '2022年11月1日 10:00', 'two\nlines'],
  ];
  const written = (separator: string, end = '\r\n') =>
    table.map((row) => row.map((text) => (text.includes(separator) || text.includes('"') || text.includes('\n') ? `"${text.replaceAll('"', '""')}"` : text)).join(separator)).join(end) + end;
  const answers = async (file: string, ...args: string[]) => {
    const run = await batch([file, '--ndjson', ...args]);
    return { code: run.code, stderr: run.stderr, rows: rows(run).map((row) => [row.line, row.verdict, row.row]) };
  };

  it.each([
    ['Unicode Text, UTF-16LE, as .txt', () => plan('unicode-le.txt', utf16(written('\t'), 'le'))],
    ['Unicode Text, UTF-16BE, as .txt', () => plan('unicode-be.txt', utf16(written('\t'), 'be'))],
    ['tab-separated UTF-8, as .tsv', () => plan('plan.tsv', written('\t', '\n'))],
    ['tab-separated UTF-8, as .tab', () => plan('plan.tab', written('\t'))],
    ['semicolons, as .csv', () => plan('semicolons.csv', written(';'))],
  ])('%s: the rows of the same plan with commas', async (_name, file) => {
    const expected = await answers(plan('commas.csv', written(',')));
    expect(expected.rows.map(([line, verdict]) => [line, verdict])).toEqual([
      [2, 'denied'],
      [3, 'allowed'],
      [4, 'allowed'],
    ]);
    expect(await answers(file())).toEqual(expected);
  });

  it('UTF-16 without a byte order mark with --encoding utf-16 (little-endian) or utf-16be; a mark says which, whatever is given', async () => {
    const expected = await answers(plan('commas.csv', written(',')));
    const le = utf16(written('\t'), 'le').subarray(2);
    const be = utf16(written('\t'), 'be').subarray(2);
    expect(await answers(plan('bare-le.txt', le), '--encoding', 'utf-16')).toEqual(expected);
    expect(await answers(plan('bare-le.txt', le), '--encoding', 'UTF-16LE')).toEqual(expected);
    expect(await answers(plan('bare-be.txt', be), '--encoding', 'utf-16be')).toEqual(expected);
    expect(await answers(plan('marked-be.txt', utf16(written('\t'), 'be')), '--encoding', 'utf-16')).toEqual(expected);
    // Without --encoding, UTF-16 with no mark is no UTF-8: refused in one line, exit 2.
    const refused = await batch([plan('bare-le.txt', le)]);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/^linkcheck: bare-le\.txt is not valid UTF-8|^linkcheck: the header row has no column/);
  });

  it('tab-separated on standard input, and as GB18030 with --encoding', async () => {
    const expected = await answers(plan('commas.csv', written(',')));
    const piped = await batch(['-', '--ndjson'], { input: written('\t') });
    expect({ code: piped.code, stderr: piped.stderr, rows: rows(piped).map((row) => [row.line, row.verdict, row.row]) }).toEqual(expected);
    // The helper's GB18030 has no four-byte characters (the emoji): the verdicts, not the cells.
    const gb = await answers(plan('gbk.tsv', gb18030(written('\t'))), '--encoding', 'gb18030');
    expect(gb.rows.map(([line, verdict]) => [line, verdict])).toEqual(expected.rows.map(([line, verdict]) => [line, verdict]));
  });
});

describe('encodings', () => {
  const content = '来源,位置,日期\n淘宝,直播间购物车,2022-06-01\n京东,短视频购物车,2022-06-01\n';
  it('a GB18030 file without --encoding: one line naming the likely encoding, exit 2', async () => {
    const run = await batch([plan('gbk.csv', gb18030(content))]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^linkcheck: gbk.csv is not valid UTF-8 at byte 0 \(0xC0\); it looks like GB18030\/GBK, the encoding Excel and WPS often save Chinese text in: run again with --encoding gb18030, or save the file as UTF-8\n$/);
  });

  it('a GB18030 file with --encoding gb18030', async () => {
    const run = await batch([plan('gbk.csv', gb18030(content)), '--encoding', 'gb18030', '--ndjson']);
    expect(rows(run).map((row) => [row.line, (row.source ?? (row.group as { id: string } | null)?.id), row.verdict, (row.row as Record<string, string>)['来源']])).toEqual([
      [2, 'taobao-alliance', 'denied', '淘宝'],
      [3, 'jd', 'allowed', '京东'],
    ]);
  });

  it.each(['latin9', 'constructor', '__proto__'])('an unknown encoding: %s', async (name) => {
    const run = await batch([plan('ok.csv', `${HEADER}\n`), '--encoding', name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^linkcheck: unknown encoding "${name}"; valid: utf-8, gb18030`));
  });
});

describe('JSON Lines', () => {
  it('one object per line, by extension or --format; bad lines are error rows', async () => {
    const lines = [
      JSON.stringify({ source: 'taobao', surface: 'live-cart', date: '2022-06-01', campaign: 618 }),
      '',
      JSON.stringify({ link: 'https://item.jd.com/1.html', surface: 'short-video-cart', date: '2022-06-01', platform: 'kuaishou' }),
      '{"source": "jd",',
      JSON.stringify(['jd', 'live-cart']),
      JSON.stringify({ source: 'jd', surface: 'live-cart' }),
    ].join('\n');
    for (const args of [[plan('plan.jsonl', lines)], [plan('plan.json-lines', lines), '--format', 'jsonl']]) {
      const run = await batch([...args, '--ndjson']);
      expect(run.code).toBe(2);
      expect(rows(run).map((row) => [row.line, row.verdict ?? 'error'])).toEqual([
        [1, 'denied'],
        [3, 'allowed'],
        [4, 'error'],
        [5, 'error'],
        [6, 'error'],
      ]);
      expect(rows(run)[0]!.row).toEqual({ source: 'taobao', surface: 'live-cart', date: '2022-06-01', campaign: '618' });
      expect(rows(run)[4]!.error).toBe('no date in this row');
    }
  });
});

describe('.xlsx', () => {
  it('reads the first sheet, or the one named with --sheet', async () => {
    const path = join(folder, 'plan.xlsx');
    await writeXlsxFile(
      [
        {
          sheet: '五月',
          data: [
            [{ value: 'source' }, { value: 'surface' }, { value: 'date' }],
            [{ value: 'jd' }, { value: 'short-video-cart' }, { value: '2022-05-01' }],
          ],
        },
        {
          sheet: '六月',
          data: [
            [{ value: '商品链接' }, { value: '版位' }, { value: '开播时间' }, { value: '主播' }],
            [{ value: 'taobao' }, { value: 'live-cart' }, { value: '2022-06-01' }, { value: '甲' }],
            [{ value: 'jd' }, { value: 'live-cart' }, { value: new Date(Date.UTC(2022, 5, 1)), type: Date, format: 'yyyy-mm-dd' }, { value: '乙' }],
          ],
        },
      ],
    ).toFile(path);
    const first = await batch(['plan.xlsx', '--ndjson']);
    expect(rows(first).map((row) => [row.line, (row.source ?? (row.group as { id: string } | null)?.id), row.verdict])).toEqual([[2, 'jd', 'allowed']]);
    const named = await batch(['plan.xlsx', '--sheet', '六月', '--ndjson']);
    expect(rows(named).map((row) => [row.line, (row.source ?? (row.group as { id: string } | null)?.id), row.at, row.verdict, (row.row as Record<string, string>)['主播']])).toEqual([
      [2, 'taobao-alliance', '2022-06-01T00:00:00+08:00', 'denied', '甲'],
      [3, 'jd', '2022-06-01T00:00:00+08:00', 'denied', '乙'],
    ]);
    const piped = batchProcess(['-', '--format', 'xlsx', '--ndjson'], { input: readFileSync(path) });
    expect(rows(piped).map((row) => [row.line, (row.source ?? (row.group as { id: string } | null)?.id), row.verdict])).toEqual([[2, 'jd', 'allowed']]);
    const missing = await batch(['plan.xlsx', '--sheet', '七月']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/plan.xlsx has no sheet named "七月"; its sheets: "五月", "六月"/);
  });
});

describe('JSON Lines keys written twice', () => {
  it('makes the line an error row, naming the keys, and reads the lines around it', async () => {
    const lines = [
      '{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}',
      // JSON.parse keeps the last value: jd, allowed here, where the first says taobao, denied.
      '{"source":"taobao","surface":"short-video-cart","date":"2022-06-01","source":"jd"}',
      // The same key written with an escape, and two keys repeated.
      '{"source":"taobao","sour\\u0063e":"jd","surface":"live-cart","date":"2022-06-01","date":"2019-01-01","surface":"live-cart"}',
      // A key of a nested value is not the line's: that value is refused as a value.
      '{"source":"jd","surface":"live-cart","date":"2022-06-01","note":{"a":1,"a":2}}',
      '{"source":"taobao","surface":"live-cart","date":"2022-06-01"}',
    ];
    const run = await batch([plan('twice.jsonl', lines.join('\n')), '--ndjson']);
    expect(run.code).toBe(2);
    expect(rows(run).map((row) => [row.line, row.verdict ?? row.error])).toEqual([
      [1, 'allowed'],
      [2, 'the key "source" is written more than once in this line\'s object: which value is meant cannot be known; write each key once'],
      [3, 'the keys "source", "date", "surface" are written more than once in this line\'s object: which value is meant cannot be known; write each key once'],
      [4, '"note" must be a string, number or null'],
      [5, 'denied'],
    ]);
  });
});

describe('JSON Lines shapes', () => {
  // Lines of one shape share a header (#18): shapes that take turns keep their own columns and rows.
  it('lines whose keys differ, in set or order, each read by their own keys', async () => {
    const lines = [
      { source: 'taobao', surface: 'live-cart', date: '2022-06-01' },
      { surface: 'short-video-cart', source: 'jd', date: '2022-06-01', platform: 'kuaishou' },
      { source: 'jd', surface: 'live-cart' },
      { source: 'jd', surface: 'short-video-cart', date: '2022-06-01' },
      { surface: 'live-cart', source: 'taobao', date: '2022-06-01', platform: 'kuaishou' },
      { source: 'jd', surface: 'live-cart' },
    ].map((line) => JSON.stringify(line));
    const run = await batch([plan('shapes.jsonl', lines.join('\n')), '--ndjson']);
    expect(run.code).toBe(2);
    expect(rows(run).map((row) => [row.line, row.verdict ?? row.error, Object.keys(row.row as object).join()])).toEqual([
      [1, 'denied', 'source,surface,date'],
      [2, 'allowed', 'surface,source,date,platform'],
      [3, 'no date in this row', 'source,surface'],
      // After a line that named its platform, a line without one does not say it is on the default platform.
      [4, 'no platform on this line: earlier lines give theirs as "platform", this one does not; give it one of kuaishou, douyin, xiaohongshu, wechat', 'source,surface,date'],
      [5, 'denied', 'surface,source,date,platform'],
      [6, 'no date in this row', 'source,surface'],
    ]);
  });
});

describe('standard input', () => {
  // CSV and a workbook (above) through the bin's own standard input; JSON Lines through main()'s.
  it('reads CSV from -, and JSON Lines with --format jsonl', async () => {
    const csv = batchProcess(['-', '--ndjson'], { input: `${HEADER}\r\ntaobao,live-cart,2022-06-01\r\n` });
    expect(rows(csv).map((row) => [row.line, row.verdict])).toEqual([[2, 'denied']]);
    expect(csv.code).toBe(1);
    const jsonl = await batch(['-', '--format', 'jsonl', '--json'], { input: '{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\n' });
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ file: '-', rows: 1, counts: { allowed: 1 }, notAllowed: [], errors: [] });
    expect(jsonl.code).toBe(0);
  });
});

describe('JUnit', () => {
  it('one test case per row: failures for failing outcomes, errors for error rows, valid XML whatever the input', async () => {
    const content = `${HEADER},note\njd,short-video-cart,2022-06-01,\ntaobao,live-cart,2022-06-01,"<&>"\npinduoduo,live-cart,2022-06-01,\n"jd <x> & \u0007 ""q""",story,2022-06-01,\n`;
    const run = await batch([plan('junit.csv', content), '--junit', 'report.xml']);
    expect(run.code).toBe(2);
    const xml = readFileSync(join(folder, 'report.xml'), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(xml) as {
      testsuites: { tests: string; failures: string; errors: string; testsuite: { testcase: { name: string; failure?: { type: string }; error?: { message: string } }[] } };
    };
    const { testsuites } = parsed;
    expect([testsuites.tests, testsuites.failures, testsuites.errors]).toEqual(['4', '1', '1']);
    const cases = testsuites.testsuite.testcase as { name: string; failure?: { type: string }; error?: { message: string }; 'system-out'?: string }[];
    expect(cases.map((testcase) => [testcase.name.split(':')[0], testcase.failure?.type ?? (testcase.error ? 'error' : testcase['system-out'])])).toEqual([
      ['line 2', 'allowed: rule kuaishou-2022-03-jd-other-surfaces-kept; disputed'],
      ['line 3', 'denied'],
      // Unknown does not fail the run by default, and says so.
      ['line 4', 'warning: unknown: no rule on record'],
      ['line 5', 'error'],
    ]);
    expect(cases[3]!.name).toBe('line 5: jd <x> & \\x07 "q" · story · 2022-06-01');
  });

  // XML 1.0's characters (its Char production) leave out U+FFFE and U+FFFF, which UTF-8 carries: raw, one cell would make the file no XML.
  it('a cell holding U+FFFE or U+FFFF is shown escaped, and the file stays XML', async () => {
    await batch([plan('junit3.csv', `${HEADER}\njd\uffff,short-video-cart,2022-06-01\njd,live-cart\ufffe,2022-06-01\n`), '--junit', 'report3.xml']);
    const xml = readFileSync(join(folder, 'report3.xml'), 'utf8');
    expect(xml).not.toMatch(/[\ufffe\uffff]/u);
    expect(xml).toContain('name="line 2: jd\\uffff · short-video-cart · 2022-06-01"');
    expect(xml).toContain('name="line 3: jd · live-cart\\ufffe · 2022-06-01"');
  });

  it('with --fail-on denied,unknown, unknown rows fail', async () => {
    await batch([plan('junit2.csv', `${HEADER}\npinduoduo,live-cart,2022-06-01\n`), '--junit', 'report2.xml', '--fail-on', 'denied,unknown']);
    const xml = readFileSync(join(folder, 'report2.xml'), 'utf8');
    expect(xml).toMatch(/tests="1" failures="1" errors="0"/);
    expect(xml).toContain('<failure type="unknown" message="unknown: no rule on record"/>');
  });
});

describe('report files', () => {
  const content = `${HEADER}\ntaobao,live-cart,2022-06-01\n`;
  it.each([
    ['--junit named as the plan', ['--junit', 'same.csv'], 'JUnit', 'same.csv', 'plan'],
    ['--markdown named as the plan, spelt another way', ['--markdown', './sub/../same.csv'], 'Markdown', './sub/../same.csv', 'plan'],
    ['--junit named as the plan through a link', ['--junit', 'link.csv'], 'JUnit', 'link.csv', 'plan'],
    ['the two reports named as one file', ['--junit', 'both.out', '--markdown', 'both.out'], 'Markdown', 'both.out', 'report'],
  ])('%s: refused before anything is written, the plan left whole', async (_name, options, kind, file, what) => {
    plan('same.csv', content);
    mkdirSync(join(folder, 'sub'), { recursive: true });
    rmSync(join(folder, 'link.csv'), { force: true });
    symlinkSync('same.csv', join(folder, 'link.csv'));
    const run = await batch(['same.csv', ...options]);
    const why = what === 'plan' ? 'it is the plan: writing the report would empty it; name another file' : 'the other report is written there; give each report its own file';
    expect(run.stderr).toBe(`linkcheck: cannot write the ${kind} report "${file}": ${why}\n`);
    expect(run.code).toBe(2);
    expect(readFileSync(join(folder, 'same.csv'), 'utf8')).toBe(content);
  });

  it('--junit - is refused: standard output carries the report, and no file named - is written', async () => {
    plan('same.csv', content);
    const run = await batch(['same.csv', '--junit', '-']);
    expect([run.code, run.stderr]).toEqual([2, 'linkcheck: cannot write the JUnit report "-": standard output carries the report; give this one a file\n']);
    expect(existsSync(join(folder, '-'))).toBe(false);
  });

  it('a plan read from standard input, redirected from the file the report names', () => {
    plan('stdin.csv', content);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'linkcheck.js')}" batch - --junit stdin.csv < stdin.csv`], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(result.stderr).toBe('linkcheck: cannot write the JUnit report "stdin.csv": it is the plan: writing the report would empty it; name another file\n');
    expect(result.status).toBe(2);
    expect(readFileSync(join(folder, 'stdin.csv'), 'utf8')).toBe(content);
  });
});

describe('GitHub Actions annotations', () => {
  const content = `${HEADER}\njd,short-video-cart,2022-06-01\ntaobao,live-cart,2022-06-01\ntmall,live-cart,2022-10-29\n"100%\ncut",live-cart,2022-06-01\n`;
  it('on stderr when GITHUB_ACTIONS=true: ::error for the rows that fail the run, ::warning for those it lets pass', async () => {
    const run = await batch([plan('gha, plan.csv', content), '--fail-on', 'denied'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.stderr.split('\n')).toEqual([
      '::error file=gha%2C plan.csv,line=3,title=linkcheck%3A denied::denied: taobao · live-cart · 2022-06-01 (rule kuaishou-2022-03-taobao-cut)',
      '::warning file=gha%2C plan.csv,line=4,title=linkcheck%3A rolling-out::rolling-out: tmall · live-cart · 2022-10-29 (rule kuaishou-2022-10-tmall-restored, rolling out until 2022-11-01 00:00; disputed)',
      expect.stringMatching(/^::error file=gha%2C plan.csv,line=5,title=linkcheck%3A error::error: 100%25\\ncut · live-cart · 2022-06-01 \(no source name, link or share token in "100%25\\ncut"; /),
      '',
    ]);
  });

  it('with --annotations, and not otherwise', async () => {
    expect((await batch([plan('gha.csv', content), '--annotations'])).stderr).toMatch(/^::error file=gha.csv,line=3,/);
    expect((await batch([plan('gha.csv', content)])).stderr).toBe('');
  });
});
