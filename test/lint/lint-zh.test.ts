// Rule-file problems in Chinese: `rules lint --lang zh`, and a bad --rules file in a check
// under a Chinese locale. The JSON keeps its English message and hint.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/exec.js';

const fixture = (name: string) => `test/fixtures/lint/${name}.json`;

describe('linkcheck rules lint --lang zh', () => {
  it.each([
    ['schema', 'rules[0].efect：未知的键："efect"（第 38 行第 7 列；此处可用的键：id, platform, effect, sources, coversAnyLink, surfaces, from, fromStated, until, untilEvidence, phaseIn, status, summary, note, evidence, disputed；删去它，或改正拼写） [schema]', '1 个文件，0 条规则：1 个问题'],
    ['keyword-too-long', `sources[0].shareText.keywords[0]：过大：字符串最多 64 个字符，实际为 40000："${'a'.repeat(99)}…"（第 21 行第 11 列；规则文件限制名称、关键词和文本的长度以及列表的大小；见 README 的 "Rules"） [schema]`, '1 个文件，0 条规则：1 个问题'],
    ['unknown-reference', 'rules[0].surfaces[1]：testshop 没有位置 "feed"（第 27 行第 9 列；可用：live-cart） [unknown-reference]', '1 个文件，1 条规则：1 个问题'],
    ['conflicting-rules', 'rules[1]：规则 "testshop-allow"（allow）和规则 "testshop-deny"（deny）在同一时刻开始，且对 live-cart 上的 taobao 同样具体（第 39 行第 5 列；错开其中一条的开始时间、收窄其中一条的来源，或删去其中一条） [conflicting-rules]', '1 个文件，2 条规则：1 个问题'],
    ['evidence-incomplete', 'rules[0].evidence[0]：外部证据缺少发布日期（published，YYYY-MM-DD）（第 32 行第 9 列；引用种子文档 { "seed", "quote" }，或引用报道 { "url", "published", "quote" }） [evidence-incomplete]', '1 个文件，0 条规则：1 个问题'],
    ['duplicate-key', 'rules：键 "rules" 在同一对象中出现了两次；JSON 读取时只保留其中一个（第 40 行第 3 列；把两者合并为一个键） [duplicate-key]', '1 个文件，0 条规则：1 个问题'],
    ['quote-not-found', 'rules[0].evidence[0].quote：引文没有逐字出现在 seeds/003_b33adc707230615d.txt 中（第 34 行第 11 列；只是标点或字母的全角半角不同（，与 , 或 ：与 :）；请从文档中复制） [quote-not-found]', '1 个文件，1 条规则：1 个问题'],
    ['domain-conflict', 'sources[0].domains[0]：域名 "taobao.com" 已列在来源 "taobao" 下（第 20 行第 9 列；一个域名只属于一个来源；要把其中一部分给另一个来源，请列出子域名） [domain-conflict]', '1 个文件，1 条规则：1 个问题'],
    ['source-takes-group-short-link', 'sources[0].domains[1]：来源 "test-member" 所列的 "tb.cn" 已是组 "taobao-alliance" 的短链接（第 6 行第 115 列；可能指向任何成员的短链接只属于组；请从来源中删去它） [domain-conflict]', '1 个文件，0 条规则：1 个问题'],
  ])('%s', async (name, problem, summary) => {
    const run = await cli(['rules', 'lint', '--lang', 'zh', fixture(name)]);
    expect(run).toEqual({ code: 1, stdout: `${fixture(name)}: ${problem}\n${summary}\n`, stderr: '' });
  });

  it.each([
    ['invalid-json', 'test/fixtures/lint/invalid-json.json：不是有效的 JSON（第 1 行第 27 列）：Expected double-quoted property name（检查逗号、引号和括号） [invalid-json]\n1 个文件，0 条规则：1 个问题\n'],
    ['invalid-utf8', 'test/fixtures/lint/invalid-utf8.json：不是有效的 UTF-8：第 528 字节处（第 30 行第 19 列；请以 UTF-8 编码保存文件） [invalid-utf8]\n0 个文件，0 条规则：1 个问题\n'],
  ])('%s, a problem of the whole file', async (name, stdout) => {
    expect(await cli(['rules', 'lint', fixture(name)], { LANG: 'zh_CN.UTF-8' })).toEqual({ code: 1, stdout, stderr: '' });
  });

  it('says so when there are none', async () => {
    expect(await cli(['rules', 'lint', '--lang', 'zh', fixture('clean')])).toEqual({ code: 0, stdout: '1 个文件，1 条规则：没有问题\n', stderr: '' });
  });

  it('words a path it cannot read in Chinese (exit 2)', async () => {
    expect(await cli(['rules', 'lint', 'no/such/file.json', '--lang', 'zh'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'linkcheck: no/such/file.json：无法读取：没有这个文件或文件夹（请给出规则文件的路径，或含 *.json 文件的文件夹）\n',
    });
  });

  it('keeps the English message and hint in --json', async () => {
    const run = await cli(['rules', 'lint', '--json', '--lang', 'zh', fixture('schema')]);
    expect(JSON.parse(run.stdout).problems).toEqual([
      { code: 'schema', severity: 'error', file: fixture('schema'), path: 'rules[0].efect', message: 'Unrecognized key: "efect"', hint: 'valid keys here: id, platform, effect, sources, coversAnyLink, surfaces, from, fromStated, until, untilEvidence, phaseIn, status, summary, note, evidence, disputed; remove it, or correct its spelling', line: 38, column: 7 },
    ]);
  });
});

describe('a bad --rules file in a check, in Chinese', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, ['--rules', fixture('schema'), 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: 规则数据无效：test/fixtures/lint/schema.json: rules[0].efect：未知的键："efect"（第 38 行第 7 列；此处可用的键：id, platform, effect, sources, coversAnyLink, surfaces, from, fromStated, until, untilEvidence, phaseIn, status, summary, note, evidence, disputed；删去它，或改正拼写）\n'],
    [{}, ['--lang', 'zh', '--rules', fixture('until-not-after-from'), 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: 规则数据无效：test/fixtures/lint/until-not-after-from.json: rules[0].until：until（2021-12-31）不晚于 from（第 38 行第 7 列；期间是半开区间 [from, until)：until 必须更晚）\n'],
    [{ LC_ALL: 'zh_TW' }, ['--rules', 'no/such/file.json', 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: no/such/file.json：无法读取：没有这个文件或文件夹（请给出规则文件的路径，或含 *.json 文件的文件夹）\n'],
    [{ LANG: 'zh_CN.UTF-8' }, ['--lang', 'en', '--rules', fixture('schema'), 'taobao', 'live-cart', '2022-06-01'], 'linkcheck: invalid rule data: test/fixtures/lint/schema.json: rules[0].efect: Unrecognized key: "efect" (line 38, column 7; valid keys here: id, platform, effect, sources, coversAnyLink, surfaces, from, fromStated, until, untilEvidence, phaseIn, status, summary, note, evidence, disputed; remove it, or correct its spelling)\n'],
  ])('%j %j', async (env, args, stderr) => {
    expect(await cli(args, env)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('words the JSON error in Chinese and keeps its code', async () => {
    const run = await cli(['--json', '--lang', 'zh', '--rules', fixture('no-evidence'), 'taobao', 'live-cart', '2022-06-01']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'invalid-rule-data',
        message: '规则数据无效：test/fixtures/lint/no-evidence.json: rules[0].evidence：这条规则没有引用任何证据（第 31 行第 7 列；添加种子引文 { "seed", "quote" } 或报道 { "url", "published", "quote" }）',
        exitCode: 2,
      },
    });
  });
});
