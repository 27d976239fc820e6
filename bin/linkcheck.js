#!/usr/bin/env node
// CommonJS (see bin/package.json): a plain check starts without Node's ES module loader.
// Each command starts from one bundle of dist/, compiled from the V8 code cache the build wrote
// beside it (src/cli/code-cache.ts): a check from dist/plain-check.cjs, `matrix`, `timeline`,
// `rules` and `batch` from their own, anything else from dist/quick.cjs. Every one of them holds
// the same decision (src/cli/quick.ts run: the quick path, or the full CLI), so the bundle chosen
// here changes only what is read and deserialised, never the answer; a check that went through
// quick.cjs first read and deserialised two bundles (#18). A missing build (a broken install, or a
// build under way) exits 70 with one line: exit 1 would read as "denied".
'use strict';
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const vm = require('node:vm');

const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';
const dist = resolve(__dirname, '..', 'dist');

/** The subcommands (src/cli/quick.ts SUBCOMMANDS; test/cli/quick.test.ts keeps the two in step). */
const SUBCOMMANDS = ['batch', 'classify', 'completion', 'coverage', 'diff', 'help', 'matrix', 'platforms', 'rules', 'serve', 'sources', 'surfaces', 'timeline', 'version'];
/** The subcommands a quick path answers, each from its own bundle. */
const OWN_BUNDLE = { matrix: 'quick-matrix', timeline: 'quick-timeline', rules: 'quick-rules', batch: 'quick-batch' };

/**
 * The bundle a command starts from, and the variant of its code cache (src/cli/quick.ts
 * CHECK_CACHE_VARIANTS, checkCacheVariant): help texts and the subcommands no quick path answers
 * from dist/quick.cjs, four subcommands from their own, and anything else (a check, --version)
 * from the check's.
 */
function route(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return { bundle: 'quick' };
  const first = argv[0];
  if (first !== undefined && SUBCOMMANDS.includes(first)) return { bundle: OWN_BUNDLE[first] ?? 'quick' };
  const variant = argv.includes('--as-known-on') ? 'known-on' : argv.includes('--json') ? 'json' : undefined;
  return variant === undefined ? { bundle: 'plain-check' } : { bundle: 'plain-check', variant };
}

// The bundles require their neighbours as ./name.cjs: resolved here in dist/. module.createRequire
// would load node:module, and with it Node's ES module loader, for every command (about 0.3 ms of each start).
// Each module is asked of Node once: a bundle requires node:fs and node:path once for each of its
// modules that imports them (twenty times in a batch's), and Node's require of a module it holds
// still resolves it each time (about 0.08 ms of a one-row batch's top level, measured).
const required = new Map();
const requireFromDist = (id) => {
  let loaded = required.get(id);
  if (loaded === undefined) {
    loaded = require(id.startsWith('./') ? `${dist}/${id.slice(2)}` : id);
    required.set(id, loaded);
  }
  return loaded;
};

/** The exports of dist/<bundle>.cjs, compiled from its code cache (or the cache's variant). */
function load(bundle, variant) {
  const filename = `${dist}/${bundle}.cjs`;
  let source;
  try {
    source = readFileSync(filename, 'utf8');
  } catch (error) {
    // Missing, or not readable (a broken install): one line and exit 70, never a stack trace.
    process.stderr.write(
      error?.code === 'ENOENT'
        ? `linkcheck: the build is missing (dist/${bundle}.cjs); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n`
        : `linkcheck: cannot read dist/${bundle}.cjs (${error?.code ?? String(error)}); reinstall linkcheck (npm ci in its folder)\n`,
    );
    process.exit(70);
  }
  let cachedData;
  try {
    cachedData = readFileSync(variant === undefined ? `${filename}.cache` : `${dist}/${bundle}.${variant}.cjs.cache`);
  } catch {
    // No cache: compiled from the text.
  }
  // The build writes it wrapped as Node's own loader would wrap it; an unwrapped one is wrapped here.
  const script = new vm.Script(source.startsWith(WRAPPER) ? source : `${WRAPPER}${source}\n});`, { filename, ...(cachedData ? { cachedData } : {}) });
  const loaded = { exports: {} };
  script.runInThisContext().call(loaded.exports, loaded.exports, requireFromDist, loaded, filename, dist);
  return loaded.exports;
}

/** Runs the command from the bundle route() chose; the promise of its end. */
function start(argv) {
  const { bundle, variant } = route(argv);
  return load(bundle, variant).run(argv);
}

const internalError = (error) => {
  process.stderr.write(`linkcheck: internal error, please report it:\n${error?.stack ?? String(error)}\n`);
  process.exitCode = 70;
};

if (require.main === module) {
  // A bundle that fails to compile or load is an internal error too, as is a run that fails.
  new Promise((done) => done(start(process.argv.slice(2)))).catch(internalError);
} else {
  // For the build, which starts each command as this does to write its code cache (scripts/warm-starts.mjs), and for tests.
  module.exports = { load, route, start, SUBCOMMANDS };
}
