// Bundles the CLI and the library into dist/, then validates the built-in rules
// once and writes the snapshot the CLI answers from (see src/load/load-catalog.ts).
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { generate as generateZoneData } from './zone-data.mjs';

// Chunk names carry content hashes: start from an empty dist/ so old ones do not pile up.
rmSync('dist', { recursive: true, force: true });

// Each built-in zone's UTC offsets, so that a check never loads the time-zone database.
if (generateZoneData()) console.log('build: wrote src/time/zone-data.ts');

const common = {
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // commander is CommonJS and requires Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', internal: 'src/internal.ts', validate: 'src/load/validate.ts' }, chunkNames: 'chunks/[name]-[hash]' });
// The bin's entry on its own, in CommonJS: a plain check then skips Node's ES module
// loader and reads two files, dist/quick.cjs (which decides) and dist/plain-check.cjs
// (runCheck and what it needs); anything else reads quick.cjs and the full CLI. Rule
// validation, needed only when rules/ changed since the build, stays in dist/validate.js.
// See src/cli/quick.ts.
const commonJs = {
  ...common,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  splitting: false,
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const validateApart = { name: 'validate-apart', setup: (build) => build.onResolve({ filter: /\/validate\.js$/ }, () => ({ path: './validate.js', external: true })) };
const checkApart = {
  name: 'check-apart',
  setup(build) {
    build.onResolve({ filter: /\/check-command\.js$/ }, () => ({ path: 'plain-check', namespace: 'plain-check' }));
    build.onLoad({ filter: /.*/, namespace: 'plain-check' }, () => ({ contents: "module.exports = require('./plain-check.cjs');", loader: 'js' }));
    build.onResolve({ filter: /^\.\/plain-check\.cjs$/ }, () => ({ path: './plain-check.cjs', external: true }));
  },
};
await build({ ...commonJs, entryPoints: { 'plain-check': 'src/cli/check-command.ts' }, plugins: [validateApart] });
await build({ ...commonJs, entryPoints: { quick: 'src/cli/quick.ts' }, plugins: [checkApart] });

const { compileCatalog, formatProblem, loadRuleSet, readBuiltinTexts } = await import('../dist/internal.js');
const root = process.cwd();
const set = await loadRuleSet({ root });
const problems = set.problems.length > 0 ? set.problems : compileCatalog(set.files, set.documents).problems;
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`build: ${problems.length} problem(s) in the built-in rules`);
  process.exit(1);
}
const texts = Object.fromEntries(readBuiltinTexts(root).files.map((file) => [file.path, file.text]));
writeFileSync('dist/builtin-rules.json', JSON.stringify({ texts, files: set.files, documents: set.documents }));
