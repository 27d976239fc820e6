// A catalog of 30,000 rules compiles and lints, and a single tie among them is
// found: the tie check groups rules rather than comparing every pair.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { check } from '../../src/engine/check.js';
import { momentInstant } from '../../src/time/moment.js';
import { lintRules } from '../../src/lint/lint-rules.js';
import { readBuiltinTexts } from '../../src/load/builtin-files.js';
import { validateRuleFile, validateSeedIndex } from '../../src/load/validate-schema.js';
import type { LoadedRuleFile, Rule } from '../../src/model/types.js';
import { ROOT } from '../helpers/catalog.js';
import { problemWords } from '../helpers/problem-words.js';
import { tempFolder } from '../helpers/temp.js';

const RULES = 30_000;
const PER_FILE = 3_000;
const selectors: Rule['sources'][] = [{ ids: ['taobao'] }, { groups: ['third-party'] }, { anyExcept: ['kuaishou-shop'] }];

/** Rule i starts i minutes after 2000-01-01 00:00, or with its neighbour at a different specificity. */
function rule(i: number): Rule {
  const minute = i - (i % 3 === 2 ? 1 : 0);
  const from = new Date(Date.UTC(2000, 0, 1, 0, minute)).toISOString().slice(0, 16);
  return {
    id: `bulk-${i}`,
    platform: 'bulk',
    effect: i % 2 === 0 ? 'allow' : 'deny',
    sources: selectors[i % 3]!,
    // A wide allow must say that its evidence covers every link.
    ...('anyExcept' in selectors[i % 3]! && i % 2 === 0 ? { coversAnyLink: { quote: 'all third-party links' } } : {}),
    surfaces: ['live-cart'],
    from,
    status: 'reported',
    summary: 'A generated rule.',
    evidence: [{ url: 'https://example.com/report', published: '1999-12-31', quote: 'Taobao and all third-party links may be placed in the cart.' }],
  };
}

const platform = { id: 'bulk', name: 'Bulk', aliases: [], timeZone: 'Asia/Shanghai', surfaces: [{ id: 'live-cart', name: 'Live cart', aliases: [] }] };
const folder = tempFolder('linkcheck-bulk-');
mkdirSync(folder, { recursive: true });
for (let file = 0; file < RULES / PER_FILE; file++) {
  const rules = Array.from({ length: PER_FILE }, (_, n) => rule(file * PER_FILE + n));
  writeFileSync(join(folder, `bulk-${String(file).padStart(2, '0')}.json`), JSON.stringify({ ...(file === 0 ? { platforms: [platform] } : {}), rules }));
}

describe('a catalog of 30,000 rules', () => {
  // Generous time limits: this checks correctness at scale, not speed, on a shared machine.
  it('lints clean', { timeout: 60_000 }, () => {
    const report = lintRules({ root: ROOT, paths: [folder], extra: [], builtin: true });
    expect(report.unreadable).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.rules).toBe(RULES);
  });

  it('finds the one tie added to it and answers by the latest start', { timeout: 60_000 }, () => {
    const builtin = readBuiltinTexts(ROOT);
    const documents = validateSeedIndex(builtin.index!).value!;
    const shipped = builtin.rules.map((raw) => validateRuleFile(raw).value!);
    const bulk: LoadedRuleFile = { path: 'bulk.json', data: { platforms: [platform], groups: [], sources: [], rules: Array.from({ length: RULES }, (_, i) => rule(i)) } };
    const tie: LoadedRuleFile = { path: 'tie.json', data: { platforms: [], groups: [], sources: [], rules: [{ ...rule(12000), id: 'tie', effect: 'deny' }] } };
    const { catalog, problems } = compileCatalog([...shipped, bulk, tie], documents);
    expect(problems).toMatchObject([{ code: 'conflicting-rules', file: 'tie.json', path: 'rules[0]' }]);
    expect(problemWords(problems[0])?.message).toContain('rule "tie" (deny) and rule "bulk-12000" (allow)');

    // bulk-12006 allows taobao by id; a minute later bulk-12007 denies its group, beating bulk-12008's allow for any source.
    const at = (i: number) => momentInstant(rule(i).from as string, 'Asia/Shanghai');
    const ask = (when: number) => check(catalog, { platform: 'bulk', source: 'taobao', surface: 'live-cart', at: when });
    expect([ask(at(12006)).rule?.rule.id, ask(at(12006)).verdict]).toEqual(['bulk-12006', 'allowed']);
    expect([ask(at(12007)).rule?.rule.id, ask(at(12007)).verdict]).toEqual(['bulk-12007', 'denied']);
    expect([ask(at(12007) - 1).rule?.rule.id, ask(at(12007) - 1).verdict]).toEqual(['bulk-12006', 'allowed']);
  });
});
