// A time of day with seconds keeps them wherever it is printed for people: a rule from
// 00:00:01 is not one from midnight. test/fixtures/views/one-second.json: JD cut on testshop's
// live cart from 2022-03-01 00:00, opened again from 00:00:01.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { tempFolder } from '../helpers/temp.js';
import { runMain } from '../cli/run-main.js';

const RULES = join(ROOT, 'test', 'fixtures', 'views', 'one-second.json');
const run = (...args: string[]) => runMain(['--rules', RULES, '-p', 'testshop', ...args]);
const lines = async (...args: string[]) => (await run(...args)).stdout.split('\n');

describe('a time of day with seconds', () => {
  it.each([
    ['a check of the day', ['jd', 'live-cart', '2022-03-01'], '  why          JD links cut at midnight; the answer changes during this day at 00:00:01; give a time to ask about a moment'],
    ['a check of the day, in Chinese', ['jd', 'live-cart', '2022-03-01', '--lang', 'zh'], '  原因         JD links cut at midnight；当天内结论在 00:00:01 变化；请给出时间以查询某一时刻'],
    ['a check of the day, explained', ['jd', 'live-cart', '2022-03-01', '--explain'], '  note         the answer changes during this day at 00:00:01; give a time to ask about a moment'],
    ['the deciding rule, explained', ['jd', 'live-cart', '2022-03-01', '--explain'], '  rule         testshop-jd-cut: deny from 2022-03-01 00:00 (reported)'],
    ['a check of the moment', ['jd', 'live-cart', '2022-03-01T00:00:01'], 'allowed  jd · testshop live-cart · at 2022-03-01 00:00:01 (Asia/Shanghai) · reported'],
    ['a matrix of the day', ['matrix', '2022-03-01'], '*1 jd on live-cart changes during the day: from 00:00:01 ✔ allowed (rule testshop-jd-open)'],
    ['a matrix of the moment', ['matrix', '2022-03-01T00:00:01'], 'testshop · 2022-03-01 00:00:01 (Asia/Shanghai)'],
    ['a timeline', ['timeline', 'jd', 'live-cart'], '  ? …2022-02-28  ✘ 2022-03-01  ✔ 2022-03-01 00:00:01…'],
    ['the rules listed', ['rules', 'list'], '    allow jd on testshop live-cart, from 2022-03-01 00:00:01 (reported)'],
    ['the rules listed, a time without seconds', ['rules', 'list'], '    deny jd on testshop live-cart, from 2022-03-01 00:00 (reported)'],
  ])('%s', async (_, args, line) => {
    expect(await lines(...args)).toContain(line);
  });

  it('in a rule shown in full', async () => {
    const shown = await runMain(['--rules', RULES, 'rules', 'show', 'testshop-jd-open']);
    expect(shown.stdout.split('\n')).toContain('  from 2022-03-01 00:00:01 (Asia/Shanghai)');
    const zh = await runMain(['--rules', RULES, 'rules', 'show', 'testshop-jd-open', '--lang', 'zh']);
    expect(zh.stdout.split('\n')).toContain('  自 2022年3月1日 00:00:01 起（Asia/Shanghai）');
  });

  it("in a batch row's change during its day", async () => {
    const plan = join(tempFolder('linkcheck-seconds-'), 'plan.csv');
    writeFileSync(plan, 'source,surface,date\njd,live-cart,2022-03-01\n');
    expect(await lines('batch', plan)).toContain('line 2      denied      jd · live-cart · 2022-03-01  rule testshop-jd-cut; allowed from 00:00:01 this day: give a time to ask about a moment');
  });

  it('while JSON keeps every instant whole, with its seconds', async () => {
    const answer = JSON.parse((await run('jd', 'live-cart', '2022-03-01', '--json')).stdout);
    expect(answer.changesDuringDay).toEqual(['2022-03-01T00:00:01+08:00']);
  });

  it('but the clock\'s now, the instant of a query with no date, is printed to the minute, as a clock shows it', async () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 30, 250);
    const check = await runMain(['taobao', 'live-cart'], { now });
    expect(check.stdout.split('\n')[0]).toContain(' · at 2026-01-01 08:00 (Asia/Shanghai) · ');
    expect((await runMain(['taobao', 'live-cart', 'now', '--json'], { now })).stdout).toContain('"at": "2026-01-01T08:00:30+08:00"');
    expect((await runMain(['matrix'], { now })).stdout.split('\n')[0]).toBe('kuaishou · 2026-01-01 08:00 (Asia/Shanghai)');
  });
});
