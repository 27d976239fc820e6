// English words of "rules list" and "rules show". zh-rules.ts has exactly the same keys (a test checks).
export const enRules = {
  'rules.platforms': 'Platforms and surfaces:',
  'rules.sources': 'Sources:',
  'rules.groups': '  groups: {groups}',
  'rules.count': 'Rules ({count}):',
  'rules.listLine': '{effect} {sources} on {platform} {surfaces}, {period} ({status})',
  'rules.showLine': '{effect} {sources} on {platform} {surfaces}',
  'rules.period': '{period} ({zone})',
  'rules.status': 'status: {status}; known since {knownSince}; newest evidence {newest}',
  'rules.coversAny': 'covers every link of its selection: “{quote}”',
  'rules.file': 'file: {file}, rules[{index}]',
  'rules.evidence': 'Evidence:',
  'rules.disputed': 'Disputed: {claim}',
  'rules.group': 'group {groups}',
  'rules.anyExcept': 'any source except {ids}',
  'rules.any': 'any source',
} as const;
