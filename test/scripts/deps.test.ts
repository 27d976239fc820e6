// npm run deps: the import arrows between the folders of src/ keep to the layer
// order declared in scripts/deps.mjs, with no circle (#15).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'deps.mjs');

function deps(root: string) {
  const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A src/ tree of the given files (path → text) in a fresh folder. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'linkcheck-deps-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', path)), { recursive: true });
    writeFileSync(join(root, 'src', path), text);
  }
  return root;
}

describe('npm run deps', () => {
  it('passes on linkcheck and prints the arrows, the highest layer first', () => {
    const run = deps(ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^deps: \d+ files, layers low to high: errors → time → model → engine → link → i18n → /);
    expect(run.stdout).toMatch(/\n {2}model {7}→ time \d+\n/);
    expect(run.stdout).toMatch(/\n {2}errors {6}→ \(nothing\)\n/);
  });

  it('names each offence on a line of its own, and fails', () => {
    const root = tree({
      // An arrow up: the model imports the engine, a type import too.
      'model/types.ts': "import type { Answer } from '../engine/check.js';\nexport type A = Answer;\n",
      'engine/check.ts': "export { a } from './a.js';\nexport type Answer = string;\n",
      // A circle between files, one of them through a dynamic import.
      'engine/a.ts': "export const a = 1;\nexport const load = () => import('./b.js');\n",
      'engine/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
      // A circle between folders, through an arrow up.
      'time/civil.ts': "import { b } from '../engine/b.js';\nexport const c = b;\n",
      'engine/uses-time.ts': "import { c } from '../time/civil.js';\nexport const d = c;\n",
      // A folder with no place in the order.
      'extra/x.ts': 'export const x = 1;\n',
    });
    const run = deps(root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'deps: src/extra is not in the layer order: give it a place in LAYERS in scripts/deps.mjs',
      'deps: circle between folders: engine → time → engine',
      'deps: circle between files: src/engine/a.ts → src/engine/b.ts → src/engine/a.ts',
      'deps: arrow against the layer order: model → engine (1 import, in src/model/types.ts); engine is above model',
      'deps: arrow against the layer order: time → engine (1 import, in src/time/civil.ts); engine is above time',
      '',
    ]);
  });

  it('accepts a layer that does not exist yet', () => {
    const run = deps(tree({ 'model/types.ts': "export type A = string;\n", 'cli/main.ts': "import type { A } from '../model/types.js';\nexport const a: A = '';\n" }));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('deps: 2 files, layers low to high: model → cli\n  cli         → model 1\n  model       → (nothing)\n');
  });
});
