// After tsc -p tsconfig.build.json: keep in dist/types only the public entry
// (index.d.ts) and the declarations it references, so the package ships its API's
// types and none of its internals' (#15).
import { readdirSync, readFileSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'types');
const REFERENCE = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g;

/** Every declaration file index.d.ts reaches through relative imports. */
export function publicDeclarations(folder = root) {
  const kept = new Set();
  const visit = (file) => {
    if (kept.has(file)) return;
    kept.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(REFERENCE)) visit(join(dirname(file), `${path}.d.ts`));
  };
  visit(join(folder, 'index.d.ts'));
  return kept;
}

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Removes the folders left empty, deepest first. */
function removeEmpty(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) removeEmpty(path);
  }
  if (folder !== root && readdirSync(folder).length === 0) rmdirSync(folder);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kept = publicDeclarations();
  for (const file of files(root)) if (!kept.has(file)) rmSync(file);
  removeEmpty(root);
  console.log(`dist/types: ${[...kept].map((file) => relative(root, file)).sort().join(', ')}`);
}
