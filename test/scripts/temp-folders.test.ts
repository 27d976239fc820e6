// A run of the suite leaves nothing in the system's temporary folder: a test file that makes a
// folder there either does it through tempFolder() (test/helpers/temp.ts), which removes it when
// its test or file ends, or removes it itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog.js';

function testSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('temporary folders of the tests', () => {
  const sources = testSources(join(ROOT, 'test')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

  it('are made by tempFolder(), or removed by the file that makes them', () => {
    const leaking = sources.filter(({ text }) => /\bmkdtempSync\(\s*join\(\s*tmpdir\(\)/.test(text) && !/\brmSync\(/.test(text)).map(({ path }) => path);
    // The batch tests' plans folder is shared by the files that import it, and each removes it when it ends.
    expect(leaking).toEqual(['test/batch/run.ts']);
  });

  it('the batch tests\' plans folder is removed by every file that runs batches in it', () => {
    const users = sources.filter(({ path, text }) => path.startsWith('test/batch/') && /from '\.\/run\.js'/.test(text));
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter(({ text }) => !text.includes('afterAll(() => rmSync(folder, { recursive: true, force: true }))')).map(({ path }) => path)).toEqual([]);
  });
});
