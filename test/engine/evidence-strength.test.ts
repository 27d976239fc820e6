// The order in which evidence is shown: strongest first (README, "Which evidence comes first").
import { describe, expect, it } from 'vitest';
import type { CitedEvidence } from '../../src/engine/check.js';
import { byStrength } from '../../src/engine/evidence-strength.js';
import type { EvidenceStatus } from '../../src/model/types.js';

const report = (quote: string, published: string, status?: EvidenceStatus): CitedEvidence => ({ kind: 'report', url: `https://example.com/${quote}`, published, quote, ...(status ? { status } : {}) });
const seed = (quote: string, published: string, status?: EvidenceStatus): CitedEvidence => ({
  kind: 'seed',
  document: { file: 's.txt', title: 't', publisher: 'p', published },
  quote,
  ...(status ? { status } : {}),
});
const window = (quote: string, earliest: string, latest: string): CitedEvidence => ({ kind: 'report', url: 'https://example.com/w', published: { earliest, latest, basis: 'b' }, quote });

describe('evidence, strongest first', () => {
  it.each([
    ['an announcement before a confirmation before a report', [report('r', '2022-01-01'), report('c', '2022-01-03', 'confirmed'), report('a', '2022-01-05', 'announced')], ['a', 'c', 'r']],
    ['a seed document before an outside report of the same strength', [report('r', '2022-02-23'), seed('s', '2022-02-25')], ['s', 'r']],
    ['an announcement in a report before a seed document that reports', [seed('s', '2022-02-25'), report('a', '2022-02-23', 'announced')], ['a', 's']],
    ['the earlier published first, a window by its earliest day', [report('late', '2022-03-01'), window('w', '2022-02-01', '2022-04-01'), report('early', '2022-02-15')], ['w', 'early', 'late']],
    ['the file order when all else is equal', [report('one', '2022-01-01'), report('two', '2022-01-01'), report('three', '2022-01-01')], ['one', 'two', 'three']],
    ['a piece that says nothing of itself is a report', [report('r', '2022-01-01'), report('stated', '2022-01-02', 'reported')], ['r', 'stated']],
  ])('%s', (_name, evidence, order) => {
    expect(byStrength(evidence).map((piece) => piece.quote)).toEqual(order);
  });
});
