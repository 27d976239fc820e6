// The problems of a rule file the schema refuses: one clear problem for each bad value.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors/problems.js';
import { wordsFor } from '../../src/i18n/index.js';
import { wordProblemZh } from '../../src/i18n/zh-problems.js';
import { validateRuleFile } from '../../src/load/validate-schema.js';
import { renderLintText } from '../../src/render/problems.js';
import { problemWords } from '../helpers/problem-words.js';

const rule = (fields: Record<string, unknown> = {}) => ({
  id: 'r-1',
  platform: 'kuaishou',
  effect: 'deny',
  sources: { ids: ['myshop'] },
  surfaces: ['live-cart'],
  from: '2023-01-01',
  status: 'reported',
  summary: 'S.',
  evidence: [{ url: 'https://a.example/', published: '2023-01-01', quote: 'Quote here.' }],
  ...fields,
});

const schemaProblems = (data: unknown): Problem[] => validateRuleFile({ path: 'f.json', text: JSON.stringify(data, null, 2) }).problems;

/** The problems of a file, each as "path: message" (in English, or in Chinese). */
function problemsOf(data: unknown, lang: 'en' | 'zh' = 'en'): string[] {
  return schemaProblems(data).map((found) => `${found.path}: ${(lang === 'zh' ? wordProblemZh(found.wording, found.params) : problemWords(found)!).message}`);
}

const source = (fields: Record<string, unknown> = {}) => ({ id: 'myshop', name: 'My shop', ...fields });
const platform = (fields: Record<string, unknown> = {}) => ({ id: 'shop', name: 'Shop', timeZone: 'Asia/Shanghai', surfaces: [{ id: 'live-cart', name: 'Live cart' }], ...fields });

const report = (published: unknown) => rule({ evidence: [{ url: 'https://a.example/', published, quote: 'Quote here.' }] });

describe('a bad date or moment', () => {
  it.each([
    ['from, a month 13', rule({ from: '2023-13-01' }), 'rules[0].from'],
    ['from, an hour 25 on a day February lacks', rule({ from: '2023-02-30T25:00' }), 'rules[0].from'],
    ['from, not written YYYY-MM-DD', rule({ from: '2023-1-1' }), 'rules[0].from'],
    ['until, not written YYYY-MM-DD', rule({ until: '2023-1-1' }), 'rules[0].until'],
    ['phaseIn.until, not written YYYY-MM-DD', rule({ phaseIn: { until: '2023-1-1' } }), 'rules[0].phaseIn.until'],
    ['an imprecise from with a month 13', rule({ from: { earliest: '2023-13-01', latest: '2023-02-01' } }), 'rules[0].from.earliest'],
    ['an imprecise from not written YYYY-MM-DD', rule({ from: { earliest: '2023-1-1', latest: '2023-02-01' } }), 'rules[0].from.earliest'],
    ['published, not written YYYY-MM-DD', report('2023-1-1'), 'rules[0].evidence[0].published'],
    ['published, a day February lacks', report('2023-02-30'), 'rules[0].evidence[0].published'],
    ['a publication window with a month 13', report({ earliest: '2023-13-01', latest: '2023-02-01', basis: 'B.' }), 'rules[0].evidence[0].published.earliest'],
    // A mistyped year would have the report published before any day asked "as known on".
    ['published, in the year 22', report('0022-03-01'), 'rules[0].evidence[0].published'],
    ['published, before 1900', report('1899-12-31'), 'rules[0].evidence[0].published'],
    ['published, after 2199', report('2200-01-01'), 'rules[0].evidence[0].published'],
    ['a publication window from the year 0', report({ earliest: '0000-01-01', latest: '2023-02-01', basis: 'B.' }), 'rules[0].evidence[0].published.earliest'],
  ])('%s: one problem', (_, bad, path) => {
    const problems = problemsOf({ rules: [bad] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `));
  });
});

describe('a refused value is quoted in its problem', () => {
  it.each([
    ['an effect', { rules: [rule({ effect: 'Deny' })] }, 'rules[0].effect: Invalid option: expected one of "allow"|"deny", received "Deny"', 'rules[0].effect: 值不对：应为以下之一 "allow"|"deny"，实际是 "Deny"'],
    ['a status', { rules: [rule({ status: 5 })] }, 'rules[0].status: Invalid option: expected one of "announced"|"confirmed"|"reported", received 5', 'rules[0].status: 值不对：应为以下之一 "announced"|"confirmed"|"reported"，实际是 5'],
    ['a day not on the calendar', { rules: [rule({ from: '2023-02-30' })] }, 'rules[0].from: no such date or time "2023-02-30" on the calendar, or a year outside 1900–2199', 'rules[0].from: 日历上没有 "2023-02-30" 这个日期或时间，或年份不在 1900–2199 之内'],
    ['a moment', { rules: [rule({ until: 'soon' })] }, 'rules[0].until: "soon" is not a date (2022-03-01), a local time (2022-03-01T00:00) or an instant (2022-02-28T16:00:00Z)', 'rules[0].until: "soon" 不是日期（2022-03-01）、当地时间（2022-03-01T00:00）或时刻（2022-02-28T16:00:00Z）'],
    ['a publication date', { rules: [report('2023/01/01')] }, 'rules[0].evidence[0].published: "2023/01/01" is not a calendar date written YYYY-MM-DD', 'rules[0].evidence[0].published: "2023/01/01" 不是写作 YYYY-MM-DD 的日历日'],
    ['a reviewed date', { reviewed: 'yesterday', rules: [] }, 'reviewed: "yesterday" is not a calendar date written YYYY-MM-DD', 'reviewed: "yesterday" 不是写作 YYYY-MM-DD 的日历日'],
    ['a review year outside the calendar read', { reviewed: '0202-06-01', rules: [] }, 'reviewed: no such date or time "0202-06-01" on the calendar, or a year outside 1900–2199', 'reviewed: 日历上没有 "0202-06-01" 这个日期或时间'],
    ['a publication year outside the calendar read', { rules: [report('0022-03-01')] }, 'rules[0].evidence[0].published: no such date or time "0022-03-01" on the calendar, or a year outside 1900–2199', 'rules[0].evidence[0].published: 日历上没有 "0022-03-01" 这个日期或时间，或年份不在 1900–2199 之内'],
    ['an id', { rules: [rule({ id: 'Rule 1' })] }, 'rules[0].id: "Rule 1" is not an id: an id is lower-case letters and digits joined by single hyphens, e.g. "live-cart"', 'rules[0].id: "Rule 1" 不是 ID：ID 由小写字母和数字组成，以单个连字符相连，如 "live-cart"'],
    ['a surface id', { rules: [rule({ surfaces: ['Live_Cart'] })] }, 'rules[0].surfaces[0]: "Live_Cart" is not an id: an id is', 'rules[0].surfaces[0]: "Live_Cart" 不是 ID'],
    ['a web address', { rules: [rule({ evidence: [{ url: 'ftp://a.example/', published: '2023-01-01', quote: 'Quote here.' }] })] }, 'rules[0].evidence[0].url: not a web address: "ftp://a.example/"', 'rules[0].evidence[0].url: 不是网址："ftp://a.example/"'],
    ...[
      ['a user name and password', 'https://user:secret@a.example/'],
      ['a host in the place of a user name', 'https://www.gov.cn@evil.example/'],
      ['a percent-encoded user name', 'https://%75ser@a.example/'],
      ['a bare @ before the host', 'http://:@a.example/'],
    ].map(([what, url]) => [`a web address with ${what}`, { rules: [rule({ evidence: [{ url, published: '2023-01-01', quote: 'Quote here.' }] })] }, `rules[0].evidence[0].url: ${JSON.stringify(url)} gives a user name or password`, `rules[0].evidence[0].url: ${JSON.stringify(url)}带有用户名或密码`] as [string, object, string, string]),
    ['a web address with a user name, ending a rule', { rules: [rule({ until: '2024-01-01', untilEvidence: [{ url: 'https://u@a.example/end', published: '2023-06-01', quote: 'Quote here.' }] })] }, 'rules[0].untilEvidence[0].url: "https://u@a.example/end" gives a user name or password', 'rules[0].untilEvidence[0].url: "https://u@a.example/end"带有用户名或密码'],
    ['a domain', { sources: [source({ domains: ['Shop.example'] })] }, 'sources[0].domains[0]: "Shop.example" is not a lower-case domain of two or more labels', 'sources[0].domains[0]: "Shop.example" 不是含两个或以上标签的小写域名'],
    ['a short link', { sources: [source({ shortLinks: ['https://s.example/'] })] }, 'sources[0].shortLinks[0]: "https://s.example/" is not a lower-case host with an optional path start', 'sources[0].shortLinks[0]: "https://s.example/" 不是小写主机名'],
    ['an app scheme', { sources: [source({ appSchemes: ['jd:'] })] }, 'sources[0].appSchemes[0]: "jd:" is not a lower-case URL scheme without the colon', 'sources[0].appSchemes[0]: "jd:" 不是不带冒号的小写 URL 协议名'],
    ['a web scheme as an app scheme', { sources: [source({ appSchemes: ['https'] })] }, 'sources[0].appSchemes[0]: "https" is a web or script scheme, which cannot be an app scheme', 'sources[0].appSchemes[0]: "https" 是网页或脚本协议，不能作为 App 协议'],
    ['a time zone', { platforms: [platform({ timeZone: 'Asia/Shangai' })] }, 'platforms[0].timeZone: "Asia/Shangai" is not an IANA time zone such as "Asia/Shanghai"', 'platforms[0].timeZone: "Asia/Shangai" 不是IANA 时区'],
    ['a text too long', { sources: [source({ aliases: ['x'.repeat(70)] })] }, `sources[0].aliases[0]: Too big: expected string to have <=64 characters, received 70: "${'x'.repeat(70)}"`, 'sources[0].aliases[0]: 过大：字符串最多 64 个字符，实际为 70：'],
    ['an empty text', { sources: [source({ name: '' })] }, 'sources[0].name: Too small: expected string to have >=1 characters, received 0: ""', 'sources[0].name: 过小：字符串至少 1 个字符，实际为 0：""'],
    ['an empty list', { rules: [rule({ surfaces: [] })] }, 'rules[0].surfaces: Too small: expected array to have >=1 items, received 0', 'rules[0].surfaces: 过小：列表至少 1 项，实际为 0'],
    ['a value of another type', { rules: [rule({ summary: 42 })] }, 'rules[0].summary: Invalid input: expected string, received number 42', 'rules[0].summary: 类型不对：应为字符串，实际是数字 42'],
  ])('%s', (_, data, english, chinese) => {
    expect(problemsOf(data)).toEqual([expect.stringContaining(english)]);
    expect(problemsOf(data, 'zh')).toEqual([expect.stringContaining(chinese)]);
  });

  // JSON.parse reads a number too large for a double as Infinity, which JSON writes as null.
  const withNumber = (json: string, number: string) => validateRuleFile({ path: 'f.json', text: json.replace('"NUMBER"', number) }).problems;
  const inRule = JSON.stringify({ rules: [rule({ from: 'NUMBER' })] }, null, 2);
  const reviewed = JSON.stringify({ reviewed: 'NUMBER', rules: [] }, null, 2);
  const published = JSON.stringify({ rules: [report('NUMBER')] }, null, 2);
  it.each([
    ['a from too large to read', inRule, '-1e400', 'rules[0].from: Invalid input: expected string, received number -1e400', 'rules[0].from: 类型不对：应为字符串，实际是数字 -1e400'],
    ['a reviewed date too large to read', reviewed, '1e999999', 'reviewed: 1e999999 is not a calendar date written YYYY-MM-DD', 'reviewed: 1e999999 不是写作 YYYY-MM-DD 的日历日'],
    ['a publication date too large to read', published, '1e309', 'rules[0].evidence[0].published: 1e309 is not a calendar date written YYYY-MM-DD', 'rules[0].evidence[0].published: 1e309 不是写作 YYYY-MM-DD 的日历日'],
    ['a number written with an exponent', inRule, '2.0e3', 'rules[0].from: Invalid input: expected string, received number 2.0e3', 'rules[0].from: 类型不对：应为字符串，实际是数字 2.0e3'],
    ['a number past a double\'s precision', inRule, '12345678901234567890', 'rules[0].from: Invalid input: expected string, received number 12345678901234567890', 'rules[0].from: 类型不对：应为字符串，实际是数字 12345678901234567890'],
  ])('names %s as the file writes it, never null', (_, json, number, english, chinese) => {
    const problems = withNumber(json, number);
    expect(problems.map((found) => `${found.path}: ${problemWords(found)!.message}`)).toEqual([english]);
    expect(problems.map((found) => `${found.path}: ${wordProblemZh(found.wording, found.params).message}`)).toEqual([chinese]);
  });

  it('cuts a number written with a thousand digits to 100 characters', () => {
    const [found] = withNumber(JSON.stringify({ rules: [rule({ from: 'NUMBER' })] }), `1${'0'.repeat(1000)}`);
    expect(found?.params.value).toBe(`1${'0'.repeat(98)}…`);
  });

  it('cuts a very long value to 100 characters', () => {
    const [found] = schemaProblems({ rules: [rule({ effect: 'd'.repeat(5000) })] });
    expect(found?.params.value).toBe(`"${'d'.repeat(99)}…"`);
  });

  it('shows a value that could drive a terminal escaped, in the lint report', () => {
    const problems = schemaProblems({ rules: [rule({ effect: 'deny\u001b[31m\u202e' })] });
    const text = renderLintText({ problems, unreadable: [], files: ['f.json'], rules: 0 }, wordsFor('en'));
    expect(text).toContain('received "deny\\u001b[31m\\u202e"');
    expect(text).not.toMatch(/[\u001b\u202e]/u);
  });
});

describe('a key the format does not know', () => {
  const lines = (data: unknown) => schemaProblems(data).map((found) => ({ path: found.path, line: found.line, column: found.column, ...problemWords(found) }));
  const SOURCE_KEYS = 'id, name, aliases, groups, domains, shareText, shortLinks, appSchemes';

  it.each([
    ['in a source', { sources: [source({ colour: 'red' })] }, 'sources[0].colour', 'Unrecognized key: "colour"', `valid keys here: ${SOURCE_KEYS}; remove it, or correct its spelling`],
    ['in a source, near a valid one', { sources: [source({ domain: ['shop.example'] })] }, 'sources[0].domain', 'Unrecognized key: "domain"; did you mean "domains"?', `valid keys here: ${SOURCE_KEYS}; remove it, or correct its spelling`],
    ['in a rule, in another case', { rules: [rule({ phasein: { until: '2023-02-01' } })] }, 'rules[0].phasein', 'Unrecognized key: "phasein"; did you mean "phaseIn"?', 'valid keys here: id, platform, effect, sources, coversAnyLink, surfaces, from, fromStated, until, untilEvidence, phaseIn, status, summary, note, evidence, disputed; remove it, or correct its spelling'],
    ['in a selector', { rules: [rule({ sources: { id: ['myshop'] } })] }, 'rules[0].sources.id', 'Unrecognized key: "id"; did you mean "ids"?', 'valid keys here: ids, groups, anyExcept; remove it, or correct its spelling'],
    ['in a report', { rules: [rule({ evidence: [{ url: 'https://a.example/', published: '2023-01-01', quote: 'Quote here.', tilte: 'T' }] })] }, 'rules[0].evidence[0].tilte', 'Unrecognized key: "tilte"; did you mean "title"?', 'valid keys here: url, published, title, publisher, quote, status, note; remove it, or correct its spelling'],
    ['in a platform\'s surface', { platforms: [platform({ surfaces: [{ id: 'live-cart', name: 'Live cart', alias: ['x'] }] })] }, 'platforms[0].surfaces[0].alias', 'Unrecognized key: "alias"; did you mean "aliases"?', 'valid keys here: id, name, aliases; remove it, or correct its spelling'],
    ['at the top', { rules: [], extra: 1 }, 'extra', 'Unrecognized key: "extra"', 'valid keys here: $schema, lang, reviewed, platforms, groups, sources, rules; remove it, or correct its spelling'],
    ['at the top, near a valid one', { rule: [] }, 'rule', 'Unrecognized key: "rule"; did you mean "rules"?', 'valid keys here: $schema, lang, reviewed, platforms, groups, sources, rules; remove it, or correct its spelling'],
  ])('%s: names the keys valid there', (_, data, path, message, hint) => {
    expect(lines(data)).toEqual([expect.objectContaining({ path, message, hint })]);
  });

  const SEED_KEYS = 'seed, quote, status, note';
  const seedQuote = (fields: Record<string, unknown>) => ({ rules: [rule({ evidence: [{ seed: '003_b33adc707230615d.txt', quote: 'Quote here.', ...fields }] })] });
  const ofReport = 'it belongs to an outside report (with url and published), not to a quote of a seed document (with seed)';
  it.each([
    ['a report\'s keys in a seed quote', seedQuote({ publisher: 'P', title: 'T' }), [
      { path: 'rules[0].evidence[0].publisher', message: `Unrecognized key: "publisher": ${ofReport}`, hint: `valid keys here: ${SEED_KEYS}; remove it, or give url and published in place of seed` },
      { path: 'rules[0].evidence[0].title', message: `Unrecognized key: "title": ${ofReport}`, hint: `valid keys here: ${SEED_KEYS}; remove it, or give url and published in place of seed` },
    ]],
    ['a report\'s address in a seed quote', seedQuote({ url: 'https://a.example/' }), [{ path: 'rules[0].evidence[0].url', message: `Unrecognized key: "url": ${ofReport}`, hint: `valid keys here: ${SEED_KEYS}; remove it, or give url and published in place of seed` }]],
    ['a misspelt key in a seed quote: only its own keys offered', seedQuote({ titel: 'T' }), [{ path: 'rules[0].evidence[0].titel', message: 'Unrecognized key: "titel"', hint: `valid keys here: ${SEED_KEYS}; remove it, or correct its spelling` }]],
    ['a seed quote\'s key misspelt', seedQuote({ nte: 'N' }), [{ path: 'rules[0].evidence[0].nte', message: 'Unrecognized key: "nte"; did you mean "note"?', hint: `valid keys here: ${SEED_KEYS}; remove it, or correct its spelling` }]],
    ['a seed in a whole report', { rules: [rule({ evidence: [{ url: 'https://a.example/', published: '2023-01-01', quote: 'Quote here.', seed: 'a.txt' }] })] }, [
      { path: 'rules[0].evidence[0].seed', message: 'Unrecognized key: "seed": it belongs to a quote of a seed document (with seed), not to an outside report (with url and published)', hint: 'valid keys here: url, published, title, publisher, quote, status, note; remove it, or give seed in place of url and published' },
    ]],
    ['two kinds of selector in one', { rules: [rule({ sources: { ids: ['myshop'], groups: ['third-party'] } })] }, [
      { path: 'rules[0].sources.groups', message: 'Unrecognized key: "groups": it belongs to the form with groups, not to the form with ids', hint: 'valid keys here: ids; remove it, or give groups in place of ids' },
    ]],
  ])('%s: names the keys of the shape given, and the shape a key belongs to', (_, data, expected) => {
    expect(lines(data)).toEqual(expected.map((one) => expect.objectContaining(one)));
  });

  it('says in Chinese which shape a key belongs to', () => {
    const [found] = schemaProblems(seedQuote({ publisher: 'P' }));
    expect(wordProblemZh(found!.wording, found!.params)).toEqual({
      message: '未知的键："publisher"：它属于外部报道（含 url 和 published），不属于种子文档的引文（含 seed）',
      hint: `此处可用的键：${SEED_KEYS}；删去它，或以 url 和 published 代替 seed`,
    });
  });

  it('does not offer a key the object already gives', () => {
    expect(lines({ rules: [rule({ efect: 'deny' })] })).toEqual([expect.objectContaining({ path: 'rules[0].efect', message: 'Unrecognized key: "efect"' })]);
  });

  it('reports each unknown key on its own line, the top-level ones too, at the key', () => {
    const text = '{\n  "rules": [],\n  "extra": 1,\n  "sources": [{ "id": "myshop", "name": "My shop", "colour": "red", "size": 2 }]\n}\n';
    const found = validateRuleFile({ path: 'f.json', text }).problems.map((problem) => [problem.path, problem.line, problem.column]);
    expect(found).toEqual([
      ['sources[0].colour', 4, 52],
      ['sources[0].size', 4, 69],
      ['extra', 3, 3],
    ]);
  });

  it('is worded in Chinese', () => {
    const [found] = schemaProblems({ sources: [source({ domain: [] })] });
    expect(wordProblemZh(found!.wording, found!.params)).toEqual({ message: '未知的键："domain"；是不是 "domains"？', hint: `此处可用的键：${SOURCE_KEYS}；删去它，或改正拼写` });
  });
});

describe('a misspelt key', () => {
  it.each([
    ['a rule\'s effect', { rules: [{ ...rule(), effect: undefined, efect: 'deny' }] }, ['rules[0].efect: Unrecognized key: "efect"; did you mean "effect"?']],
    ['a rule\'s surfaces', { rules: [{ ...rule(), surfaces: undefined, surface: ['live-cart'] }] }, ['rules[0].surface: Unrecognized key: "surface"; did you mean "surfaces"?']],
    ['a selector\'s ids', { rules: [rule({ sources: { id: ['myshop'] } })] }, ['rules[0].sources.id: Unrecognized key: "id"; did you mean "ids"?']],
  ])('%s is one problem: the key, not also the key it lacks', (_, data, expected) => {
    expect(problemsOf(data)).toEqual(expected);
  });
});
