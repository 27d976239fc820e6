#!/usr/bin/env node
// CommonJS (see bin/package.json): a plain check starts without Node's ES module
// loader. A missing build (a broken install, or a build under way) exits 70 with
// one line: exit 1 would read as "denied".
'use strict';
let quick;
try {
  quick = require('../dist/quick.cjs');
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('quick.cjs')) throw error;
  process.stderr.write('linkcheck: the build is missing (dist/quick.cjs); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n');
  process.exit(70);
}
quick.run(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`linkcheck: internal error, please report it:\n${error?.stack ?? String(error)}\n`);
  process.exitCode = 70;
});
