// Loads a CommonJS bundle of dist/ with the V8 code cache the build wrote next to it
// (scripts/build.mjs), so that a plain check does not compile the bundle's functions
// again on every run. Node 20 has no module.enableCompileCache. A cache V8 rejects (another
// Node version, other flags, a rebuilt bundle) or a missing one costs nothing but the
// time it would save: the source is then compiled as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export interface CachedModule {
  exports: unknown;
  /** The compiled script, to write a fresh cache from (script.createCachedData()). */
  script: Script;
  /** Whether there was a cache and V8 turned it down. */
  rejected: boolean;
}

/** The cache of dist/name.cjs is dist/name.cjs.cache. */
export const cacheFileFor = (filename: string): string => `${filename}.cache`;

export function loadWithCodeCache(filename: string): CachedModule {
  const source = readFileSync(filename, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileFor(filename));
  } catch {
    // No cache: compile as usual.
  }
  // The same wrapper as Node's own CommonJS loader.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename,
    ...(cachedData ? { cachedData } : {}),
    // The bundle imports dist/validate.js (ES module) when the rules changed since the build.
    importModuleDynamically: ((specifier: string) => import(new URL(specifier, pathToFileURL(filename)).href)) as never,
  });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  return { exports: module.exports, script, rejected: cachedData !== undefined && script.cachedDataRejected === true };
}
