// One query object of POST /v1/check, read as the library reads its arguments
// (src/api/arguments.ts): an object, its fields known, each a string; a bad one
// is refused in the catalogue's words (api-*), naming the query and the field.
import { shownValue as shown } from '../api/arguments.js';
import { wordedError } from '../errors/errors.js';
import { shownInput } from '../link/named-input.js';
import { CheckQuery } from './schemas.js';

const FIELDS = Object.keys(CheckQuery.shape);
const LISTED = FIELDS.map((field) => (CheckQuery.shape[field as keyof typeof CheckQuery.shape].safeParse(undefined).success ? `${field}?` : field)).join(', ');

export function readQueryObject(value: unknown, name: string): CheckQuery {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw wordedError('api-not-object', { name, value: shown(value), fields: LISTED });
  }
  const given = value as Record<string, unknown>;
  const unknown = Object.keys(given).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw wordedError('api-unknown-field', { name, field: shownInput(unknown), fields: LISTED });
  const parsed = CheckQuery.safeParse(given);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  if (field !== '' && given[field] === undefined) throw wordedError('api-missing-field', { name, field, fields: LISTED });
  throw wordedError('api-not-string', { name: `${name}.${field}`, value: shown(given[field]) });
}
