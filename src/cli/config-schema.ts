// The configuration file's schema (see config.ts), in a module of its own: the bin's
// bundle loads it, and zod, only when a configuration file is found (scripts/build.mjs).
import { z } from 'zod';
import type { ConfigProblem } from '../errors/ids.js';
import { LANGS } from '../i18n/index.js';

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The default platform (id or alias), as LINKCHECK_PLATFORM. */
  platform: z.string().min(1).optional(),
  /** Rule files or folders, relative to the configuration file, loaded beside the built-in rules. */
  rules: z.array(z.string().min(1)).optional(),
  /** Batch: the outcomes that fail the run, as --fail-on ("denied,stale" or ["denied", "stale"]). */
  failOn: z.union([z.string(), z.array(z.string())]).optional(),
  /** A check and a batch: as --max-staleness (365d, 18m, 2y). */
  maxStaleness: z.string().optional(),
  /** The language of the output, as --lang. */
  lang: z.enum(LANGS).optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;

/** A problem of the file as a whole (bad-config), with the values it names, for the catalogues to word. */
export type ConfigRefusal = { problem: ConfigProblem } & Record<string, string>;

/** The settings, or what is wrong with them, keys named as in the file ("linkcheck." before a key in package.json). */
export function readConfigSettings(value: unknown, inPackage: boolean): { settings: ConfigFile } | { refused: ConfigRefusal } {
  const prefix = inPackage ? 'linkcheck.' : '';
  const result = configSchema.safeParse(value);
  if (result.success) return { settings: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return { refused: { problem: 'unknown-key', at: `${prefix}${[...path, issue.keys[0]].join('.')}`, valid: Object.keys(configSchema.shape).join(', ') } };
  }
  if (path.length === 0) return { refused: { problem: 'not-object', at: inPackage ? 'linkcheck' : '' } };
  return { refused: { problem: 'bad-value', at: `${prefix}${path.join('.')}`, expected: path[0]!, ...shownValue(valueAt(value, issue.path)) } };
}

/** The value at a path of the file's settings. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = typeof at === 'object' && at !== null && Object.hasOwn(at, key) ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** The most characters of a refused text shown. */
const SHOWN = 40;

/** A refused value as a message shows it: a text, number, true, false or null as JSON writes it (a long text cut); a list or object by its kind (none: not there). */
function shownValue(value: unknown): { value: string } | { kind: string } {
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object' && value !== null) return { kind: 'object' };
  if (typeof value === 'string' && value.length > SHOWN) return { value: `${JSON.stringify(value.slice(0, SHOWN)).slice(0, -1)}…"` };
  return value === undefined ? { kind: 'none' } : { value: JSON.stringify(value) };
}
