// Every rule-file problem is worded in both languages: no English fallback.
import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES, type ProblemWords } from '../../src/i18n/en-problems.js';
import { PROBLEM_MESSAGES_ZH } from '../../src/i18n/zh-problems.js';
import { SCHEMA_CHECKS } from '../../src/model/schema.js';
import type { ProblemCode } from '../../src/errors/problems.js';

type Wording = (params: Record<string, string>) => ProblemWords;
const english = PROBLEM_MESSAGES as unknown as Record<string, Wording>;
const chinese = PROBLEM_MESSAGES_ZH as unknown as Record<string, Wording>;
const params = {
  reason: 'r', limit: '4', offset: '9', line: '1', column: '2', key: 'k', keys: '"k"', count: '2', expected: 'string', received: 'number', values: '"a"|"b"',
  origin: 'string', bound: '<=64', format: 'url', detail: 'd', years: '1900–2199', kind: 'source', id: 'x', valid: 'a, b', platform: 'p', at: 'f: rules[0]',
  name: 'n', owner: 'o', alias: 'a.com', domain: 'a.com', keyword: 'w', until: '2022-01-01', rule: 'r1', effect: 'allow', other: 'r2', otherEffect: 'deny',
  source: 'taobao', surface: 'live-cart', seed: 's.txt', documents: 'a.txt', group: 'g', ownerKind: 'group', published: '2027-03-01', earliest: '2022-07-01', latest: '2022-05-01', reviewed: '2026-12-04', today: '2026-12-06',
};
const CODES: readonly ProblemCode[] = [
  'unreadable', 'invalid-utf8', 'duplicate-key', 'alias-like-link', 'invalid-json', 'schema', 'no-evidence', 'evidence-incomplete', 'unknown-reference', 'empty-group', 'duplicate-id', 'duplicate-entry',
  'alias-conflict', 'domain-conflict', 'keyword-conflict', 'until-not-after-from', 'until-evidence-without-until', 'bad-imprecise-from', 'bad-published-window', 'bad-phase-in', 'conflicting-rules', 'any-link-unstated',
  'any-link-unquoted', 'stated-unquoted', 'any-link-vague', 'quote-too-short', 'allow-source-unnamed', 'evidence-after-review', 'evidence-in-future', 'reviewed-in-future', 'unknown-document', 'quote-not-found', 'missing-language',
];

describe('the problem catalogues', () => {
  it('have exactly the same wording ids', () => {
    expect(Object.keys(PROBLEM_MESSAGES_ZH).sort()).toEqual(Object.keys(PROBLEM_MESSAGES).sort());
  });

  it('key each wording by a problem code, and word every code', () => {
    const codes = new Set(Object.keys(PROBLEM_MESSAGES).map((id) => id.split('.')[0]));
    expect([...codes].sort()).toEqual([...CODES].sort());
  });

  it("word each of the schema's own checks", () => {
    for (const check of SCHEMA_CHECKS) expect(Object.keys(PROBLEM_MESSAGES)).toContain(check === 'no-evidence' ? check : `schema.${check}`);
  });

  it.each(Object.keys(PROBLEM_MESSAGES))('%s is worded in Chinese, with a hint where the English has one', (id) => {
    const en = english[id]!(params);
    const zh = chinese[id]!(params);
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/u);
    expect(zh.message).not.toBe(en.message);
    expect(zh.hint === undefined).toBe(en.hint === undefined);
    if (zh.hint !== undefined) expect(zh.hint).toMatch(/[\u4e00-\u9fff]/u);
  });
});
