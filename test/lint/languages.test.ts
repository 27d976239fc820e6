// Every text in English and Chinese: required of the built-in files (and with --bilingual),
// not of a user's file, whose texts may give one language and fall back to it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintRules } from '../../src/lint/lint-rules.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';

const tmp = mkdtempSync(join(tmpdir(), 'linkcheck-languages-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RECORD = join(ROOT, 'test/fixtures/zh/record.json');

/** The bilingual fixture with one text's Chinese taken out. */
function withoutOneChinese(): string {
  const data = JSON.parse(readFileSync(RECORD, 'utf8'));
  delete data.rules[0].evidence[1].note.zh;
  const path = join(tmp, 'one-zh-removed.json');
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

describe('texts in both languages', () => {
  it('finds none missing in a bilingual file linted as the built-in files are', () => {
    const report = lintRules({ root: ROOT, paths: [RECORD], extra: [], builtin: false, bilingual: true });
    expect(report.problems).toEqual([]);
  });

  it('fails a file that lacks one Chinese text, with --bilingual', async () => {
    const path = withoutOneChinese();
    const run = await cli(['rules', 'lint', '--no-builtin-rules', '--bilingual', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${path}: rules[0].evidence[1].note: the text is given only in English; it lacks its Chinese (line 151, column 11; give it as { "en": …, "zh": … }: the built-in rule files give every text in both languages) [missing-language]\n1 file, 2 rules: 1 problem\n`,
    );
  });

  it('leaves a user\'s file that gives one language alone without --bilingual', async () => {
    expect((await cli(['rules', 'lint', '--no-builtin-rules', withoutOneChinese()])).code).toBe(0);
  });

  it('reads a plain string as given in the file\'s "lang", or else in the language of its script', () => {
    const file = (lang: string | undefined, summary: string) => {
      const data = JSON.parse(readFileSync(RECORD, 'utf8'));
      data.rules[1].summary = summary;
      if (lang) data.lang = lang;
      const path = join(tmp, `plain-${lang ?? 'script'}.json`);
      writeFileSync(path, JSON.stringify(data));
      return lintRules({ root: ROOT, paths: [path], extra: [], builtin: false, bilingual: true }).problems.map((problem) => problem.params);
    };
    expect(file(undefined, '淘宝联盟链接不得进入快手的购物车')).toEqual([{ missing: 'en', given: 'zh' }]);
    expect(file(undefined, 'Taobao Alliance links are barred (淘宝联盟)')).toEqual([{ missing: 'zh', given: 'en' }]);
    expect(file('zh', 'Taobao Alliance')).toEqual([{ missing: 'en', given: 'zh' }]);
  });
});

describe('the built-in rule files', () => {
  it('give every text in English and Chinese', () => {
    const report = lintRules({ root: ROOT, paths: [], extra: [], builtin: true });
    expect(report.problems.filter((problem) => problem.code === 'missing-language')).toEqual([]);
  });

  /** A copy of the package's rules and seeds, with the Chinese of one rule's summary taken out. */
  function shippedCopy(): string {
    const root = join(tmp, 'package');
    cpSync(join(ROOT, 'rules'), join(root, 'rules'), { recursive: true });
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    const path = join(root, 'rules', 'kuaishou.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    delete data.rules[0].summary.zh;
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    return root;
  }

  it('fail rules lint when one lacks a language, as the built-in files', () => {
    const root = shippedCopy();
    const report = lintRules({ root, paths: [], extra: [], builtin: true });
    expect(report.problems.filter((problem) => problem.code === 'missing-language').map((problem) => [problem.code, problem.file, problem.path, problem.params])).toEqual([['missing-language', 'rules/kuaishou.json', 'rules[0].summary', { missing: 'zh', given: 'en' }]]);
  });

  it('fail rules lint --bilingual on that file given by its path', async () => {
    const path = join(shippedCopy(), 'rules', 'kuaishou.json');
    const run = await cli(['rules', 'lint', '--bilingual', '--no-builtin-rules', '--rules', join(ROOT, 'rules', 'platforms.json'), '--rules', join(ROOT, 'rules', 'sources.json'), path]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/: rules\[0\]\.summary: the text is given only in English; it lacks its Chinese \(line \d+, column \d+; .*\) \[missing-language\]$/u);
    expect(run.stdout.split('\n')[1]).toMatch(/^1 file, \d+ rules: 1 problem$/u);
  });
});

describe('a user\'s file in one language', () => {
  it('falls back to that language, said once on stderr for the whole run', async () => {
    const second = join(tmp, 'second.json');
    writeFileSync(second, JSON.stringify({ lang: 'en', rules: [{ id: 'second-rule', platform: 'kuaishou', effect: 'allow', sources: { ids: ['jd'] }, surfaces: ['live-cart'], from: '2030-01-01', status: 'reported', summary: 'JD links return in 2030.', evidence: [{ url: 'https://example.com/b', published: '2029-12-01', quote: 'q' }] }] }));
    const run = await cli(['--no-builtin-rules', '--rules', withoutOneChinese(), '--rules', second, 'jd', 'live-cart', '2030-06-01', '--lang', 'zh', '-v']);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((line) => line.includes('注意'))).toEqual([`linkcheck: 注意：${join(tmp, 'one-zh-removed.json')}, ${second} 中有 2 段文本只有英文，按原文显示`]);
    expect(run.stdout).toContain('               JD links return in 2030.');
  });

  it('says nothing when the file gives the reader\'s language', async () => {
    const run = await cli(['--no-builtin-rules', '--rules', RECORD, 'jd', 'live-cart', '2022-06-01', '--lang', 'zh']);
    expect(run.stderr).not.toContain('注意');
  });
});


