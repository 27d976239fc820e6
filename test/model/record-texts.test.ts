// countTextsLacking counts what textsLacking lists, text for text, without the list.
import { describe, expect, it } from 'vitest';
import { packageRoot, readBuiltinTexts } from '../../src/load/builtin-files.js';
import { validateRuleFile } from '../../src/load/validate-schema.js';
import { countTextsLacking, ruleFileTexts, textsLacking } from '../../src/model/record-texts.js';
import type { RuleFile } from '../../src/model/types.js';

const listed = (data: RuleFile, lang: 'en' | 'zh') => textsLacking(ruleFileTexts(data), data.lang).filter((text) => text.missing === lang).length;

const mixed = (value: string, index: number) => [value, `快手${value}禁止`, { en: value }, { zh: `快手${value}` }, { en: value, zh: '快手' }][index % 5]!;
const evidence = (index: number) => [
  { url: 'https://a.example', published: { earliest: '2023-01-01', latest: '2023-01-02', basis: mixed('basis', index) }, publisher: mixed('Publisher', index + 1), quote: 'Q.', note: mixed('note', index + 2) },
  { seed: 'doc.md', quote: 'Q.', note: mixed('seed note', index + 3) },
];
/** A file with every kind of text, each in one language or both, plain or as { en, zh }. */
const everyText = (index: number): RuleFile =>
  ({
    platforms: [{ id: 'p', name: mixed('P', index), aliases: [], timeZone: 'Asia/Shanghai', surfaces: [{ id: 's', name: mixed('S', index + 1), aliases: [] }] }],
    groups: [{ id: 'g', name: mixed('G', index + 2), aliases: [] }],
    sources: [{ id: 'o', name: mixed('O', index + 3), aliases: [], groups: [], domains: [] }],
    rules: [
      {
        id: 'r',
        platform: 'p',
        effect: 'allow',
        sources: { ids: ['o'] },
        coversAnyLink: { quote: 'Q.', note: mixed('any', index + 4) },
        surfaces: ['s'],
        from: '2023-01-01',
        untilEvidence: evidence(index + 1),
        status: 'reported',
        summary: mixed('Summary', index),
        note: mixed('Note', index + 1),
        evidence: evidence(index),
        disputed: { claim: mixed('Claim', index + 2), decision: mixed('Decision', index + 3), evidence: evidence(index + 4) },
      },
    ],
  }) as RuleFile;

describe('counting the texts that lack a language', () => {
  const builtin = readBuiltinTexts(packageRoot()).rules.map((raw) => validateRuleFile(raw).value!.data);
  const files = [...builtin, ...[0, 1, 2, 3, 4].flatMap((index) => [everyText(index), { ...everyText(index), lang: 'en' as const }, { ...everyText(index), lang: 'zh' as const }])];

  it.each(['en', 'zh'] as const)('counts what textsLacking lists, missing %s', (lang) => {
    for (const data of files) expect(countTextsLacking(data, lang)).toBe(listed(data, lang));
    expect(files.some((data) => listed(data, lang) > 0)).toBe(true);
  });
});
