import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batch, folder, plan, rows } from './run.js';
import { cli } from '../helpers/exec.js';
import { headerRow, inline, workbook } from '../helpers/xlsx.js';

const HEADER = 'source,surface,date';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('rows in, rows out, at their lines', () => {
  it.each([
    ['LF', `${HEADER}\ntaobao,live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n`, [2, 3]],
    ['CRLF', `${HEADER}\r\ntaobao,live-cart,2022-06-01\r\njd,short-video-cart,2022-06-01\r\n`, [2, 3]],
    ['BOM', `\uFEFF${HEADER}\ntaobao,live-cart,2022-06-01\n`, [2]],
    ['blank lines', `${HEADER}\n\ntaobao,live-cart,2022-06-01\n\n\njd,live-cart,2022-06-01`, [3, 6]],
    ['a quoted newline spans two lines', `${HEADER},note\n"taobao",live-cart,2022-06-01,"one\ntwo"\njd,live-cart,2022-06-01,x\n`, [2, 4]],
    ['a quoted CRLF spans two lines', `${HEADER},note\r\ntaobao,live-cart,2022-06-01,"a, b\r\nc"\r\n\r\njd,live-cart,2022-06-01,"x"\r\n`, [2, 5]],
    ['no newline at the end', `${HEADER}\ntaobao,live-cart,2022-06-01`, [2]],
  ])('%s', async (_name, content, lines) => {
    const run = await batch([plan('lines.csv', content), '--ndjson']);
    expect(rows(run).map((row) => row.line)).toEqual(lines);
  });

  it('keeps input order and echoes every column under row', async () => {
    const run = await batch([plan('echo.csv', `campaign,${HEADER},owner\n618,jd,short-video-cart,2022-06-01,李\n619,taobao,live-cart,2022-06-01,"王, 张"\n`), '--ndjson']);
    const out = rows(run);
    expect(out.map((row) => [row.line, (row.source ?? (row.group as { id: string } | null)?.id), row.verdict])).toEqual([
      [2, 'jd', 'allowed'],
      [3, 'taobao-alliance', 'denied'],
    ]);
    expect(out[1]!.row).toEqual({ campaign: '619', source: 'taobao', surface: 'live-cart', date: '2022-06-01', owner: '王, 张' });
    expect(out[1]!.rule).toMatchObject({ id: 'kuaishou-2022-03-taobao-cut' });
  });

  it('echoes every cell under a key of its own: a header named again, or named __proto__', async () => {
    const csv = await batch([plan('again.csv', `${HEADER},note,note,note (2),__proto__,,,note (4),note\ntaobao,live-cart,2022-06-01,a,b,c,d,e,f,g,h\n`), '--ndjson']);
    // JSON.parse keeps __proto__ as a key of the object it makes.
    expect(Object.entries(rows(csv)[0]!.row as object)).toEqual([
      ['source', 'taobao'], ['surface', 'live-cart'], ['date', '2022-06-01'],
      ['note', 'a'], ['note (3)', 'b'], ['note (2)', 'c'], ['__proto__', 'd'], ['', 'e'], [' (2)', 'f'], ['note (4)', 'g'], ['note (5)', 'h'],
    ]);
    // Tens of thousands of one name: each keyed apart, in time that grows with their number (it took minutes).
    const many = 30_000;
    const wide = await batch([plan('wide.csv', `${HEADER}${',a'.repeat(many)}\ntaobao,live-cart,2022-06-01${',x'.repeat(many)}\n`), '--ndjson']);
    const keys = Object.keys(rows(wide)[0]!.row as object);
    expect([keys.length, new Set(keys).size, keys.at(-1)]).toEqual([many + 3, many + 3, `a (${many})`]);
    const jsonl = await batch([plan('proto.jsonl', '{"source":"taobao","surface":"live-cart","date":"2022-06-01","__proto__":"x","constructor":"y"}\n'), '--ndjson']);
    expect(Object.entries(rows(jsonl)[0]!.row as object)).toEqual([['source', 'taobao'], ['surface', 'live-cart'], ['date', '2022-06-01'], ['__proto__', 'x'], ['constructor', 'y']]);
  });
});

describe('exit codes', () => {
  const allowed = 'jd,short-video-cart,2022-06-01';
  const denied = 'taobao,live-cart,2022-06-01';
  const rolling = 'tmall,live-cart,2022-10-29';
  const unknown = 'pinduoduo,live-cart,2022-06-01';
  const error = 'taobao,live-cart,2022-02-30';
  // Newest evidence 2022-10-24: over a year before the day asked about.
  const stale = 'jd,short-video-cart,2026-12-12';
  it.each<[string, string[], string[], number, Record<string, string>?]>([
    ['all allowed', [allowed], [], 0],
    ['a denied row', [allowed, denied, unknown], [], 1],
    ['rolling-out, none denied', [allowed, rolling], [], 3],
    ['unknown, none denied: a warning by default', [unknown], [], 0],
    ['--fail-on denied,unknown fails on unknown', [allowed, unknown], ['--fail-on', 'denied,unknown'], 3],
    ['--fail-on all', [allowed, unknown], ['--fail-on', 'all'], 3],
    ['a stale row warns by default', [stale], [], 0],
    ['--fail-on denied,stale fails on a stale row', [stale], ['--fail-on', 'denied,stale'], 3],
    ['--max-staleness 5y lets it pass', [stale], ['--fail-on', 'denied,stale', '--max-staleness', '5y'], 0],
    ['LINKCHECK_FAIL_ON sets the policy', [allowed, unknown], [], 3, { LINKCHECK_FAIL_ON: 'unknown' }],
    ['--fail-on wins over LINKCHECK_FAIL_ON', [allowed, unknown], ['--fail-on', 'denied'], 0, { LINKCHECK_FAIL_ON: 'unknown' }],
    ['an error row', [denied, error], [], 2],
    ['--fail-on denied ignores unknown', [allowed, unknown, rolling], ['--fail-on', 'denied'], 0],
    ['--fail-on denied still fails on denied', [denied, unknown], ['--fail-on', 'denied'], 1],
    ['--fail-on rolling-out ignores denied', [denied, rolling], ['--fail-on', 'rolling-out'], 3],
    ['--fail-on unknown', [denied, rolling], ['--fail-on', 'unknown'], 0],
    ['--fail-on none', [denied, unknown], ['--fail-on', 'none'], 0],
    ['--fail-on none still fails on an error row', [denied, error], ['--fail-on', 'none'], 2],
  ])('%s: %i', async (_name, lines, args, code, env = {}) => {
    const run = await batch([plan('codes.csv', [HEADER, ...lines].join('\n')), ...args], { env });
    expect(run.code).toBe(code);
  });

  it.each([
    ['a missing file', ['missing.csv'], /cannot read the plan "missing.csv": not found/],
    ['a folder', ['.'], /cannot tell the format|a folder/],
    ['an unknown extension', [plan('plan.dat', HEADER)], /cannot tell the format of ".*plan.dat" from its name; name it .csv \(or .tsv\), .jsonl or .xlsx, or give --format/],
    ['a header without a surface column', [plan('nosurface.csv', 'source,date\njd,2022-06-01')], /the header row has no column for surface \(surface, placement, 位置, 版位, 投放位置, 资源位\); it has: "source", "date"/],
    ['a title row above the header', [plan('title.csv', '6月投放计划,,,\n来源,位置,日期,备注\n淘宝,直播间购物车,2022-06-01,\n')], /it has: "6月投放计划", "", "", ""; if that is a title, remove it and any row above the header \(the header must be the first row\); else name the columns so/],
    ['an empty plan', [plan('empty.csv', '')], /^linkcheck: empty\.csv is empty: a header row \(source,surface,date\) is needed, its rows below it\n$/],
    ['a plan of blank lines', [plan('blank.csv', '\n\r\n\n')], /^linkcheck: blank\.csv is empty: a header row \(source,surface,date\) is needed, its rows below it\n$/],
    ['a header over 1 MiB', [plan('long-header.csv', `source,surface,date,${'\u5907'.repeat(350_000)}\n`)], /^linkcheck: the header row of long-header\.csv is 1050020 bytes long \(UTF-8\); at most 1048576 \(1 MiB\) are read: is the file a plan, and its first line the header\?\n$/],
    ['a bad --fail-on', [plan('ok.csv', `${HEADER}\n${allowed}`), '--fail-on', 'denied,maybe'], /--fail-on takes outcomes separated by commas \(denied, rolling-out, unknown, stale, error\), or "none" or "all"; not "maybe"/],
    ['--json with --ndjson', [plan('ok.csv', `${HEADER}\n${allowed}`), '--json', '--ndjson'], /choose one/],
  ])('2 and one line for %s', async (_name, args, message) => {
    const run = await batch(args);
    expect(run.code).toBe(2);
    // With --json the error is also printed as a JSON object on stdout.
    if (args.includes('--json')) expect(JSON.parse(run.stdout).error.exitCode).toBe(2);
    else expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['an empty plan', '', 'empty-plan'],
    ['a header over 1 MiB', `source,surface,date,${'x'.repeat(1_100_000)}\n`, 'header-too-long'],
  ])('%s has its own code in --json', async (_name, content, code) => {
    const run = await batch([plan('coded.csv', content), '--json']);
    expect(JSON.parse(run.stdout).error.code).toBe(code);
  });

  it('a header with no rows is no error: 0 rows, exit 0', async () => {
    const run = await batch([plan('header-only.csv', `${HEADER}\n`)]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, 'header-only.csv: 0 rows: 0 allowed, 0 denied, 0 rolling-out, 0 unknown, 0 errors\n', '']);
  });
});

describe('a header that cannot be read', () => {
  it.each([
    ['without a surface column', 'source,placement2,date', 'the header row has no column for surface (surface, placement, 位置, 版位, 投放位置, 资源位); it has: "source", "placement2", "date";'],
    ['naming a column twice', 'source,surface,date,Surface', 'the header names the surface column 2 times ("surface", "Surface");'],
  ])('%s: the plan is refused with the code bad-header, exit 2', async (_, header, message) => {
    const run = await batch([plan('header.csv', `${header}\njd,live-cart,2022-06-01,x\n`), '--json']);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.stdout) as { error: { code: string; message: string; exitCode: number } };
    expect([error.code, error.message.slice(0, message.length), error.exitCode]).toEqual(['bad-header', message, 2]);
    expect(run.stderr).toBe(`linkcheck: ${error.message}\n`);
  });
});

describe('error rows', () => {
  it.each([
    ['a missing cell', 'jd,,2022-06-01,kuaishou', 'no surface in this row'],
    ['a missing date', 'jd,live-cart,,kuaishou', 'no date in this row'],
    ['a bad date', 'jd,live-cart,2022-13-01,kuaishou', 'no such date or time "2022-13-01"'],
    // A name every object inherits is no word for a day (today, 明天): the row is an error, the plan goes on.
    ['a date named constructor', 'jd,live-cart,constructor,kuaishou', 'unrecognised date "constructor"'],
    ['a spreadsheet\'s day number', 'jd,live-cart,44713,kuaishou', 'unrecognised date "44713": as a spreadsheet\'s day number it would be 2022-06-01; format the column as dates before saving the sheet as CSV, or give the .xlsx'],
    ['a date named __proto__', 'jd,live-cart,__proto__,kuaishou', 'unrecognised date "__proto__"'],
    ['an unknown surface', 'jd,story,2022-06-01,kuaishou', 'unknown surface "story" on kuaishou'],
    ['a link that is not http(s)', 'javascript://item.jd.com/%0a,live-cart,2022-06-01,kuaishou', 'is not a web link (javascript: links are not accepted)'],
    ['an unknown platform cell', 'jd,live-cart,2022-06-01,weibo', 'unknown platform "weibo"'],
    ['too many cells', 'jd,live-cart,2022-06-01,kuaishou,extra', 'this row has 5 cells and the header 4'],
    ['an unclosed quote', '"jd,live-cart,2022-06-01\njd,live-cart,2022-06-01', 'malformed CSV: a quoted cell is never closed: lines 3 to 5 were read as one row'],
  ])('%s', async (_name, line, message) => {
    const run = await batch([plan('errors.csv', `${HEADER},platform\njd,short-video-cart,2022-06-01,kuaishou\n${line}\ntaobao,live-cart,2022-06-01,kuaishou\n`), '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { rows: number; counts: Record<string, number>; errors: { line: number; error: string }[] };
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.line).toBe(3);
    expect(report.errors[0]!.error).toContain(message);
    // Nothing dropped: the rows around the error are answered.
    expect(report.rows).toBe(line.includes('\n') && line.startsWith('"') ? 2 : 3);
  });

  it('a cell over 64 KiB is an error row, not a slow one', async () => {
    const run = await batch([plan('long.csv', `${HEADER}\n${'淘宝 '.repeat(30_000)},live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n`), '--ndjson']);
    expect(run.code).toBe(2);
    expect(rows(run).map((row) => [row.line, row.error === undefined ? row.verdict : 'error'])).toEqual([
      [2, 'error'],
      [3, 'allowed'],
    ]);
    expect(rows(run)[0]!.error).toBe('the source cell is 210000 bytes long (UTF-8); at most 65536 (64 KiB) are read');
  });

  it('a row over 1 MiB is an error row that says it is too long, with its length and the limit, in every report', async () => {
    const long = plan('long-row.csv', `${HEADER}\n${'x'.repeat(1_200_000)},live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n`);
    const why = 'this row is at least 1200021 bytes long (UTF-8); at most 1048576 (1 MiB) are read';
    const run = await batch([long, '--junit', 'long-row.xml', '--markdown', 'long-row.md', '--annotations']);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n')[1]).toBe(`line 2      error       (row too long)  ${why}`);
    expect(readFileSync(join(folder, 'long-row.xml'), 'utf8')).toContain(`<testcase classname="long-row.csv" name="line 2: (row too long)"><error type="error" message="${why}"/>`);
    expect(readFileSync(join(folder, 'long-row.md'), 'utf8')).toContain(`| 2 | ❌ fails | error | (row too long) | ${why} |`);
    expect(run.stderr).toContain(`line=2,title=linkcheck%3A error::error: (row too long) (${why})`);
    // Its cells were not read: JSON shows none, not its header's with empty texts.
    const json = await batch([long, '--ndjson']);
    expect(rows(json)[0]).toEqual({ line: 2, error: why, row: null });
    expect(JSON.parse((await batch([long, '--json'])).stdout).errors).toEqual([{ line: 2, error: why, row: null }]);
    expect((await batch([long, '--lang', 'zh'])).stdout.split('\n')[1]).toBe('第 2 行      错误        （行过长）  此行长至少1200021 字节（UTF-8）；最多读取 1048576 字节（1 MiB）');
    const jsonl = await batch([plan('long-row.jsonl', `${JSON.stringify({ source: 'x'.repeat(1_100_000), surface: 'live-cart', date: '2022-06-01' })}\n`)]);
    expect(jsonl.stdout.split('\n')[1]).toMatch(/^line 1      error       \(row too long\)  this row is at least \d+ bytes long \(UTF-8\); at most 1048576 \(1 MiB\) are read$/);
  });

  it.each([
    ['CSV', 'bytes.csv', (text: string) => `${HEADER}\n${text},live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n`, 2],
    ['JSON Lines', 'bytes.jsonl', (text: string) => `${JSON.stringify({ source: text, surface: 'live-cart', date: '2022-06-01' })}\n{"source":"jd","surface":"short-video-cart","date":"2022-06-01"}\n`, 1],
  ])('1 MiB counts bytes of UTF-8 in %s: 400,000 Chinese characters are over it, 300,000 are not', async (_name, file, content, line) => {
    const over = await batch([plan(file, content('\u6dd8'.repeat(400_000))), '--ndjson']);
    expect(rows(over)[0]).toMatchObject({ line, error: expect.stringMatching(/^this row is 12000\d\d bytes long \(UTF-8\); at most 1048576 \(1 MiB\) are read$/), row: null });
    expect(rows(over)[1]).toMatchObject({ verdict: 'allowed' });
    // 900,000 bytes: under the limit, read as any row (its source a cell too long to read).
    const under = await batch([plan(file, content('\u6dd8'.repeat(300_000))), '--ndjson']);
    expect(rows(under)[0]!.error).toBe('the source cell is 900000 bytes long (UTF-8); at most 65536 (64 KiB) are read');
  });

  it('a workbook row over 1 MiB of UTF-8 is an error row too', async () => {
    const book = workbook({ sheets: [{ name: 'plan', rows: `${headerRow()}<row r="2">${inline('A2', '\u6dd8'.repeat(400_000))}${inline('B2', 'live-cart')}${inline('C2', '2022-06-01')}</row>` }] });
    const run = await batch([plan('bytes.xlsx', book), '--ndjson']);
    expect(rows(run)[0]).toMatchObject({ line: 2, error: 'this row is 1200019 bytes long (UTF-8); at most 1048576 (1 MiB) are read', row: null });
  });

  it('64 KiB counts bytes of UTF-8, as a check counts its arguments: 25,000 Chinese characters are over it', async () => {
    const source = `https://item.jd.com/1.html ${'商'.repeat(25_000)}`;
    const run = await batch([plan('wide.csv', `${HEADER}\n"${source}",short-video-cart,2022-06-01\n`), '--ndjson']);
    expect(rows(run)[0]!.error).toBe('the source cell is 75027 bytes long (UTF-8); at most 65536 (64 KiB) are read');
    const check = await cli([source, 'short-video-cart', '2022-06-01']);
    expect(check.code).toBe(2);
  });
});

describe('options shared with the single check', () => {
  it('--as-known-on answers as the record stood that day, -p and LINKCHECK_PLATFORM set the platform of rows without one', async () => {
    const content = `${HEADER}\ntmall,live-cart,2022-11-15\nkuaishou-shop,live-cart,2020-06-01\n`;
    expect(rows(await batch([plan('known.csv', content), '--ndjson'])).map((row) => row.verdict)).toEqual(['allowed', 'allowed']);
    // As the record stood on 2022-10-15, neither the restoration nor the cut's end was reported: the cut still held.
    expect(rows(await batch([plan('known.csv', content), '--ndjson', '--as-known-on', '2022-10-15'])).map((row) => row.verdict)).toEqual(['denied', 'allowed']);
    const outside = `${HEADER}\npinduoduo,live-cart,2020-11-01\n`;
    expect(rows(await batch([plan('outside.csv', outside), '--ndjson', '-p', 'douyin'])).map((row) => [row.platform, row.verdict])).toEqual([['douyin', 'denied']]);
    expect(rows(await batch([plan('outside.csv', outside), '--ndjson'], { env: { LINKCHECK_PLATFORM: '抖音' } })).map((row) => row.platform)).toEqual(['douyin']);
  });

  it('refuses a -p no platform has, before the plan is read, as a check does', async () => {
    const run = await batch([plan('p.csv', `${HEADER},platform\njd,live-cart,2022-06-01,douyin\njd,live-cart,2022-06-01\n`), '-p', 'weibo']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('linkcheck: unknown platform "weibo"; valid: kuaishou, douyin, xiaohongshu, wechat ("linkcheck rules list" shows aliases)\n');
  });

  it('reads a plan whose every row names its platform with rules that have no kuaishou, -p not given', async () => {
    const rules = plan('acme.json', JSON.stringify({
      platforms: [{ id: 'acme-live', name: 'Acme Live', aliases: ['acme'], timeZone: 'Asia/Shanghai', surfaces: [{ id: 'live-cart', name: 'Live-room cart' }] }],
      sources: [{ id: 'acme-store', name: 'Acme store', domains: ['acme-store.example'] }],
      rules: [{ id: 'acme-own-store', platform: 'acme-live', effect: 'allow', sources: { ids: ['acme-store'] }, surfaces: ['live-cart'], from: '2024-01-01', status: 'announced', summary: "Acme's own store sells on Acme Live.", evidence: [{ url: 'https://intranet.example.com/policies/2024-01-launch', published: '2023-12-20', quote: 'Acme store products can be linked from live rooms and stories.' }] }],
    }));
    const run = await batch([plan('acme.csv', `${HEADER},platform\nacme-store,live-cart,2024-06-01,acme\n`), '--no-builtin-rules', '--rules', join(folder, rules), '--ndjson']);
    expect([run.code, rows(run).map((row) => [row.platform, row.verdict])]).toEqual([0, [['acme-live', 'allowed']]]);
  });

  it('a plan with every row allowed prints the counts alone and exits 0', async () => {
    const run = await batch([plan('fine.csv', `${HEADER}\njd,short-video-cart,2022-06-01\n`)]);
    expect([run.code, run.stdout]).toEqual([0, 'fine.csv: 1 row: 1 allowed, 0 denied, 0 rolling-out, 0 unknown, 0 errors\n']);
  });
});

describe('the text report', () => {
  it('gives the counts, then every row that is not allowed with its line, input, verdict and deciding rule', async () => {
    const run = await batch([plan('text.csv', `${HEADER}\njd,short-video-cart,2022-06-01\ntaobao,live-cart,2022-06-01\npinduoduo,live-cart,2022-06-01\njd,story,2022-06-01\n`)]);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n')).toEqual([
      'text.csv: 4 rows: 1 allowed, 1 denied, 0 rolling-out, 1 unknown, 1 error',
      'line 3      denied      taobao · live-cart · 2022-06-01  rule kuaishou-2022-03-taobao-cut',
      'line 4      unknown     pinduoduo · live-cart · 2022-06-01  no rule on record (warning)',
      expect.stringMatching(/^line 5      error       jd · story · 2022-06-01  unknown surface "story" on kuaishou/),
      '',
    ]);
  });

  it('says of a row whose link is in doubt that no rule applies to it, not that the record has none', async () => {
    const run = await batch([plan('doubt.csv', `${HEADER}\n"https://item.taobao.com/1 https://item.jd.com/1.html",short-video-cart,2022-06-01\nhttps://evil.example/x,short-video-cart,2022-06-01\n`)]);
    expect(run.stdout.split('\n').slice(1, 3)).toEqual([
      'line 2      unknown     https://item.taobao.com/1 https://item.jd.com/1.html · short-video-cart · 2022-06-01  a link in doubt, to which no rule applies (warning)',
      'line 3      unknown     https://evil.example/x · short-video-cart · 2022-06-01  no rule on record (warning)',
    ]);
  });

  it('lists every row of a plan whose report is spooled to a file, in order, as text and as JSON', async () => {
    // About 3 MB of report: past the spool's megabyte in memory, so read back from its file.
    const rows = 40_000;
    const lines = Array.from({ length: rows }, (_, n) => (n % 3 === 0 ? '淘宝,直播间购物车,2022-06-01' : n % 3 === 1 ? 'jd,live-cart,2022-06-01' : 'jd,short-video-cart,2022-06-01'));
    const name = plan('large.csv', `${HEADER}\n${lines.join('\n')}\n`);
    for (const args of [[name], [name, '--json']]) {
      const run = await batch(args);
      expect(run.code).toBe(1);
      if (args.length === 2) {
        const report = JSON.parse(run.stdout) as { rows: number; notAllowed: { line: number }[] };
        expect(report.rows).toBe(rows);
        expect(report.notAllowed.map((row) => row.line)).toEqual(lines.flatMap((line, n) => (n % 3 === 2 ? [] : [n + 2])));
        continue;
      }
      const out = run.stdout.split('\n');
      expect(out[0]).toBe(`large.csv: ${rows} rows: 13333 allowed, 26667 denied, 0 rolling-out, 0 unknown, 0 errors`);
      expect(out.slice(1, -1)).toEqual(
        lines.flatMap((line, n) =>
          n % 3 === 2 ? [] : [`line ${String(n + 2).padEnd(6)} denied      ${line.replaceAll(',', ' · ')}  rule ${n % 3 === 0 ? 'kuaishou-2022-03-taobao-cut' : 'kuaishou-2022-03-jd-live-cart-cut'}`],
        ),
      );
    }
  }, 30_000);
});
