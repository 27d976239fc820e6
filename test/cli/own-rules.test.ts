// The README's own-rules example, run exactly as written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDocs } from '../helpers/docs.js';
import { cli } from '../helpers/exec.js';
import { tempFolder } from '../helpers/temp.js';

const readme = allDocs();

function blockAfter(marker: string): string {
  const start = readme.indexOf(`<!-- example: ${marker} -->`);
  expect(start, `README marker ${marker}`).toBeGreaterThan(-1);
  const match = /```\w*\n([\s\S]*?)```/.exec(readme.slice(start));
  return match![1]!;
}

const folder = tempFolder('linkcheck-own-rules-');
const rulesFile = join(folder, 'my-rules.json');
writeFileSync(rulesFile, blockAfter('my-rules.json'));

const commands = blockAfter('commands')
  .trim()
  .split('\n')
  .map((line) => {
    const [command = '', comment = ''] = line.split('#');
    const args = command.trim().replace(/^(npx )?linkcheck /, '').split(/\s+/).map((arg) => (arg === 'my-rules.json' ? rulesFile : arg));
    return [command.trim(), args, Number(comment.trim().split(':')[0])] as const;
  });

describe('README: your own rules', () => {
  it('has commands to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(commands)('%s', async (_, args, code) => {
    const run = await cli(args);
    // Queries after the newest evidence in the file also warn that the record may be stale.
    expect(run.stderr).toMatch(/^(linkcheck: warning: the newest evidence for .* is from \d{4}-\d{2}-\d{2}, \d+ (day|month|year)s? before the queried day; .*\n)?$/);
    expect(run.code).toBe(code);
  });

  it('answers from the custom rule with its evidence', async () => {
    const answer = JSON.parse((await cli(['--rules', rulesFile, '-p', 'acme', 'jd', 'live-cart', '2024-07-01T09:00', '--json'])).stdout);
    expect(answer).toMatchObject({ platform: 'acme-live', verdict: 'denied', rule: { id: 'acme-2024-07-outside-links-off', file: rulesFile } });
    expect(answer.evidence[0]).toMatchObject({ kind: 'report', url: 'https://intranet.example.com/policies/2024-06-links', published: { date: '2024-06-15', earliest: '2024-06-15', latest: '2024-06-15', basis: null } });
  });

  it('recognises links by the domains listed in a rule file of your own', async () => {
    const link = 'https://shop.acme-store.example/item/1';
    expect((await cli(['classify', link])).code).toBe(3);
    const run = await cli(['classify', '--rules', rulesFile, link]);
    expect(run).toEqual({ code: 0, stdout: `${link}  acme-store  (host shop.acme-store.example matches acme-store.example)\n`, stderr: '' });
    expect((await cli(['-p', 'acme', link, 'story', '2024-02-01', '--quiet'], { LINKCHECK_RULES: rulesFile })).code).toBe(0);
  });

  it('loads rule files from LINKCHECK_RULES, and only those with --no-builtin-rules', async () => {
    expect((await cli(['-p', 'acme', 'acme-store', 'story', '2024-08-01'], { LINKCHECK_RULES: rulesFile })).code).toBe(0);
    const run = await cli(['--no-builtin-rules', '--rules', rulesFile, 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('linkcheck: unknown platform "kuaishou"; valid: acme-live');
  });

  it('reports a broken rule file with its path and exit 2', async () => {
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, JSON.stringify({ rules: [{ id: 'x' }] }));
    const run = await cli(['--rules', broken, 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^linkcheck: invalid rule data: ${broken}: rules\\[0\\]\\.platform: `));
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the file that lists a built-in group\'s short link for a source of its own, in either language', async () => {
    const file = 'test/fixtures/lint/source-takes-group-short-link.json';
    const args = ['--rules', file, 'https://m.tb.cn/h.abc', 'live-cart', '2022-06-01'];
    expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr: `linkcheck: invalid rule data: ${file}: sources[0].domains[1]: "tb.cn", listed for source "test-member", is already a short link of group "taobao-alliance" (line 6, column 115; a short link that may lead to any member belongs to the group only; remove it from the source)\n` });
    expect((await cli([...args, '--lang', 'zh'])).stderr).toBe(`linkcheck: 规则数据无效：${file}: sources[0].domains[1]：来源 "test-member" 所列的 "tb.cn" 已是组 "taobao-alliance" 的短链接（第 6 行第 115 列；可能指向任何成员的短链接只属于组；请从来源中删去它）\n`);
  });

  it.each([
    [['--no-builtin-rules', 'taobao', 'live-cart']],
    [['rules', 'list', '--no-builtin-rules']],
    [['rules', 'show', 'kuaishou-own-shop', '--no-builtin-rules']],
    [['classify', '--no-builtin-rules', 'taobao.com']],
  ])('refuses --no-builtin-rules without any rule files: %j', async (args) => {
    const run = await cli(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'linkcheck: --no-builtin-rules leaves no rules: give rule files with --rules <path> or LINKCHECK_RULES\n' });
  });
});
