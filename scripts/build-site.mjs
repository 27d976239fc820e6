// The page (src/web/, #19) as a static site in site/: index.html, one script with the
// built-in record bundled into it (page.js) and one style sheet (page.css). It runs
// from any static file server and straight from disk (file://…/site/index.html): a
// classic script, not a module, and no fetch. Reads the record the build snapshots
// (dist/builtin-rules.json, scripts/build.mjs); `npm run build` runs this too.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const SNAPSHOT = 'dist/builtin-rules.json';
if (!existsSync(SNAPSHOT)) {
  console.error(`build:site: ${SNAPSHOT} is missing; run npm run build, which builds the site too`);
  process.exit(1);
}
// The page needs the rule files, the seed documents and the compiled rules; not the sizes the CLI compares.
const { files, documents, rules } = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));

rmSync('site', { recursive: true, force: true });
mkdirSync('site');
await build({
  entryPoints: { page: 'src/web/main.ts' },
  outdir: 'site',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari15'],
  minify: true,
  legalComments: 'none',
  // A string literal holding the JSON (see src/web/record.ts).
  define: { LINKCHECK_RECORD: JSON.stringify(JSON.stringify({ files, documents, rules })) },
  logLevel: 'warning',
});
await build({ entryPoints: { page: 'src/web/page.css' }, outdir: 'site', bundle: true, minify: true, logLevel: 'warning' });
copyFileSync('src/web/index.html', 'site/index.html');
console.log('build:site: wrote site/ (index.html, page.js, page.css)');
