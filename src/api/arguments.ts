// The library's arguments, read at its boundary: each field is read once (a getter
// is not asked twice), copied, then checked with one zod schema per argument, and
// only then used. Bad input is an InputError worded in the catalogue (DETAILS,
// api-*), naming the argument, the bad value and what would be valid (#14).
import { z } from 'zod';
import { InputError, wordedError } from '../errors/errors.js';
import type { DetailId } from '../i18n/en-errors.js';
import { shownInput } from '../link/named-input.js';
import { nearestKey } from '../load/schema-keys.js';
import { quoteChoices } from '../engine/resolve.js';
import { readKnownOn } from '../query/known-on.js';
import { YEAR_RANGE } from '../time/civil.js';
import { isPlanBytes } from './plan-bytes-argument.js';
import { shownValue, timeOf } from './shown-value.js';

// A Date of any realm, or milliseconds: checked by isInstant, as the quick path checks it.
const instant = z.custom<Date | number>((value) => isInstant(value));

const QUERY = z.strictObject({ source: z.string(), surface: z.string(), date: z.string().optional(), platform: z.string().optional() });
const LOAD_FIELDS = { rules: z.array(z.string()).optional(), builtinRules: z.boolean().optional() };
const LOAD = z.strictObject(LOAD_FIELDS);
const CHECK = z.strictObject({ ...LOAD_FIELDS, now: instant.optional(), asKnownOn: z.string().optional() });
const PLAN_FORMATS = ['csv', 'jsonl', 'xlsx'] as const;
const PLAN_INPUT = z.strictObject({
  bytes: z.custom<Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array>>((value) => isPlanBytes(value)),
  format: z.enum(PLAN_FORMATS),
  encoding: z.string().optional(),
  sheet: z.string().optional(),
  name: z.string(),
});
const PLAN_OPTIONS = z.strictObject({
  ...LOAD_FIELDS,
  now: instant.optional(),
  asKnownOn: z.string().optional(),
  platform: z.string().optional(),
  maxStaleness: z.string().optional(),
  failOn: z.string().optional(),
  columns: z.string().optional(),
});
const VERDICT_QUERY = z.object({
  platform: z.string(),
  source: z.string().nullable(),
  surface: z.string(),
  at: z.number(),
  group: z.string().optional(),
  ambiguousLink: z.literal(true).optional(),
});

/** A parsed argument without its fields given as undefined, as the core's types (exactOptionalPropertyTypes) have them. */
type Given<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };
export type QueryArgument = Given<z.infer<typeof QUERY>>;
export type LoadArgument = Given<z.infer<typeof LOAD>>;
export type CheckArgument = Given<z.infer<typeof CHECK>>;
export type PlanInputArgument = Given<z.infer<typeof PLAN_INPUT>>;
export type PlanOptionsArgument = Given<z.infer<typeof PLAN_OPTIONS>>;
export type VerdictQueryArgument = Given<z.infer<typeof VERDICT_QUERY>>;

/** What each field takes, as the message that refuses it. */
const FIELD_DETAIL: Readonly<Record<string, DetailId>> = {
  source: 'api-not-string',
  surface: 'api-not-string',
  date: 'api-not-string',
  platform: 'api-not-string',
  group: 'api-not-string',
  asKnownOn: 'api-not-day',
  rules: 'api-not-path-list',
  builtinRules: 'api-not-boolean',
  now: 'api-not-instant',
  at: 'api-not-millis',
  ambiguousLink: 'api-not-true',
  bytes: 'api-not-plan-bytes',
  format: 'api-not-plan-format',
  encoding: 'api-not-string',
  sheet: 'api-not-string',
  name: 'api-not-string',
  maxStaleness: 'api-not-string',
  failOn: 'api-not-string',
  columns: 'api-not-string',
};

type Shape = z.ZodObject<z.ZodRawShape>;

/** The fields of a schema, as a message lists them: optional ones with a question mark. */
const listings = new WeakMap<Shape, { fields: string[]; listed: string }>();
function fieldsOf(schema: Shape): { fields: string[]; listed: string } {
  let known = listings.get(schema);
  if (!known) {
    const fields = Object.keys(schema.shape);
    const listed = fields.map((field) => ((schema.shape[field] as z.ZodType).safeParse(undefined).success ? `${field}?` : field)).join(', ');
    known = { fields, listed };
    listings.set(schema, known);
  }
  return known;
}

/**
 * The argument checked against its schema; `name` is how the message names it (options,
 * query). `strict`: a field the schema does not know is refused. `quick`: a check of the
 * copy that, when it passes, spares the schema (the verdict path answers millions a second).
 */
function read<S extends Shape>(schema: S, name: string, value: unknown, how: { optional?: boolean; strict?: boolean; quick?: (copy: Record<string, unknown>) => boolean }): Given<z.infer<S>> {
  if (value === undefined && how.optional) return {} as Given<z.infer<S>>;
  const { fields, listed } = fieldsOf(schema);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw wordedError('api-not-object', { name, value: shownValue(value), fields: listed });
  }
  const given = value as Record<string, unknown>;
  if (how.strict !== false) {
    const unknown = Object.keys(given).find((key) => !fields.includes(key));
    if (unknown !== undefined) throw unknownField(name, unknown, fields, listed);
  }
  const copy: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field in given)) continue;
    const got = given[field];
    if (got !== undefined) copy[field] = got;
  }
  if (how.quick?.(copy)) return copy as Given<z.infer<S>>;
  const parsed = schema.safeParse(copy);
  if (parsed.success) return parsed.data as Given<z.infer<S>>;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  // A field it needs, not given (or given as undefined): said so, not "takes a string, not undefined".
  if (field !== '' && copy[field] === undefined) throw wordedError('api-missing-field', { name, field, fields: listed });
  throw fieldError(`${name}.${field}`, FIELD_DETAIL[field] ?? 'api-not-string', copy[field]);
}

function fieldError(name: string, id: DetailId, value: unknown): InputError {
  // A day or an instant out of the years read is refused as one that is no day: the message says which years are.
  if (id === 'api-not-millis' || id === 'api-not-day') return wordedError(id, { name, value: shownValue(value), years: YEAR_RANGE });
  return wordedError(id as 'api-not-string', { name, value: shownValue(value) });
}

/** A field the argument's schema does not know, refused naming the field it is closest to, when one is (Source, platfrom, as-known-on for asKnownOn). */
export function unknownField(name: string, field: string, fields: readonly string[], listed: string): InputError {
  const nearest = nearestKey(fields, field);
  return wordedError('api-unknown-field', { name, field: shownInput(field), fields: listed, ...(nearest !== undefined ? { suggestion: quoteChoices([nearest]) } : {}) });
}

export function readQuery(value: unknown): QueryArgument {
  return read(QUERY, 'query', value, QUERY_READING);
}
const QUERY_READING = { quick: isQuery };

export function readLoadOptions(value: unknown): LoadArgument {
  return read(LOAD, 'options', value, { optional: true });
}

/** The options of checkLink; asKnownOn is a string here, read as a day by knownOnOption once the platform's zone is known. */
export function readCheckOptions(value: unknown): CheckArgument {
  return read(CHECK, 'options', value, CHECK_READING);
}

/** The plan of checkPlan: its bytes, format, encoding, sheet and name. */
export function readPlanInput(value: unknown): PlanInputArgument {
  return read(PLAN_INPUT, 'plan', value, {});
}

/** The options of checkPlan: checkLink's, and the batch's own as text in the CLI's forms. */
export function readPlanOptions(value: unknown): PlanOptionsArgument {
  return read(PLAN_OPTIONS, 'options', value, { optional: true });
}

/** options.asKnownOn as a day, by the reader of --as-known-on, in the platform's zone; refused under the option's own name. */
export function knownOnOption(text: string, timeZone: string, now: number): string {
  try {
    return readKnownOn(text, timeZone, now);
  } catch (error) {
    if (error instanceof InputError) throw fieldError('options.asKnownOn', 'api-not-day', text);
    throw error;
  }
}

/** "now" as milliseconds: the clock's when not given. */
export function readNow(value: unknown, clock: () => number): number {
  if (value === undefined) return clock();
  if (!isInstant(value)) throw fieldError('now', 'api-not-instant', value);
  return typeof value === 'number' ? value : timeOf(value)!;
}

/** The schemas' own checks, written out: an argument that passes one needs no more (a call costs microseconds, #18). */
function isQuery(copy: Record<string, unknown>): boolean {
  const { source, surface, date, platform } = copy;
  return typeof source === 'string' && typeof surface === 'string' && (date === undefined || typeof date === 'string') && (platform === undefined || typeof platform === 'string');
}

function isInstant(value: unknown): value is number | Date {
  if (typeof value === 'number') return Number.isFinite(value);
  const time = timeOf(value);
  return time !== undefined && !Number.isNaN(time);
}

function isCheckOptions(copy: Record<string, unknown>): boolean {
  const { rules, builtinRules, now, asKnownOn } = copy;
  return (
    // A list of rule files goes through the schema, which copies it: its elements are then read once.
    rules === undefined &&
    (builtinRules === undefined || typeof builtinRules === 'boolean') &&
    (now === undefined || isInstant(now)) &&
    (asKnownOn === undefined || typeof asKnownOn === 'string')
  );
}
const CHECK_READING = { optional: true, quick: isCheckOptions };


function isVerdictQuery(copy: Record<string, unknown>): boolean {
  const { platform, source, surface, at, group, ambiguousLink } = copy;
  return (
    typeof platform === 'string' &&
    (source === null || typeof source === 'string') &&
    typeof surface === 'string' &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    (group === undefined || typeof group === 'string') &&
    (ambiguousLink === undefined || ambiguousLink === true)
  );
}

/** A resolved query: other fields (a query resolve() gave, spread with more) are left out, not refused. */
export function readVerdictQuery(value: unknown, name = 'query'): VerdictQueryArgument {
  return read(VERDICT_QUERY, name, value, VERDICT_READING);
}
const VERDICT_READING = { strict: false, quick: isVerdictQuery };

export function readVerdictQueries(value: unknown): VerdictQueryArgument[] {
  if (!Array.isArray(value)) throw wordedError('api-not-query-list', { name: 'queries', value: shownValue(value) });
  const queries = value as unknown[];
  const length = queries.length;
  const read: VerdictQueryArgument[] = new Array(length);
  for (let index = 0; index < length; index++) {
    // Each element read once, and its fields once, into a copy that is checked and used.
    const query = queries[index];
    if (typeof query === 'object' && query !== null && !Array.isArray(query)) {
      // The message's name is built only for a bad one: a million queries need no million names.
      const { platform, source, surface, at, group, ambiguousLink } = query as Record<string, unknown>;
      const fields: Record<string, unknown> = { platform, source, surface, at };
      if (group !== undefined) fields.group = group;
      if (ambiguousLink !== undefined) fields.ambiguousLink = ambiguousLink;
      read[index] = isVerdictQuery(fields) ? (fields as VerdictQueryArgument) : readVerdictQuery(fields, `queries[${index}]`);
    } else {
      read[index] = readVerdictQuery(query, `queries[${index}]`);
    }
  }
  return read;
}
