import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/lint/lint-rules.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { problemWords } from '../helpers/problem-words.js';
import { tempFolder } from '../helpers/temp.js';

const tmp = tempFolder('linkcheck-lint-');
const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'lint', `${name}.json`);
const lint = (...paths: string[]) => lintRules({ root: ROOT, paths, extra: [], builtin: true });

describe('rules lint', () => {
  it('finds no problems in the shipped rules', () => {
    const report = lint();
    expect(report.problems).toEqual([]);
    expect(report.unreadable).toEqual([]);
    expect(report.files).toEqual(['rules/douyin.json', 'rules/kuaishou.json', 'rules/platforms.json', 'rules/sources.json', 'rules/wechat.json', 'rules/xiaohongshu.json']);
  });

  it('finds no problems in a clean fixture linted against the shipped rules', () => {
    expect(lint(fixture('clean')).problems).toEqual([]);
  });

  it.each([
    ['schema', 'rules[0].efect', 'Unrecognized key: "efect"'],
    ['invalid-json', '', 'not valid JSON'],
    ['unknown-reference', 'rules[0].surfaces[1]', 'unknown surface of testshop "feed"'],
    ['until-not-after-from', 'rules[0].until', 'until (2021-12-31) is not after from'],
    ['until-evidence-without-until', 'rules[0].untilEvidence', 'untilEvidence is evidence for an end, and the rule has no until'],
    ['conflicting-rules', 'rules[1]', 'rule "testshop-allow" (allow) and rule "testshop-deny" (deny) start at the same moment'],
    ['no-evidence', 'rules[0].evidence', 'the rule cites no evidence'],
    ['quote-not-found', 'rules[0].evidence[0].quote', 'the quote does not occur verbatim in seeds/003_b33adc707230615d.txt'],
    ['evidence-incomplete', 'rules[0].evidence[0]', 'outside evidence lacks its publication date (published, YYYY-MM-DD)'],
    ['bad-phase-in', 'rules[0].phaseIn.until', 'phaseIn.until (2022-03-01) must be after from and no later than until'],
    ['bad-imprecise-from', 'rules[0].from.latest', 'from.latest must be after from.earliest'],
    ['bad-published-window', 'rules[0].evidence[0].published.latest', 'published.latest (2022-05-01) is before published.earliest (2022-07-01)'],
    ['duplicate-id', 'rules[0].id', 'rule id "kuaishou-own-shop" is already used at rules/kuaishou.json'],
    ['alias-conflict', 'sources[0].aliases[0]', 'source name "淘宝" already names source "taobao"'],
    ['unknown-document', 'rules[0].evidence[0].seed', 'seed document "999_missing.txt" is not in the seed index'],
    ['domain-conflict', 'sources[0].domains[0]', 'domain "taobao.com" is already listed for source "taobao"'],
    ['keyword-conflict', 'sources[0].shareText.keywords[0]', 'share-text keyword "手淘" already names source "taobao"'],
  ])('reports %s at %s', (code, path, message) => {
    const { problems } = lint(fixture(code));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, file: fixture(code), path });
    expect(problemWords(problems[0])?.message).toContain(message);
    expect(problemWords(problems[0])?.hint).toBeTruthy();
  });

  it.each([
    ['duplicate-key', 'duplicate-key', 'rules', 'key "rules" appears twice in the same object', 40],
    ['invalid-utf8', 'invalid-utf8', '', 'not valid UTF-8 at byte offset 528', 30],
    ['alias-like-link', 'alias-like-link', 'sources[0].aliases[0]', 'source alias "item.jd.com/1.html" reads as a link or a host', 20],
    ['keyword-too-long', 'schema', 'sources[0].shareText.keywords[0]', 'Too big: expected string to have <=64 characters', 21],
    ['tie-phase-in', 'conflicting-rules', 'rules[1]', 'rule "testshop-deny-phased" and rule "testshop-deny" start at the same moment and equally specific sources for taobao on live-cart, but differ in their phase-in', 39],
    ['tie-imprecise-from', 'conflicting-rules', 'rules[1]', 'rule "testshop-deny-window" and rule "testshop-deny" start at the same moment and equally specific sources for taobao on live-cart, but differ in their imprecise start', 39],
    ['group-short-link-conflict', 'domain-conflict', 'groups[0].shortLinks[1]', 'short link "jd.com" of group "test-alliance" is also listed for source "jd"', 6],
    ['group-short-link-twice', 'domain-conflict', 'groups[1].shortLinks[1]', 'short link "s.example-short.com" of group "other-alliance" is already listed for group "test-alliance"', 4],
    // The source, in the file linted, takes a short link of a built-in group: named in that file, not the built-in one.
    ['source-takes-group-short-link', 'domain-conflict', 'sources[0].domains[1]', '"tb.cn", listed for source "test-member", is already a short link of group "taobao-alliance"', 6],
    ['share-marker-not-member', 'unknown-reference', 'groups[0].shareMarkers[0].source', 'source "jd" is not a member of group "test-alliance"', 7],
    ['other-app-not-listed', 'unknown-reference', 'groups[0].otherAppHosts[0].app', 'app "Secondhand" is not one of group "test-alliance"\'s otherApps', 8],
    // Another app's host under no member's domain would read no link of the group's; a member's whole domain would take all its links.
    ['other-app-host-outside', 'unknown-reference', 'groups[0].otherAppHosts[0].host', 'other app\'s host "used.jd.com" of group "test-alliance" is no subdomain of a member\'s domain', 8],
    ['other-app-host-whole-domain', 'unknown-reference', 'groups[0].otherAppHosts[0].host', 'other app\'s host "test-member.example" of group "test-alliance" is no subdomain of a member\'s domain', 8],
    ['source-short-link-conflict', 'domain-conflict', 'sources[0].shortLinks[0]', 'domain "v.kuaishou.com" is already listed for source "kuaishou-shop"', 3],
    ['empty-group', 'empty-group', 'groups[0].id', 'group "mygroup" has no members: no source lists it in its groups', 1],
    ['evidence-url-not-web', 'schema', 'rules[0].evidence[0].url', 'not a web address', 33],
    ['imprecise-order', 'conflicting-rules', 'rules[1]', 'rule "testshop-allow" and rule "testshop-deny-window" answer differently for taobao on live-cart, and one starts inside the window of the other\'s imprecise start', 42],
    ['group-takes-source-name', 'alias-conflict', 'groups[0].id', 'group name "jd" already names source "jd", which is no member of the group: the group would answer for it', 3],
    ['source-takes-group-name', 'alias-conflict', 'sources[0].aliases[0]', 'source name "淘宝联盟" already names group "taobao-alliance", which the source is no member of: the group would answer for it', 3],
    // A shown name is input too: one that another thing's id, alias or name already takes would pick one of them silently.
    ['source-name-conflict', 'alias-conflict', 'sources[0].name.zh', 'source name "京东" already names source "jd"', 3],
    ['surface-name-conflict', 'alias-conflict', 'platforms[0].surfaces[2].name.zh', 'surface name "showcase" already names surface "live-cart" of testshop', 10],
    ['group-name-takes-source-name', 'alias-conflict', 'groups[0].name.zh', 'group name "京东" already names source "jd", which is no member of the group: the group would answer for it', 3],
  ])('reports %s as %s at %s, with its line', (name, code, path, message, line) => {
    const { problems } = lint(fixture(name));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, file: fixture(name), path, line });
    expect(problemWords(problems[0])?.message).toContain(message);
    expect(problemWords(problems[0])?.hint).toBeTruthy();
  });

  it('reports each entry a list gives twice, at the second, naming the first', () => {
    const found = lint(fixture('duplicate-entry')).problems.map((problem) => [problem.code, problem.path, problem.line, problemWords(problem)?.message]);
    expect(found).toEqual([
      ['duplicate-entry', 'platforms[0].aliases[1]', 2, '"s" is listed twice: it is already at platforms[0].aliases[0]'],
      ['duplicate-entry', 'platforms[0].surfaces[0].aliases[1]', 2, '"cart" is listed twice: it is already at platforms[0].surfaces[0].aliases[0]'],
      ['duplicate-entry', 'groups[0].aliases[1]', 3, '"mg" is listed twice: it is already at groups[0].aliases[0]'],
      ['duplicate-entry', 'groups[0].shortLinks[1]', 3, '"g.example" is listed twice: it is already at groups[0].shortLinks[0]'],
      ['duplicate-entry', 'sources[0].aliases[1]', 4, '"mine" is listed twice: it is already at sources[0].aliases[0]'],
      ['duplicate-entry', 'sources[0].domains[1]', 4, '"myshop.example" is listed twice: it is already at sources[0].domains[0]'],
      ['duplicate-entry', 'rules[0].surfaces[1]', 6, '"live-cart" is listed twice: it is already at rules[0].surfaces[0]'],
      ['duplicate-entry', 'rules[0].sources.ids[1]', 6, '"myshop" is listed twice: it is already at rules[0].sources.ids[0]'],
    ]);
  });

  it('reports ties whatever the order of the two rules', () => {
    for (const name of ['conflicting-rules', 'tie-phase-in', 'tie-imprecise-from']) {
      const data = JSON.parse(readFileSync(fixture(name), 'utf8'));
      data.rules.reverse();
      const path = join(tmp, `${name}-reversed.json`);
      writeFileSync(path, JSON.stringify(data));
      expect(lint(path).problems.map((problem) => problem.code)).toEqual(['conflicting-rules']);
    }
  });

  it('explains a quote that differs only in punctuation width', () => {
    expect(problemWords(lint(fixture('quote-not-found')).problems[0])?.hint).toContain('differs only in punctuation');
  });

  it('reports a path it cannot read as unreadable', () => {
    const report = lint(join(ROOT, 'test', 'fixtures', 'missing.json'));
    expect(report.unreadable.map((problem) => problemWords(problem)?.message)).toEqual(['cannot read: no such file or folder']);
  });
});

describe('linkcheck rules lint', () => {
  it('exits 0 on the shipped rules, with no problems', async () => {
    expect(await cli(['rules', 'lint'])).toEqual({ code: 0, stdout: '6 files, 47 rules: no problems\n', stderr: '' });
  });

  it('exits 1 and prints each problem with its file, path, code and hint', async () => {
    const run = await cli(['rules', 'lint', 'test/fixtures/lint/unknown-reference.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'test/fixtures/lint/unknown-reference.json: rules[0].surfaces[1]: unknown surface of testshop "feed" (line 27, column 9; valid: live-cart) [unknown-reference]\n' +
        '1 file, 1 rule: 1 problem\n',
    );
  });

  it('prints the problems as JSON', async () => {
    const run = await cli(['rules', 'lint', '--json', 'test/fixtures/lint/no-evidence.json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).problems).toEqual([
      { code: 'no-evidence', severity: 'error', file: 'test/fixtures/lint/no-evidence.json', path: 'rules[0].evidence', message: 'the rule cites no evidence', hint: expect.any(String), line: 31, column: 7 },
    ]);
  });

  it('exits 2 when a path cannot be read', async () => {
    const run = await cli(['rules', 'lint', 'no/such/file.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('linkcheck: no/such/file.json: cannot read: no such file or folder (give the path of a rule file or a folder of *.json files)\n');
  });
});
