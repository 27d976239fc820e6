// The value checks of the quick acceptance of a rule file (accept-rule-file.ts): lists, texts,
// ids, dates, moments and URLs as the rule file's schema (src/model/schema.ts) takes them.
import { isYearInRange } from '../time/civil.js';
import { isValidMomentText } from '../time/moment.js';
import { APP_SCHEME_PATTERN, DOMAIN_MAX, DOMAIN_PATTERN, ID_PATTERN, ISO_DATE_PATTERN, LIMITS, SHORT_LINK_PATTERN, WEB_SCHEMES, hasNoCredentials } from '../model/rule-patterns.js';

/** The schema's parse of one definition or rule (its output), or undefined when it refuses it. */
export type SchemaParse = (kind: 'platform' | 'group' | 'source' | 'rule', value: unknown) => unknown;

export interface Pass {
  /** Keys of the objects accepted, to compare with the keys written (a duplicate key is one JSON.parse dropped). */
  keys: number;
  schema: SchemaParse | undefined;
}

export type Check = (value: unknown, pass: Pass) => unknown;

/** An absent list is the schema's default, []; a list of accepted elements is itself when they are. */
export function list(value: unknown, min: number, max: number, pass: Pass, element: Check): unknown[] | undefined {
  if (value === undefined) return min === 0 ? [] : undefined;
  return array(value, min, max, pass, element);
}

export function array(value: unknown, min: number, max: number, pass: Pass, element: Check): unknown[] | undefined {
  if (!Array.isArray(value) || value.length < min || value.length > max) return undefined;
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = element(value[i], pass);
    if (item === undefined) return undefined;
    if (item !== value[i] && out === undefined) out = value.slice(0, i);
    if (out !== undefined) out.push(item);
  }
  return out ?? value;
}

const TEXT_KEYS = ['en', 'zh'] as const;

/** A text in people's words: a string, or { en, zh } with at least one of them. */
export function localText(value: unknown, min: number, max: number, pass: Pass): unknown {
  if (typeof value === 'string') return value.length >= min && value.length <= max ? value : undefined;
  if (!isRecord(value)) return undefined;
  const inOrder = keyOrder(value, TEXT_KEYS, pass);
  const { en, zh } = value;
  if (inOrder === undefined || (en === undefined && zh === undefined)) return undefined;
  if ((en !== undefined && !isText(en, min, max)) || (zh !== undefined && !isText(zh, min, max))) return undefined;
  if (inOrder) return value;
  return en === undefined ? { zh } : zh === undefined ? { en } : { en, zh };
}

/**
 * Whether the object's keys are among the schema's (counted), in its order (true) or not
 * (false, the output is built anew in the schema's order); undefined for a key the schema
 * does not know.
 */
export function keyOrder(value: Record<string, unknown>, keys: readonly string[], pass: Pass): boolean | undefined {
  let at = 0;
  let inOrder = true;
  let count = 0;
  for (const key in value) {
    count++;
    while (at < keys.length && keys[at] !== key) at++;
    if (at === keys.length) {
      if (!keys.includes(key)) return undefined;
      inOrder = false;
      at = 0;
    }
  }
  pass.keys += count;
  return inOrder;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

export function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length <= LIMITS.word && ID_PATTERN.test(value);
}

export const id: Check = (value) => (isId(value) ? value : undefined);
export const alias: Check = (value) => (isText(value, 1, LIMITS.word) ? value : undefined);
export const domain: Check = (value) => (typeof value === 'string' && value.length <= DOMAIN_MAX && DOMAIN_PATTERN.test(value) ? value : undefined);
export const shortLink: Check = (value) => (typeof value === 'string' && SHORT_LINK_PATTERN.test(value) ? value : undefined);
export const appScheme: Check = (value) => (typeof value === 'string' && APP_SCHEME_PATTERN.test(value) && !WEB_SCHEMES.includes(value) ? value : undefined);

export function isStatus(value: unknown): boolean {
  return value === 'reported' || value === 'announced' || value === 'confirmed';
}

/** A calendar day written YYYY-MM-DD, in the years a moment may name (schema.ts IsoDate). */
export function isIsoDate(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && isYearInRange(Number(value.slice(0, 4)));
}

export function moment(value: unknown): unknown {
  return typeof value === 'string' && isValidMomentText(value) ? value : undefined;
}

/**
 * A URL the schema keeps as written: zod's url() trims it, drops tabs and line breaks, and asks
 * the URL parser; one it would change, or refuse for its user name or password, is left to it.
 */
export function isUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > LIMITS.url || value.trim() !== value || /[\t\n\r]/.test(value) || !WEB_SCHEME.test(value)) return false;
  return URL.canParse(value) && hasNoCredentials(value);
}

/**
 * The schemes of an address evidence may give, as the schema's url (model/schema.ts WebUrl) takes
 * them: what precedes the first colon is the URL's protocol, in any case.
 */
const WEB_SCHEME = /^https?:/i;
