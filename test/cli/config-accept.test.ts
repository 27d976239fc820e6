// The configuration file's quick acceptance (config-accept.ts) takes only what the schema
// (config-schema.ts, with zod) would take, and gives the same settings; anything else is left to
// the schema, which words the problem.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptConfig } from '../../src/cli/config-accept.js';
import { readConfigSettings } from '../../src/cli/config-schema.js';

const KEYS = fc.oneof({ arbitrary: fc.constantFrom('$schema', 'platform', 'rules', 'failOn', 'maxStaleness', 'lang'), weight: 6 }, { arbitrary: fc.constantFrom('failon', '__proto__', 'constructor', 'Platform'), weight: 1 });
// Values of every JSON type, and the near misses of each key's own: empty strings, the languages and others, arrays of mixed items.
const setting = fc.oneof(
  fc.constantFrom('', 'en', 'zh', 'fr', 'EN', 'douyin', 'denied,stale', '18m', 'rules/mine.json', ' '),
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.constantFrom('', 'a.json', 'denied'), fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'lang'), fc.string(), { maxKeys: 2 }),
);
// Objects as JSON.parse makes them (a "__proto__" key is an own property there), and other values.
const config = fc.oneof(
  fc.array(fc.tuple(KEYS, setting), { maxLength: 4 }).map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown),
  setting,
);

describe('acceptConfig', () => {
  it('accepts only what the schema accepts, with the same settings', () => {
    let taken = 0;
    fc.assert(
      fc.property(config, (value) => {
        const accepted = acceptConfig(value);
        if (accepted === undefined) return;
        taken++;
        expect(readConfigSettings(value, false)).toEqual({ settings: accepted });
      }),
      { numRuns: 3000 },
    );
    // Not a property that holds for want of anything accepted.
    expect(taken).toBeGreaterThan(300);
  });

  it.each([
    {},
    { platform: 'douyin' },
    { $schema: 'https://example.com/s.json', platform: 'kuaishou', rules: ['placements/our-rules.json'], failOn: ['denied', 'unknown'], maxStaleness: '18m', lang: 'zh' },
    { failOn: 'denied,stale', lang: 'en' },
    { maxStaleness: 'not a staleness' },
  ])('takes %j without the schema', (value) => {
    expect({ settings: acceptConfig(value) }).toEqual(readConfigSettings(value, false));
  });

  it.each([null, [], 'douyin', { failon: 'denied' }, { platform: '' }, { rules: 'mine.json' }, { rules: [''] }, { lang: 'fr' }, { failOn: [1] }, { platform: null }, JSON.parse('{"__proto__": {}}') as unknown])(
    'leaves %j to the schema',
    (value) => {
      expect(acceptConfig(value)).toBeUndefined();
      expect(readConfigSettings(value, false)).toHaveProperty('refused');
    },
  );
});
