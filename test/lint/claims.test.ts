// Rule files that cannot over-claim by accident (#14): quotes that say something, a
// coversAnyLink quote that says "every link", an allow's evidence that names its
// sources, and evidence no newer than the file's review, nor than today.
import { describe, expect, it } from 'vitest';
import { EVERY_LINK_WORDS, isMeaningful, namesEveryLink, quoteWeight } from '../../src/engine/quote-meaning.js';
import { lintRules } from '../../src/lint/lint-rules.js';
import { ROOT } from '../helpers/catalog.js';
import { allDocs } from '../helpers/docs.js';
import { runMain } from '../cli/run-main.js';
import { join } from 'node:path';
import { problemWords } from '../helpers/problem-words.js';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'lint', `${name}.json`);
const lint = (name: string) => lintRules({ root: ROOT, paths: [fixture(name)], extra: [], builtin: true }).problems.map((problem) => `${problem.severity ?? 'error'} ${problem.wording} ${problem.path}: ${problemWords(problem)?.message}`);

describe('what a quote says', () => {
  it.each([
    ['J', 1, false],
    ['，', 0, false],
    ['...!!!', 0, false],
    ['all links', 8, false],
    ['JD links may be', 12, true],
    ['第三方', 9, false],
    ['第三方平台', 15, true],
    ['ＪＤ links may be', 12, true],
    ['JD 链接', 8, false],
    ['JD 链接可以', 14, true],
  ])('%j weighs %i: meaningful %s', (quote, weight, meaningful) => {
    expect(quoteWeight(quote)).toBe(weight);
    expect(isMeaningful(quote)).toBe(meaningful);
  });

  it.each([
    ['All links may be placed', true],
    ['links of any source', true],
    ['every link', true],
    ['third-party links', true],
    ['Third party platforms', true],
    ['links to external shops', true],
    ['第三方平台的短视频链接并不在此列', true],
    ['所有商品链接', true],
    ['站外链接', true],
    ['allowed links of anyone', false],
    ['company links', false],
    ['JD links may be placed', false],
    ['淘宝联盟商品链接', false],
  ])('%j names every link: %s', (quote, names) => {
    expect(namesEveryLink(quote)).toBe(names);
  });
});

describe('README', () => {
  it('lists the words for every link that the lint takes, in English and Chinese', () => {
    const readme = allDocs().replace(/\s+/gu, ' ');
    const listed = /hold a word for every link: in English \(whole words, any case\) (.*?); in Chinese (.*?)\. A rule file/u.exec(readme);
    expect(listed).not.toBeNull();
    const words = (text: string) => text.split(/[,()]/u).map((word) => word.trim()).filter(Boolean);
    expect(new Set(words(listed![1]!))).toEqual(new Set(EVERY_LINK_WORDS.en));
    expect(words(listed![2]!)).toEqual([...EVERY_LINK_WORDS.zh]);
  });
});

describe('rules lint', () => {
  it.each([
    [
      'quote-too-short',
      [
        'error quote-too-short rules[0].evidence[0].quote: the quote says too little to be evidence',
        'error quote-too-short rules[0].evidence[1].quote: the quote says too little to be evidence',
      ],
    ],
    ['any-link-vague', ['error any-link-vague.short rules[0].coversAnyLink.quote: the quote by which the rule covers every link says too little to show it']],
    ['any-link-vague-words', ['error any-link-vague.words rules[0].coversAnyLink.quote: the quote by which the rule covers every link does not say "all", "any", "every" or "third-party" links']],
    [
      'allow-source-unnamed',
      ['error allow-source-unnamed rules[0].sources: the rule allows taobao, tmall, youzan, mokuai, pinduoduo, weidian, which none of its evidence quotes names: checks answer as if the rule did not speak of them'],
    ],
    ['allow-source-unnamed-none', ["warning allow-source-unnamed.none rules[0].sources: none of the rule's evidence quotes names the sources it allows (taobao)"]],
    ['evidence-after-review', ['warning evidence-after-review rules[0].evidence[0].published: the evidence was published on 2021-12-01, after the file was last reviewed (2021-11-30)']],
  ])('%s', (name, problems) => {
    expect(lint(name)).toEqual(problems);
  });

  it.each([
    ['quote-too-short', 1, 'test/fixtures/lint/quote-too-short.json: rules[0].evidence[0].quote: the quote says too little to be evidence (line 34, column 11; quote the passage that supports the rule: at least 12 letters or digits, or 4 Chinese characters) [quote-too-short]'],
    ['evidence-after-review', 0, 'warning: test/fixtures/lint/evidence-after-review.json: rules[0].evidence[0].published: the evidence was published on 2021-12-01, after the file was last reviewed (2021-11-30) (line 35, column 11; review the rules against it and update "reviewed", or correct the publication date) [evidence-after-review]'],
  ])('linkcheck rules lint %s exits %i', async (name, code, line) => {
    const run = await runMain(['rules', 'lint', `test/fixtures/lint/${name}.json`]);
    expect(run.code).toBe(code);
    expect(run.stdout.split('\n')[0]).toBe(line);
    expect(run.stdout).toMatch(code === 0 ? /: 1 warning\n$/u : /: 2 problems\n$/u);
  });

  it('refuses evidence dated after today, where the day is furthest on (a mistyped year)', async () => {
    const problems = (today: string) => lintRules({ root: ROOT, paths: [fixture('evidence-in-future')], extra: [], builtin: true, today }).problems.map((problem) => `${problem.wording} ${problem.path}: ${problemWords(problem)?.message}`);
    expect(problems('2027-02-28')).toEqual(['evidence-in-future rules[0].evidence[0].published: the evidence is dated 2027-03-01, after today (2027-02-28): no report can have been published then']);
    expect(problems('2027-03-01')).toEqual([]);
    // The command line's today is its clock's date in UTC+14, where the day is furthest on.
    const run = await runMain(['rules', 'lint', 'test/fixtures/lint/evidence-in-future.json']);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([1, 'test/fixtures/lint/evidence-in-future.json: rules[0].evidence[0].published: the evidence is dated 2027-03-01, after today (2026-01-01): no report can have been published then (line 34, column 11; correct the publication date) [evidence-in-future]']);
    const zh = await runMain(['rules', 'lint', '--lang', 'zh', 'test/fixtures/lint/evidence-in-future.json']);
    expect(zh.stdout).toContain('这条证据的日期是 2027-03-01，晚于今天（2026-01-01）：报道不可能在那天已经发布');
  });

  it('refuses a review dated after today, where the day is furthest on', async () => {
    const problems = (today: string) => lintRules({ root: ROOT, paths: [fixture('reviewed-in-future')], extra: [], builtin: true, today }).problems.map((problem) => `${problem.wording} ${problem.path}: ${problemWords(problem)?.message}`);
    expect(problems('2027-02-28')).toEqual(['reviewed-in-future reviewed: the file says it was reviewed on 2027-03-01, after today (2027-02-28)']);
    expect(problems('2027-03-01')).toEqual([]);
    // Not given a day, as the library's lint may be called, no review is compared.
    expect(lint('reviewed-in-future')).toEqual([]);
    const run = await runMain(['rules', 'lint', 'test/fixtures/lint/reviewed-in-future.json']);
    expect([run.code, run.stdout.split('\n')[0]]).toEqual([
      1,
      'test/fixtures/lint/reviewed-in-future.json: reviewed: the file says it was reviewed on 2027-03-01, after today (2026-01-01) (line 2, column 3; give the date the rules were last read against their evidence (YYYY-MM-DD), today or before) [reviewed-in-future]',
    ]);
    const zh = await runMain(['rules', 'lint', '--lang', 'zh', 'test/fixtures/lint/reviewed-in-future.json']);
    expect(zh.stdout).toContain('文件写明的审阅日期是 2027-03-01，晚于今天（2026-01-01）');
  });

  it('marks warnings in --json and in Chinese', async () => {
    const json = await runMain(['rules', 'lint', '--json', 'test/fixtures/lint/allow-source-unnamed-none.json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).problems.map((problem: { code: string; severity: string }) => `${problem.severity} ${problem.code}`)).toEqual(['warning allow-source-unnamed']);
    const zh = await runMain(['rules', 'lint', '--lang', 'zh', 'test/fixtures/lint/allow-source-unnamed.json']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('规则允许 taobao, tmall, youzan, mokuai, pinduoduo, weidian，但没有一条证据引文提到它们');
    const zhWarning = await runMain(['rules', 'lint', '--lang', 'zh', 'test/fixtures/lint/evidence-after-review.json']);
    expect(zhWarning.stdout).toMatch(/^警告：.*这条证据发布于 2021-12-01，晚于文件最后审阅的日期（2021-11-30）/u);
    expect(zhWarning.stdout).toMatch(/：1 个警告\n$/u);
  });
});

describe('a rule file whose coversAnyLink quote is not meaningful is not loaded', () => {
  it.each([['any-link-vague'], ['any-link-vague-words']])('%s: a check refuses it, and no link of an unknown host is allowed', async (name) => {
    const run = await runMain(['--rules', fixture(name), '-p', 'testshop', 'https://shop.unknown.example/1', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^linkcheck: invalid rule data: .*coversAnyLink\.quote: the quote by which the rule covers every link /u);
  });
});

describe('a rule file whose seed quote is not in its document is not loaded', () => {
  it.each([['quote-invented', 'copy the passage from the document exactly'], ['quote-not-found', 'it differs only in punctuation or letter width']])('%s: a check refuses it, not showing the quote as the document\'s', async (name, hint) => {
    const run = await runMain(['--rules', fixture(name), 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^linkcheck: invalid rule data: .*rules\[0\]\.evidence\[0\]\.quote: the quote does not occur verbatim in seeds\/003_b33adc707230615d\.txt/u);
    expect(run.stderr).toContain(hint);
  });
});
