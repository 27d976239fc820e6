// --as-known-on uses only what was published by that day: starts, ends and scopes
// alike. The property: the answer as known on a day is the answer from a record
// built only from what was published by then, for every check, group, view and
// the verdict index built from that record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedOn, type Catalog, type CompiledRule } from '../../src/engine/catalog.js';
import { check, type Answer, type Query } from '../../src/engine/check.js';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { checkGroup } from '../../src/engine/group-check.js';
import { momentInstant } from '../../src/time/moment.js';
import { buildVerdictIndex } from '../../src/engine/verdict-index.js';
import { ruleKnownOn } from '../../src/engine/known-on.js';
import { loadCatalog, loadRuleSet } from '../../src/load/load-catalog.js';
import type { Evidence, LoadedRuleFile, Rule, SeedDocument } from '../../src/model/types.js';
import { foldForNames } from '../../src/engine/quote-meaning.js';
import { named, namesOf, namingWords } from '../../src/engine/source-names.js';
import { matrixOf } from '../../src/views/matrix.js';
import { trackOf } from '../../src/views/periods.js';
import { ROOT } from '../helpers/catalog.js';
import { cli } from '../helpers/exec.js';
import { compile, rule } from '../helpers/fixture.js';

// Seeded and modest here; more with `npm run fuzz` (FUZZ_RUNS).
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const FIXTURE = 'test/fixtures/known-on/march-2022-cut.json';
const at = (date: string) => momentInstant(date, 'Asia/Shanghai');

describe('an end reported after the rule (untilEvidence)', async () => {
  const catalog = await loadCatalog({ root: ROOT, builtin: false, rules: [`${ROOT}/${FIXTURE}`] });
  const ask = (source: string, date: string, asKnownOn?: string) =>
    check(catalog, { platform: 'kuaishou', source, surface: 'live-cart', at: at(date), ...(asKnownOn ? { asKnownOn } : {}) });

  it.each([
    // Before the end was reported (2022-10-20) the cut had no end: the answer then was denied.
    ['tmall', '2022-10-15', 'denied', 'kuaishou-2022-03-taobao-cut'],
    ['taobao', '2022-10-15', 'denied', 'kuaishou-2022-03-taobao-cut'],
    // From the report of the end on, the cut ends on 2022-10-28; the Tmall restoration was reported on 2022-10-28.
    ['tmall', '2022-10-20', 'unknown', undefined],
    ['taobao', '2022-10-20', 'unknown', undefined],
    ['tmall', '2022-10-28', 'allowed', 'kuaishou-2022-10-tmall-restored'],
    ['tmall', undefined, 'allowed', 'kuaishou-2022-10-tmall-restored'],
  ])('%s live-cart 2022-11-15 as known on %s is %s', (source, knownOn, verdict, deciding) => {
    const answer = ask(source, '2022-11-15', knownOn);
    expect(answer.verdict).toBe(verdict);
    expect(answer.rule?.rule.id).toBe(deciding);
  });

  it('shows the rule open-ended, and no evidence for an end not yet reported', () => {
    const answer = ask('tmall', '2022-11-15', '2022-10-15');
    expect(answer.rule?.end).toBe(Infinity);
    expect(answer.rule?.rule.until).toBeUndefined();
    expect(answer.untilEvidence).toEqual([]);
  });

  it('cites the evidence for the end once it was published', () => {
    const answer = ask('taobao', '2022-06-01', '2022-10-20');
    expect(answer.rule?.rule.until).toBe('2022-10-28');
    expect(answer.untilEvidence.map((evidence) => evidence.quote)).toEqual(['The change is expected to take place between October 28 and October 31']);
    expect(ask('taobao', '2022-10-29', '2022-10-20').lastKnown?.rule.id).toBe('kuaishou-2022-03-taobao-cut');
  });

  it('answers a group from its members as known then', () => {
    const answer = checkGroup(catalog, { platform: 'kuaishou', group: 'taobao-alliance', surface: 'live-cart', at: at('2022-11-15'), asKnownOn: '2022-10-15' });
    expect(answer.verdict).toBe('denied');
  });

  it('gives a timeline with no end as known before the end was reported', () => {
    const periods = (asKnownOn?: string) =>
      trackOf(catalog, { platform: 'kuaishou', source: 'taobao', surface: 'live-cart', ...(asKnownOn ? { asKnownOn } : {}) }).periods.map((period) => [period.verdict, period.until]);
    expect(periods('2022-10-15')).toEqual([['unknown', at('2022-03-01')], ['denied', Infinity]]);
    expect(periods()).toEqual([['unknown', at('2022-03-01')], ['denied', at('2022-10-28')], ['unknown', Infinity]]);
  });

  it('linkcheck tmall live-cart 2022-11-15 --as-known-on 2022-10-15 is denied (exit 1), the rule with no until', async () => {
    const run = await cli(['--no-builtin-rules', '--rules', FIXTURE, 'tmall', 'live-cart', '2022-11-15', '--as-known-on', '2022-10-15', '--json']);
    expect(run.code).toBe(1);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ verdict: 'denied', rule: { id: 'kuaishou-2022-03-taobao-cut', until: null }, untilEvidence: [], asKnownOn: '2022-10-15' });
  });

  it('prints the evidence for the end in the answer with --explain and in rules show', async () => {
    const run = await cli(['--no-builtin-rules', '--rules', FIXTURE, 'taobao', 'live-cart', '2022-06-01', '--explain']);
    expect(run.stdout).toContain(
      '  end          “The change is expected to take place between October 28 and October 31”\n' +
        '               — Pandaily, through a mirror (comparemela.com), published 2022-10-20, https://comparemela.com/amparticle/kuaishou-reopens-access-for-taobao-products-as-double-11-approaches-2022102058393\n',
    );
    const show = await cli(['--no-builtin-rules', '--rules', FIXTURE, 'rules', 'show', 'kuaishou-2022-03-taobao-cut']);
    expect(show.stdout).toContain('\nEvidence for the end (known since 2022-10-20; before then the rule is open-ended with --as-known-on):\n  “The change is expected');
    const json = JSON.parse((await cli(['--no-builtin-rules', '--rules', FIXTURE, 'rules', 'show', 'kuaishou-2022-03-taobao-cut', '--json'])).stdout);
    expect(json).toMatchObject({ knownSince: '2022-02-23', endKnownSince: '2022-10-20', untilEvidence: [{ kind: 'report', published: { date: '2022-10-20' } }] });
  });
});

describe("an allow's claim to cover every link", () => {
  const { catalog, problems } = compile([
    rule({
      id: 'open',
      effect: 'allow',
      sources: { anyExcept: ['home'] },
      coversAnyLink: { quote: 'links of every source may be placed in the cart' },
      evidence: [
        { url: 'https://example.com/first', published: '2021-12-01', quote: 'Alpha links may be placed in the cart.' },
        { url: 'https://example.com/later', published: '2022-02-01', quote: 'From now on links of every source may be placed in the cart.' },
      ],
    }),
  ]);
  const ask = (source: string | null, asKnownOn: string) => check(catalog, { platform: 'shop', source, surface: 'live-cart', at: at('2022-06-01'), asKnownOn }).verdict;

  it('counts from the day the evidence saying so was published', () => {
    expect(problems).toEqual([]);
    expect([ask('alpha', '2022-01-15'), ask(null, '2022-01-15'), ask(null, '2022-02-01')]).toEqual(['allowed', 'unknown', 'allowed']);
  });

  it('covers before then only the sources its evidence out by then names', () => {
    // The first report names Alpha alone: Beta, a source of the catalogue it does not name, is not covered until every link is.
    expect([ask('beta', '2022-01-15'), ask('beta', '2022-02-01'), ask('beta', '2022-02-01')]).toEqual(['unknown', 'allowed', 'allowed']);
    expect(check(catalog, { platform: 'shop', source: 'beta', surface: 'live-cart', at: at('2022-06-01'), asKnownOn: '2022-01-15' }).rule).toBeNull();
  });
});

describe('an allow whose evidence names its sources on different days', () => {
  const { catalog, problems } = compile([
    rule({
      id: 'both',
      effect: 'allow',
      sources: { ids: ['beta', 'home'] },
      evidence: [
        { url: 'https://example.com/first', published: '2021-12-01', quote: 'Home shop links may be placed in the cart.' },
        { url: 'https://example.com/later', published: '2022-03-01', quote: 'Beta links may be placed in the cart as well.' },
      ],
    }),
  ]);
  const ask = (source: string, asKnownOn?: string) => check(catalog, { platform: 'shop', source, surface: 'live-cart', at: at('2022-06-01'), ...(asKnownOn ? { asKnownOn } : {}) }).verdict;

  it('covers each from the day its evidence first named it', () => {
    expect(problems).toEqual([]);
    expect([ask('home', '2022-02-01'), ask('beta', '2022-02-01'), ask('beta', '2022-03-01'), ask('beta')]).toEqual(['allowed', 'unknown', 'allowed', 'allowed']);
  });

  it('names a source by the title of a report too', () => {
    const titled = compile([
      rule({
        id: 'titled',
        effect: 'allow',
        sources: { ids: ['beta', 'home'] },
        evidence: [
          { url: 'https://example.com/first', published: '2021-12-01', title: 'Beta and the Home shop return', quote: 'The change takes effect on New Year\'s Day.' },
          { url: 'https://example.com/later', published: '2022-03-01', quote: 'Beta links may be placed in the cart as well.' },
        ],
      }),
    ]);
    expect(titled.problems).toEqual([]);
    expect(check(titled.catalog, { platform: 'shop', source: 'beta', surface: 'live-cart', at: at('2022-06-01'), asKnownOn: '2022-02-01' }).verdict).toBe('allowed');
  });
});

describe('a start reported after the rule (fromStated)', () => {
  const opens = rule({
    id: 'opens',
    effect: 'allow',
    sources: { ids: ['home'] },
    from: { earliest: '2019-06-01', latest: '2019-07-01' },
    fromStated: { quote: 'inked last June' },
    evidence: [
      { url: 'https://example.com/still', published: '2019-12-30', quote: 'Home shop links are still available in the cart.' },
      { url: 'https://example.com/deal', published: '2020-05-27', quote: 'A deal with the Home shop, inked last June, sends buyers to it.' },
    ],
  });
  const { catalog, problems } = compile([opens]);
  const ask = (date: string, asKnownOn?: string) => check(catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at(date), ...(asKnownOn ? { asKnownOn } : {}) });

  it('starts no earlier than the rule\'s first evidence as known before it was reported', () => {
    expect(problems).toEqual([]);
    expect([ask('2019-07-15', '2019-12-30').verdict, ask('2019-12-29T23:59', '2019-12-30').verdict, ask('2019-12-30', '2019-12-30').verdict]).toEqual(['unknown', 'unknown', 'allowed']);
    expect(ask('2019-07-15', '2019-12-30').next?.start).toBe(at('2019-12-30'));
    expect([ask('2019-07-15', '2020-05-27').verdict, ask('2019-06-15', '2020-05-27').reason, ask('2019-07-15').verdict]).toEqual(['allowed', 'imprecise-start', 'allowed']);
  });

  it('keeps a start the first evidence already covers', () => {
    const later = compile([{ ...opens, id: 'later', from: '2020-01-10' }]);
    expect(check(later.catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at('2020-01-09'), asKnownOn: '2019-12-30' }).verdict).toBe('unknown');
    expect(check(later.catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at('2020-01-10'), asKnownOn: '2019-12-30' }).verdict).toBe('allowed');
  });

  it('is not on record at all when its end comes before its first evidence', () => {
    const ended = compile([{ ...opens, id: 'ended', until: '2019-09-01' }]);
    expect(check(ended.catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at('2019-08-01'), asKnownOn: '2020-01-01' }).rule).toBeNull();
    expect(check(ended.catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at('2019-08-01'), asKnownOn: '2020-06-01' }).verdict).toBe('allowed');
  });

  it('must quote the rule\'s own evidence', () => {
    const unquoted = compile([{ ...opens, id: 'unquoted', fromStated: { quote: 'signed in June' } }, { ...opens, id: 'phased', phaseIn: { until: '2019-08-01', untilStated: { quote: 'not in any quote' } } }]);
    expect(unquoted.problems.map((problem) => `${problem.code} ${problem.path}`)).toEqual(['stated-unquoted rules[0].fromStated.quote', 'stated-unquoted rules[1].phaseIn.untilStated.quote']);
  });
});

describe('a start stated later, as known before, beside another rule', () => {
  // Reported on 2024-01-10 as in force, and on 2024-02-01 as in force since December: as known
  // before 2024-02-01 it starts on 2024-01-10.
  const since = (id: string, effect: 'allow' | 'deny') =>
    rule({
      id,
      effect,
      from: '2023-12-01',
      fromStated: { quote: 'since December' },
      status: 'reported',
      evidence: [
        { url: 'https://example.com/now', published: '2024-01-10', quote: 'Alpha links stay out of the live cart.' },
        { url: 'https://example.com/since', published: '2024-02-01', quote: 'Alpha links have stayed out of the live cart since December.' },
      ],
    });
  const announced = (id: string, effect: 'allow' | 'deny', from: Rule['from']) =>
    rule({ id, effect, from, evidence: [{ url: 'https://example.com/notice', published: '2024-01-05', quote: 'Alpha links go back into the live cart.' }] });
  const ask = (rules: Rule[], date: string, asKnownOn?: string) => {
    const { catalog, problems } = compile(rules);
    expect(problems).toEqual([]);
    const query: Query = { platform: 'shop', source: 'alpha', surface: 'live-cart', at: at(date), ...(asKnownOn ? { asKnownOn } : {}) };
    const answer = check(catalog, query);
    const index = buildVerdictIndex(catalog, asKnownOn ? { asKnownOn } : {}).decision(query);
    const track = trackOf(catalog, { platform: 'shop', source: 'alpha', surface: 'live-cart', ...(asKnownOn ? { asKnownOn } : {}) });
    const period = track.periods.find((each) => each.from <= query.at && query.at < each.until)!;
    expect([index.verdict, index.rule?.rule.id, period.verdict]).toEqual([answer.verdict, answer.rule?.rule.id, answer.verdict]);
    return [answer.verdict, answer.reason, answer.rule?.rule.id];
  };

  it.each([
    ['a-deny', 'z-allow'],
    ['z-deny', 'a-allow'],
  ])('yields to a rule starting on that day whatever their ids (%s, %s), as the whole record does', (deny, allow) => {
    // The deny's own start is earlier: the allow of 2024-01-10 started later, and decides.
    const rules = [since(deny, 'deny'), announced(allow, 'allow', '2024-01-10')];
    expect(ask(rules, '2024-01-15', '2024-01-12')).toEqual(['allowed', 'in-force', allow]);
    expect(ask(rules, '2024-01-15')).toEqual(['allowed', 'in-force', allow]);
  });

  it('answers unknown where, as known then, it starts inside the window of another rule\'s start', () => {
    // As known on 2024-01-25 the allow starts on 2024-01-10, inside the deny's window: which started later is not known.
    const rules = [since('opens', 'allow'), announced('closes', 'deny', { earliest: '2024-01-05', latest: '2024-01-20' })];
    expect(ask(rules, '2024-01-25', '2024-01-25')).toEqual(['unknown', 'imprecise-start', 'closes']);
    expect(ask(rules, '2024-01-12', '2024-01-25')).toEqual(['unknown', 'imprecise-start', 'closes']);
    expect(ask(rules, '2024-01-09', '2024-01-25')).toEqual(['unknown', 'imprecise-start', 'closes']);
    // Once its start is stated, the allow started in December and the deny superseded it.
    expect(ask(rules, '2024-01-25', '2024-02-01')).toEqual(['denied', 'in-force', 'closes']);
    expect(ask(rules, '2024-01-25')).toEqual(['denied', 'in-force', 'closes']);
  });
});

describe('starts stated later, as known before, on one day', () => {
  const MONTHS = { October: '2023-10-01', November: '2023-11-01', December: '2023-12-01' } as const;
  // Each first reported on 2024-01-10 as in force, its start stated on 2024-02-01: as known before
  // then each starts on 2024-01-10, and which started later is not known.
  const reported = (id: string, effect: 'allow' | 'deny', since: keyof typeof MONTHS, more: Partial<Rule> = {}) =>
    rule({
      id,
      effect,
      from: MONTHS[since],
      fromStated: { quote: `since ${since}` },
      status: 'reported',
      evidence: [
        { url: `https://example.com/${id}/now`, published: '2024-01-10', quote: effect === 'allow' ? 'Alpha links are back in the live cart.' : 'Alpha links stay out of the live cart.' },
        { url: `https://example.com/${id}/since`, published: '2024-02-01', quote: `Alpha links have been ${effect === 'allow' ? 'in' : 'out of'} the live cart since ${since}.` },
      ],
      ...more,
    });
  const group = { sources: { groups: ['outside'] } };
  /** check()'s verdict and reason; the verdict index gives its verdict and rule, the timeline and the matrix its verdict. */
  const ask = (rules: Rule[], date: string, asKnownOn?: string) => {
    const { catalog, problems } = compile(rules);
    expect(problems).toEqual([]);
    const known = asKnownOn ? { asKnownOn } : {};
    const query: Query = { platform: 'shop', source: 'alpha', surface: 'live-cart', at: at(date), ...known };
    const answer = check(catalog, query);
    const index = buildVerdictIndex(catalog, known).decision(query);
    const period = trackOf(catalog, { platform: 'shop', source: 'alpha', surface: 'live-cart', ...known }).periods.find((each) => each.from <= query.at && query.at < each.until)!;
    const cell = matrixOf(catalog, 'shop', { at: query.at, precision: 'second' }, asKnownOn).rows[0]![0]!;
    expect([index.verdict, index.rule?.rule.id, period.verdict, cell.verdict]).toEqual([answer.verdict, answer.rule?.rule.id, answer.verdict, answer.verdict]);
    return [answer.verdict, answer.reason];
  };
  /** The ids of the rule shown and the first it overrides, in id order. */
  const shown = (rules: Rule[], date: string, asKnownOn: string) => {
    const answer = check(compile(rules).catalog, { platform: 'shop', source: 'alpha', surface: 'live-cart', at: at(date), asKnownOn });
    return [answer.rule?.rule.id, answer.overridden[0]?.rule.id].sort();
  };

  it.each([
    ['a-allow', 'z-deny'],
    ['z-allow', 'a-deny'],
  ])('an allow and a deny answer unknown whatever their ids (%s, %s), and as the whole record once their starts are stated', (allow, deny) => {
    const rules = [reported(allow, 'allow', 'November'), reported(deny, 'deny', 'December')];
    for (const date of ['2024-01-10', '2024-01-15', '2024-03-01']) expect(ask(rules, date, '2024-01-12')).toEqual(['unknown', 'imprecise-start']);
    expect(shown(rules, '2024-01-15', '2024-01-12')).toEqual([allow, deny].sort());
    expect(ask(rules, '2024-01-09', '2024-01-12')).toEqual(['unknown', 'no-rule']);
    // Stated, the deny began in December, after the allow.
    expect(ask(rules, '2024-01-15', '2024-02-01')).toEqual(['denied', 'in-force']);
    expect(ask(rules, '2024-01-15')).toEqual(['denied', 'in-force']);
    // The other way round, the allow began later.
    const swapped = [reported(allow, 'allow', 'December'), reported(deny, 'deny', 'November')];
    expect(ask(swapped, '2024-01-15', '2024-01-12')).toEqual(['unknown', 'imprecise-start']);
    expect(ask(swapped, '2024-01-15', '2024-02-01')).toEqual(['allowed', 'in-force']);
  });

  it.each([
    ['a-deny', 'z-deny'],
    ['z-deny', 'a-deny'],
  ])('two denies answer denied (%s, %s)', (first, second) => {
    expect(ask([reported(first, 'deny', 'November'), reported(second, 'deny', 'December')], '2024-01-15', '2024-01-12')).toEqual(['denied', 'in-force']);
  });

  it.each([
    ['a-allow', 'z-allow'],
    ['z-allow', 'a-allow'],
  ])('two allows answer unknown while only one of them rolls out (%s rolling out, %s)', (rolling, plain) => {
    // Rolling out from November to 2024-01-20: as known in January, from 2024-01-10 to then.
    const rules = [reported(rolling, 'allow', 'November', { phaseIn: { until: '2024-01-20' } }), reported(plain, 'allow', 'December')];
    expect(ask(rules, '2024-01-15', '2024-01-12')).toEqual(['unknown', 'imprecise-start']);
    expect(ask(rules, '2024-01-25', '2024-01-12')).toEqual(['allowed', 'in-force']);
  });

  it.each([
    ['a-allow', 'z-deny'],
    ['z-allow', 'a-deny'],
  ])('the rule for the source decides over the rule for its group on that day, as on any start (%s, %s)', (allow, deny) => {
    expect(ask([reported(allow, 'allow', 'December'), reported(deny, 'deny', 'November', group)], '2024-01-15', '2024-01-12')).toEqual(['allowed', 'in-force']);
    expect(ask([reported(allow, 'allow', 'November', group), reported(deny, 'deny', 'December')], '2024-01-15', '2024-01-12')).toEqual(['denied', 'in-force']);
  });

  it.each([
    ['a-allow', 'm-deny', 'z-deny'],
    ['z-allow', 'm-deny', 'a-deny'],
    ['m-allow', 'a-deny', 'z-deny'],
  ])('three rules (%s, %s, %s)', (allow, deny, other) => {
    // Two denies and an allow, all so moved: unknown.
    expect(ask([reported(allow, 'allow', 'November'), reported(deny, 'deny', 'December'), reported(other, 'deny', 'October')], '2024-01-15', '2024-01-12')).toEqual(['unknown', 'imprecise-start']);
    // A rule announced to start on that day started after both: it decides.
    const announced = rule({ id: other, effect: 'deny', from: '2024-01-10', evidence: [{ url: 'https://example.com/notice', published: '2024-01-05', quote: 'Alpha links leave the live cart on 10 January.' }] });
    expect(ask([reported(allow, 'allow', 'November'), reported(deny, 'deny', 'December'), announced], '2024-01-15', '2024-01-12')).toEqual(['denied', 'in-force']);
    // A rule for the source decides over two for its group that tie.
    expect(ask([reported(allow, 'allow', 'November', group), reported(deny, 'deny', 'December', group), reported(other, 'deny', 'October')], '2024-01-15', '2024-01-12')).toEqual(['denied', 'in-force']);
    // Two rules for the source that tie are not decided by a rule for its group.
    expect(ask([reported(allow, 'allow', 'November'), reported(deny, 'deny', 'December'), reported(other, 'deny', 'October', group)], '2024-01-15', '2024-01-12')).toEqual(['unknown', 'imprecise-start']);
  });

  it('answers as check() and the verdict index alike whatever the rules\' ids, on random rules first reported on two days', () => {
    // Starts in the autumn, each first reported on 10 or 12 January, most stated only on 1 February:
    // as known in January many start on one of those days, and tie.
    const drawn = fc.record({
      effect: fc.constantFrom('allow' as const, 'deny' as const),
      sources: fc.constantFrom<Rule['sources']>({ ids: ['alpha'] }, { groups: ['outside'] }, { anyExcept: ['home'] }),
      start: fc.integer({ min: 0, max: 80 }),
      reported: fc.constantFrom('2024-01-10', '2024-01-12'),
      stated: fc.boolean(),
      phaseIn: fc.option(fc.constantFrom('2024-01-11', '2024-01-20', '2024-03-01')),
      until: fc.option(fc.constantFrom('2024-01-11', '2024-01-15', '2024-02-20')),
    });
    const days = ['2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12', '2024-01-13', '2024-02-01'];
    const instants = ['2023-12-01', '2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12', '2024-01-16', '2024-01-25', '2024-02-25', '2024-04-01'].map(at);
    let ties = 0;
    fc.assert(
      fc.property(fc.array(drawn, { minLength: 2, maxLength: 6 }), (list) => {
        const made = (idOf: (index: number) => string) =>
          list.map((each, index) =>
            rule({
              id: idOf(index),
              effect: each.effect,
              sources: each.sources,
              from: new Date(Date.UTC(2023, 9, 1) + each.start * 86_400_000).toISOString().slice(0, 10),
              ...(each.stated ? { fromStated: { quote: 'in force since' } } : {}),
              ...(each.phaseIn !== null ? { phaseIn: { until: each.phaseIn } } : {}),
              ...(each.until !== null ? { until: each.until } : {}),
              status: 'reported',
              evidence: [
                { url: `https://example.com/${index}/now`, published: each.reported, quote: 'Links stay as they are in the live cart.' },
                ...(each.stated ? [{ url: `https://example.com/${index}/since`, published: '2024-02-01', quote: 'Links have been in force since the autumn.' }] : []),
              ],
            }),
          );
        const forward = compile(made((index) => `rule-${index}`));
        const reversed = compile(made((index) => `rule-${list.length - 1 - index}`));
        // A record that ties, or whose phase-in outlasts its end, is refused: nothing to ask of it.
        fc.pre(forward.problems.length === 0);
        for (const asKnownOn of days) {
          const index = buildVerdictIndex(forward.catalog, { asKnownOn });
          for (const instant of instants) {
            const query: Query = { platform: 'shop', source: 'alpha', surface: 'live-cart', at: instant, asKnownOn };
            const answer = check(forward.catalog, query);
            const other = check(reversed.catalog, query);
            expect([other.verdict, other.reason]).toEqual([answer.verdict, answer.reason]);
            const decision = index.decision(query);
            expect([decision.verdict, decision.rule?.rule.id]).toEqual([answer.verdict, answer.rule?.rule.id]);
            // Two rules so moved that tie: so that the property cannot pass without them.
            if (answer.reason === 'imprecise-start' && answer.rule?.startUnstated === true && answer.rule.start === answer.overridden[0]?.start) ties++;
          }
        }
      }),
      { numRuns: RUNS * 2, seed: 21 },
    );
    expect(ties).toBeGreaterThan(RUNS / 2);
  });

  it('says so in words, names both rules, and gives both in JSON', async () => {
    const fixture = 'test/fixtures/known-on/reported-same-day.json';
    const ask = (...extra: string[]) => cli(['--no-builtin-rules', '--rules', fixture, '-p', 'reporting-platform', 'alpha-shop', 'live-cart', '2024-01-15', '--as-known-on', '2024-01-12', ...extra]);
    const text = await ask();
    expect(text.code).toBe(3);
    expect(text.stdout).toContain(
      '  why          rules alpha-links-out and alpha-links-back were both first reported in force on 2024-01-10, before either start was stated: which of them started later, and decides, is not known\n',
    );
    expect((await ask('--lang', 'zh')).stdout).toContain('规则 alpha-links-out 与 alpha-links-back 都在 2024年1月10日 首次被报道生效，当时两者的开始时间都未说明：哪条开始得更晚、由哪条决定，无从得知');
    expect(JSON.parse((await ask('--json')).stdout)).toMatchObject({ verdict: 'unknown', reason: 'imprecise-start', rule: { id: 'alpha-links-out' }, overridden: [{ id: 'alpha-links-back' }] });
    const batch = await cli(['--no-builtin-rules', '--rules', fixture, '-p', 'reporting-platform', 'batch', 'test/fixtures/known-on/reported-same-day.csv', '--as-known-on', '2024-01-12', '--max-staleness', '99999d']);
    expect(batch.stdout.split('\n')[1]).toBe(
      'line 2      unknown     alpha-shop · live-cart · 2024-01-15  rule alpha-links-out and another that answers otherwise, both first reported in force on 2024-01-10, neither start stated yet (warning)',
    );
    // Once the starts are stated, the deny began after the allow.
    const stated = await cli(['--no-builtin-rules', '--rules', fixture, '-p', 'reporting-platform', 'alpha-shop', 'live-cart', '2024-01-15', '--as-known-on', '2024-02-01']);
    expect([stated.code, stated.stdout.split('\n')[0]]).toEqual([1, 'denied  alpha-shop · reporting-platform live-cart · on 2024-01-15 (Asia/Shanghai) · reported']);
  });
});

describe("a phase-in's end reported after the rule (phaseIn.untilStated)", () => {
  const { catalog, problems } = compile([
    rule({
      id: 'phased',
      effect: 'allow',
      sources: { ids: ['home'] },
      from: '2021-09-17',
      phaseIn: { until: '2021-11-29', untilStated: { quote: 'scraps the warning page' } },
      evidence: [
        { url: 'https://example.com/opens', published: '2021-09-18', quote: 'Home shop links open in chats, at first through a warning page.' },
        { url: 'https://example.com/direct', published: '2021-12-01', quote: 'This upgrade scraps the warning page for Home shop links.' },
      ],
    }),
  ]);
  const ask = (date: string, asKnownOn?: string) => check(catalog, { platform: 'shop', source: 'home', surface: 'live-cart', at: at(date), ...(asKnownOn ? { asKnownOn } : {}) });

  it('rolls out with no end on record before it was reported, and ends when it says after', () => {
    expect(problems).toEqual([]);
    expect([ask('2021-12-15', '2021-10-01').verdict, ask('2021-12-15', '2021-10-01').reason, ask('2021-12-15', '2021-12-01').verdict, ask('2021-11-28', '2021-12-01').verdict]).toEqual([
      'rolling-out',
      'phase-in',
      'allowed',
      'rolling-out',
    ]);
    expect(ask('2021-12-15', '2021-10-01').rule?.phaseInUntil).toBe(Infinity);
  });

  it('says so in words, and as null in JSON', async () => {
    const text = await cli(['--rules', 'test/fixtures/known-on/phase-in-reported-later.json', '-p', 'phased-platform', 'home-shop', 'chat', '2021-12-15', '--as-known-on', '2021-10-01', '--explain']);
    expect(text.code).toBe(3);
    expect(text.stdout).toContain('is rolling out from 2021-09-17 00:00, and no end of it is on record yet');
    expect(text.stdout).toContain('allow from 2021-09-17 00:00, rolling out (no end of it on record yet)');
    const json = await cli(['--rules', 'test/fixtures/known-on/phase-in-reported-later.json', '-p', 'phased-platform', 'home-shop', 'chat', '2021-12-15', '--as-known-on', '2021-10-01', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: 'rolling-out', reason: 'phase-in', rule: { phaseInUntil: null } });
    const zh = await cli(['--lang', 'zh', '--rules', 'test/fixtures/known-on/phase-in-reported-later.json', '-p', 'phased-platform', 'home-shop', 'chat', '2021-12-15', '--as-known-on', '2021-10-01']);
    expect(zh.stdout).toContain('记录中尚无其结束时间');
  });
});

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Publication day of evidence, as the README defines it: a window counts from its latest day. */
function publishedDay(evidence: Evidence, documents: ReadonlyMap<string, SeedDocument>): string {
  const published = 'seed' in evidence ? documents.get(evidence.seed)!.published : evidence.published;
  return typeof published === 'string' ? published : published.latest;
}

/** Whether a part stated by a quote (fromStated, phaseIn.untilStated) is stated by the evidence, or stated with the rule (no quote). */
const statedBy = (stated: { quote: string } | undefined, evidence: readonly Evidence[]) => stated === undefined || evidence.some((item) => item.quote.includes(stated.quote));

/**
 * The rule's start as known before the evidence stating it was published: no earlier than the day
 * of its first evidence (a window from that day, when it falls inside the window of an imprecise
 * start); null when the start is known, or that day is no later than the start.
 */
function startAsKnown(full: Rule, firstDay: string): Rule['from'] | null {
  const { from } = full;
  const start = at(typeof from === 'string' ? from : from.earliest);
  const certain = typeof from === 'string' ? start : at(from.latest);
  const reported = at(firstDay);
  if (reported <= start) return null;
  return reported >= certain || typeof from === 'string' ? firstDay : { earliest: firstDay, latest: from.latest };
}

/**
 * The record as a person would have written it on the day: only what was published by then. Two
 * things a rule file cannot say are returned apart, for the compiled record: the rules rolling out
 * with no end on record yet (a phase-in whose end was not yet reported, on an open rule), and the
 * sources an allow for a group or any source covered by then when its evidence had named fewer.
 */
function recordOn(files: readonly LoadedRuleFile[], documents: ReadonlyMap<string, SeedDocument>, day: string, full: Catalog): { files: LoadedRuleFile[]; rollingOut: Set<string>; covering: Map<string, Set<string>> } {
  const known = (evidence: Evidence) => publishedDay(evidence, documents) <= day;
  const rollingOut = new Set<string>();
  const covering = new Map<string, Set<string>>();
  const compiledById = new Map(full.rules.map((compiled) => [compiled.rule.id, compiled]));
  const made = files.map((file) => ({
    ...file,
    data: {
      ...file.data,
      rules: file.data.rules.flatMap((whole): Rule[] => {
        const { until, untilEvidence, coversAnyLink, disputed, fromStated, phaseIn, ...rest } = whole;
        const evidence = whole.evidence.filter(known);
        if (evidence.length === 0) return [];
        const endKnown = untilEvidence === undefined || untilEvidence.some(known);
        const anyLinkKnown = coversAnyLink !== undefined && (whole.effect === 'deny' || evidence.some((item) => item.quote.includes(coversAnyLink.quote)));
        const dispute = disputed?.evidence.filter(known) ?? [];
        const startKnown = statedBy(fromStated, evidence);
        const from = startKnown ? null : startAsKnown(whole, whole.evidence.map((item) => publishedDay(item, documents)).sort()[0]!);
        const certain = from === null ? null : at(typeof from === 'string' ? from : from.latest);
        if (certain !== null && endKnown && until !== undefined && certain >= at(until)) return [];
        const phaseInKnown = statedBy(phaseIn?.untilStated, evidence);
        // Known, a phase-in the later start has passed is over; not known, it lasts to the rule's end.
        const phase = phaseIn === undefined || (phaseInKnown && certain !== null && at(phaseIn.until) <= certain) ? undefined : phaseInKnown ? phaseIn : endKnown && until !== undefined ? { until } : undefined;
        if (phaseIn !== undefined && !phaseInKnown && !(endKnown && until !== undefined)) rollingOut.add(whole.id);
        // An allow covers a source from the day its evidence (or its claim to cover every link) first named it; one no quote ever names, from its first day.
        const compiled = compiledById.get(whole.id)!;
        if (whole.effect === 'allow' && !anyLinkKnown) {
          const namesIt = (list: readonly Evidence[], id: string) => named(namesOf(full.sources.get(id)!, (group) => full.groups.get(group)), list.flatMap(namingWords).map(foldForNames));
          const covered = [...compiled.covers].filter((id) => (coversAnyLink === undefined && !namesIt(whole.evidence, id)) || namesIt(evidence, id));
          if (covered.length < compiled.covers.size) covering.set(whole.id, new Set(covered));
        }
        return [
          {
            ...rest,
            ...(from !== null ? { from } : {}),
            ...(startKnown && fromStated !== undefined ? { fromStated } : {}),
            ...(phase !== undefined ? { phaseIn: phase } : {}),
            evidence,
            ...(endKnown && until !== undefined ? { until } : {}),
            ...(endKnown && untilEvidence !== undefined ? { untilEvidence: untilEvidence.filter(known) } : {}),
            ...(anyLinkKnown ? { coversAnyLink } : {}),
            ...(disputed && dispute.length > 0 ? { disputed: { ...disputed, evidence: dispute } } : {}),
          },
        ];
      }),
    },
  }));
  return { files: made, rollingOut, covering };
}

/** The record of the day compiled (recordOn), with what its files cannot say set on its compiled rules. */
function compiledRecordOn(files: readonly LoadedRuleFile[], documents: ReadonlyMap<string, SeedDocument>, seeds: readonly SeedDocument[], day: string, full: Catalog) {
  const record = recordOn(files, documents, day, full);
  const compiled = compileCatalog(record.files, seeds);
  for (const rule of compiled.catalog.rules) {
    const made = rule as { -readonly [Key in keyof CompiledRule]: CompiledRule[Key] };
    if (record.rollingOut.has(rule.rule.id)) made.phaseInUntil = Infinity;
    const covering = record.covering.get(rule.rule.id);
    if (covering !== undefined) made.covers = covering;
  }
  return compiled;
}

/** What an answer says, for comparing two: rules by id and period, evidence by quote. */
function said(answer: Answer) {
  const ruleSaid = (compiled: Answer['rule']) => (compiled ? `${compiled.rule.id} ${compiled.start} ${compiled.end} ${compiled.coversUnknown}` : null);
  return {
    verdict: answer.verdict,
    reason: answer.reason,
    rule: ruleSaid(answer.rule),
    overridden: answer.overridden.map(ruleSaid),
    evidence: answer.evidence.map((evidence) => evidence.quote),
    untilEvidence: answer.untilEvidence.map((evidence) => evidence.quote),
    next: ruleSaid(answer.next),
    lastKnown: ruleSaid(answer.lastKnown),
    changesDuringDay: answer.changesDuringDay,
    dispute: answer.dispute?.evidence.map((evidence) => evidence.quote) ?? null,
    newestEvidence: answer.freshness.newestEvidence,
    members: answer.group?.members.map((member) => [member.verdict, ruleSaid(member.rule)]) ?? null,
  };
}

const set = await loadRuleSet({ root: ROOT });
const documents = new Map(set.documents.map((document) => [document.file, document]));

/**
 * The shipped record, and the same record with every end reported apart from its rule,
 * some time after the rule and before or after the end itself, so that ends are
 * exercised whatever the shipped data says today.
 */
const laterEnds: LoadedRuleFile[] = set.files.map((file) => ({
  ...file,
  data: {
    ...file.data,
    rules: file.data.rules.map((full, index) => {
      if (full.until === undefined || full.untilEvidence !== undefined) return full;
      const first = full.evidence.map((evidence) => publishedDay(evidence, documents)).sort()[0]!;
      const later = new Date(Date.parse(first) + (20 + ((index * 37) % 400)) * 86_400_000).toISOString().slice(0, 10);
      return { ...full, untilEvidence: [{ url: 'https://example.com/end', published: { earliest: first, latest: later, basis: 'a test window' }, quote: 'it ended' }] };
    }),
  },
}));

describe.each([
  ['the shipped record', set.files],
  ['the shipped record with its ends reported later', laterEnds],
])('as known on a day, over %s', (_, files) => {
  const full = compileCatalog(files, set.documents);
  const catalog = full.catalog;
  const records = new Map<string, { catalog: Catalog; problems: number; index: ReturnType<typeof buildVerdictIndex> }>();
  const recordFor = (day: string) => {
    let record = records.get(day);
    if (!record) {
      const compiled = compiledRecordOn(files, documents, set.documents, day, catalog);
      record = { catalog: compiled.catalog, problems: compiled.problems.length, index: buildVerdictIndex(compiled.catalog) };
      records.set(day, record);
    }
    return record;
  };

  const days = new Set<string>();
  const instants = new Set<number>([at('2018-01-01'), at('2030-01-01')]);
  const shift = (day: string, by: number) => new Date(Date.parse(day) + by * 86_400_000).toISOString().slice(0, 10);
  for (const compiled of catalog.rules) {
    for (const evidence of [...compiled.rule.evidence, ...(compiled.rule.untilEvidence ?? []), ...(compiled.rule.disputed?.evidence ?? [])]) {
      const day = publishedDay(evidence, documents);
      for (const by of [-1, 0, 1]) days.add(shift(day, by));
    }
    for (const instant of [compiled.start, compiled.certainFrom, compiled.phaseInUntil, compiled.end]) {
      if (instant !== undefined && Number.isFinite(instant)) for (const delta of [-1, 0, 1, 86_400_000]) instants.add(instant + delta);
    }
  }
  const platforms = [...catalog.platforms.values()];
  const query = fc.record({
    day: fc.oneof(fc.constantFrom(...days), fc.integer({ min: 0, max: 4000 }).map((offset) => shift('2016-01-01', offset))),
    platform: fc.constantFrom(...platforms),
    surfaceAt: fc.nat(),
    source: fc.constantFrom(...catalog.sources.keys(), null),
    at: fc.oneof(fc.constantFrom(...instants), fc.integer({ min: at('2016-01-01'), max: at('2027-01-01') })),
    wholeDay: fc.boolean(),
  });
  const toQuery = ({ platform, surfaceAt, source, at: instant, wholeDay }: Generated<typeof query>): Query => ({
    platform: platform.id,
    surface: platform.surfaces[surfaceAt % platform.surfaces.length]!.id,
    source,
    at: instant,
    ...(wholeDay ? { precision: 'day' as const, dayEnd: instant + 86_400_000 } : {}),
  });

  it('compiles without problems, and so does the record of every day', () => {
    expect(full.problems).toEqual([]);
    for (const day of [...days].slice(0, 40)) expect(recordFor(day).problems, day).toBe(0);
  });

  it('answers a check as the record of that day does', () => {
    fc.assert(
      fc.property(query, (generated) => {
        const asked = toQuery(generated);
        const record = recordFor(generated.day);
        expect(said(check(catalog, { ...asked, asKnownOn: generated.day }))).toEqual(said(check(record.catalog, asked)));
        const decision = record.index.decision(asked);
        const answer = check(catalog, { ...asked, asKnownOn: generated.day });
        expect([decision.verdict, decision.rule?.rule.id]).toEqual([answer.verdict, answer.rule?.rule.id]);
      }),
      { numRuns: RUNS, seed: 16 },
    );
  });

  it('answers a group as the record of that day does', () => {
    fc.assert(
      fc.property(query, (generated) => {
        const { source: _source, ...asked } = toQuery(generated);
        const record = recordFor(generated.day);
        for (const group of catalog.groups.keys()) {
          expect(said(checkGroup(catalog, { ...asked, group, asKnownOn: generated.day }))).toEqual(said(checkGroup(record.catalog, { ...asked, group })));
        }
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 17 },
    );
  });

  it('gives the timeline the record of that day gives', () => {
    fc.assert(
      fc.property(query, (generated) => {
        const { platform, surface, source } = toQuery(generated);
        if (source === null) return;
        const periods = (from: Catalog, asKnownOn?: string) =>
          trackOf(from, { platform, surface, source, ...(asKnownOn ? { asKnownOn } : {}) }).periods.map((period) => [period.from, period.until, period.verdict, period.answer.rule?.rule.id]);
        expect(periods(catalog, generated.day)).toEqual(periods(recordFor(generated.day).catalog));
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 18 },
    );
  });
});

describe('a rule as known on a day, worked out when read', async () => {
  const catalog = await loadCatalog({ root: ROOT });
  const published = (evidence: Evidence) => publishedOn(evidence, catalog.documents);
  /** The rule as known on the day, worked out whole at once: what ruleKnownOn gave before it was lazy. */
  const whole = (compiled: CompiledRule, day: string) => {
    const known = (evidence: Evidence) => published(evidence) <= day;
    const endKnown = compiled.endKnownSince === undefined || compiled.endKnownSince <= day;
    const anyLinkKnown = compiled.anyLinkKnownSince === undefined || compiled.anyLinkKnownSince <= day;
    const { until, untilEvidence, coversAnyLink, disputed, ...rest } = compiled.rule;
    const startKnown = statedBy(rest.fromStated, compiled.rule.evidence.filter(known));
    if (!startKnown) delete rest.fromStated;
    if (!statedBy(rest.phaseIn?.untilStated, compiled.rule.evidence.filter(known))) delete rest.phaseIn;
    // Written of the whole rule: left out while anything it cites is still to come.
    if ([compiled.rule.evidence, compiled.rule.untilEvidence ?? [], compiled.rule.disputed?.evidence ?? []].flat().some((evidence) => !known(evidence))) {
      rest.summary = '';
      delete rest.note;
    }
    const from = startKnown ? null : startAsKnown(compiled.rule, compiled.knownSince);
    const knownDispute = disputed?.evidence.filter(known) ?? [];
    const rule: Rule = {
      ...rest,
      ...(from !== null ? { from } : {}),
      evidence: compiled.rule.evidence.filter(known),
      ...(endKnown && until !== undefined ? { until } : {}),
      ...(endKnown && untilEvidence !== undefined ? { untilEvidence: untilEvidence.filter(known) } : {}),
      ...(anyLinkKnown && coversAnyLink !== undefined ? { coversAnyLink } : {}),
      ...(disputed && knownDispute.length > 0 ? { disputed: { ...disputed, evidence: knownDispute } } : {}),
    };
    const days = [...new Set([...rule.evidence, ...(rule.untilEvidence ?? []), ...knownDispute].map(published))].sort();
    return { rule, newestEvidence: days.at(-1)!, evidenceDays: days.length > 1 ? days : undefined };
  };
  // Each day a rule's evidence, end, dispute or claim to cover every link was published, and the days either side.
  const days = [...new Set(catalog.rules.flatMap((compiled) => [compiled.rule.evidence, compiled.rule.untilEvidence ?? [], compiled.rule.disputed?.evidence ?? []].flat().map(published)))]
    .flatMap((day) => [-1, 0, 1].map((shift) => new Date(Date.parse(`${day}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10)))
    .sort();

  it('is the rule with the evidence out by then, its keys in the same order, for every built-in rule and day', () => {
    expect(catalog.rules.some((compiled) => compiled.disputeKnownSince !== undefined)).toBe(true);
    expect(catalog.rules.some((compiled) => compiled.evidenceDays !== undefined && compiled.evidenceDays.length > 2)).toBe(true);
    expect(catalog.rules.some((compiled) => compiled.evidenceDays === undefined)).toBe(true);
    for (const day of days) {
      for (const compiled of catalog.rules) {
        const lazy = ruleKnownOn(catalog, compiled, day);
        if (compiled.knownSince > day) {
          expect(lazy).toBeNull();
          continue;
        }
        // A rule whose start, not yet reported, would fall at or after its end is not on record.
        const from = statedBy(compiled.rule.fromStated, compiled.rule.evidence.filter((evidence) => published(evidence) <= day)) ? null : startAsKnown(compiled.rule, compiled.knownSince);
        const endKnown = compiled.endKnownSince === undefined || compiled.endKnownSince <= day;
        if (from !== null && endKnown && at(typeof from === 'string' ? from : from.latest) >= compiled.end) {
          expect(lazy).toBeNull();
          continue;
        }
        const expected = whole(compiled, day);
        expect(Object.keys(lazy!.rule)).toEqual(Object.keys(expected.rule));
        expect(JSON.stringify(lazy!.rule)).toBe(JSON.stringify(expected.rule));
        expect(lazy!.newestEvidence).toBe(expected.newestEvidence);
        expect(lazy!.evidenceDays).toEqual(expected.evidenceDays);
      }
    }
  });
});
