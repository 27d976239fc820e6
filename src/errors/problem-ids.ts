// The problems found in rule data, as data: each problem's wording id and the values it carries.
// en-problems.ts and zh-problems.ts word every id in each language; the types make a missing or
// misspelt id a compile error there (ids.ts holds the errors' ids).

/** The problems found in rule data, by wording id: the problem's code, and after a dot how it is worded (unknown-reference.surface). */
export interface ProblemParamsById {
  'invalid-json': { reason: string; line?: string; column?: string };
  'invalid-json.too-deep': Record<string, never>;
  'invalid-json.unchecked': { reason: string };
  'duplicate-key': { key: string };
  /** shape, instead: a key of another shape the value may take, the keys that shape needs and those it gives in their place. */
  'schema.unrecognized-key': { key: string; valid: string; suggestion?: string; shape?: string; instead?: string };
  'schema.invalid-type': { expected: string; received: string; value?: string };
  'schema.invalid-value': { values: string; count: string; value?: string };
  'schema.too-big': { origin: string; bound: string; length?: string; value?: string };
  'schema.too-small': { origin: string; bound: string; length?: string; value?: string };
  'schema.invalid-format': { format: string; value?: string };
  'schema.other': { detail: string; value?: string };
  'schema.id': { value?: string };
  'schema.date': { value?: string };
  'schema.moment': { value?: string };
  'schema.calendar': { years: string; value?: string };
  'schema.time-zone': { value?: string };
  'schema.domain': { value?: string };
  'schema.short-link': { value?: string };
  'schema.app-scheme': { value?: string };
  'schema.web-scheme': { value?: string };
  'schema.url-credentials': { value?: string };
  'schema.dispute-evidence': Record<string, never>;
  'schema.text': Record<string, never>;
  'no-evidence': Record<string, never>;
  'evidence-incomplete.url': Record<string, never>;
  'evidence-incomplete.published': Record<string, never>;
  'evidence-incomplete.both': Record<string, never>;
  'unknown-reference': { kind: 'platform' | 'source' | 'group'; id: string; valid: string };
  'empty-group': { group: string };
  'unknown-reference.member': { group: string; id: string; valid: string };
  'unknown-reference.other-app': { group: string; app: string; valid: string };
  'unknown-reference.other-app-host': { host: string; group: string; domains: string };
  'unknown-reference.surface': { platform: string; id: string; valid: string };
  'duplicate-id': { id: string; at: string };
  'duplicate-id.definition': { kind: 'platform' | 'source' | 'group'; id: string; at: string };
  'duplicate-id.surface': { name: string; owner: string; platform: string };
  'duplicate-entry': { value: string; first: string };
  'alias-conflict': { kind: 'platform' | 'source' | 'group'; name: string; owner: string };
  'alias-conflict.surface': { name: string; owner: string; platform: string };
  'alias-conflict.member': { kind: 'source' | 'group'; name: string; ownerKind: 'source' | 'group'; owner: string };
  'alias-like-link': { kind: 'platform' | 'source' | 'group' | 'surface'; alias: string };
  'domain-conflict.group': { domain: string; group: string; owner: string };
  'domain-conflict.groups': { domain: string; group: string; owner: string };
  'domain-conflict.short-link': { domain: string; source: string; group: string };
  'domain-conflict': { domain: string; owner: string };
  'keyword-conflict': { keyword: string; owner: string };
  'until-not-after-from': { until: string };
  'until-evidence-without-until': Record<string, never>;
  'bad-imprecise-from': Record<string, never>;
  'bad-published-window': { earliest: string; latest: string };
  'bad-phase-in': { until: string };
  'conflicting-rules': { rule: string; effect: string; other: string; otherEffect: string; source: string; surface: string };
  'conflicting-rules.phase-in': { rule: string; other: string; source: string; surface: string };
  'conflicting-rules.imprecise-start': { rule: string; other: string; source: string; surface: string };
  'conflicting-rules.imprecise-order': { rule: string; other: string; source: string; surface: string };
  'missing-language': { missing: 'en' | 'zh'; given: string };
  'any-link-unstated': Record<string, never>;
  'any-link-unquoted': Record<string, never>;
  'stated-unquoted': Record<string, never>;
  'any-link-vague.short': Record<string, never>;
  'any-link-vague.words': Record<string, never>;
  'quote-too-short': Record<string, never>;
  'allow-source-unnamed': { sources: string };
  'allow-source-unnamed.none': { sources: string };
  'evidence-after-review': { published: string; reviewed: string };
  'evidence-in-future': { published: string; today: string };
  'reviewed-in-future': { reviewed: string; today: string };
  'unknown-document': { seed: string; documents: string };
  'quote-not-found': { seed: string };
  'quote-not-found.width': { seed: string };
  'unreadable.missing': Record<string, never>;
  'unreadable.empty-path': Record<string, never>;
  'unreadable.permission': Record<string, never>;
  'unreadable.is-folder': Record<string, never>;
  'unreadable.loop': Record<string, never>;
  'unreadable.not-folder': Record<string, never>;
  /** `reason`: the system's error code (EIO, ENAMETOOLONG), or its message when it gives none. */
  'unreadable.other': { reason: string };
  'unreadable.empty-folder': Record<string, never>;
  'unreadable.not-regular': Record<string, never>;
  'unreadable.too-large': { limit: string };
  'unreadable.changed': Record<string, never>;
  'unreadable.seed': Record<string, never>;
  'invalid-utf8': { offset: string };
  'invalid-utf8.utf16': { encoding: string };
  'invalid-utf8.utf16-marked': { encoding: string };
}

export type ProblemWording = keyof ProblemParamsById;
export type ProblemParams<K extends ProblemWording> = ProblemParamsById[K];
