// linkcheck coverage, --version's record date and README's coverage block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../src/i18n/words.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { readmeWithCoverage } from '../../src/render/coverage.js';
import { coverageOf, recordDates } from '../../src/views/coverage.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';

const FIXTURE = ['--no-builtin-rules', '--rules', 'test/fixtures/known-on/march-2022-cut.json'];

describe('coverageOf', async () => {
  const catalog = await loadCatalog({ root: ROOT, builtin: false, rules: [join(ROOT, 'test/fixtures/known-on/march-2022-cut.json')] });

  it('gives each platform its surfaces, the sources its rules cover, the first and newest evidence and the rules', () => {
    expect(coverageOf(catalog)).toEqual({
      record: { newestEvidence: '2022-10-28', firstEvidence: '2022-02-23', reviewed: null, rules: 2 },
      platforms: [{ id: 'kuaishou', name: 'Kuaishou (快手)', surfaces: ['live-cart'], sources: ['taobao', 'tmall'], unrecognisedLinks: false, firstEvidence: '2022-02-23', newestEvidence: '2022-10-28', rules: 2 }],
    });
  });

  it('counts every rule of the shipped record once, on its platform', async () => {
    const shipped = await builtinCatalog();
    const coverage = coverageOf(shipped);
    expect(coverage.platforms.map((platform) => platform.id)).toEqual([...shipped.platforms.keys()]);
    expect(coverage.platforms.reduce((sum, platform) => sum + platform.rules, 0)).toBe(shipped.rules.length);
    expect(coverage.record.newestEvidence).toBe(shipped.rules.map((rule) => rule.newestEvidence).sort().at(-1));
    expect(coverageOf(shipped, ['douyin']).platforms.map((platform) => platform.id)).toEqual(['douyin']);
  });
});

describe('linkcheck coverage', () => {
  it('prints the record and each platform', async () => {
    const run = await cli(['coverage', ...FIXTURE]);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'The record: 2 rules, evidence published 2022-02-23 to 2022-10-28',
        '',
        'kuaishou  Kuaishou (快手)',
        '  rules     2',
        '  evidence  published 2022-02-23 to 2022-10-28',
        '  surfaces  live-cart',
        '  sources   taobao, tmall',
        '',
      ].join('\n'),
    });
  });

  it('speaks Chinese with --lang zh', async () => {
    expect((await cli(['coverage', '--lang', 'zh', ...FIXTURE])).stdout.split('\n').slice(0, 4)).toEqual(['记录：2 条规则，证据发布于 2022年2月23日 至 2022年10月28日', '', 'kuaishou  Kuaishou (快手)', '  规则  2']);
  });

  it('prints JSON, and -p narrows it to one platform, before or after the command', async () => {
    for (const args of [['coverage', '-p', 'douyin', '--json'], ['-p', '抖音', 'coverage', '--json']]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.platforms.map((platform: { id: string }) => platform.id)).toEqual(['douyin']);
      expect(Object.keys(json.platforms[0]).sort()).toEqual(['firstEvidence', 'id', 'name', 'newestEvidence', 'rules', 'sources', 'surfaces', 'unrecognisedLinks']);
    }
  });

  it('refuses an unknown platform (exit 2) and --as-known-on', async () => {
    const run = await cli(['coverage', '-p', 'nosuch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^linkcheck: unknown platform "nosuch"/);
    expect((await cli(['--as-known-on', '2022-01-01', 'coverage'])).stderr).toBe('linkcheck: --as-known-on does not apply to "linkcheck coverage"; give it to a check or leave it out\n');
  });
});

describe("README's coverage block", () => {
  it('is what npm run coverage:readme writes from the rules (run it after the rules change)', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- coverage:start');
    const coverage = coverageOf(await builtinCatalog());
    expect(readmeWithCoverage(readme, coverage, ENGLISH)).toBe(readme);
    expect(readme).toContain(`evidence published ${recordDates(await builtinCatalog()).firstEvidence} to`);
  });
});
