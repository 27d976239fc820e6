// Bundles the CLI and the library into dist/, then validates the built-in rules
// once and writes the snapshot the CLI answers from (see src/load/snapshot.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { generate as generateZoneData } from './zone-data.mjs';

// Chunk names carry content hashes: start from an empty dist/ so old ones do not pile up.
rmSync('dist', { recursive: true, force: true });

// Each built-in zone's UTC offsets, so that a check never loads the time-zone database.
if (generateZoneData()) console.log('build: wrote src/time/zone-data.ts');

// Colour is decided once (src/cli/colour.ts) and every renderer gives chalk its level:
// chalk's own detection (supports-color, which loads node:tty and node:os as chalk loads)
// is never asked, so it is left out of every bundle.
const noColourDetection = {
  name: 'no-colour-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-colour-detection' }));
    build.onLoad({ filter: /.*/, namespace: 'no-colour-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

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
  plugins: [noColourDetection],
};
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', internal: 'src/internal.ts' }, chunkNames: 'chunks/[name]-[hash]' });
// The bundles a command starts from, in CommonJS, so that a plain check skips Node's ES module
// loader: a check reads one, dist/plain-check.cjs (src/cli/plain-check.ts, runCheck and what it
// needs, with the decision of src/cli/quick.ts); a command no quick path answers reads
// dist/quick.cjs and the full CLI (bin/linkcheck.js). Rule validation and compiling, needed only
// for the user's rule files or when rules/ changed since the build, stay in dist/load-rules.cjs.
const commonJs = {
  ...common,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  splitting: false,
  // import.meta.dirname, and import.meta.url made only when asked for: node:url's pathToFileURL costs a start-up that never asks.
  define: { 'import.meta': '__importMeta' },
  // Without white space and with shorter syntax (names kept): each start reads and holds the
  // bundle's whole text, a fifth less of it so (#18).
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: "const __importMeta = { dirname: __dirname, get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};
// Accepting and compiling rule files (src/load/validate.ts, src/engine/compile-catalog.ts), in one
// bundle loaded with its code cache when first asked: compiling them anew cost 10,000 user rules
// about 25 ms of a batch (#18). zod, for a file the quick acceptance leaves to the schema, is apart
// again, in dist/rule-schema.cjs.
/** The code by which a bundle loads dist/<name>.cjs with its code cache (src/cli/code-cache.ts), as an expression giving its exports. */
const loadCached = (name) => `require('./src/cli/code-cache.ts').loadWithCodeCache(require('node:path').join(__dirname, '${name}.cjs'), require).exports`;
const validateApart = {
  name: 'validate-apart',
  setup(build) {
    build.onResolve({ filter: /\/(validate|compile-catalog)\.js$/ }, () => ({ path: 'load-rules', namespace: 'load-rules' }));
    build.onResolve({ filter: /^\.\/load-rules\.cjs$/ }, () => ({ path: './load-rules.cjs', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'load-rules' }, () => ({
      contents: [
        `let loaded;\nconst load = () => (loaded ??= ${loadCached('load-rules')});`,
        ...['compileCatalog', 'locateProblems', 'seedQuoteProblems', 'validateRuleFiles', 'validateSeedIndex'].map((fn) => `export const ${fn} = (...args) => load().${fn}(...args);`),
      ].join('\n'),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
// Each command starts from one bundle (bin/linkcheck.js): the check's, `matrix`'s, `timeline`'s, `rules
// list`'s and a short batch's each hold src/cli/quick.ts's run, the decision every start makes, and
// dist/quick.cjs the same for the help texts and the rest. Within one, what the decision leads to in
// another start's bundle, or the full CLI's (dist/cli.cjs), is loaded from that bundle with its code
// cache (src/cli/code-cache.ts), not by require().
const START_BUNDLE = /\/(plain-check|quick-matrix|quick-timeline|quick-rules|quick-batch|main)\.js$/;
const startsApart = {
  name: 'starts-apart',
  setup(build) {
    build.onResolve({ filter: START_BUNDLE }, ({ path }) => {
      const named = START_BUNDLE.exec(path)[1];
      return { path: named === 'main' ? 'cli' : named, namespace: 'start-bundle' };
    });
    build.onLoad({ filter: /.*/, namespace: 'start-bundle' }, ({ path }) => ({
      contents: `module.exports = ${loadCached(path)};`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
/**
 * The entry of a start's bundle: its own module, and the decision (src/cli/quick.ts run), given
 * that module as its own. Every import() of a start's bundle is its loading from dist/ (startsApart),
 * its own too, which the decision never calls: a module imported both statically and by import()
 * is built to be set up when first asked for, and with it every module it imports (esbuild's lazy
 * initialisers), which made the check's code cache 40 KB larger.
 */
const startEntry = (name) => ({
  entryPoints: undefined,
  outdir: undefined,
  outfile: `dist/${name}.cjs`,
  stdin: {
    contents: [`import * as own from './src/cli/${name}.ts';`, "import { run as decide } from './src/cli/quick.ts';", `export * from './src/cli/${name}.ts';`, `export const run = (argv: readonly string[]) => decide(argv, { '${name}': own });`].join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
    sourcefile: `${name}-start.ts`,
  },
});
// Modules the plain check calls only on a path it rarely or never takes are not part of its
// bundle: each is built on its own (dist/<name>.cjs) and loaded the first time one of its
// functions is called. The error messages word an error, which a plain check leaves to the full
// CLI, and the Chinese ones an error for a reader of Chinese, when a plain check is always English
// (src/cli/quick.ts); chalk colours the answer only on a terminal, and its module builds all its
// styles as it loads.
const apart = [
  { name: 'messages-zh', filter: /\/zh-errors\.js$/, entry: "export { formatDetailZh, formatMessageZh } from './src/i18n/zh-errors.ts';", names: ['formatDetailZh', 'formatMessageZh'] },
  { name: 'messages', filter: /\/en-errors\.js$/, entry: "export { formatDetail, formatMessage, isDetailId, isListParam, isMessageId } from './src/i18n/en-errors.ts';", names: ['formatDetail', 'formatMessage', 'isDetailId', 'isListParam', 'isMessageId'] },
  { name: 'chalk', filter: /^chalk$/, entry: "export { Chalk } from 'chalk';", names: [], classes: ['Chalk'] },
];
const loadedApartFrom = (modules) => ({
  name: 'loaded-apart',
  setup(build) {
    for (const { name, filter } of modules) {
      build.onResolve({ filter }, () => ({ path: name, namespace: 'loaded-apart' }));
      build.onResolve({ filter: new RegExp(`^\\./${name}\\.cjs$`) }, () => ({ path: `./${name}.cjs`, external: true }));
    }
    build.onLoad({ filter: /.*/, namespace: 'loaded-apart' }, ({ path }) => ({
      contents: (({ names = [], classes = [], data = [], cached = false, json = false }) => [
        // Loaded once and kept: a require() by path resolves the path again at every call, and a
        // catalogue is read a message at a time. A module with a code cache (cached) is loaded as the
        // bundles are (src/cli/code-cache.ts); one object of data in JSON (json) is read and parsed.
        `let loaded;\nconst load = () => (loaded ??= ${json ? `{ ${data[0]}: JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '${path}.json'), 'utf8')) }` : cached ? loadCached(path) : `require('./${path}.cjs')`});`,
        ...names.map((fn) => `export const ${fn} = (...args) => load().${fn}(...args);`),
        // A class made with new: its constructor hands back an instance of the real one.
        ...classes.map((cls) => `export class ${cls} { constructor(...args) { return new (load().${cls})(...args); } }`),
        // An object of data (a catalogue): read through, from the real one, once something asks.
        ...data.map((name) => `const ${name}Of = () => load().${name};\nexport const ${name} = new Proxy({}, { get: (_, key) => ${name}Of()[key], has: (_, key) => key in ${name}Of(), ownKeys: () => Reflect.ownKeys(${name}Of()), getOwnPropertyDescriptor: (_, key) => { const found = Reflect.getOwnPropertyDescriptor(${name}Of(), key); return found && { ...found, configurable: true }; } });`),
      ].join('\n'))(modules.find(({ name }) => name === path)),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
});
// The check's Chinese words, which a check in English (the plain check's most) never says: one
// object of strings, written as dist/check-words-zh.json and parsed when a check in Chinese first
// says one. As a bundle with its code cache, reading, deserialising and running it took 0.41 ms of
// such a check; reading and parsing the JSON takes 0.13 ms (#18).
const zhCheckApart = { name: 'check-words-zh', filter: /\/zh-check\.js$/, entry: "export { zhCheck } from './src/i18n/zh-check.ts';", data: ['zhCheck'], json: true };
// With no option, matrix, timeline and rules list read no source or link, and a check or a short batch
// whose sources are names finds them without it (src/link/named-input.ts): the link reader (about a
// fifth of the check's bundle, a quarter of the others, and its tables) is a file of its own with its
// code cache, loaded when a text is no name. What it throws is an input error there too (InputError's
// mark, src/errors/errors.ts). Without it a check by name ran a young-generation collection (#18).
const linkApart = [{ name: 'classify-input', filter: /\/classify\.js$/, entry: "export { classifyInput, classifyText } from './src/link/classify.ts';", names: ['classifyInput', 'classifyText'], cached: true }];
const loadedApart = loadedApartFrom([...apart, zhCheckApart, ...linkApart]);
// The full CLI's bundle leaves out zod, which only a configuration file found, the rule file's
// JSON Schema (linkcheck rules schema) and the service use; user rule files are validated by dist/load-rules.cjs.
const cliApart = [
  ...apart.filter(({ name }) => name !== 'chalk'),
  // The wording of errors and of rule-file problems, and the Chinese catalogue, are loaded when a run needs them:
  // each is data compiled as the bundle loads, which made its code cache larger and every start slower.
  { name: 'problems-en', filter: /\/en-problems\.js$/, entry: "export { formatProblem, wordProblem } from './src/i18n/en-problems.ts';", names: ['formatProblem', 'wordProblem'] },
  { name: 'problems-zh', filter: /\/zh-problems\.js$/, entry: "export { wordProblemZh } from './src/i18n/zh-problems.ts';", names: ['wordProblemZh'] },
  // The Chinese catalogue is strings alone: read as JSON (dist/catalogue-zh.json). Required as a module,
  // Node compiled its 47 KB of text at every start in Chinese, about a millisecond of matrix, timeline,
  // rules list and a short batch (#18).
  { name: 'catalogue-zh', filter: /\/zh\.js$/, entry: "export { zh } from './src/i18n/zh.ts';", data: ['zh'], json: true },
  { name: 'config-schema', filter: /\/config-schema\.js$/, entry: "export { readConfigSettings } from './src/cli/config-schema.ts';", names: ['readConfigSettings'] },
  // linkcheck rules lint validates and compiles every file: zod and the compiler are loaded as it is.
  { name: 'lint-rules', filter: /\/lint-rules\.js$/, entry: "export { lintRules } from './src/lint/lint-rules.ts';", names: ['lintRules'] },
  // linkcheck serve: Hono, its Node adapter and the handler (with zod, for OpenAPI) once the service starts. It
  // returns a failure to listen as data, so no error class crosses from one bundle to the other.
  { name: 'serve-listen', filter: /\/serve-listen\.js$/, entry: "export { listenAndServe } from './src/cli/serve-listen.ts';", names: ['listenAndServe'] },
  { name: 'json-schema', filter: /\/json-schema\.js$/, entry: "export { ruleFileJsonSchema } from './src/render/json-schema.ts';", names: ['ruleFileJsonSchema'] },
];
for (const { name, entry } of new Set([...apart, zhCheckApart, ...cliApart])) {
  await build({ ...commonJs, entryPoints: undefined, outdir: undefined, outfile: `dist/${name}.cjs`, stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } });
}
// The data read as JSON (json), from the module built to hold it, which is not kept.
for (const { name, data } of [...apart, zhCheckApart, ...cliApart].filter(({ json }) => json)) {
  const file = resolve(`dist/${name}.cjs`);
  writeFileSync(`dist/${name}.json`, JSON.stringify(createRequire(file)(file)[data[0]]));
  rmSync(file);
}
const ruleSchema = { name: 'rule-schema', filter: /\/validate-schema\.js$/, entry: "export { validateRuleFile, validateSeedIndex } from './src/load/validate-schema.ts';", names: ['validateRuleFile', 'validateSeedIndex'] };
await build({ ...commonJs, entryPoints: undefined, outdir: undefined, outfile: 'dist/rule-schema.cjs', stdin: { contents: ruleSchema.entry, resolveDir: process.cwd(), loader: 'ts' } });
await build({
  ...commonJs,
  entryPoints: undefined,
  outdir: undefined,
  outfile: 'dist/load-rules.cjs',
  stdin: { contents: "export { compileCatalog } from './src/engine/compile-catalog.ts';\nexport { locateProblems, seedQuoteProblems, validateRuleFiles, validateSeedIndex } from './src/load/validate.ts';", resolveDir: process.cwd(), loader: 'ts' },
  supported: { 'dynamic-import': false },
  plugins: [noColourDetection, loadedApartFrom([ruleSchema])],
});
// Loaded through node:vm with its code cache (src/cli/code-cache.ts), where import() fails on
// Node 20: its import() of src/load/validate.ts becomes require() of dist/load-rules.cjs. A start
// with a configuration file reads it with dist/config-read.cjs (src/cli/config.ts), loaded only
// then: in the check's bundle it made every check about 0.7 ms slower. That bundle loads the schema
// (and zod) and the wording of problems only for a file with a problem, as the full CLI does.
const configRead = { name: 'config-read', filter: /\/config\.js$/, entry: "export { findConfig, readConfigAt } from './src/cli/config.ts';", names: ['findConfig', 'readConfigAt'], cached: true };
const configApart = cliApart.filter(({ name }) => ['config-schema', 'problems-en', 'problems-zh'].includes(name));
await build({ ...commonJs, entryPoints: undefined, outdir: undefined, outfile: 'dist/config-read.cjs', stdin: { contents: configRead.entry, resolveDir: process.cwd(), loader: 'ts' }, plugins: [noColourDetection, loadedApartFrom([...apart, ...configApart])] });
await build({ ...commonJs, ...startEntry('plain-check'), supported: { 'dynamic-import': false }, plugins: [noColourDetection, validateApart, loadedApartFrom([...apart, zhCheckApart, ...linkApart, configRead]), startsApart] });
// commander requires node:child_process as it loads (which loads node:net and more), for
// subcommands that are programs of their own; linkcheck has none, so it is required only if asked.
const childProcessWhenUsed = {
  name: 'child-process-when-used',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, () => ({ path: 'child_process', namespace: 'child-process-when-used' }));
    build.onLoad({ filter: /.*/, namespace: 'child-process-when-used' }, () => ({ contents: "module.exports = new Proxy({}, { get: (_, key) => require('child_process')[key] });", loader: 'js' }));
  },
};
// The full CLI, loaded the same way (src/cli/quick.ts): every command the quick path leaves to it.
await build({ ...commonJs, entryPoints: { cli: 'src/cli/main.ts' }, supported: { 'dynamic-import': false }, plugins: [noColourDetection, validateApart, loadedApartFrom(cliApart), childProcessWhenUsed] });
// matrix, timeline and rules list with no option (src/cli/quick-commands.ts), and a short batch
// (src/cli/quick-batch.ts), each a bundle of its own: what the full CLI leaves out of its bundle,
// these do too, and the help texts (the quick paths print --help from the files the build writes).
const quickCommands = ['quick-matrix', 'quick-timeline', 'quick-rules'];
const helpApart = { name: 'help-words', filter: /\/en-help\.js$/, entry: "export { enHelp } from './src/i18n/en-help.ts';", data: ['enHelp'] };
// The words of the page and of the service, which no quick path says (src/i18n/en.ts reads them after a command's).
const pageWords = [
  { name: 'page-words', filter: /\/en-page\.js$/, entry: "export { enPage } from './src/i18n/en-page.ts';", data: ['enPage'] },
  { name: 'serve-words', filter: /\/en-serve\.js$/, entry: "export { enServe } from './src/i18n/en-serve.ts';", data: ['enServe'] },
];
const quickApart = [...apart, ...cliApart.filter(({ name }) => !apart.some((other) => other.name === name)), helpApart, ...pageWords];
// A short batch of a CSV plan in English reads no workbook, no JSON Lines and none of the check's
// Chinese words: those readers (with node:zlib's inflating) and words are files of their own, loaded
// when a plan asks for them. Past 128 KiB a bundle's text is read into memory V8 allocates apart,
// each byte costing about twice as much to read: the batch's bundle was 216 KB (#18).
const batchApart = [
  { name: 'read-xlsx', filter: /\/read-xlsx\.js$/, entry: "export { readXlsx } from './src/batch/read/read-xlsx.ts';", names: ['readXlsx'] },
  { name: 'read-jsonl', filter: /\/read-jsonl\.js$/, entry: "export { readJsonl } from './src/batch/read/read-jsonl.ts';", names: ['readJsonl'] },
  { name: 'node-inflate', filter: /\/node-inflate\.js$/, entry: "export { nodeInflate } from './src/cli/node-inflate.ts';", names: ['nodeInflate'] },
  { name: 'reader-thread', filter: /\/reader-thread\.js$/, entry: "export { readInThread } from './src/cli/reader-thread.ts';", names: ['readInThread'] },
  zhCheckApart,
  // A batch with no option writes the text report: the other reports are the full CLI's.
  {
    name: 'batch-formats',
    filter: /\/batch-(annotations|json|junit|markdown)\.js$/,
    entry: "export * from './src/render/batch-annotations.ts';\nexport * from './src/render/batch-json.ts';\nexport * from './src/render/batch-junit.ts';\nexport * from './src/render/batch-markdown.ts';",
    names: ['annotationReport', 'jsonReport', 'ndjsonReport', 'junitReport', 'markdownReport'],
  },
];
for (const { name, entry } of [helpApart, ...pageWords, ...linkApart, ...batchApart.filter((module) => module !== zhCheckApart)]) {
  await build({ ...commonJs, entryPoints: undefined, outdir: undefined, outfile: `dist/${name}.cjs`, stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } });
}
const quickBuild = { ...commonJs, supported: { 'dynamic-import': false } };
// `timeline`'s bundle with shorter names too, as the short batch's below: with its names it was 134 KB,
// past the 128 KiB from which Node reads a file's text through a buffer it grows past malloc's
// threshold for memory of its own (about 0.15 ms more to read, measured on the bundle's text).
for (const name of quickCommands) {
  await build({ ...quickBuild, ...(name === 'quick-timeline' ? { minifyIdentifiers: true } : {}), ...startEntry(name), plugins: [noColourDetection, validateApart, loadedApartFrom([...quickApart, ...linkApart, configRead]), startsApart] });
}
// The short batch's bundle alone with shorter names (esbuild's minifyIdentifiers): its text, 162 KB
// with its names, is then under 128 KiB (padded to it below, as the others are). Past that V8 reads
// it into memory allocated apart, and a one-row batch spent about 0.2 ms more in the process
// (200 interleaved pairs; docs/benchmark.md). A failure in the batch's own work leaves the command
// to the full CLI (src/cli/quick.ts run), whose bundle keeps its names; only the decision itself,
// failing before that, would show shortened names in an internal error's stack.
await build({ ...quickBuild, minifyIdentifiers: true, ...startEntry('quick-batch'), plugins: [noColourDetection, validateApart, loadedApartFrom([...quickApart, ...linkApart, ...batchApart, configRead]), startsApart] });
await build({ ...quickBuild, entryPoints: { quick: 'src/cli/quick.ts' }, plugins: [noColourDetection, startsApart] });
// A large plan's reader, run in a thread of its own while the batch answers (src/cli/reader-thread.ts).
await build({ ...commonJs, entryPoints: { 'reader-worker': 'src/cli/reader-worker.ts' }, supported: { 'dynamic-import': false }, plugins: [noColourDetection] });
// The bundles loaded with a code cache are written as the function Node's CommonJS loader would
// wrap them in, so that src/cli/code-cache.ts compiles the text as read, without a second copy of it.
// dist/quick.cjs too, once the build has no more need to require it (below).
const { WRAPPER } = createRequire(import.meta.url)('../dist/quick.cjs');
//
// Each bundle a command starts from is at least 128 KiB long, the shorter ones made so with spaces at
// the end: a bundle's text is one string, held as long as the process runs (V8 compiles its functions
// from it when they are first called), and V8 places a string that long outside the first megabyte of
// young generation a start allocates in, where a shorter one took up to 94 KB of it. A start that
// fills that megabyte stops for a collection of it (about 0.8 ms), and a check with --json, `rules
// list` and `timeline` were within a few kilobytes of it or past it (#18; docs/benchmark.md). A bundle
// loaded on the way (the link reader, the rule loading) is left as it is: padded, the link reader's
// 25 KB made a check of a link about 0.25 ms slower.
const LEAST_BUNDLE = 128 * 1024;
const wrapInPlace = (bundle, least = 0) => {
  const text = `${WRAPPER}${readFileSync(bundle, 'utf8')}\n});`;
  writeFileSync(bundle, text.length < least ? text.padEnd(least) : text);
};
const startBundles = ['dist/plain-check.cjs', ...quickCommands.map((name) => `dist/${name}.cjs`), 'dist/quick-batch.cjs', 'dist/cli.cjs'];
for (const bundle of startBundles) wrapInPlace(bundle, LEAST_BUNDLE);
for (const bundle of ['dist/load-rules.cjs', ...[...apart, ...linkApart, configRead].filter(({ cached }) => cached).map(({ name }) => `dist/${name}.cjs`)]) wrapInPlace(bundle);

const { SNAPSHOT_HISTORIES, asciiJson, builtinPaths, compileCatalog, formatProblem, loadRuleSet, readBuiltinTexts, settledStatus, statusOf, storeHistories, storeRuleFiles, storeRules } = await import('../dist/internal.js');
const root = process.cwd();
const set = await loadRuleSet({ root });
const compiled = set.problems.length > 0 ? undefined : compileCatalog(set.files, set.documents);
const problems = compiled ? compiled.problems : set.problems;
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`build: ${problems.length} problem(s) in the built-in rules`);
  process.exit(1);
}
// The snapshot holds the compiled rules and each file's size, and dist/builtin-rules.bytes the files' bytes, which a check
// compares with the files on disk before it trusts the snapshot (src/load/snapshot.ts).
// With how the file system saw the files (src/load/snapshot.ts statusOf), before and after they were
// read: while they are seen so, a start knows them without reading them. Not recorded when they
// changed as they were read, or too recently for their times to tell a later write apart.
const builtPaths = builtinPaths(root);
const statusBefore = statusOf(root, builtPaths);
const raw = builtPaths.map((path) => [path, readFileSync(path)]);
const statusAfter = statusOf(root, builtPaths);
const status = JSON.stringify(statusBefore) === JSON.stringify(statusAfter) && statusAfter.slice(1).every(([, size], index) => size === raw[index][1].length) ? settledStatus(statusAfter, Date.now()) : undefined;
writeFileSync('dist/builtin-rules.bytes', Buffer.concat(raw.map(([, bytes]) => bytes)));
// In ASCII, each other character escaped (\uXXXX): Node reads an ASCII file into a string of one byte a
// character, without decoding, where the Chinese texts made it a string of two. The CLI starts from
// dist/builtin-rules.heads.json, each rule by its head, its whole text in dist/builtin-rules.texts, read
// when the rule is (src/engine/catalog-store.ts RuleHead). dist/builtin-rules.json holds the whole
// record, for the page (scripts/build-site.mjs) and for a service on an edge runtime (docs/serve.md).
const sources = raw.map(([path, bytes]) => [path, bytes.length]);
const rules = storeRules(compiled.catalog);
writeFileSync('dist/builtin-rules.json', asciiJson({ sources, files: set.files, documents: set.documents, rules }));
const stored = storeRuleFiles(set.files);
// The texts end with a mark of them (their digest), which the snapshot holds too: a check reads it
// after a rule's text to know the texts are still the ones it trusted, not a later build's.
const stamp = createHash('sha256').update(stored.texts).digest('hex').slice(0, 32);
writeFileSync('dist/builtin-rules.texts', `${stored.texts}${stamp}`);
// The snapshot names itself by a digest of everything else in it (`build`), which what is derived from
// it carries too: every placement's history, from which a timeline of the built-in record draws its
// tracks, where it would find each one's rules and sweep them (src/views/periods.ts).
const snapshot = { sources, files: stored.files, documents: set.documents, rules, texts: stored.texts.length, stamp };
const snapshotBuild = createHash('sha256').update(asciiJson(snapshot)).digest('hex').slice(0, 32);
writeFileSync('dist/builtin-rules.heads.json', asciiJson({ ...snapshot, build: snapshotBuild, ...(status ? { status } : {}) }));
// With what a timeline of the record needs besides (the platforms, their zones and surfaces, the
// sources) and what knows the built-in files again (`built`): one in English is drawn from this file
// alone, while those files are the ones it was made from (src/load/snapshot.ts builtinTimeline).
writeFileSync(SNAPSHOT_HISTORIES, asciiJson({ build: snapshotBuild, built: { sources, texts: snapshot.texts, stamp, ...(status ? { status } : {}) }, ...storeHistories(compiled.catalog) }));

// The bundles loaded apart, with a code cache (src/cli/code-cache.ts), get it written after `warm`
// has run in them what they are loaded for, so that the cache holds those functions, not only the
// top level. What every start loads gets its cache from the starts themselves (at the end).
const { cacheFileFor, loadWithCodeCache } = createRequire(import.meta.url)('../dist/quick.cjs');
async function writeCodeCache(path, warm = async () => {}) {
  const file = resolve(path);
  const { exports, script } = loadWithCodeCache(file, createRequire(file));
  await warm(exports);
  writeFileSync(cacheFileFor(file), script.createCachedData());
  return exports;
}

// The link reader's, after it has read a link of each kind the record knows and a share text.
await writeCodeCache('dist/classify-input.cjs', async (reader) => {
  for (const text of ['https://item.taobao.com/item.htm?id=1', 'https://detail.tmall.com/item.htm?id=2', 'https://item.jd.com/100012043978.html', '【淘宝】https://m.tb.cn/h.5abc?tk=xyz 「商品」点击链接直接打开']) reader.classifyText(compiled.catalog, text);
});

// The configuration reading's, after it has read a file with every setting a check takes.
await writeCodeCache('dist/config-read.cjs', async (reading) => {
  const project = mkdtempSync(join(tmpdir(), 'linkcheck-config-'));
  try {
    mkdirSync(join(project, '.git'));
    writeFileSync(join(project, 'linkcheck.config.json'), JSON.stringify({ platform: 'kuaishou', failOn: ['denied', 'unknown'], maxStaleness: '18m', lang: 'en' }));
    if (reading.findConfig(project)?.settings.platform !== 'kuaishou') throw new Error('build: the configuration reading did not read its file');
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

// The rule loading's, after it has accepted and compiled the built-in rule files.
await writeCodeCache('dist/load-rules.cjs', async (loading) => {
  const accepted = await loading.validateRuleFiles(readBuiltinTexts(root).rules);
  if (accepted.some((result) => result.value === undefined) || loading.compileCatalog(accepted.map((result) => result.value), set.documents).problems.length > 0) throw new Error('build: the rule loading refused the built-in rules');
});

// The context the full CLI's warm-up and help texts run in: nothing set, output kept.
const context = { env: {}, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, now: Date.now() };

// The full CLI's, after the subcommands run most (the quick path answers checks): it then holds
// commander's set-up of every command, its help, and those commands' functions.
const fullCli = await writeCodeCache('dist/cli.cjs', async (cli) => {
  for (const args of [['--help'], ['matrix'], ['rules', 'list'], ['timeline', 'taobao', 'live-cart']]) await cli.main(args, { ...context, cwd: root, root });
});

// --help of the program and of each subcommand, in each language, as the full CLI prints it to a
// file or a pipe from a folder with no configuration file: the quick path prints these
// (src/cli/quick-help.ts); test/cli/quick.test.ts compares them with the full CLI's.
const { HELP_COMMANDS, PROGRAM_HELP, helpFile } = createRequire(import.meta.url)('../dist/quick.cjs');
const empty = mkdtempSync(join(tmpdir(), 'linkcheck-help-'));
for (const [lang, env] of [['en', {}], ['zh', { LANG: 'zh_CN.UTF-8' }]]) {
  mkdirSync(`dist/help/${lang}`, { recursive: true });
  for (const name of [PROGRAM_HELP, ...HELP_COMMANDS]) {
    let out = '';
    let err = '';
    const code = await fullCli.main(name === PROGRAM_HELP ? ['--help'] : [name, '--help'], { ...context, env, stdout: (text) => (out += text), stderr: (text) => (err += text), cwd: empty, root });
    if (code !== 0 || err !== '') throw new Error(`build: linkcheck ${name} --help exited ${code}: ${err}`);
    writeFileSync(helpFile('dist', { name, lang }), out);
  }
}
rmSync(empty, { recursive: true, force: true });

// What a start loads (dist/quick.cjs, the plain check's bundle, each option-less command's and a
// short batch's) gets its code cache from the starts themselves, run one after another from the
// bin's entry in a process of their own (scripts/warm-starts.mjs), with a plan of one row. Their
// folder holds a .git folder, so that no configuration file above it is found, and their output
// goes to files: a quick path answers only output that is no terminal, and a file is none on
// every system.
const planFolder = mkdtempSync(join(tmpdir(), 'linkcheck-plan-'));
mkdirSync(join(planFolder, '.git'));
writeFileSync(join(planFolder, 'plan.csv'), 'source,surface,date\ntaobao,live-cart,2022-06-01\n');
wrapInPlace('dist/quick.cjs');
// Then each variant of the check's cache, in a process of its own (src/cli/quick.ts CHECK_CACHE_VARIANTS).
const { CHECK_CACHE_VARIANTS } = createRequire(import.meta.url)('../dist/quick.cjs');
for (const variant of [[], ...Object.keys(CHECK_CACHE_VARIANTS).map((name) => [name])]) {
  const warmOutput = openSync(join(planFolder, 'output.txt'), 'w');
  const warmErrors = join(planFolder, 'errors.txt');
  const errorsFd = openSync(warmErrors, 'w');
  const warm = spawnSync(process.execPath, [resolve('scripts/warm-starts.mjs'), resolve('dist'), 'plan.csv', ...variant], { cwd: planFolder, env: { PATH: process.env.PATH }, stdio: ['ignore', warmOutput, errorsFd] });
  closeSync(warmOutput);
  closeSync(errorsFd);
  const warmFailure = readFileSync(warmErrors, 'utf8');
  if (warm.status !== 0) {
    rmSync(planFolder, { recursive: true, force: true });
    console.error(warmFailure || `build: scripts/warm-starts.mjs ${variant.join(' ')} ended by ${warm.signal}`);
    process.exit(1);
  }
}
rmSync(planFolder, { recursive: true, force: true });
