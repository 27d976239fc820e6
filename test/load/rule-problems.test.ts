// The problems of a rule file the schema refuses: one clear problem for each bad value.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors/problems.js';
import { validateRuleFile } from '../../src/load/validate-schema.js';
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

/** The problems of a file of one rule with `fields` set, each as "path: message". */
function problemsOf(data: unknown): string[] {
  const { problems } = validateRuleFile({ path: 'f.json', text: JSON.stringify(data, null, 2) });
  return problems.map((found: Problem) => `${found.path}: ${problemWords(found)!.message}`);
}

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
  ])('%s: one problem', (_, bad, path) => {
    const problems = problemsOf({ rules: [bad] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: `));
  });
});
