// The configuration file's schema (see config.ts), in a module of its own: the bin's
// bundle loads it, and zod, only when a configuration file is found (scripts/build.mjs).
import { z } from 'zod';
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

/** The settings, or the problem in the file's words ("linkcheck." before a key in package.json). */
export function readConfigSettings(value: unknown, inPackage: boolean): { settings: ConfigFile } | { problem: string } {
  const prefix = inPackage ? 'linkcheck.' : '';
  const result = configSchema.safeParse(value);
  if (result.success) return { settings: result.data };
  const issue = result.error.issues[0]!;
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const valid = Object.keys(configSchema.shape).join(', ');
    return { problem: `unknown key "${prefix}${[...issue.path.map(String), issue.keys[0]].join('.')}"; valid: ${valid}` };
  }
  return { problem: at === '' ? `${inPackage ? '"linkcheck"' : 'the file'} must be an object of settings` : `"${prefix}${at}": ${issue.message}` };
}
