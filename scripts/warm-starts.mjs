// Writes the code caches of what a start loads (dist/quick.cjs, the plain check's bundle, each
// option-less command's and a short batch's), each after running in this process, from the bin's
// own entry, the start that loads it: the cache then holds every function that start runs, the
// answer's writing and the bin's deciding included. A cache written after calling a bundle's
// function directly left those out (5–6 KB of cache each for quick.cjs and the check's bundle),
// to be compiled from their text at every start (#18).
//
// scripts/build.mjs runs it once the bundles, their help texts and the snapshot are written, in
// a folder where no configuration file is found, its standard output and error going to files, as
// a script or a CI job calls the CLI (on a terminal the full CLI answers):
// node scripts/warm-starts.mjs <dist folder> <plan.csv>. With a variant's
// name (src/cli/quick.ts CHECK_CACHE_VARIANTS) it runs that variant's check alone and writes only
// that variant of the check's cache, so that it holds what such a check runs and nothing another
// start ran: node scripts/warm-starts.mjs <dist folder> <plan.csv> <variant>.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';

const [dist, plan, variantName] = process.argv.slice(2);
const CHECK = ['taobao', 'live-cart', '2022-06-01'];
// Each start, and the bundles whose caches are written once it has run, before a later start can
// add what it alone runs. The plain check's bundle holds what a check with no option and --version
// run: warmed with the common options too (--json, --as-known-on, a link…), its larger cache made
// that check slower, by about half a millisecond, than an option's few functions cost the start
// that uses them (measured). A check as known on a day, or with --json, starts from a variant of
// the check's cache that holds what such a check runs (each variant written in a process of its
// own, see above). dist/quick.cjs answers the help texts.
const STARTS = [
  { argv: CHECK },
  { argv: ['--version'], writes: ['plain-check'] },
  { argv: ['matrix'], writes: ['quick-matrix'] },
  { argv: ['timeline'], writes: ['quick-timeline'] },
  { argv: ['rules', 'list'], writes: ['quick-rules'] },
  { argv: ['batch', plan], writes: ['quick-batch'] },
  { argv: ['--help'] },
  { argv: ['batch', '--help'], writes: ['quick'] },
];

// Every script the starts compile, by its file: the bin and the bundles load one another through node:vm's Script.
const compiled = new Map();
const { Script } = vm;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    compiled.set(options.filename, this);
  }
};
// The bin beside the dist folder, which starts each command as it does when run (bin/linkcheck.js start).
const bin = createRequire(import.meta.url)(join(dist, '..', 'bin', 'linkcheck.js'));
// The names of the caches and their variants, as src/cli/code-cache.ts gives them.
const { cacheFileFor, CHECK_CACHE_VARIANTS } = bin.load('quick');
// A bundle's name, or its name and the variant of its cache (src/cli/code-cache.ts cacheFileFor).
const writeCache = (named) => {
  const [name, variant] = Array.isArray(named) ? named : [named];
  const file = `${dist}/${name}.cjs`;
  const script = compiled.get(file);
  if (script === undefined) throw new Error(`build: no start loaded dist/${name}.cjs`);
  writeFileSync(cacheFileFor(file, variant), script.createCachedData());
};

// Each start ends in process.exit, with the exit code: here the end of one start.
class Exit {
  constructor(code) {
    this.code = code;
  }
}
process.exit = (code) => {
  throw new Exit(code);
};

const variantOptions = variantName === undefined ? undefined : CHECK_CACHE_VARIANTS[variantName];
if (variantName !== undefined && !Array.isArray(variantOptions)) throw new Error(`build: no variant of the check's code cache is named ${variantName}`);
const starts = variantName === undefined ? STARTS : [{ argv: [...CHECK, ...variantOptions], writes: [['plain-check', variantName]] }];
for (const { argv, writes = [] } of starts) {
  const { bundle, variant } = bin.route(argv);
  if (variant !== variantName) throw new Error(`build: linkcheck ${argv.join(' ')} starts from the ${variant ?? 'plain'} cache of dist/${bundle}.cjs, not the ${variantName ?? 'plain'} one`);
  const ended = await new Promise((done) => done(bin.start(argv))).then(
    () => undefined,
    (error) => error,
  );
  if (!(ended instanceof Exit)) throw new Error(`build: linkcheck ${argv.join(' ')} did not end on its quick path`, { cause: ended });
  // The full CLI answering would mean the quick path failed; its answer is not what a start runs.
  if (compiled.has(`${dist}/cli.cjs`)) throw new Error(`build: linkcheck ${argv.join(' ')} was left to the full CLI`);
  for (const name of writes) writeCache(name);
}
