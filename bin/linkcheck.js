#!/usr/bin/env node
// CommonJS (see bin/package.json): a plain check starts without Node's ES module
// loader. dist/quick.cjs (which decides what answers) is compiled from the V8 code
// cache the build wrote beside it, as the bundles it loads are (src/cli/code-cache.ts):
// compiling it from its text was about a twentieth of a check's start. A missing build
// (a broken install, or a build under way) exits 70 with one line: exit 1 would read
// as "denied".
'use strict';
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { Script } = require('node:vm');

const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';
const dist = resolve(__dirname, '..', 'dist');
const filename = `${dist}/quick.cjs`;
let source;
try {
  source = readFileSync(filename, 'utf8');
} catch (error) {
  // Missing, or not readable (a broken install): one line and exit 70, never a stack trace.
  process.stderr.write(
    error?.code === 'ENOENT'
      ? 'linkcheck: the build is missing (dist/quick.cjs); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n'
      : `linkcheck: cannot read dist/quick.cjs (${error?.code ?? String(error)}); reinstall linkcheck (npm ci in its folder)\n`,
  );
  process.exit(70);
}
let cachedData;
try {
  cachedData = readFileSync(`${filename}.cache`);
} catch {
  // No cache: compiled from the text.
}
const internalError = (error) => {
  process.stderr.write(`linkcheck: internal error, please report it:\n${error?.stack ?? String(error)}\n`);
  process.exitCode = 70;
};
// quick.cjs and the bundles it loads require their neighbours as ./name.cjs: resolved here in
// dist/. module.createRequire would load node:module, and with it Node's ES module loader, for
// every command (about 0.3 ms of each start).
const requireFromDist = (id) => require(id.startsWith('./') ? `${dist}/${id.slice(2)}` : id);
let quick;
try {
  // The build writes it wrapped as Node's own loader would wrap it; an unwrapped one is wrapped here.
  const script = new Script(source.startsWith(WRAPPER) ? source : `${WRAPPER}${source}\n});`, { filename, ...(cachedData ? { cachedData } : {}) });
  quick = { exports: {} };
  script.runInThisContext().call(quick.exports, quick.exports, requireFromDist, quick, filename, dist);
} catch (error) {
  internalError(error);
}
if (quick?.exports.run) quick.exports.run(process.argv.slice(2)).catch(internalError);
