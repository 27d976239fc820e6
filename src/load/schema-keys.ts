// The keys a rule file may give at a place, read from its schema (src/model/schema.ts), for the
// problem of a key it does not know: the keys that would be valid there, and the nearest of them.
import type { z } from 'zod';
import { editDistance } from '../engine/resolve.js';

type Schema = z.core.$ZodType;

/** The schema of the value at the path inside a value of `schema`, when there is one. */
export function schemaAt(schema: Schema | undefined, path: readonly PropertyKey[]): Schema | undefined {
  let at = schema;
  for (const segment of path) {
    at = at && childOf(unwrap(at), segment);
    if (at === undefined) return undefined;
  }
  return at;
}

/** The branches of a union, in order (zod's invalid_union lists their issues so), or none. */
export function branchesOf(schema: Schema | undefined): readonly Schema[] {
  const inner = schema && unwrap(schema);
  return inner?._zod.def.type === 'union' ? (inner._zod.def as z.core.$ZodUnionDef).options : [];
}

/**
 * The keys of the object the schema describes, in its order; none when it describes no object.
 * Of a union of objects (a seed quote or a report), the keys of the shape the value was read as:
 * the one that knows every key given but the `unknown` ones and none of those (zod reports the
 * unknown keys of that shape alone), else the one the value given has the most keys of.
 */
export function keysOf(schema: Schema | undefined, given?: unknown, unknown: readonly string[] = []): string[] {
  const inner = schema && unwrap(schema);
  if (inner?._zod.def.type === 'object') return Object.keys((inner._zod.def as z.core.$ZodObjectDef).shape);
  const options = branchesOf(inner).map((option) => keysOf(option));
  const has = typeof given === 'object' && given !== null ? given : {};
  const known = Object.keys(has).filter((key) => !unknown.includes(key));
  const read = unknown.length === 0 ? undefined : options.find((keys) => known.every((key) => keys.includes(key)) && !unknown.some((key) => keys.includes(key)));
  if (read) return read;
  const shared = (keys: readonly string[]) => keys.filter((key) => Object.hasOwn(has, key)).length;
  return options.reduce<string[]>((best, keys) => (shared(keys) > shared(best) ? keys : best), options[0] ?? []);
}

/**
 * Of a union of objects, the other shape a key unknown to the shape with `keys` belongs to (a
 * report's publisher, given in a seed quote): the keys that shape needs and `keys` lacks (url,
 * published), and those the shape with `keys` needs that the other has not (seed).
 */
export function otherShape(union: Schema | undefined, keys: readonly string[], key: string): { needs: string[]; instead: string[] } | undefined {
  const branches = branchesOf(union);
  const here = branches.find((branch) => keysOf(branch).join() === keys.join());
  const other = branches.find((branch) => branch !== here && keysOf(branch).includes(key));
  if (here === undefined || other === undefined) return undefined;
  const otherKeys = keysOf(other);
  const needs = requiredKeys(other).filter((needed) => !keys.includes(needed));
  const instead = requiredKeys(here).filter((needed) => !otherKeys.includes(needed));
  return needs.length > 0 && instead.length > 0 ? { needs, instead } : undefined;
}

/** The keys an object's schema needs: those not optional, in its order. */
function requiredKeys(schema: Schema): string[] {
  const inner = unwrap(schema);
  if (inner._zod.def.type !== 'object') return [];
  const shape = (inner._zod.def as z.core.$ZodObjectDef).shape;
  return Object.keys(shape).filter((key) => shape[key]!._zod.optin === undefined);
}

/**
 * The valid key a misspelt one is most likely meant to be: the same but for case, or the nearest
 * within two edits (one in a key of three letters or fewer: id for ids); the first in the schema's
 * order when two are as near.
 */
export function nearestKey(keys: readonly string[], key: string): string | undefined {
  const candidates = keys.map((candidate) => ({ key: candidate, characters: [...candidate.toLowerCase()] }));
  // Two edits apart at most, and lower-casing never makes fewer characters: a key with more than
  // twice as many code units as the longest candidate has characters, and two, is near none. It
  // is not spread into its characters, nor measured against each (a request's key may be a
  // megabyte: 0.25 s of work, #18).
  if (key.length > 2 * (Math.max(0, ...candidates.map(({ characters }) => characters.length)) + 2)) return undefined;
  const typed = [...key.toLowerCase()];
  const tolerance = typed.length <= 3 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const { key: candidate, characters } of candidates) {
    // At least as many edits as the lengths differ by.
    if (Math.abs(characters.length - typed.length) > tolerance) continue;
    const distance = editDistance(typed, characters);
    if (distance <= tolerance && (best === undefined || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function childOf(schema: Schema, segment: PropertyKey): Schema | undefined {
  const def = schema._zod.def;
  if (def.type === 'object' && typeof segment === 'string') return (def as z.core.$ZodObjectDef).shape[segment];
  if (def.type === 'array' && typeof segment === 'number') return (def as z.core.$ZodArrayDef).element;
  // A union on the way: the first branch that has such a part (the issue came from inside one).
  if (def.type === 'union') {
    for (const option of (def as z.core.$ZodUnionDef).options) {
      const found = childOf(unwrap(option), segment);
      if (found) return found;
    }
  }
  return undefined;
}

/** The schema inside optional(), default(), and the like. */
function unwrap(schema: Schema): Schema {
  let at = schema;
  for (;;) {
    const def = at._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType !== undefined) at = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) at = def.in;
    else return at;
  }
}
