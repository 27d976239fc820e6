// The quick acceptance of a rule file (src/load/accept-rule-file.ts) says yes only where the
// schema says yes, and gives what the schema gives, key order included: held to zod on rule
// files generated valid and hostile (wrong types, lengths one past a limit, impossible dates,
// unknown and duplicated keys, URLs the schema would rewrite, keys out of order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptRuleFile } from '../../src/load/accept-rule-file.js';
import { incompleteEvidence } from '../../src/load/evidence-shape.js';
import { keysWritten } from '../../src/load/keys-written.js';
import { duplicateKeys } from '../../src/load/locate.js';
import { parseOne, validateRuleFile } from '../../src/load/validate-schema.js';
import { ISO_DATE_PATTERN } from '../../src/model/rule-patterns.js';
import { RuleFile } from '../../src/model/schema.js';
import { fuzzTimeout } from '../helpers/fuzz.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** What validate-schema.ts makes of a text without the quick check: the schema's data, or undefined. */
function bySchema(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (duplicateKeys('file.json', text).length > 0 || incompleteEvidence(json, 'file.json').length > 0) return undefined;
  const result = RuleFile.safeParse(json);
  return result.success ? result.data : undefined;
}

/** Rule files: with `hostile`, mostly good values and sometimes one the schema refuses; else only good ones. */
function ruleFiles(hostile: boolean) {
  const pick = <T,>(good: readonly T[], bad: readonly unknown[]) =>
    hostile ? fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 60 }, { arbitrary: fc.constantFrom(...bad), weight: 1 }) : fc.constantFrom(...good);
  const wrongTypes = [null, 0, 1.5, true, [], {}];
  const id = pick(['a', 'kuaishou', 'user-shop-1', 'a1-b2', 'x'.repeat(64)], ['', 'A', 'a--b', '-a', 'a-', 'x'.repeat(65), 'a b', '淘宝', ...wrongTypes]);
  const moment = pick(
    ['2023-06-01', '2023-06-01T10:00', '2023-06-01T10:00:30', '2023-06-01T10:00Z', '2024-02-29T23:59+08:00', '2019-12-31T16:00:00-05:30'],
    ['2023-02-29', '2023-6-1', '2023-06-01T24:00', '2023-06-01 10:00', '0999-01-01', '2023-06-01T10:00+8', '', 20230601, ...wrongTypes],
  );
  const isoDate = pick(['2023-06-01', '2024-02-29', '2000-02-29', '2019-12-31'], ['1900-02-29', '2023-02-29', '2023-06-31', '2023-06-01T00:00', '2023-13-01', '', ...wrongTypes]);
  const url = pick(
    ['https://a.example/x', 'http://b.example', 'https://例子.测试/路径?q=1', 'mailto:x@y.example', 'https://a.example/' + 'p'.repeat(2030)],
    [' https://a.example', 'https://a.example/ ', 'https://a.example/\tb', 'https://a.example/\nb', 'https://a.example/\u00a0', 'https://u:p@a.example/', 'https://a.example@b.example/', 'http://:@a.example/', 'not a url', '', 'https://a.example/' + 'p'.repeat(2031), ...wrongTypes],
  );
  /** Strings at each limit and one past it. */
  const sized = (min: number, max: number) => pick([...(min === 0 ? [''] : []), 'a', 'Links may be placed.', 'x'.repeat(max), ': colon first'], [...(min === 1 ? [''] : []), 'x'.repeat(max + 1), ...wrongTypes]);
  /** A text in people's words: a string or { en, zh }, in either order. */
  const localText = (min: number, max: number) =>
    fc.oneof(
      { arbitrary: sized(min, max), weight: 6 },
      { arbitrary: fc.record({ en: sized(min, max), zh: sized(min, max) }, { requiredKeys: [] }), weight: 2 },
      { arbitrary: fc.record({ zh: sized(min, max), en: sized(min, max) }, { requiredKeys: ['zh'] }), weight: 1 },
      { arbitrary: hostile ? fc.constantFrom({ fr: 'x' }, { en: 'a', fr: 'x' }) : sized(min, max), weight: 1 },
    );
  const status = pick(['announced', 'confirmed', 'reported'], ['rumoured', '', ...wrongTypes]);
  const list = <T,>(item: fc.Arbitrary<T>, min: number, max: number) =>
    hostile
      ? fc.oneof({ arbitrary: fc.array(item, { minLength: min, maxLength: Math.min(max, 3) }), weight: 12 }, { arbitrary: fc.constantFrom(...(min > 0 ? [[]] : []), 'x', null), weight: 1 }, { arbitrary: item.map((one) => Array(max + 1).fill(one)), weight: 1 })
      : fc.array(item, { minLength: min, maxLength: Math.min(max, 3) });
  const published = fc.oneof({ arbitrary: isoDate, weight: 5 }, { arbitrary: fc.record({ earliest: isoDate, latest: isoDate, basis: localText(1, 2000) }, { requiredKeys: ['earliest', 'latest'] }), weight: 1 });
  const report = fc.record(
    { url, published, title: sized(0, 200), publisher: localText(0, 200), quote: sized(1, 8000), status, note: localText(0, 8000) },
    { requiredKeys: ['url', 'published', 'quote'] },
  );
  const seed = fc.record({ seed: sized(1, 200), quote: sized(1, 8000), status, note: localText(0, 8000) }, { requiredKeys: ['seed', 'quote'] });
  const evidence = fc.oneof({ arbitrary: report, weight: 4 }, { arbitrary: seed, weight: 1 });
  const selector = fc.oneof(
    fc.record({ ids: list(id, 1, 256) }),
    fc.record({ groups: list(id, 1, 256) }),
    fc.record({ anyExcept: list(id, 0, 256) }),
    ...(hostile ? [fc.constantFrom({}, { ids: ['a'], groups: ['b'] }, { only: ['a'] })] : []),
  );
  const rule = fc.record(
    {
      id,
      platform: id,
      effect: pick(['allow', 'deny'], ['maybe', ...wrongTypes]),
      sources: selector,
      coversAnyLink: fc.record({ quote: sized(1, 8000), note: localText(0, 8000) }, { requiredKeys: ['quote'] }),
      surfaces: list(id, 1, 256),
      from: fc.oneof({ arbitrary: moment, weight: 5 }, { arbitrary: fc.record({ earliest: moment, latest: moment }, { requiredKeys: [] }), weight: 1 }),
      until: moment,
      untilEvidence: list(evidence, 1, 64),
      phaseIn: fc.record({ until: moment }, { requiredKeys: [] }),
      status,
      summary: localText(1, 2000),
      note: localText(0, 8000),
      evidence: list(evidence, 1, 64),
      disputed: fc.record({ claim: localText(1, 2000), decision: localText(1, 2000), evidence: list(evidence, 1, 64) }, { requiredKeys: ['claim', 'decision', 'evidence'] }),
    },
    { requiredKeys: ['id', 'platform', 'effect', 'sources', 'surfaces', 'from', 'status', 'summary', 'evidence'] },
  );
  const source = fc.record(
    {
      id,
      name: localText(1, 200),
      aliases: list(sized(1, 64), 0, 256),
      groups: list(id, 0, 256),
      domains: list(pick(['shop.example', 'a.b.example', 'xn--fiqs8s.example'], ['example', 'Shop.example', '1.2', 'a..b', `${'a'.repeat(250)}.com`]), 0, 256),
      shareText: fc.record({ keywords: fc.array(fc.constantFrom('口令', ' 口令 ', ''), { minLength: 1, maxLength: 2 }) }),
      shortLinks: fc.array(pick(['m.tb.cn', 'www.kuaishou.com/f/'], ['tb', 'M.tb.cn']), { maxLength: 2 }),
      appSchemes: fc.array(pick(['taobao', 'openapp.jdmobile'], ['http', 'Taobao', '1app']), { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'name'] },
  );
  const platform = fc.constantFrom(
    { id: 'live', name: 'Live', timeZone: 'Asia/Shanghai', surfaces: [{ id: 'cart', name: 'Cart' }] },
    { id: 'live', name: 'Live', timeZone: 'Mars/Olympus', surfaces: [{ id: 'cart', name: 'Cart' }] },
    { id: 'live', name: 'Live', timeZone: 'asia/shanghai', surfaces: [{ id: 'cart', name: 'Cart' }] },
  );
  const group = fc.constantFrom({ id: 'shops', name: 'Shops', shortLinks: ['m.tb.cn'] }, { id: 'Shops', name: 'Shops' });
  const file = fc.record(
    {
      $schema: pick(['https://example.com/schema.json'], ['x'.repeat(2049), 1]),
      lang: pick(['en', 'zh'], ['fr']),
      reviewed: isoDate,
      platforms: fc.array(platform, { maxLength: 1 }),
      groups: fc.array(group, { maxLength: 1 }),
      sources: fc.array(source, { maxLength: 3 }),
      rules: fc.array(rule, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  return file;
}
const file = ruleFiles(true);
const goodFile = ruleFiles(false);

/** Some of a value's objects get their keys reversed, an unknown key, or lose one. */
function shaken(value: unknown, choices: number[]): unknown {
  const next = () => choices[(shaken.at = (shaken.at + 1) % choices.length)]!;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    let entries = Object.entries(node).map(([key, inner]) => [key, walk(inner)] as [string, unknown]);
    const choice = next();
    if (choice === 1) entries = entries.reverse();
    if (choice === 2) entries.push([['extra', '__proto__', 'toString', 'constructor'][next() % 4]!, 'x']);
    if (choice === 3 && entries.length > 0) entries.splice(next() % entries.length, 1);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of entries) Object.defineProperty(out, key, { value: inner, enumerable: true, writable: true, configurable: true });
    return out;
  };
  return walk(value);
}
shaken.at = 0;

/** The text, sometimes with one key written twice (the first of the two dropped by JSON.parse). */
function written(value: unknown, space: number, duplicate: number): string {
  const text = JSON.stringify(value, null, space);
  const keys = [...text.matchAll(/"([A-Za-z$]+)":/g)];
  if (duplicate === 0 || keys.length === 0) return text;
  const key = keys[duplicate % keys.length]!;
  return `${text.slice(0, key.index)}"${key[1]}": "first", ${text.slice(key.index)}`;
}

const texts = fc
  .tuple(
    file,
    fc.oneof({ arbitrary: fc.constant<number[]>([]), weight: 2 }, { arbitrary: fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }), weight: 1 }),
    fc.constantFrom(0, 2),
    fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.nat(50), weight: 1 }),
  )
  .map(([data, choices, space, duplicate]) => written(choices.some((choice) => choice <= 3) ? shaken(data, choices) : data, space, duplicate));

/** Values the schema refuses in most places, or in some. */
const HOSTILE: unknown[] = [
  ...[null, 0, 1.5, true, [], {}, '', 'A', 'a b', 'rumoured', '2023-02-29', '2023-06-01T24:00', ' https://a.example', 'https://a.example/\tb'],
  ...[64, 200, 2000, 2048, 8000].map((limit) => 'x'.repeat(limit + 1)),
  ...[{ en: '' }, { fr: 'x' }, ['A'], Array(257).fill('a'), Array(65).fill({ url: 'https://a.example', published: '2023-01-01', quote: 'Q.' })],
];

/** The value with one thing changed at the n-th of its places: a value replaced, a key dropped, or one added. */
function mutated(value: unknown, place: number, how: number): unknown {
  let seen = 0;
  const walk = (node: unknown): unknown => {
    const here = seen++ === place;
    if (here && how % 4 !== 3) return HOSTILE[how % HOSTILE.length];
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    const entries = Object.entries(node);
    for (const [index, [key, inner]] of entries.entries()) {
      if (here && index === how % entries.length && how % 8 === 3) continue;
      out[key] = walk(inner);
    }
    if (here && how % 8 === 7) out[['extra', 'toString', 'seed', 'url'][how % 4]!] = 'x';
    return out;
  };
  return walk(value);
}

describe('accepting a rule file without the schema', () => {
  it('refuses a valid file changed in one place when the schema does', () => {
    let refused = 0;
    fc.assert(
      fc.property(goodFile, fc.nat(400), fc.nat(1000), (data, place, how) => {
        const text = JSON.stringify(mutated(data, place, how));
        const schema = bySchema(text);
        if (schema === undefined) refused++;
        for (const quick of [acceptRuleFile(text), acceptRuleFile(text, parseOne)]) {
          if (quick === undefined) continue;
          expect(schema).toBeDefined();
          expect(JSON.stringify(quick)).toBe(JSON.stringify(schema));
        }
      }),
      { numRuns: RUNS * 4 },
    );
    expect(refused).toBeGreaterThan(RUNS);
  }, fuzzTimeout(60_000));

  it('accepts only what the schema accepts, and gives what it gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const schema = bySchema(text);
        for (const quick of [acceptRuleFile(text), acceptRuleFile(text, parseOne)]) {
          if (quick === undefined) continue;
          accepted++;
          expect(schema).toBeDefined();
          expect(JSON.stringify(quick)).toBe(JSON.stringify(schema));
          expect(quick).toEqual(schema);
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 8);
  }, fuzzTimeout(60_000));

  it('accepts every file the schema accepts, with the schema asked only for platforms, groups and share texts', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const schema = bySchema(text) as { platforms: unknown[]; groups: unknown[]; sources: { shareText?: unknown }[] } | undefined;
        // A string that begins with a colon is counted as a key (keys-written.ts): such a file is the schema's.
        if (schema === undefined || text.includes('": colon first')) return;
        expect(acceptRuleFile(text, parseOne)).toEqual(schema);
        const ownShapes = schema.platforms.length === 0 && schema.groups.length === 0 && schema.sources.every((source) => source.shareText === undefined);
        if (ownShapes) expect(acceptRuleFile(text)).toEqual(schema);
      }),
      { numRuns: RUNS * 2 },
    );
  }, fuzzTimeout(60_000));

  it.each([
    ['a key written twice', '{"rules": [], "rules": []}'],
    ['a key written twice, escaped once', '{"rules": [], "\\u0072ules": []}'],
    ['a key written twice deep inside', `{"sources": [{"id": "shop", "name": "Shop", "name": "Shop"}]}`],
    ['an unknown key', '{"rule": []}'],
    ['an own __proto__ key', '{"__proto__": []}'],
    ['a URL the schema trims', `{"rules": [${JSON.stringify({ id: 'r', platform: 'p', effect: 'allow', sources: { ids: ['s'] }, surfaces: ['c'], from: '2023-01-01', status: 'reported', summary: 'S.', evidence: [{ url: ' https://a.example', published: '2023-01-01', quote: 'Q.' }] })}]}`],
    ['not JSON', '{"rules": [}'],
    ['a list', '[]'],
  ])('leaves %s to the schema', (_, text) => {
    expect(acceptRuleFile(text)).toBeUndefined();
  });

  it('takes the file through the schema when it is not sure, with the same value', () => {
    const text = `{"rules": [${JSON.stringify({ id: 'r', platform: 'p', effect: 'allow', sources: { ids: ['s'] }, surfaces: ['c'], from: '2023-01-01', status: 'reported', summary: 'S.', evidence: [{ url: ' https://a.example/\tb', published: '2023-01-01', quote: 'Q.' }] })}]}`;
    expect(acceptRuleFile(text)).toBeUndefined();
    const data = acceptRuleFile(text, parseOne);
    expect(data?.rules[0]?.evidence[0]).toEqual({ url: 'https://a.example/b', published: '2023-01-01', quote: 'Q.' });
    expect(validateRuleFile({ path: 'file.json', text }).value?.data).toEqual(bySchema(text));
  });

  it('gives a time zone by its canonical name, however it is cased', () => {
    for (const [given, canonical] of [['asia/shanghai', 'Asia/Shanghai'], ['ASIA/SHANGHAI', 'Asia/Shanghai'], ['etc/utc', 'UTC'], ['Asia/Shanghai', 'Asia/Shanghai']]) {
      const parsed = RuleFile.safeParse({ platforms: [{ id: 'live', name: 'Live', timeZone: given, surfaces: [{ id: 'cart', name: 'Cart' }] }] });
      expect([given, parsed.success && parsed.data.platforms[0]!.timeZone]).toEqual([given, canonical]);
    }
  });

  it('reads calendar dates with the pattern of zod’s iso.date()', () => {
    expect(ISO_DATE_PATTERN.source).toBe((z.iso.date()._zod.def as { pattern: RegExp }).pattern.source);
  });
});

describe('the keys a JSON text writes', () => {
  it.each([
    ['{}', 0],
    ['{"a": 1, "b": {"c": [1, {"d": 2}]}}', 4],
    ['{"a"  :\n 1}', 1],
    ['{"a\\\\": 1}', 1],
    ['{"a": "x\\": y"}', 1],
    ['{"a": ": y"}', 2],
    ['{"a": "https://a.example/x:1"}', 1],
  ])('%s writes %i', (text, count) => {
    expect(keysWritten(text)).toBe(count);
  });
});
