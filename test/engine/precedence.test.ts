import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { checkGroup } from '../../src/engine/group-check.js';
import { momentInstant } from '../../src/time/moment.js';
import { compile, rule } from '../helpers/fixture.js';
import { thrownWords } from '../helpers/error-words.js';

function verdictOf(rules: Parameters<typeof compile>[0], source: string | null, date: string) {
  const { catalog, problems } = compile(rules);
  expect(problems).toEqual([]);
  const answer = check(catalog, { platform: 'shop', source, surface: 'live-cart', at: momentInstant(date, 'Asia/Shanghai') });
  return `${answer.verdict}:${answer.rule?.rule.id ?? '-'}`;
}

describe('precedence', () => {
  it('lets the later start win over an earlier, more specific rule', () => {
    const rules = [rule({ id: 'named', effect: 'deny', from: '2022-01-01' }), rule({ id: 'group', effect: 'allow', sources: { groups: ['outside'] }, from: '2022-02-01' })];
    expect(verdictOf(rules, 'alpha', '2022-01-15')).toBe('denied:named');
    expect(verdictOf(rules, 'alpha', '2022-02-01')).toBe('allowed:group');
  });

  it('on the same start prefers a named source over a group over any', () => {
    const rules = [
      rule({ id: 'any', effect: 'allow', sources: { anyExcept: [] }, coversAnyLink: { quote: 'Links of every source' } }),
      rule({ id: 'group', effect: 'deny', sources: { groups: ['outside'] } }),
      rule({ id: 'named', effect: 'allow', sources: { ids: ['alpha'] } }),
    ];
    expect(verdictOf(rules, 'alpha', '2022-06-01')).toBe('allowed:named');
    expect(verdictOf(rules, 'beta', '2022-06-01')).toBe('denied:group');
    expect(verdictOf(rules, 'home', '2022-06-01')).toBe('allowed:any');
    expect(verdictOf(rules, null, '2022-06-01')).toBe('allowed:any');
  });

  it('treats periods as half-open', () => {
    const rules = [rule({ id: 'window', from: '2022-01-01T12:00', until: '2022-01-02T12:00' })];
    expect(verdictOf(rules, 'alpha', '2022-01-01T11:59:59')).toBe('unknown:-');
    expect(verdictOf(rules, 'alpha', '2022-01-01T12:00')).toBe('denied:window');
    expect(verdictOf(rules, 'alpha', '2022-01-02T11:59:59')).toBe('denied:window');
    expect(verdictOf(rules, 'alpha', '2022-01-02T12:00')).toBe('unknown:-');
  });

  // Issue 9: an allow for any source but some covered links of no known source although its
  // evidence named two sources.
  it('lets an allow for any source cover an unrecognised link only when it says so in its data', () => {
    const unstated = [rule({ id: 'deny-all', sources: { anyExcept: [] }, from: '2021-01-01' }), rule({ id: 'any', effect: 'allow', sources: { anyExcept: ['home'] } })];
    expect(compile(unstated).problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual(['any-link-unstated rules[1].sources']);
    const stated = [rule({ id: 'any', effect: 'allow', sources: { anyExcept: ['home'] }, coversAnyLink: { quote: 'every source may be placed' } })];
    expect(verdictOf(stated, null, '2022-06-01')).toBe('allowed:any');
    expect(verdictOf(stated, 'beta', '2022-06-01')).toBe('allowed:any');
  });

  // Issue 14: a one-letter quote ("J" of a quote naming JD) made every unrecognised link allowed.
  it.each([
    ['one letter of the evidence', 'L', 'any-link-vague.short'],
    ['punctuation and a short word', 'cart.', 'any-link-vague.short'],
    ['a clause without a word for every link', 'may be placed in the cart', 'any-link-vague.words'],
    ['"every" inside a longer word is not the word', 'Links of every source may be placed in the cart.'.replace('every', 'everyone'), 'any-link-unquoted'],
  ])('refuses a coversAnyLink quote that is %s', (_, quote, wording) => {
    const problems = compile([rule({ id: 'any', effect: 'allow', sources: { anyExcept: [] }, coversAnyLink: { quote } })]).problems;
    expect(problems.map((problem) => `${problem.wording} ${problem.path}`)).toEqual([`${wording} rules[0].coversAnyLink.quote`]);
  });

  it('takes a coversAnyLink quote in Chinese that says 第三方 or 所有', () => {
    const evidence = [{ url: 'https://example.com/report', published: '2021-12-01', quote: '所有第三方平台的商品链接均可在购物车发布' }];
    for (const quote of ['所有第三方平台的商品链接', '第三方平台的商品链接']) {
      expect(compile([rule({ id: 'any', effect: 'allow', sources: { anyExcept: [] }, evidence, coversAnyLink: { quote } })]).problems).toEqual([]);
    }
    const problems = compile([rule({ id: 'any', effect: 'allow', sources: { anyExcept: [] }, evidence, coversAnyLink: { quote: '平台的商品链接均可' } })]).problems;
    expect(problems.map((problem) => problem.wording)).toEqual(['any-link-vague.words']);
  });

  it('requires the "every link" quote to come from the rule\'s own evidence', () => {
    const problems = compile([rule({ id: 'any', effect: 'allow', sources: { anyExcept: [] }, coversAnyLink: { quote: 'every link' } })]).problems;
    expect(problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual(['any-link-unquoted rules[0].coversAnyLink.quote']);
  });

  it('lets a deny for any source but some cover unrecognised links without a quote', () => {
    expect(verdictOf([rule({ id: 'deny-all', sources: { anyExcept: ['home'] } })], null, '2022-06-01')).toBe('denied:deny-all');
  });

  it('excludes the sources an any-except rule names', () => {
    const rules = [rule({ id: 'all-but-home', sources: { anyExcept: ['home'] } })];
    expect(verdictOf(rules, 'home', '2022-06-01')).toBe('unknown:-');
    expect(verdictOf(rules, 'beta', '2022-06-01')).toBe('denied:all-but-home');
  });

  it('reports changes inside a queried day', () => {
    const { catalog } = compile([rule({ id: 'noon', from: '2022-01-01T12:00' })]);
    const at = momentInstant('2022-01-01', 'Asia/Shanghai');
    const answer = check(catalog, { platform: 'shop', source: 'alpha', surface: 'live-cart', at, precision: 'day', dayEnd: at + 86_400_000 });
    expect(answer.verdict).toBe('unknown');
    expect(answer.changesDuringDay).toEqual([momentInstant('2022-01-01T12:00', 'Asia/Shanghai')]);
  });
});

describe('data errors', () => {
  const codes = (rules: Parameters<typeof compile>[0]) => compile(rules).problems.map((problem) => `${problem.code} ${problem.path}`);

  it('finds an allow/deny tie on the same start and specificity', () => {
    expect(codes([rule({ id: 'a', effect: 'deny' }), rule({ id: 'b', effect: 'allow', sources: { ids: ['alpha', 'beta'] } })])).toEqual(['conflicting-rules rules[1]']);
  });

  it('accepts a tie that specificity resolves', () => {
    expect(codes([rule({ id: 'a', effect: 'deny' }), rule({ id: 'b', effect: 'allow', sources: { groups: ['outside'] } })])).toEqual([]);
  });

  it('accepts the same start on other surfaces or sources', () => {
    expect(codes([rule({ id: 'a' }), rule({ id: 'b', effect: 'allow', surfaces: ['short-video-cart'] }), rule({ id: 'c', effect: 'allow', sources: { ids: ['beta'] } })])).toEqual([]);
  });

  it('finds two any-except rules that disagree about unrecognised sources', () => {
    expect(codes([rule({ id: 'a', sources: { anyExcept: ['alpha', 'beta', 'home'] } }), rule({ id: 'b', effect: 'allow', sources: { anyExcept: ['alpha', 'beta', 'home'] }, coversAnyLink: { quote: 'Links of every source' } })])).toEqual(['conflicting-rules rules[1]']);
  });

  it.each([
    ['unknown platform', rule({ id: 'a', platform: 'nowhere' }), 'unknown-reference rules[0].platform'],
    ['unknown surface', rule({ id: 'a', surfaces: ['live-cart', 'feed'] }), 'unknown-reference rules[0].surfaces[1]'],
    ['unknown source', rule({ id: 'a', sources: { ids: ['gamma'] } }), 'unknown-reference rules[0].sources.ids[0]'],
    ['unknown group', rule({ id: 'a', sources: { groups: ['inside'] } }), 'unknown-reference rules[0].sources.groups[0]'],
    ['until not after from', rule({ id: 'a', until: '2022-01-01' }), 'until-not-after-from rules[0].until'],
    ['imprecise from backwards', rule({ id: 'a', from: { earliest: '2022-02-01', latest: '2022-01-01' } }), 'bad-imprecise-from rules[0].from.latest'],
    ['phase-in past until', rule({ id: 'a', until: '2022-02-01', phaseIn: { until: '2022-03-01' } }), 'bad-phase-in rules[0].phaseIn.until'],
    ['phase-in before from', rule({ id: 'a', phaseIn: { until: '2021-12-01' } }), 'bad-phase-in rules[0].phaseIn.until'],
    ['unknown seed document', rule({ id: 'a', evidence: [{ seed: 'missing.txt', quote: 'x' }] }), 'unknown-document rules[0].evidence[0].seed'],
  ])('finds %s', (_, bad, expected) => {
    expect(codes([bad])).toEqual([expected]);
  });

  it('finds duplicate rule ids', () => {
    expect(codes([rule({ id: 'a' }), rule({ id: 'a', surfaces: ['short-video-cart'] })])).toEqual(['duplicate-id rules[1].id']);
  });

  it('finds an alias that names two sources', () => {
    const { problems } = compile([], {
      groups: [],
      sources: [
        { id: 'alpha', name: 'Alpha', aliases: ['x'], groups: [], domains: [] },
        { id: 'beta', name: 'Beta', aliases: ['X'], groups: [], domains: [] },
      ],
    });
    expect(problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual(['alias-conflict sources[1].aliases[0]']);
  });
  // A character that shows nothing leaves the name it stands in as it reads: two names that read alike name one thing.
  it.each([
    ['a zero-width space', 'a\u200bx'],
    ['a soft hyphen', 'ax\u00ad'],
    ['a word joiner', '\u2060ax'],
    ['a zero-width joiner', 'a\u200dx'],
    ['a variation selector', 'a\ufe0fx'],
    ['a byte order mark', '\ufeffax'],
    ['full-width letters', 'ＡＸ'],
    // A bidirectional control changes how a name is shown, not what it reads as here: `a` RLO `x` shows as ax.
    ['a right-to-left override', 'a\u202ex'],
    ['a left-to-right mark', 'ax\u200e'],
    ['isolates', '\u2066ax\u2069'],
    // A Cyrillic or Greek letter drawn as the Latin one: а (Cyrillic) and x, Α (Greek) and Х (Cyrillic).
    ['a Cyrillic letter drawn as a Latin one', '\u0430x'],
    ['Greek and Cyrillic capitals drawn as Latin ones', '\u0391\u0425'],
  ])('finds an alias that differs from another only by %s', (_, alias) => {
    const { problems } = compile([], {
      groups: [],
      sources: [
        { id: 'alpha', name: 'Alpha', aliases: ['ax'], groups: [], domains: [] },
        { id: 'beta', name: 'Beta', aliases: [alias], groups: [], domains: [] },
      ],
    });
    expect(problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual(['alias-conflict sources[1].aliases[0]']);
  });
});

describe('a group query (issue 9: taobao asks about Taobao and Tmall at once)', () => {
  const groupVerdict = (rules: Parameters<typeof compile>[0], date: string) => {
    const { catalog, problems } = compile(rules);
    expect(problems).toEqual([]);
    const answer = checkGroup(catalog, { platform: 'shop', group: 'outside', surface: 'live-cart', at: momentInstant(date, 'Asia/Shanghai') });
    const members = answer.group!.members.map((member) => `${member.source!.id}=${member.verdict}`).join(' ');
    return `${answer.verdict}:${answer.reason}:${answer.rule?.rule.id ?? '-'} ${members}`;
  };

  it.each([
    [
      'every member allowed by one rule',
      [rule({ id: 'both', effect: 'allow', sources: { ids: ['alpha', 'beta'] }, evidence: [{ url: 'https://example.com/report', published: '2021-12-01', quote: 'Alpha and Beta links may be placed in the cart.' }] })],
      'allowed:in-force:both alpha=allowed beta=allowed',
    ],
    // Its evidence names Alpha alone (allow-source-unnamed): it does not speak of Beta.
    ['every member in an allow whose evidence names one', [rule({ id: 'both', effect: 'allow', sources: { ids: ['alpha', 'beta'] }, evidence: [{ url: 'https://example.com/report', published: '2021-12-01', quote: 'Alpha links may be placed in the cart.' }] })], 'unknown:members-differ:- alpha=allowed beta=unknown'],
    ['every member denied, by different rules', [rule({ id: 'a' }), rule({ id: 'b', sources: { ids: ['beta'] }, from: '2022-02-01' })], 'denied:in-force:- alpha=denied beta=denied'],
    ['members differ', [rule({ id: 'a' }), rule({ id: 'b', effect: 'allow', sources: { ids: ['beta'] } })], 'unknown:members-differ:- alpha=denied beta=allowed'],
    ['one member has no rule', [rule({ id: 'a', effect: 'allow' })], 'unknown:members-differ:- alpha=allowed beta=unknown'],
    ['no member has a rule', [rule({ id: 'a', effect: 'allow', from: '2023-01-01' })], 'unknown:no-rule:- alpha=unknown beta=unknown'],
  ])('%s', (_, rules, expected) => {
    expect(groupVerdict(rules, '2022-06-01')).toBe(expected);
  });

  it('names where the record begins for the group when no member has a rule yet', () => {
    const { catalog } = compile([rule({ id: 'later', from: '2023-01-01' }), rule({ id: 'sooner', sources: { ids: ['beta'] }, from: '2022-12-01' })]);
    const answer = checkGroup(catalog, { platform: 'shop', group: 'outside', surface: 'live-cart', at: momentInstant('2022-06-01', 'Asia/Shanghai') });
    expect(answer.next?.rule.id).toBe('sooner');
  });

  it('refuses an unknown group', () => {
    const { catalog } = compile([rule({ id: 'a' })]);
    expect(thrownWords(() => checkGroup(catalog, { platform: 'shop', group: 'inside', surface: 'live-cart', at: 0 }))).toMatch('unknown group "inside"');
  });
});
