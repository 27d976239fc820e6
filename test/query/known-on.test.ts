// One reader of --as-known-on: every command taking it (and the library) reads
// 2022/6/1 as 2022-06-01 and today as the day of "now" in the platform's zone,
// and refuses a value that is no day with the same line in both languages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLink } from '../../src/index.js';
import { NOW, runMain } from '../cli/run-main.js';
import { tempFolder } from '../helpers/temp.js';

const folder = tempFolder('linkcheck-known-on-');
const plan = join(folder, 'plan.csv');
writeFileSync(plan, 'source,surface,date\ntmall,live-cart,2022-11-15\nkuaishou-shop,live-cart,2020-06-01\n');

/** Each command with --as-known-on, given the day. */
const COMMANDS: Record<string, (day: string) => string[]> = {
  check: (day) => ['tmall', 'live-cart', '2022-11-15', '--json', '--as-known-on', day],
  batch: (day) => ['batch', plan, '--ndjson', '--as-known-on', day],
  matrix: (day) => ['matrix', '2022-11-15', '--json', '--as-known-on', day],
  timeline: (day) => ['timeline', 'tmall', 'live-cart', '--json', '--as-known-on', day],
  diff: (day) => ['diff', '2022-01-01', '2022-11-15', '--json', '--as-known-on', day],
};

/** NOW (2026-01-01T00:00Z) is 2026-01-01 08:00 in Asia/Shanghai. */
const TODAY = '2026-01-01';

describe('--as-known-on reads every day form of a check, for every command', () => {
  it.each(Object.keys(COMMANDS))('%s: 2022/10/15, 2022年10月15日 and 20221015 answer as 2022-10-15; today as the day in the zone', async (name) => {
    const args = COMMANDS[name]!;
    const iso = await runMain(args('2022-10-15'));
    expect(iso.stdout).not.toBe('');
    for (const form of ['2022/10/15', '2022年10月15日', '20221015', '２０２２-10-15']) expect(await runMain(args(form))).toEqual(iso);
    expect(await runMain(args('today'))).toEqual(await runMain(args(TODAY)));
    expect(await runMain(args('yesterday'))).toEqual(await runMain(args('2025-12-31')));
    // The record as known on 2022-10-15 differs from today's: the day was read, not ignored.
    expect((await runMain(args(TODAY))).stdout).not.toBe(iso.stdout);
  });

  it.each(Object.keys(COMMANDS))('%s: refuses a value that is no day, in one line, in English and in Chinese', async (name) => {
    // Without --json: the error as a line on stderr.
    const args = (day: string) => COMMANDS[name]!(day).filter((arg) => arg !== '--json');
    expect(await runMain(args('2022-10'))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: --as-known-on takes a calendar day: unrecognised day "2022-10"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow\n',
    });
    expect(await runMain([...args('2022-06-01T10:00'), '--lang', 'zh'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: --as-known-on 需要一个日历日："2022-06-01T10:00" 不是一天；可用：2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）\n',
    });
  });
});

/** What --as-known-on reads, as its refusals list them: the day forms, never a time, an instant or now. */
const DAY_FORMS = '2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow';
const DAY_FORMS_ZH = '2022-06-01、2022/6/1、2022.6.1、20220601 或 2022年6月1日（平台时区的一天），today（今天）、yesterday（昨天）或 tomorrow（明天）';

describe('a refusal of --as-known-on lists the day forms only', () => {
  it.each([
    ['2022-02-29', `no such date or time "2022-02-29"; use ${DAY_FORMS}`, `不存在的日期或时间 "2022-02-29"；可用：${DAY_FORMS_ZH}`],
    ['1/6/2022', `ambiguous day "1/6/2022": the day and the month could be either way round; write the year first (2022-06-01); use ${DAY_FORMS}`, `日期 "1/6/2022" 有歧义：日和月可以互换；请把年份写在前面（2022-06-01）；可用：${DAY_FORMS_ZH}`],
    ['44713', `unrecognised day "44713"; use ${DAY_FORMS}`, `无法识别的日期 "44713"；可用：${DAY_FORMS_ZH}`],
  ])('%s, for every command', async (day, english, chinese) => {
    for (const name of Object.keys(COMMANDS)) {
      const args = COMMANDS[name]!(day).filter((arg) => arg !== '--json');
      expect(await runMain(args)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: --as-known-on takes a calendar day: ${english}\n` });
      expect(await runMain([...args, '--lang', 'zh'])).toEqual({ code: 2, stdout: '', stderr: `linkcheck: --as-known-on 需要一个日历日：${chinese}\n` });
    }
  });
});

describe('the library reads asKnownOn with the same reader', () => {
  const query = { source: 'tmall', surface: 'live-cart', date: '2022-11-15' };
  it('2022/10/15 and today answer as 2022-10-15 and the day of now', async () => {
    const iso = await checkLink(query, { now: NOW, asKnownOn: '2022-10-15' });
    expect(iso.verdict).toBe('denied');
    expect(iso.asKnownOn).toBe('2022-10-15');
    expect(await checkLink(query, { now: NOW, asKnownOn: '2022/10/15' })).toEqual(iso);
    expect((await checkLink(query, { now: NOW, asKnownOn: 'today' })).asKnownOn).toBe(TODAY);
    expect((await checkLink(query, { now: NOW, asKnownOn: 'today' })).verdict).toBe('allowed');
  });

  it('refuses a value that is no day, naming the option', async () => {
    await expect(checkLink(query, { now: NOW, asKnownOn: '2022-10' })).rejects.toThrow(
      'options.asKnownOn takes a calendar day of the years 1900–2199, not "2022-10"; use 2022-06-01, 2022/6/1, 2022.6.1, 20220601 or 2022年6月1日 (a day in the platform\'s time zone), today, yesterday or tomorrow',
    );
  });
});
