#!/usr/bin/env node
// A missing build (a broken install, or a build under way) exits 70 with one
// line: exit 1 would read as "denied".
let run;
try {
  ({ run } = await import('../dist/quick.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('linkcheck: the build is missing (dist/quick.js); run npm run build in the linkcheck folder, or reinstall it (npm ci)\n');
  process.exit(70);
}
await run(process.argv.slice(2));
