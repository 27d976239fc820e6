#!/usr/bin/env node
// The import arrows between the folders of src/, checked against the layer order
// below (#15). Fails, one line per offence, on a circle between folders, a circle
// between files, or an arrow that runs from a lower layer up to a higher one.
// Every kind of import counts: `import`, `import type`, `export … from`, and
// dynamic `import('…')` (a type-only arrow still ties the lower layer to the
// higher one's code). On success it prints the arrows, one line per folder.
//
//   node scripts/deps.mjs [root]        (npm run deps)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layers, low to high: a folder may import its own files and any folder
 * listed before it, never one after it.
 * - errors: expected failures as data, an id and its values (input errors, rule-file
 *   problems); everything below the edge throws them, so they sit lowest.
 * - time: civil dates, zones, instants, reading a written date; pure arithmetic on the calendar.
 * - model: the rule-file schema and the types of the record; it reads moments, so time is below it.
 * - engine: the record compiled, resolved and checked; answers as data.
 * - link: reading a link or a share text into a source, against the compiled record's
 *   sources (the engine never reads links, so link sits above it).
 * - i18n: the words, in one catalogue per language. Above the core, because words depend
 *   on the data they word (error and problem ids, a date's written forms, the weights of
 *   a quote); below everything that prints or reports, which chooses words from it.
 * - query: the one road from text to an answer (source, surface, instant, as-known-on day).
 * - views: matrix, timeline, diff and coverage, computed from the engine's answers.
 * - batch: a plan's rows read and answered, through the road.
 * - load: reading rule files from disk into the engine (validation included).
 * - lint: the checks of `rules lint`, on top of what load reads.
 * - render: answers, views, rows, problems and errors turned into text, JSON, SVG… in a language.
 * - api: the library's argument readers; cli: the command line.
 * - serve: the HTTP service's handler (web-standard Request in, Response out); its socket,
 *   signals and files are the command line's.
 * - web: the page that runs the engine in a browser, with the record bundled.
 * - index.ts and internal.ts: the entry points, above everything.
 * A folder not in this list is an offence, so a new folder gets a place on purpose.
 * A folder in the list that does not exist (yet) is simply skipped.
 */
const LAYERS = ['errors', 'time', 'model', 'engine', 'link', 'i18n', 'query', 'views', 'batch', 'load', 'lint', 'render', 'api', 'serve', 'web', 'cli', 'index.ts', 'internal.ts'];

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const src = join(root, 'src');

function sourceFiles(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:m|c)?tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The relative specifiers a file imports, of every kind. */
function importsOf(text) {
  const specifiers = [];
  // Static: a statement that starts with import or export and names a module with from, or a bare import '…'.
  const statement = /(?:^|[;}\n])\s*(?:import|export)\b(?:\s+type\b)?[^'";]*?\bfrom\s*(['"])([^'"\n]+)\1/g;
  const bare = /(?:^|[;\n])\s*import\s*(['"])([^'"\n]+)\1/g;
  // Dynamic, and the type expression `typeof import('…')`; comment lines are left out.
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
  const dynamic = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
  for (const [pattern, body] of [[statement, text], [bare, text], [dynamic, code]]) {
    for (const match of body.matchAll(pattern)) if (match[2].startsWith('.')) specifiers.push(match[2]);
  }
  return specifiers;
}

/** The source file a relative specifier names (./x.js is ./x.ts), or undefined outside src. */
function target(from, specifier, known) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.(m|c)?js$/, '.$1ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((candidate) => known.has(candidate));
}

/** src/engine/check.ts → engine; src/index.ts → index.ts. */
function folderOf(file) {
  return relative(src, file).split(sep)[0];
}

const files = sourceFiles(src);
const known = new Set(files);
const fileEdges = new Map(files.map((file) => [file, new Set()]));
const arrows = new Map(); // "from\0to" → count of import statements
for (const file of files) {
  for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
    const to = target(file, specifier, known);
    if (to === undefined) continue;
    fileEdges.get(file).add(to);
    const key = `${folderOf(file)}\0${folderOf(to)}`;
    arrows.set(key, (arrows.get(key) ?? 0) + 1);
  }
}

/** Tarjan's strongly connected components with more than one member (or a self-loop for files). */
function circles(nodes, edgesOf) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  function visit(node) {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of edgesOf(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component);
    }
  }
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found.map((component) => cycleIn(new Set(component), edgesOf));
}

/** One concrete cycle through a strongly connected component, for the message. */
function cycleIn(members, edgesOf) {
  const start = [...members].sort()[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of edgesOf(node)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [...members];
}

const offences = [];
const folders = [...new Set(files.map(folderOf))].sort();
const rank = new Map(LAYERS.map((name, at) => [name, at]));
for (const folder of folders) {
  if (!rank.has(folder)) offences.push(`src/${folder} is not in the layer order: give it a place in LAYERS in scripts/deps.mjs`);
}
const folderEdges = new Map(folders.map((folder) => [folder, new Set()]));
for (const key of arrows.keys()) {
  const [from, to] = key.split('\0');
  if (from !== to) folderEdges.get(from).add(to);
}
for (const cycle of circles(folders, (folder) => [...folderEdges.get(folder)].sort())) {
  offences.push(`circle between folders: ${cycle.join(' → ')}`);
}
const shown = (file) => relative(root, file).split(sep).join('/');
for (const cycle of circles(files, (file) => [...fileEdges.get(file)].sort())) {
  offences.push(`circle between files: ${cycle.map(shown).join(' → ')}`);
}
for (const [key, count] of [...arrows].sort()) {
  const [from, to] = key.split('\0');
  if (from === to || !rank.has(from) || !rank.has(to)) continue;
  if (rank.get(to) > rank.get(from)) {
    const where = files.filter((file) => folderOf(file) === from && [...fileEdges.get(file)].some((t) => folderOf(t) === to)).map(shown);
    offences.push(`arrow against the layer order: ${from} → ${to} (${count} import${count === 1 ? '' : 's'}, in ${where.join(', ')}); ${to} is above ${from}`);
  }
}

if (offences.length > 0) {
  for (const offence of offences) console.error(`deps: ${offence}`);
  process.exitCode = 1;
} else {
  const order = LAYERS.filter((name) => folders.includes(name));
  console.log(`deps: ${files.length} files, layers low to high: ${order.join(' → ')}`);
  for (const from of [...order].reverse()) {
    const out = [...arrows]
      .map(([key, count]) => [...key.split('\0'), count])
      .filter(([source, to]) => source === from && to !== from)
      .sort((a, b) => rank.get(b[1]) - rank.get(a[1]))
      .map(([, to, count]) => `${to} ${count}`);
    console.log(`  ${from.padEnd(11)} → ${out.length > 0 ? out.join(', ') : '(nothing)'}`);
  }
}
