// The build compiles the built-in rules once (dist/builtin-rules.json); a check starts from
// that snapshot only while the files on disk are byte for byte those it was made from.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { restoreCatalog, storeRules } from '../../src/engine/catalog-store.js';
import { check } from '../../src/engine/check.js';
import { queryTime } from '../../src/time/query-time.js';
import { loadCatalog, loadRuleSet, readBuiltinTexts, SNAPSHOT } from '../../src/load/load-catalog.js';
import { validateRuleFile, validateSeedIndex } from '../../src/load/validate-schema.js';
import { ROOT } from '../helpers/catalog.js';

/** The built-in rules validated and compiled from their files, as if there were no build. */
function compiledFromFiles() {
  const builtin = readBuiltinTexts(ROOT);
  const files = builtin.rules.map((raw) => validateRuleFile(raw).value!);
  const documents = validateSeedIndex(builtin.index!).value!;
  return { files, documents, ...compileCatalog(files, documents) };
}

const copies: string[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

function copyOfPackage(): string {
  const copy = mkdtempSync(join(tmpdir(), 'linkcheck-snapshot-'));
  copies.push(copy);
  for (const part of ['dist/builtin-rules.json', 'dist/builtin-rules.bytes', 'rules', 'seeds', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  return copy;
}

const verdictOn = async (root: string, date: string) => {
  const catalog = await loadCatalog({ root });
  return check(catalog, { platform: 'kuaishou', source: 'tmall', surface: 'live-cart', ...queryTime(date, 'Asia/Shanghai', 0) }).verdict;
};

describe('the snapshot of the built-in rules', () => {
  it('is used when the files match, and gives the catalog the files compile to', async () => {
    const set = await loadRuleSet({ root: ROOT });
    expect(set.compiled).toBeDefined();
    const fromFiles = compiledFromFiles();
    expect(fromFiles.problems).toEqual([]);
    expect(await loadCatalog({ root: ROOT })).toEqual(fromFiles.catalog);
  });

  it('stores and restores a compiled catalog unchanged', () => {
    const { files, documents, catalog } = compiledFromFiles();
    const stored = JSON.parse(JSON.stringify(storeRules(catalog)));
    expect(restoreCatalog(files, documents, stored)).toEqual(catalog);
    expect(restoreCatalog(files.slice(1), documents, stored)).toBeUndefined();
  });

  it('is not used when a rule file changed, even to the same size', async () => {
    const copy = copyOfPackage();
    expect(await verdictOn(copy, '2022-03-01')).toBe('denied');
    const path = join(copy, 'rules', 'kuaishou.json');
    const text = readFileSync(path, 'utf8');
    // The Kuaishou changes of 2022-03-01 come a day later: the same length, digits changed.
    const edited = text.replaceAll('"2022-03-01T00:00"', '"2022-03-02T00:00"');
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
    expect((await loadRuleSet({ root: copy })).compiled).toBeUndefined();
    expect(await verdictOn(copy, '2022-03-01')).toBe('allowed');
  });

  it.each([
    ['a rule file is added', (copy: string) => writeFileSync(join(copy, 'rules', 'zz-extra.json'), readFileSync(join(copy, 'rules', 'sources.json')))],
    ['a rule file is removed', (copy: string) => rmSync(join(copy, 'rules', 'xiaohongshu.json'))],
    ['the seed index changed', (copy: string) => writeFileSync(join(copy, 'seeds', 'index.json'), `${readFileSync(join(copy, 'seeds', 'index.json'), 'utf8')} `)],
    ['the snapshot is missing', (copy: string) => rmSync(join(copy, SNAPSHOT))],
    ['the bytes are missing', (copy: string) => rmSync(join(copy, 'dist', 'builtin-rules.bytes'))],
    [
      'a rule file is a FIFO',
      (copy: string) => {
        rmSync(join(copy, 'rules', 'kuaishou.json'));
        execFileSync('mkfifo', [join(copy, 'rules', 'kuaishou.json')]);
      },
    ],
    ['the snapshot is of another shape', (copy: string) => writeFileSync(join(copy, SNAPSHOT), JSON.stringify({ texts: {}, files: [], documents: [] }))],
  ])('is not used when %s', async (_name, change) => {
    const copy = copyOfPackage();
    change(copy);
    expect((await loadRuleSet({ root: copy })).compiled).toBeUndefined();
  });
});
