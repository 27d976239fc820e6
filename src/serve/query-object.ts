// One query object of POST /v1/check, read as the library reads its arguments
// (src/api/arguments.ts): an object, its fields known, each a string; a bad one
// is refused in the catalogue's words (api-*), naming the query and the field.
import { unknownField } from '../api/arguments.js';
import { shownValue } from '../api/shown-value.js';
import type { Segment } from '../batch/read/json-keys.js';
import { wordedError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { CheckQuery } from './schemas.js';

const FIELDS = Object.keys(CheckQuery.shape);
const LISTED = FIELDS.map((field) => (CheckQuery.shape[field as keyof typeof CheckQuery.shape].safeParse(undefined).success ? `${field}?` : field)).join(', ');

/** The text a number of the body was written as, by its path from the query (json-numbers.ts). */
export type WrittenNumber = (path: Segment[]) => string | undefined;

/**
 * A value as a refusal shows it: a number as the body wrote it (1e999, not the Infinity JSON.parse
 * made of it; 123456789012345678901234567890, not 1.2345678901234568e+29), made safe and shortened.
 */
function shown(value: unknown, path: Segment[], written: WrittenNumber | undefined): string {
  const text = typeof value === 'number' ? written?.(path) : undefined;
  return text === undefined ? shownValue(value) : shownInput(text);
}

export function readQueryObject(value: unknown, name: string, written?: WrittenNumber): CheckQuery {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw wordedError('api-not-object', { name, value: shown(value, [], written), fields: LISTED });
  }
  const given = value as Record<string, unknown>;
  const unknown = Object.keys(given).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw unknownField(name, unknown, FIELDS, LISTED);
  const parsed = CheckQuery.safeParse(given);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  if (field !== '' && given[field] === undefined) throw wordedError('api-missing-field', { name, field, fields: LISTED });
  throw wordedError('api-not-string', { name: `${name}.${field}`, value: shown(given[field], [field], written) });
}
