// Loads a CommonJS bundle of dist/ with the V8 code cache the build wrote next to it
// (scripts/build.mjs), so that a plain check does not compile the bundle's functions
// again on every run. Node 20 has no module.enableCompileCache. A cache V8 rejects (another
// Node version, other flags, a rebuilt bundle) or a missing one costs nothing but the
// time it would save: the source is then compiled as usual. A script compiled here
// cannot use import() on Node 20 (and not at all from a code cache): the bundle is
// built to require() dist/load-rules.cjs instead (scripts/build.mjs).
//
// The build writes such a bundle already wrapped as the function Node's CommonJS loader
// would make of it (WRAPPER … \n});), so that the source is compiled as read: wrapping it
// here made a second copy of the whole text (#18).
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CachedModule {
  exports: unknown;
  /** The compiled script, to write a fresh cache from (script.createCachedData()). */
  script: Script;
  /** Whether there was a cache and V8 turned it down. */
  rejected: boolean;
}

/**
 * The cache of dist/name.cjs is dist/name.cjs.cache; a variant's, dist/name.variant.cjs.cache: the
 * same bundle's cache written after a start that runs more of it (scripts/warm-starts.mjs).
 */
export const cacheFileFor = (filename: string, variant?: string): string => (variant === undefined ? `${filename}.cache` : `${filename.replace(/\.cjs$/, '')}.${variant}.cjs.cache`);

/** The cache variant asked for each bundle, by its file name (name.cjs). */
const variants = new Map<string, string>();

/**
 * Asks that dist/name.cjs, when first loaded, be compiled from the cache of a start like the one
 * under way: a check as known on a day runs functions the plain check's cache leaves out, and
 * writing them into that cache made every plain check slower (#18). A missing variant is no cache.
 */
export function preferCache(name: string, variant: string): void {
  variants.set(`${name}.cjs`, variant);
}

/** How a bundle loaded here begins: the same wrapper as Node's own CommonJS loader. */
export const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';

/** `require` resolves the bundle's own requires: the caller's, from the same folder (node:module is not loaded for createRequire). */
export function loadWithCodeCache(filename: string, require: NodeJS.Require): CachedModule {
  const source = readFileSync(filename, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileFor(filename, variants.get(basename(filename))));
  } catch {
    // No cache: compile as usual.
  }
  // Built wrapped (see above); anything else is wrapped here.
  const script = new Script(source.startsWith(WRAPPER) ? source : `${WRAPPER}${source}\n});`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
  return { exports: module.exports, script, rejected: cachedData !== undefined && script.cachedDataRejected === true };
}
