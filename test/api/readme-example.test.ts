// The README's library example, compiled with tsc against the built package and
// run: the output must be what its comments say.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';
import { allDocs } from '../helpers/docs.js';

// Another project, with linkcheck installed in its node_modules.
const folder = mkdtempSync(join(tmpdir(), 'linkcheck-readme-example-'));

function example(name: string): string {
  const readme = allDocs();
  const match = new RegExp(`<!-- example: ${name.replace('.', '\\.')} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no example ${name}`);
  return match[1]!;
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the library examples', () => {
  it.each([
    ['library.ts', 5],
    ['library-plan.ts', 2],
  ])('%s type-checks and prints what its comments say', (name, outputs) => {
    const code = example(name);
    mkdirSync(join(folder, 'node_modules', '@linkcheck'), { recursive: true });
    if (!existsSync(join(folder, 'node_modules', '@linkcheck', 'cli'))) symlinkSync(ROOT, join(folder, 'node_modules', '@linkcheck', 'cli'), 'dir');
    const base = name.replace(/\.ts$/, '');
    writeFileSync(join(folder, name), code);
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--skipLibCheck', '--outDir', folder, join(folder, name)], { stdio: 'pipe' });
    const run = spawnSync(process.execPath, [join(folder, `${base}.js`)], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).toBe('');
    const expected = code.split('\n').flatMap((line) => /\/\/ (.+)$/.exec(line)?.[1] ?? []).filter((comment) => !/^[A-Z]/.test(comment));
    expect(run.stdout.trimEnd().split('\n')).toEqual(expected);
    expect(expected).toHaveLength(outputs);
  });
});
