// A quick acceptance of a well-formed rule file, without zod (#18): the rule file's schema
// (src/model/schema.ts) written out by hand for the shapes files hold, giving what zod's parse
// gives (the same values, defaults filled in, keys in the schema's order). It only ever says
// yes or "ask the schema": anything it is not sure of goes to zod, so every problem is still
// the schema's own, at its path. A property test (test/load/accept-rule-file.test.ts) holds it
// to zod's verdict.
import { LIMITS } from '../model/rule-patterns.js';
import type { RuleFile } from '../model/types.js';
import { alias, appScheme, array, domain, id, isId, isIsoDate, isRecord, isStatus, isText, isUrl, keyOrder, list, localText, moment, shortLink, type Check, type Pass, type SchemaParse } from './accept-values.js';
import { keysWritten } from './keys-written.js';

export type { SchemaParse };

/**
 * The file's data as the schema would give it, or undefined: the text is not JSON, something in
 * it is not of the shapes accepted here (and `schema`, when given, refuses it or is not asked),
 * or an object names a key twice. `schema` parses what this check leaves to zod, one definition
 * or rule at a time.
 */
export function acceptRuleFile(text: string, schema?: SchemaParse): RuleFile | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const pass: Pass = { keys: 0, schema };
  const data = ruleFile(json, pass);
  return data !== undefined && pass.keys === keysWritten(text) ? data : undefined;
}

const FILE_KEYS = ['$schema', 'lang', 'reviewed', 'platforms', 'groups', 'sources', 'rules'] as const;

function ruleFile(json: unknown, pass: Pass): RuleFile | undefined {
  if (!isRecord(json) || keyOrder(json, FILE_KEYS, pass) === undefined) return undefined;
  const { $schema, lang, reviewed } = json;
  if ($schema !== undefined && !isText($schema, 0, LIMITS.url)) return undefined;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') return undefined;
  if (reviewed !== undefined && !isIsoDate(reviewed)) return undefined;
  const platforms = list(json.platforms, 0, LIMITS.definitions, pass, bySchema('platform'));
  const groups = list(json.groups, 0, LIMITS.definitions, pass, bySchema('group'));
  const sources = list(json.sources, 0, LIMITS.definitions, pass, source);
  const rules = list(json.rules, 0, LIMITS.rules, pass, rule);
  if (platforms === undefined || groups === undefined || sources === undefined || rules === undefined) return undefined;
  const data: Record<string, unknown> = {};
  if ($schema !== undefined) data.$schema = $schema;
  if (lang !== undefined) data.lang = lang;
  if (reviewed !== undefined) data.reviewed = reviewed;
  data.platforms = platforms;
  data.groups = groups;
  data.sources = sources;
  data.rules = rules;
  return data as RuleFile;
}

/** Left to the schema, whose output is taken as it gives it. */
function bySchema(kind: 'platform' | 'group' | 'source' | 'rule'): Check {
  return (value, pass) => {
    if (pass.schema === undefined) return undefined;
    const parsed = pass.schema(kind, value);
    if (parsed !== undefined) pass.keys += keysIn(value);
    return parsed;
  };
}

/** Every key of every object in a JSON value. */
function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysIn(item), 0);
  if (!isRecord(value)) return 0;
  let count = 0;
  for (const key in value) count += 1 + keysIn(value[key]);
  return count;
}

const SOURCE_KEYS = ['id', 'name', 'aliases', 'groups', 'domains', 'shareText', 'shortLinks', 'appSchemes'] as const;
const schemaSource = bySchema('source');

function source(value: unknown, pass: Pass): unknown {
  // Share-text keywords are trimmed by the schema: such a source is the schema's.
  if (!isRecord(value) || value.shareText !== undefined) return schemaSource(value, pass);
  const keys = pass.keys;
  const inOrder = keyOrder(value, SOURCE_KEYS, pass);
  const name = localText(value.name, 1, LIMITS.name, pass);
  const aliases = list(value.aliases, 0, LIMITS.list, pass, alias);
  const groups = list(value.groups, 0, LIMITS.list, pass, id);
  const domains = list(value.domains, 0, LIMITS.list, pass, domain);
  const { shortLinks, appSchemes } = value;
  if (inOrder === undefined || !isId(value.id) || name === undefined || aliases === undefined || groups === undefined || domains === undefined) return refused(value, pass, keys, schemaSource);
  if (shortLinks !== undefined && array(shortLinks, 0, Infinity, pass, shortLink) === undefined) return refused(value, pass, keys, schemaSource);
  if (appSchemes !== undefined && array(appSchemes, 0, Infinity, pass, appScheme) === undefined) return refused(value, pass, keys, schemaSource);
  if (inOrder && name === value.name && aliases === value.aliases && groups === value.groups && domains === value.domains) return value;
  const out: Record<string, unknown> = { id: value.id, name, aliases, groups, domains };
  if (shortLinks !== undefined) out.shortLinks = shortLinks;
  if (appSchemes !== undefined) out.appSchemes = appSchemes;
  return out;
}

/** A definition this check does not accept, handed whole to the schema (its keys counted anew). */
function refused(value: unknown, pass: Pass, keys: number, schema: Check): unknown {
  pass.keys = keys;
  return schema(value, pass);
}

const RULE_KEYS = ['id', 'platform', 'effect', 'sources', 'coversAnyLink', 'surfaces', 'from', 'until', 'untilEvidence', 'phaseIn', 'status', 'summary', 'note', 'evidence', 'disputed'] as const;
const schemaRule = bySchema('rule');

function rule(value: unknown, pass: Pass): unknown {
  const keys = pass.keys;
  const accepted = acceptRule(value, pass);
  return accepted !== undefined ? accepted : refused(value, pass, keys, schemaRule);
}

function acceptRule(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, RULE_KEYS, pass);
  if (inOrder === undefined || !isId(value.id) || !isId(value.platform)) return undefined;
  if (value.effect !== 'allow' && value.effect !== 'deny') return undefined;
  if (!isStatus(value.status)) return undefined;
  const sources = selector(value.sources, pass);
  const coversAnyLink = optional(value.coversAnyLink, pass, anyLink);
  const surfaces = array(value.surfaces, 1, LIMITS.list, pass, id);
  const from = typeof value.from === 'string' ? moment(value.from) : imprecise(value.from, pass);
  if (sources === undefined || coversAnyLink === undefined || surfaces === undefined || from === undefined) return undefined;
  if (value.until !== undefined && moment(value.until) === undefined) return undefined;
  const untilEvidence = value.untilEvidence === undefined ? null : array(value.untilEvidence, 1, LIMITS.evidence, pass, evidence);
  const phaseIn = optional(value.phaseIn, pass, phaseInOf);
  const summary = localText(value.summary, 1, LIMITS.text, pass);
  const note = value.note === undefined ? null : localText(value.note, 0, LIMITS.long, pass);
  const cited = array(value.evidence, 1, LIMITS.evidence, pass, evidence);
  const disputed = optional(value.disputed, pass, dispute);
  if (untilEvidence === undefined || phaseIn === undefined || summary === undefined || note === undefined || cited === undefined || disputed === undefined) return undefined;
  const same =
    inOrder &&
    sources === value.sources &&
    (coversAnyLink ?? undefined) === value.coversAnyLink &&
    surfaces === value.surfaces &&
    from === value.from &&
    (untilEvidence ?? undefined) === value.untilEvidence &&
    (phaseIn ?? undefined) === value.phaseIn &&
    summary === value.summary &&
    (note ?? undefined) === value.note &&
    cited === value.evidence &&
    (disputed ?? undefined) === value.disputed;
  if (same) return value;
  const out: Record<string, unknown> = { id: value.id, platform: value.platform, effect: value.effect, sources };
  if (coversAnyLink !== null) out.coversAnyLink = coversAnyLink;
  out.surfaces = surfaces;
  out.from = from;
  if (value.until !== undefined) out.until = value.until;
  if (untilEvidence !== null) out.untilEvidence = untilEvidence;
  if (phaseIn !== null) out.phaseIn = phaseIn;
  out.status = value.status;
  out.summary = summary;
  if (note !== null) out.note = note;
  out.evidence = cited;
  if (disputed !== null) out.disputed = disputed;
  return out;
}

/** An optional field: null when absent, undefined when refused. */
function optional(value: unknown, pass: Pass, check: Check): unknown {
  return value === undefined ? null : check(value, pass);
}

const SELECTOR_KEYS = ['ids', 'groups', 'anyExcept'] as const;

/** { ids } or { groups } (at least one) or { anyExcept }, and nothing else. */
function selector(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined || !(SELECTOR_KEYS as readonly string[]).includes(key)) return undefined;
    only = key;
  }
  if (only === undefined) return undefined;
  pass.keys += 1;
  const ids = array(value[only], only === 'anyExcept' ? 0 : 1, LIMITS.list, pass, id);
  return ids === undefined ? undefined : ids === value[only] ? value : { [only]: ids };
}

const ANY_LINK_KEYS = ['quote', 'note'] as const;

function anyLink(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, ANY_LINK_KEYS, pass);
  if (inOrder === undefined || !isText(value.quote, 1, LIMITS.long)) return undefined;
  const note = value.note === undefined ? undefined : localText(value.note, 0, LIMITS.long, pass);
  if (note === undefined && value.note !== undefined) return undefined;
  if (inOrder && note === value.note) return value;
  return note === undefined ? { quote: value.quote } : { quote: value.quote, note };
}

const IMPRECISE_KEYS = ['earliest', 'latest'] as const;

function imprecise(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, IMPRECISE_KEYS, pass);
  if (inOrder === undefined || moment(value.earliest) === undefined || moment(value.latest) === undefined) return undefined;
  return inOrder ? value : { earliest: value.earliest, latest: value.latest };
}

function phaseInOf(value: unknown, pass: Pass): unknown {
  if (!isRecord(value) || keyOrder(value, ['until'], pass) === undefined) return undefined;
  return moment(value.until) === undefined ? undefined : value;
}

const DISPUTE_KEYS = ['claim', 'decision', 'evidence'] as const;

function dispute(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, DISPUTE_KEYS, pass);
  const claim = localText(value.claim, 1, LIMITS.text, pass);
  const decision = localText(value.decision, 1, LIMITS.text, pass);
  const cited = array(value.evidence, 1, LIMITS.evidence, pass, evidence);
  if (inOrder === undefined || claim === undefined || decision === undefined || cited === undefined) return undefined;
  if (inOrder && claim === value.claim && decision === value.decision && cited === value.evidence) return value;
  return { claim, decision, evidence: cited };
}

const SEED_KEYS = ['seed', 'quote', 'status', 'note'] as const;
const REPORT_KEYS = ['url', 'published', 'title', 'publisher', 'quote', 'status', 'note'] as const;

/** A seed document's evidence when it names one, else a report's (each refuses the other's keys). */
function evidence(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const isSeed = value.seed !== undefined;
  const inOrder = keyOrder(value, isSeed ? SEED_KEYS : REPORT_KEYS, pass);
  if (inOrder === undefined || !isText(value.quote, 1, LIMITS.long)) return undefined;
  if (value.status !== undefined && !isStatus(value.status)) return undefined;
  const note = value.note === undefined ? null : localText(value.note, 0, LIMITS.long, pass);
  if (note === undefined) return undefined;
  if (isSeed) {
    if (!isText(value.seed, 1, LIMITS.name)) return undefined;
    if (inOrder && (note ?? undefined) === value.note) return value;
    return withOptional({ seed: value.seed, quote: value.quote }, value.status, note);
  }
  if (!isUrl(value.url) || (value.title !== undefined && !isText(value.title, 0, LIMITS.name))) return undefined;
  const published = typeof value.published === 'string' ? (isIsoDate(value.published) ? value.published : undefined) : window(value.published, pass);
  const publisher = value.publisher === undefined ? null : localText(value.publisher, 0, LIMITS.name, pass);
  if (published === undefined || publisher === undefined) return undefined;
  if (inOrder && published === value.published && (publisher ?? undefined) === value.publisher && (note ?? undefined) === value.note) return value;
  const out: Record<string, unknown> = { url: value.url, published };
  if (value.title !== undefined) out.title = value.title;
  if (publisher !== null) out.publisher = publisher;
  out.quote = value.quote;
  return withOptional(out, value.status, note);
}

function withOptional(out: Record<string, unknown>, status: unknown, note: unknown): Record<string, unknown> {
  if (status !== undefined) out.status = status;
  if (note !== null) out.note = note;
  return out;
}

const WINDOW_KEYS = ['earliest', 'latest', 'basis'] as const;

/** A publication window: { earliest, latest, basis }. */
function window(value: unknown, pass: Pass): unknown {
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, WINDOW_KEYS, pass);
  if (inOrder === undefined || !isIsoDate(value.earliest) || !isIsoDate(value.latest)) return undefined;
  const basis = localText(value.basis, 1, LIMITS.text, pass);
  if (basis === undefined) return undefined;
  return inOrder && basis === value.basis ? value : { earliest: value.earliest, latest: value.latest, basis };
}
