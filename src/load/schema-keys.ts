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
 * Of a union of objects (a seed quote or a report), the keys of the one the value given has the
 * most keys of.
 */
export function keysOf(schema: Schema | undefined, given?: unknown): string[] {
  const inner = schema && unwrap(schema);
  if (inner?._zod.def.type === 'object') return Object.keys((inner._zod.def as z.core.$ZodObjectDef).shape);
  const options = branchesOf(inner).map((option) => keysOf(option, given));
  const has = typeof given === 'object' && given !== null ? given : {};
  const shared = (keys: readonly string[]) => keys.filter((key) => Object.hasOwn(has, key)).length;
  return options.reduce<string[]>((best, keys) => (shared(keys) > shared(best) ? keys : best), options[0] ?? []);
}

/**
 * The valid key a misspelt one is most likely meant to be: the same but for case, or the nearest
 * within two edits (one in a key of three letters or fewer: id for ids); the first in the schema's
 * order when two are as near.
 */
export function nearestKey(keys: readonly string[], key: string): string | undefined {
  const typed = [...key.toLowerCase()];
  const tolerance = typed.length <= 3 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const candidate of keys) {
    const distance = editDistance(typed, [...candidate.toLowerCase()]);
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
