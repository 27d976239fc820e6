// One wording of a row's answer in every report, from the same data as --ndjson:
// a group whose members differ, a phase-in, a record that is too old; and the
// failing policy deciding which rows fail and which warn.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batch, folder, plan, rows } from './run.js';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Line 2: Taobao denied and Tmall allowed (members-differ); line 3: a record over a year old.
const PLAN = 'source,surface,date\n淘宝联盟,live-cart,2022-11-15\nyouzan,short-video-cart,2026-12-12\n';
const MEMBERS = 'members differ: taobao denied (rule kuaishou-2022-10-taobao-links-still-barred), tmall allowed (rule kuaishou-2022-10-tmall-restored)';
const STALE = 'rule kuaishou-2021-11-service-platforms-short-video-kept; disputed; stale: newest evidence 2022-10-28, 4 years earlier (over 1y)';

describe('the text report: cells shown as written, escaped only where safe() would', () => {
  it('a colon first and "##[" are broken as workflow commands; rows that share an answer print the same words', async () => {
    const run = await batch([plan('commands.csv', 'source,surface,date\n::error::x,live-cart,2022-06-01\na##[b,live-cart,2022-06-01\ntaobao,live-cart,2022-06-01\n"taobao",live-cart,2022-06-01\ntaobao,live-cart,2022-06-01\n')]);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines.slice(1, 3).map((line) => line.slice(0, line.indexOf('2022-06-01') + 10))).toEqual(['line 2      error       \\x3a:error::x · live-cart · 2022-06-01', 'line 3      error       a##\\x5bb · live-cart · 2022-06-01']);
    expect(lines.slice(3)).toEqual([
      'line 4      denied      taobao · live-cart · 2022-06-01  rule kuaishou-2022-03-taobao-cut',
      'line 5      denied      taobao · live-cart · 2022-06-01  rule kuaishou-2022-03-taobao-cut',
      'line 6      denied      taobao · live-cart · 2022-06-01  rule kuaishou-2022-03-taobao-cut',
      '',
    ]);
  });
});

describe('a tab or a line break in a cell is shown escaped, as ESC is, in every report', () => {
  // Line 2: a tab in the surface; line 3: a source over two lines; line 5: a tab and ESC in the source.
  const CELLS = 'source,surface,date\njd,"live\tcart",2022-06-01\n"j\nd",live-cart,2022-06-01\n"j\t\x1bd",live-cart,2022-06-01\n';
  const SURFACE = 'unknown surface "live\\tcart" on kuaishou';
  const SOURCES = ['no source name, link or share token in "j\\nd"', 'no source name, link or share token in "j\\t\\x1bd"'];

  it('text, JSON, JUnit, Markdown and annotations', async () => {
    const run = await batch([plan('cells.csv', CELLS), '--junit', 'cells.xml', '--markdown', 'cells.md', '--annotations']);
    const text = run.stdout.split('\n').slice(1, 4);
    expect(text.map((line) => line.slice(0, line.indexOf('"', line.indexOf('"') + 1) + 1))).toEqual([
      `line 2      error       jd · live\\tcart · 2022-06-01  ${SURFACE.slice(0, SURFACE.lastIndexOf('"') + 1)}`,
      `line 3      error       j\\nd · live-cart · 2022-06-01  ${SOURCES[0]}`,
      `line 5      error       j\\t\\x1bd · live-cart · 2022-06-01  ${SOURCES[1]}`,
    ]);
    const json = JSON.parse((await batch([plan('cells.csv', CELLS), '--json'])).stdout) as { errors: { error: string }[] };
    expect(json.errors.map((error) => error.error.slice(0, error.error.indexOf(';')))).toEqual([`${SURFACE}`, ...SOURCES]);
    const xml = readFileSync(join(folder, 'cells.xml'), 'utf8');
    expect(xml).toContain('name="line 2: jd · live\\tcart · 2022-06-01"><error type="error" message="unknown surface &quot;live\\tcart&quot; on kuaishou;');
    expect(xml).toContain('name="line 5: j\\t\\x1bd · live-cart · 2022-06-01"><error type="error" message="no source name, link or share token in &quot;j\\t\\x1bd&quot;;');
    const markdown = readFileSync(join(folder, 'cells.md'), 'utf8');
    expect(markdown).toContain('| 2 | ❌ fails | error | jd · live\\\\tcart · 2022-06-01 | unknown surface "live\\\\tcart" on kuaishou;');
    expect(markdown).toContain('| 3 | ❌ fails | error | j\\\\nd · live-cart · 2022-06-01 | no source name, link or share token in "j\\\\nd";');
    expect(run.stderr).toContain('::error file=cells.csv,line=2,title=linkcheck%3A error::error: jd · live\\tcart · 2022-06-01 (unknown surface "live\\tcart" on kuaishou;');
    expect(run.stderr).toContain('::error file=cells.csv,line=5,title=linkcheck%3A error::error: j\\t\\x1bd · live-cart · 2022-06-01 (no source name, link or share token in "j\\t\\x1bd";');
  });

  it('a carriage return, in a JSON Lines plan', async () => {
    const run = await batch([plan('cells.jsonl', '{"source":"j\\r\\nd","surface":"live-cart","date":"2022-06-01"}\n'), '--json']);
    expect((JSON.parse(run.stdout) as { errors: { error: string }[] }).errors[0]!.error).toMatch(/^no source name, link or share token in "j\\r\\nd";/);
  });

  it('the text report in Chinese', async () => {
    const run = await batch([plan('cells.csv', CELLS), '--lang', 'zh']);
    expect(run.stdout).toContain('第 2 行      错误        jd · live\\tcart · 2022-06-01  kuaishou 上没有场景 "live\\tcart"；');
    expect(run.stdout).toContain('第 3 行      错误        j\\nd · live-cart · 2022-06-01  "j\\nd" 中没有来源名称');
  });
});

describe("an error row's reason in the reader's language, in every report that words rows for people", () => {
  // Line 2: an empty platform cell (the reader's check); line 3: an ambiguous date (the check's own road); line 4: a malformed CSV row; line 5: denied, its rule's words.
  const MIXED = 'source,surface,date,平台\njd,live-cart,2022-06-01,\njd,live-cart,6/1/2022,快手\n"x"y,live-cart,2022-06-01,快手\ntaobao,live-cart,2022-06-01,快手\n';
  const REASONS = {
    zh: ['此行没有平台："平台" 单元格是空的；', '日期 "6/1/2022" 有歧义：', 'CSV 格式有误：', '规则 kuaishou-2022-03-taobao-cut'],
    en: ['no platform in this row: its "平台" cell is empty;', 'ambiguous date "6/1/2022":', 'malformed CSV:', 'rule kuaishou-2022-03-taobao-cut'],
  };

  it.each(['zh', 'en'] as const)('%s: text, Markdown, JUnit and annotations give the same reasons', async (lang) => {
    const run = await batch([plan('mixed.csv', MIXED), '--lang', lang, '--markdown', 'mixed.md', '--junit', 'mixed.xml', '--annotations']);
    expect(run.code).toBe(2);
    // Each report's lines for rows 2 to 5, in order.
    const reports = {
      text: run.stdout.split('\n').slice(1, 5),
      markdown: readFileSync(join(folder, 'mixed.md'), 'utf8').split('\n').filter((line) => /^\| [2-5] \|/.test(line)),
      junit: readFileSync(join(folder, 'mixed.xml'), 'utf8').split('\n').filter((line) => line.includes('<testcase')).map((line) => line.replaceAll('&quot;', '"')),
      annotations: run.stderr.split('\n').filter((line) => line !== ''),
    };
    const other = REASONS[lang === 'zh' ? 'en' : 'zh'];
    for (const [report, lines] of Object.entries(reports)) {
      expect(lines, report).toHaveLength(4);
      lines.forEach((line, index) => {
        expect(line, `${report}, row ${index + 2}`).toContain(REASONS[lang][index]);
        expect(line, `${report}, row ${index + 2}`).not.toContain(other[index]);
      });
    }
  });
});

describe("a row's reason, as --ndjson gives it", () => {
  it('--ndjson: members-differ with each member, and the staleness', async () => {
    const out = rows(await batch([plan('words.csv', PLAN), '--ndjson']));
    expect(out.map((row) => [row.verdict, row.reason])).toEqual([
      ['unknown', 'members-differ'],
      ['allowed', 'in-force'],
    ]);
    expect((out[0]!.group as { members: { source: string; verdict: string }[] }).members.map((member) => [member.source, member.verdict])).toEqual([
      ['taobao', 'denied'],
      ['tmall', 'allowed'],
    ]);
    expect(out.map((row) => row.stale)).toEqual([null, { newestEvidence: '2022-10-28', queriedDay: '2026-12-12', maxStaleness: '1y' }]);
  });

  it('the text report: the same reason, and both rows warn', async () => {
    const run = await batch([plan('words.csv', PLAN)]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'words.csv: 2 rows: 1 allowed, 0 denied, 0 rolling-out, 1 unknown, 0 errors, 1 stale (newest evidence more than 1y before the day asked about)',
      `line 2      unknown     淘宝联盟 · live-cart · 2022-11-15  ${MEMBERS} (warning)`,
      `line 3      allowed     youzan · short-video-cart · 2026-12-12  ${STALE} (warning)`,
      '',
    ]);
  });

  it('JUnit: a failure with the reason when the policy fails the row', async () => {
    const run = await batch([plan('words.csv', PLAN), '--junit', 'words.xml', '--fail-on', 'unknown,stale']);
    expect(run.code).toBe(3);
    const xml = readFileSync(join(folder, 'words.xml'), 'utf8');
    expect(xml).toContain(`<failure type="unknown" message="unknown: ${MEMBERS}"/>`);
    expect(xml).toContain(`<failure type="stale" message="allowed: ${STALE}"/>`);
  });

  it('annotations: ::warning under the default policy, ::error when it fails the row', async () => {
    const warned = await batch([plan('words.csv', PLAN), '--annotations']);
    expect(warned.stderr.split('\n')).toEqual([
      `::warning file=words.csv,line=2,title=linkcheck%3A unknown::unknown: 淘宝联盟 · live-cart · 2022-11-15 (${MEMBERS})`,
      `::warning file=words.csv,line=3,title=linkcheck%3A allowed%2C stale::allowed: youzan · short-video-cart · 2026-12-12 (${STALE})`,
      '',
    ]);
    const failed = await batch([plan('words.csv', PLAN), '--annotations', '--fail-on', 'denied,unknown']);
    expect(failed.stderr.split('\n').map((line) => line.split(' ')[0])).toEqual(['::error', '::warning', '']);
  });

  it('--json counts the stale rows and lists the allowed ones apart', async () => {
    const report = JSON.parse((await batch([plan('words.csv', PLAN), '--json'])).stdout) as Record<string, unknown>;
    expect(report.counts).toEqual({ allowed: 1, denied: 0, 'rolling-out': 0, unknown: 1, error: 0, stale: 1 });
    expect([report.failing, report.warnings, report.exitCode]).toEqual([0, 2, 0]);
    expect((report.staleAllowed as { line: number }[]).map((row) => row.line)).toEqual([3]);
  });
});

describe('--markdown', () => {
  it('a table of counts, the result, and the rows that fail or warn, every value escaped', async () => {
    const content = 'source,surface,date\ntaobao,live-cart,2022-06-01\n"a|b`<x>@c",live-cart,2022-06-01\njd,short-video-cart,2022-06-01\n';
    const run = await batch([plan('md.csv', content), '--markdown', 'summary.md']);
    expect(run.code).toBe(2);
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toBe(
      [
        '### linkcheck: md.csv',
        '',
        '| outcome | rows |',
        '| --- | ---: |',
        '| allowed | 1 |',
        '| denied | 1 |',
        '| rolling-out | 0 |',
        '| unknown | 0 |',
        '| error | 1 |',
        '| stale (over 1y) | 0 |',
        '| **total** | **3** |',
        '',
        '**Fails** (exit 2): 2 failing, 0 warning; the run fails on: denied, rolling-out, error',
        '',
        '| line | status | outcome | row | why |',
        '| ---: | --- | --- | --- | --- |',
        '| 2 | ❌ fails | denied | taobao · live-cart · 2022-06-01 | rule kuaishou-2022-03-taobao-cut |',
        '| 3 | ❌ fails | error | a\\|b\\`\\<x\\>\\@c · live-cart · 2022-06-01 | unknown source "a\\|b\\`\\<x\\>\\@c"; valid: taobao, tmall, jd, youzan, mokuai, pinduoduo, kuaishou-shop, douyin-shop, xiaohongshu-shop, weidian, wechat-shop, wechat-personal-shop ("linkcheck rules list" shows aliases) |',
        '',
      ].join('\n'),
    );
  });

  it('"-" writes it to stdout after the text report; a plan with nothing to say says so', async () => {
    const run = await batch([plan('fine.csv', 'source,surface,date\njd,short-video-cart,2022-06-01\n'), '--markdown', '-']);
    expect(run.code).toBe(0);
    expect(await batch([plan('fine.csv', 'source,surface,date\n'), '--markdown', '-', '--ndjson'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--ndjson') });
    expect(run.stdout).toMatch(/^fine\.csv: 1 row: 1 allowed, .*\n### linkcheck: fine\.csv\n[\s\S]*\*\*Passes\*\* \(exit 0\): 0 failing, 0 warning; the run fails on: denied, rolling-out, error\n\nNo row fails or warns\.\n$/);
  });
});

describe('a day whose verdict changes before it ends', () => {
  // test/fixtures/views/midday.json: Taobao open on testshop from 2022-01-01, cut on its live cart from 2022-03-01 12:00.
  const RULES = join(import.meta.dirname, '..', 'fixtures', 'views', 'midday.json');
  const LINK = 'item.taobao.com/item.htm?id=1';
  const DAY = `source,surface,date,platform\n${LINK},live-cart,2022-03-01,testshop\n${LINK},live-cart,2022-03-01 13:00,testshop\n${LINK},shelf,2022-03-01,testshop\n${LINK},live-cart,2022-03-02,testshop\n`;

  it('warns on the day, saying when and to what, in every report; a day that keeps its verdict does not', async () => {
    const run = await batch(['--rules', RULES, plan('day.csv', DAY), '--markdown', 'day.md', '--annotations', '--max-staleness', '99999d']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(1)).toEqual([
      `line 2      allowed     ${LINK} · live-cart · 2022-03-01 · testshop  rule testshop-taobao-open; denied from 12:00 this day: give a time to ask about a moment (warning)`,
      `line 3      denied      ${LINK} · live-cart · 2022-03-01 13:00 · testshop  rule testshop-taobao-noon-cut`,
      `line 5      denied      ${LINK} · live-cart · 2022-03-02 · testshop  rule testshop-taobao-noon-cut`,
      '',
    ]);
    expect(readFileSync(join(folder, 'day.md'), 'utf8')).toContain(`| 2 | ⚠️ warning | allowed | ${LINK} · live-cart · 2022-03-01 · testshop | rule testshop-taobao-open; denied from 12:00 this day: give a time to ask about a moment |`);
    expect(run.stderr.split('\n')[0]).toBe(`::warning file=day.csv,line=2,title=linkcheck%3A allowed::allowed: ${LINK} · live-cart · 2022-03-01 · testshop (rule testshop-taobao-open; denied from 12:00 this day: give a time to ask about a moment)`);
    const report = JSON.parse((await batch(['--rules', RULES, plan('day.csv', DAY), '--json', '--max-staleness', '99999d'])).stdout) as Record<string, unknown>;
    expect([report.failing, report.warnings]).toEqual([2, 1]);
    expect((report.changingAllowed as { line: number; changesDuringDay: string[] }[]).map((row) => [row.line, row.changesDuringDay])).toEqual([[2, ['2022-03-01T12:00:00+08:00']]]);
    // A check of each day's row as known on a day answers it (the single check's road): the same words, and none before the cut was known.
    const knownOn = async (day: string) => (await batch(['--rules', RULES, plan('day.csv', DAY), '--as-known-on', day, '--max-staleness', '99999d'])).stdout.split('\n')[1];
    expect(await knownOn('2022-03-05')).toBe(run.stdout.split('\n')[1]);
    expect(await knownOn('2022-02-15')).toBe('');
    const zh = await batch(['--rules', RULES, plan('day.csv', DAY), '--lang', 'zh', '--max-staleness', '99999d']);
    expect(zh.stdout.split('\n')[1]).toBe(`第 2 行      允许        ${LINK} · live-cart · 2022-03-01 · testshop  规则 testshop-taobao-open；当天 12:00 起为禁止：请给出时间以查询某一时刻 (警告)`);
  });
});
