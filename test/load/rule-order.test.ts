// The verdict never depends on the order of rule files or of the rules in them:
// precedence is a total order, and the ties it cannot break are refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/engine/catalog.js';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { check } from '../../src/engine/check.js';
import { readBuiltinTexts } from '../../src/load/builtin-files.js';
import { validateRuleFile, validateSeedIndex } from '../../src/load/validate-schema.js';
import type { LoadedRuleFile } from '../../src/model/types.js';
import { ROOT } from '../helpers/catalog.js';

// Each run compiles the record and answers the whole grid (a third of a second): a few orders here,
// more with \`npm run fuzz\` (FUZZ_RUNS / 50).
const RUNS = process.env.FUZZ_RUNS === undefined ? 8 : Math.ceil(Number(process.env.FUZZ_RUNS) / 50);

const builtin = readBuiltinTexts(ROOT);
const documents = validateSeedIndex(builtin.index!).value!;
const fixtures = ['clean'].map((name) => {
  const path = join('test', 'fixtures', 'lint', `${name}.json`);
  return { path, text: readFileSync(join(ROOT, path), 'utf8') };
});

/** Rules that start together and agree: which one is shown must not depend on order. */
const agreeing = {
  path: 'agreeing.json',
  text: JSON.stringify({
    rules: ['b-second', 'a-first', 'c-third'].map((id) => ({
      id,
      platform: 'testshop',
      effect: 'allow',
      sources: { ids: ['jd'] },
      surfaces: ['live-cart'],
      from: '2023-01-01',
      status: 'reported',
      summary: 'A test rule.',
      evidence: [{ url: 'https://example.com/report', published: '2023-01-01', quote: 'Links of every source may be placed in the cart.' }],
    })),
  }),
};

const files: LoadedRuleFile[] = [...builtin.rules, ...fixtures, agreeing].map((raw) => {
  const result = validateRuleFile(raw);
  expect(result.problems).toEqual([]);
  return result.value!;
});

function compile(ordered: readonly LoadedRuleFile[]): Catalog {
  const { catalog, problems } = compileCatalog(ordered, documents);
  expect(problems).toEqual([]);
  return catalog;
}

/** Every platform, surface and source (and an unrecognised one) at every instant where an answer may change. */
function answers(catalog: Catalog): string[] {
  const instants = new Set<number>();
  for (const rule of catalog.rules) {
    for (const instant of [rule.start, rule.certainFrom, rule.phaseInUntil, rule.end]) {
      if (instant !== undefined && Number.isFinite(instant)) [instant - 1, instant].forEach((at) => instants.add(at));
    }
  }
  const sorted = [...instants].sort((a, b) => a - b);
  const out: string[] = [];
  for (const platform of [...catalog.platforms.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const surface of platform.surfaces) {
      for (const source of [null, ...[...catalog.sources.keys()].sort()]) {
        for (const at of sorted) {
          const answer = check(catalog, { platform: platform.id, source, surface: surface.id, at });
          out.push(`${platform.id} ${surface.id} ${source} ${at}: ${answer.verdict} ${answer.reason} ${answer.rule?.rule.id} [${answer.overridden.map((rule) => rule.rule.id).join(',')}]`);
        }
      }
    }
  }
  return out;
}

/** The files in the order the keys give, each with its rules in the order of theirs. */
function reorder(keys: readonly number[]): LoadedRuleFile[] {
  let next = files.length;
  const shuffled = files.map((file, position) => {
    const ruleKeys = file.data.rules.map(() => keys[next++ % keys.length]!);
    const rules = file.data.rules.map((rule, index) => ({ rule, key: ruleKeys[index]!, index })).sort((a, b) => a.key - b.key || a.index - b.index);
    return { file: { path: file.path, data: { ...file.data, rules: rules.map(({ rule }) => rule) } }, key: keys[position]!, position };
  });
  return shuffled.sort((a, b) => a.key - b.key || a.position - b.position).map(({ file }) => file);
}

describe('rule order', () => {
  const expected = answers(compile(files));
  const ruleCount = files.reduce((count, file) => count + file.data.rules.length, 0);

  it('the grid covers every rule and the agreeing rules pick one by id', () => {
    expect(expected.length).toBeGreaterThan(1000);
    expect(expected.some((line) => line.startsWith('testshop live-cart jd') && line.includes('allowed in-force a-first [b-second,c-third]'))).toBe(true);
  });

  it('gives the same answers under any order of files and rules', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: files.length + ruleCount, maxLength: files.length + ruleCount }), (keys) => {
        expect(answers(compile(reorder(keys)))).toEqual(expected);
      }),
      { seed: 7, numRuns: RUNS },
    );
  });
});
