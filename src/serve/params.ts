// A request's query parameters read against its endpoint's schema: a name the
// endpoint does not take is refused (a typo must not answer another question), a
// parameter is given once (but for a list, such as classify's input), and each
// value is a string the road reads as the command line reads its arguments.
import type { z } from 'zod';
import { inputError, InputError, wordedError, type ErrorCode } from '../errors/errors.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { shownInput } from '../link/named-input.js';
import { nearestKey } from '../load/schema-keys.js';
import { quoteChoices } from '../engine/resolve.js';

type ParamSchema = z.ZodObject<z.ZodRawShape>;

/**
 * The query string's parameters. A run of percent-escapes that spells no UTF-8 (%FF, or %E6%B7
 * cut from 淘) is refused, naming it and its parameter: URLSearchParams would read it as U+FFFD,
 * and the answer would name a character the request never sent.
 */
export function queryParams(search: string): URLSearchParams {
  for (const pair of search.replace(/^\?/u, '').split('&')) {
    for (const escapes of pair.match(/(?:%[0-9A-Fa-f]{2})+/gu) ?? []) {
      try {
        decodeURIComponent(escapes);
      } catch {
        const raw = pair.split('=', 1)[0]!.replaceAll('+', ' ');
        let name: string;
        try {
          name = decodeURIComponent(raw);
        } catch {
          name = raw;
        }
        throw inputError('bad-parameter-encoding', { parameter: shownInput(name), escapes: shownInput(escapes) });
      }
    }
  }
  return new URLSearchParams(search);
}

/** The parameters that hold a date or a time, on every endpoint, and the code a date of each is refused with. */
const DATE_PARAMS: Readonly<Record<string, 'bad-date' | 'bad-known-on-date'>> = { at: 'bad-date', from: 'bad-date', to: 'bad-date', asKnownOn: 'bad-known-on-date' };

/**
 * A date parameter whose query string writes a + before a digit (at=2022-06-01+08:00) is refused,
 * saying that a + is a space there: the offset's sign never reached the date reader, which would
 * read the space as the one between a day and its time and answer for 08:00 local time, another
 * question. Whether the client meant an offset or a space cannot be known, so neither is guessed.
 * A + before a word (next+monday) cannot begin an offset or a time: it is the space it stands for.
 */
function refusePlusInDates(search: string): void {
  for (const pair of search.replace(/^\?/u, '').split('&')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    const name = decoded(pair.slice(0, equals));
    const code = Object.hasOwn(DATE_PARAMS, name) ? DATE_PARAMS[name] : undefined;
    if (code === undefined) continue;
    const pieces = pair.slice(equals + 1).split('+').map(decoded);
    if (!pieces.slice(1).some((piece) => /^\d/u.test(piece))) continue;
    const input = shownInput(pieces.join(' '));
    const { message, worded } = wordedError('date-plus-as-space', { input, parameter: name });
    throw code === 'bad-date' ? new InputError(message, { code, params: { detail: message }, worded }) : inputError(code, { input, reason: message }, worded);
  }
}

/** A part of a query string, percent-decoded (its escapes were checked by queryParams). */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** The request's language: its lang parameter (given once), else English. A bad one is refused in English. */
export function requestLang(params: URLSearchParams): Lang {
  const given = params.getAll('lang');
  if (given.length === 0) return 'en';
  if (given.length > 1) throw inputError('repeated-parameter', { parameter: 'lang' });
  const lang = resolveLang({}, given[0]);
  // Named as the request names it (lang), not as the command line's --lang.
  if (!lang) throw inputError('bad-choice', { option: 'lang', value: shownInput(given[0]!), valid: 'en, zh' });
  return lang;
}

/** Whether a field takes a list (repeated in the query string). */
function isList(schema: z.ZodType): boolean {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  if (def.type === 'optional' && def.innerType) return isList(def.innerType);
  return def.type === 'array';
}

function isOptional(schema: z.ZodType): boolean {
  return (schema.def as { type: string }).type === 'optional';
}

/** The parameters of a query string (`search`, read by queryParams into `params`) against an endpoint's schema. */
export function readParams<S extends ParamSchema>(params: URLSearchParams, schema: S, search: string): z.infer<S> {
  const names = Object.keys(schema.shape);
  // Empty when the path takes none: the catalogues say so in their own words.
  const valid = names.join(', ');
  // Without a prototype: a parameter named __proto__ is a value like any other, not the object's prototype.
  const values: Record<string, string | string[]> = Object.create(null);
  // Every unknown name at once: a request with two typos is told of both. The schema's own
  // fields alone: constructor, toString or __proto__ are names it does not take.
  const unknown = [...new Set(params.keys())].filter((name) => !Object.hasOwn(schema.shape, name));
  if (unknown.length > 0) {
    // One name the endpoint does not take, close to one it does (Surface, surfce, date for at, as-known-on): said which.
    const nearest = unknown.length === 1 ? nearestKey(names, unknown[0]!) : undefined;
    throw inputError('unknown-parameter', { parameter: unknown.map((name) => shownInput(name)).join('", "'), valid, ...(nearest !== undefined ? { suggestion: quoteChoices([nearest]) } : {}) });
  }
  for (const name of new Set(params.keys())) {
    const field = schema.shape[name] as z.ZodType;
    const all = params.getAll(name);
    if (isList(field)) values[name] = all;
    else if (all.length > 1) throw inputError('repeated-parameter', { parameter: name });
    else values[name] = all[0]!;
  }
  refusePlusInDates(search);
  for (const name of names) {
    if (!(name in values) && !isOptional(schema.shape[name] as z.ZodType)) throw inputError('missing-parameter', { parameter: name, valid });
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data as z.infer<S>;
  // Every field is a string but for enums (format): the one way left to be wrong is a value not listed.
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const options = (issue as { values?: unknown[] }).values;
  if (options) throw inputError('bad-choice', { option: name, value: shownInput(String(values[name] ?? '')), valid: options.join(', ') });
  throw new InputError(issue.message, { code: 'input-error' as ErrorCode, params: { detail: `${name}: ${issue.message}` } });
}
