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
});

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Publication day of evidence, as the README defines it: a window counts from its latest day. */
function publishedDay(evidence: Evidence, documents: ReadonlyMap<string, SeedDocument>): string {
  const published = 'seed' in evidence ? documents.get(evidence.seed)!.published : evidence.published;
  return typeof published === 'string' ? published : published.latest;
}

/** The record as a person would have written it on the day: only what was published by then. */
function recordOn(files: readonly LoadedRuleFile[], documents: ReadonlyMap<string, SeedDocument>, day: string): LoadedRuleFile[] {
  const known = (evidence: Evidence) => publishedDay(evidence, documents) <= day;
  return files.map((file) => ({
    ...file,
    data: {
      ...file.data,
      rules: file.data.rules.flatMap((full): Rule[] => {
        const { until, untilEvidence, coversAnyLink, disputed, ...rest } = full;
        const evidence = full.evidence.filter(known);
        if (evidence.length === 0) return [];
        const endKnown = untilEvidence === undefined || untilEvidence.some(known);
        const anyLinkKnown = coversAnyLink !== undefined && (full.effect === 'deny' || evidence.some((item) => item.quote.includes(coversAnyLink.quote)));
        const dispute = disputed?.evidence.filter(known) ?? [];
        return [
          {
            ...rest,
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
      const compiled = compileCatalog(recordOn(files, documents, day), set.documents);
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
    const knownDispute = disputed?.evidence.filter(known) ?? [];
    const rule: Rule = {
      ...rest,
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
        const expected = whole(compiled, day);
        expect(Object.keys(lazy!.rule)).toEqual(Object.keys(expected.rule));
        expect(JSON.stringify(lazy!.rule)).toBe(JSON.stringify(expected.rule));
        expect(lazy!.newestEvidence).toBe(expected.newestEvidence);
        expect(lazy!.evidenceDays).toEqual(expected.evidenceDays);
      }
    }
  });
});
