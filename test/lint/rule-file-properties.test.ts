// Properties of rule files as input (#14): whatever a file holds (valid JSON of any
// shape, rule-like data with hostile values, broken JSON, deep nesting, huge strings),
// loading it and linting it never crash and never print a stack trace. Loading refuses
// it with one error line and exit 2, or loads it; the lint exits 0, 1 or 2 (README
// "Exit codes") and prints nothing a terminal could act on. Seeded and small here;
// `npm run fuzz` runs it FUZZ_RUNS times.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAW_CONTROL, runMain, type MainRun } from '../cli/run-main.js';
import { tempFolder } from '../helpers/temp.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
/** Generous: a run takes a few milliseconds to tens of them, and a slow machine must not fail the suite. */
const TIMEOUT = 60_000 + RUNS * 120;

const hostile = fc.constantFrom('\x1b[2J', '\u009b', '\x7f', '\u202e', '\u2066', '\u200b', '\ufeff', '\u2028', '\n::error::x', '##[error]', '<script>', ']]>', '\ud800', '\0', '"', '\\', '，', 'J', '');
const short = fc.oneof(fc.string({ maxLength: 12 }), hostile, fc.constantFrom('taobao', 'jd', 'third-party', 'taobao-alliance', 'kuaishou', 'live-cart', 'douyin', 'short-video-cart', '2022-03-01', '2022-02-28T16:00:00Z', 'Asia/Shanghai', 'allow', 'deny', 'announced', 'all third-party links'));
const id = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('taobao', 'jd', 'kuaishou', 'live-cart', 'fuzz-shop', 'fuzz-rule', 'third-party', 'cart') }, { weight: 1, arbitrary: short });
const date = fc.oneof(fc.constantFrom('2022-03-01', '2021-12-31', '2022-02-30', '2022-03-01T00:00', '2022-02-28T16:00:00Z', '1899-01-01', '9999-12-31'), short);
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** A value where a field is expected: mostly plausible, sometimes of another shape. */
const or = <T,>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyJson });

const evidence = fc.oneof(
  fc.record({ seed: or(fc.constantFrom('003_b33adc707230615d.txt', '000_f2a23841fc614fb7.txt', 'missing.txt')), quote: or(short) }, { requiredKeys: [] }),
  fc.record({ url: or(fc.constantFrom('https://example.com/r', 'javascript:alert(1)', 'not a url')), published: or(fc.oneof(date, fc.record({ earliest: date, latest: date, basis: short }))), quote: or(short), title: or(short) }, { requiredKeys: [] }),
);
const selector = fc.oneof(fc.record({ ids: or(fc.array(id, { maxLength: 3 })) }), fc.record({ groups: or(fc.array(id, { maxLength: 2 })) }), fc.record({ anyExcept: or(fc.array(id, { maxLength: 2 })) }), anyJson);
const rule = fc.record(
  {
    id: or(id),
    platform: or(id),
    effect: or(fc.constantFrom('allow', 'deny')),
    sources: selector,
    coversAnyLink: or(fc.record({ quote: or(short) })),
    surfaces: or(fc.array(id, { maxLength: 3 })),
    from: or(fc.oneof(date, fc.record({ earliest: date, latest: date }))),
    until: or(date),
    phaseIn: or(fc.record({ until: date })),
    status: or(fc.constantFrom('announced', 'confirmed', 'reported', 'disputed')),
    summary: or(short),
    evidence: or(fc.array(evidence, { maxLength: 3 })),
    untilEvidence: or(fc.array(evidence, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const named = fc.record({ id: or(id), name: or(short), aliases: or(fc.array(short, { maxLength: 3 })) }, { requiredKeys: [] });
const platform = fc.record({ id: or(id), name: or(short), timeZone: or(fc.constantFrom('Asia/Shanghai', 'Mars/Base', 'UTC')), surfaces: or(fc.array(named, { maxLength: 2 })) }, { requiredKeys: [] });
const source = fc.record({ id: or(id), name: or(short), aliases: or(fc.array(short, { maxLength: 3 })), groups: or(fc.array(id, { maxLength: 2 })), domains: or(fc.array(fc.oneof(fc.constantFrom('fuzz.example', 'jd.com', 'xn--'), short), { maxLength: 2 })) }, { requiredKeys: [] });
const ruleFile = fc.record(
  { reviewed: or(date), platforms: or(fc.array(platform, { maxLength: 2 })), groups: or(fc.array(named, { maxLength: 2 })), sources: or(fc.array(source, { maxLength: 2 })), rules: or(fc.array(rule, { maxLength: 3 })), extra: anyJson },
  { requiredKeys: [] },
);

/** Text of a file: rule-like data, any JSON, broken JSON, deep nesting or huge strings. */
const fileText = fc.oneof(
  { weight: 6, arbitrary: ruleFile.map((data) => JSON.stringify(data)) },
  { weight: 2, arbitrary: anyJson.map((data) => JSON.stringify(data) ?? 'null') },
  // Broken JSON: a valid file cut short, or with a character replaced.
  { weight: 2, arbitrary: fc.tuple(ruleFile, fc.nat(), fc.string({ maxLength: 2 })).map(([data, at, junk]) => { const text = JSON.stringify(data); const cut = at % (text.length + 1); return `${text.slice(0, cut)}${junk}${text.slice(cut + 1)}`; }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // Deep nesting, in arrays, objects, and inside a rule.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 50_000 }).map((depth) => `{"rules":[{"id":"deep","evidence":${'['.repeat(depth)}${']'.repeat(depth)}}]}`) },
  // Huge strings: a name, a quote or a key of megabytes (up to the 4 MiB file limit and past it).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(100_000, 1_000_000, 3_000_000, 4_300_000), fc.constantFrom('x', '淘', '\x1b', '\\u202e')).map(([length, unit]) => JSON.stringify({ sources: [{ id: 'huge', name: unit.repeat(Math.ceil(length / unit.length)), domains: ['huge.example'] }] })) },
);

const folder = tempFolder('linkcheck-rule-fuzz-');
let counter = 0;

function expectOneLineOrNone(text: string): void {
  expect(text === '' || /^linkcheck: [^\n]*\n$/u.test(text)).toBe(true);
}

function expectNoStack(run: MainRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at [^\n]*:\d+:\d+/u);
  expect(run.stdout).not.toMatch(RAW_CONTROL);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
}

describe('any rule file', () => {
  it(
    'loads or is refused with one line and exit 2; lints with exit 0, 1 or 2; never a crash',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileText, fc.boolean(), async (text, builtin) => {
          const file = join(folder, `rules-${counter++ % 8}.json`);
          writeFileSync(file, text);
          const rules = builtin ? ['--rules', file] : ['--no-builtin-rules', '--rules', file];

          const load = await runMain([...rules, 'rules', 'list', '--json']);
          expectNoStack(load);
          expect([0, 2]).toContain(load.code);
          if (load.code === 2) {
            expectOneLineOrNone(load.stderr);
            expect(load.stderr).not.toBe('');
            expect(Object.keys(JSON.parse(load.stdout))).toEqual(['error']);
          } else {
            expect(load.stderr).toBe('');
            expect(JSON.parse(load.stdout)).toHaveProperty('rules');
          }

          const lint = await runMain(['rules', 'lint', ...(builtin ? [] : ['--no-builtin-rules']), file, '--json']);
          expectNoStack(lint);
          expect([0, 1, 2]).toContain(lint.code);
          expectOneLineOrNone(lint.stderr);
          const report = JSON.parse(lint.stdout) as { problems?: { severity: string }[]; error?: unknown };
          if (lint.code === 2) expect(report).toHaveProperty('error');
          else expect(report.problems!.some((problem) => problem.severity === 'error')).toBe(lint.code === 1);
          // A file the lint passes without an error loads.
          if (lint.code === 0) expect(load.code).toBe(0);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    TIMEOUT,
  );
});
