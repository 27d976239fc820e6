// The build compiles the built-in rules once (dist/builtin-rules.heads.json, each rule's whole text in dist/builtin-rules.texts); a check starts from
// that snapshot only while the files on disk are byte for byte those it was made from.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import { lazyRule, restoreCatalog, restoreRuleFiles, storeRuleFiles, storeRules } from '../../src/engine/catalog-store.js';
import { check } from '../../src/engine/check.js';
import { queryTime } from '../../src/time/query-time.js';
import { readBuiltinTexts } from '../../src/load/builtin-files.js';
import { loadCatalog, loadRuleSet } from '../../src/load/load-catalog.js';
import { builtinPaths } from '../../src/load/builtin-files.js';
import { SETTLED_MS, settledStatus, SNAPSHOT, SNAPSHOT_RULE_TEXTS, statusOf } from '../../src/load/snapshot.js';
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
  for (const part of [SNAPSHOT, 'dist/builtin-rules.bytes', SNAPSHOT_RULE_TEXTS, 'rules', 'seeds', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  return copy;
}

/**
 * The copy's snapshot made to record how its files are seen now, as the build records them
 * (scripts/build.mjs): a start then knows them by that alone. A copy keeps the status of the
 * package it came from, which its files (other inodes) are not seen with: they are compared.
 */
function seenAsBuilt(copy: string): void {
  // As if built well after the copy was made: a file's times (to the nanosecond) may pass Date.now() (to the millisecond).
  const heads = JSON.parse(readFileSync(join(copy, SNAPSHOT), 'utf8')) as Record<string, unknown>;
  const status = settledStatus(statusOf(copy, builtinPaths(copy)), Date.now() + 2 * SETTLED_MS);
  expect(status).toBeDefined();
  writeFileSync(join(copy, SNAPSHOT), JSON.stringify({ ...heads, status }));
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

  it('reads a rule whole only when a field beyond its head is read, and then it is the rule as compiled', () => {
    const { files } = compiledFromFiles();
    const stored = storeRuleFiles(files);
    expect(stored.texts).toMatch(/^[\x00-\x7f]*$/);
    const read: number[] = [];
    const restored = restoreRuleFiles(JSON.parse(JSON.stringify(stored.files)), (at, length) => {
      read.push(at);
      return stored.texts.slice(at, at + length);
    });
    const rule = restored[1]!.data.rules[0]!;
    const whole = files[1]!.data.rules[0]!;
    expect([rule.id, rule.platform, rule.effect, rule.surfaces]).toEqual([whole.id, whole.platform, whole.effect, whole.surfaces]);
    expect(Object.keys(rule)).toEqual(Object.keys(whole));
    expect('note' in rule).toBe('note' in whole);
    expect(read).toEqual([]);
    expect(rule.evidence).toEqual(whole.evidence);
    expect(read).toHaveLength(1);
    expect(JSON.stringify(rule)).toBe(JSON.stringify(whole));
    expect({ ...rule }).toEqual(whole);
    expect(read).toHaveLength(1);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(files));
  });

  it('keeps a rule unread when reading its text fails, to fail again when read again', () => {
    const head = { id: 'a', platform: 'p', effect: 'deny' as const, sources: { ids: ['x'] }, surfaces: ['s'], status: 'reported' as const, keys: ['id', 'summary', 'platform'], at: 0, length: 0 };
    let fails = true;
    const rule = lazyRule(head, () => {
      if (fails) throw new Error('no text');
      return { id: 'a', summary: 'whole', platform: 'p' } as never;
    });
    expect(() => rule.summary).toThrow('no text');
    fails = false;
    expect(rule.summary).toBe('whole');
    expect(Object.entries(rule)).toEqual([['id', 'a'], ['summary', 'whole'], ['platform', 'p']]);
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

  describe('knows the files by how the file system sees them, as the build recorded it', () => {
    it('reads neither the files nor their copy while they are seen so', async () => {
      const copy = copyOfPackage();
      seenAsBuilt(copy);
      // The copy would not match: it is not read.
      writeFileSync(join(copy, 'dist', 'builtin-rules.bytes'), 'not the files');
      expect((await loadRuleSet({ root: copy })).compiled).toBeDefined();
      expect(await verdictOn(copy, '2022-03-01')).toBe('denied');
    });

    it('compares them once one is seen otherwise, though of the same size and given back its times', async () => {
      const copy = copyOfPackage();
      const path = join(copy, 'rules', 'kuaishou.json');
      // A time in whole seconds, which utimes gives back exactly.
      utimesSync(path, 1_600_000_000, 1_600_000_000);
      seenAsBuilt(copy);
      const { size, mtimeMs } = statSync(path);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"2022-03-01T00:00"', '"2022-03-02T00:00"'));
      utimesSync(path, 1_600_000_000, 1_600_000_000);
      expect(statSync(path).size).toBe(size);
      expect(statSync(path).mtimeMs).toBe(mtimeMs);
      expect((await loadRuleSet({ root: copy })).compiled).toBeUndefined();
      expect(await verdictOn(copy, '2022-03-01')).toBe('allowed');
    });

    it('compares them when the status recorded is not of the sizes the snapshot was made from', async () => {
      const copy = copyOfPackage();
      seenAsBuilt(copy);
      const heads = JSON.parse(readFileSync(join(copy, SNAPSHOT), 'utf8')) as { sources: [string, number][] };
      heads.sources[0]![1] += 1;
      writeFileSync(join(copy, SNAPSHOT), JSON.stringify(heads));
      expect((await loadRuleSet({ root: copy })).compiled).toBeUndefined();
    });

    it('records no status for files changed too lately for their times to tell a later write apart', () => {
      const status = statusOf(ROOT, builtinPaths(ROOT))!;
      const latest = Math.max(...status.flatMap(([, , modified, changed]) => [modified, changed]));
      expect(settledStatus(status, latest + SETTLED_MS)).toBe(status);
      expect(settledStatus(status, latest + SETTLED_MS - 1)).toBeUndefined();
      expect(settledStatus(undefined, latest + SETTLED_MS)).toBeUndefined();
    });
  });

  it('is used by a copy of the package, each rule read from its text when read', async () => {
    const copy = copyOfPackage();
    const set = await loadRuleSet({ root: copy });
    expect(set.compiled).toBeDefined();
    expect(await verdictOn(copy, '2022-03-01')).toBe('denied');
    expect(JSON.stringify(set.files)).toBe(JSON.stringify(compiledFromFiles().files));
  });

  describe('reads no rule from rule texts rebuilt after it was trusted: that is an error, not another rule', () => {
    // As the build writes them: the rules' texts, then their digest (scripts/build.mjs).
    const rebuilt = (texts: string) => `${texts}${createHash('sha256').update(texts).digest('hex').slice(0, 32)}`;
    const { texts: size } = JSON.parse(readFileSync(join(ROOT, SNAPSHOT), 'utf8')) as { texts: number };
    const ownTexts = () => readFileSync(join(ROOT, SNAPSHOT_RULE_TEXTS), 'latin1').slice(0, size);

    it.each([
      // One character of the first quote changed: every rule lies where it did.
      [
        'a build of other texts',
        (texts: string) => {
          const at = texts.indexOf('"quote":"') + '"quote":"'.length;
          return rebuilt(`${texts.slice(0, at)}${texts[at] === 'X' ? 'Y' : 'X'}${texts.slice(at + 1)}`);
        },
      ],
      ['a build of longer texts', (texts: string) => rebuilt(`${texts} `)],
      ['a build under way (the texts written in part)', (texts: string) => texts.slice(0, size - 100)],
      ['a build under way (the texts written, not yet their stamp)', (texts: string) => texts],
    ])('%s', async (_name, build) => {
      const copy = copyOfPackage();
      const set = await loadRuleSet({ root: copy });
      expect(set.compiled).toBeDefined();
      const texts = join(copy, SNAPSHOT_RULE_TEXTS);
      const written = build(ownTexts());
      expect(written).not.toBe(readFileSync(texts, 'latin1'));
      writeFileSync(texts, written, 'latin1');
      expect(() => set.files[0]!.data.rules[0]!.evidence).toThrow(`${texts} changed since linkcheck started (a new build): run the command again`);
    });

    it('reads on from texts rebuilt the same, which hold the same rules', async () => {
      const copy = copyOfPackage();
      const set = await loadRuleSet({ root: copy });
      const texts = join(copy, SNAPSHOT_RULE_TEXTS);
      rmSync(texts);
      writeFileSync(texts, rebuilt(ownTexts()), 'latin1');
      expect(JSON.stringify(set.files[0]!.data.rules[0]!.evidence)).toBe(JSON.stringify(compiledFromFiles().files[0]!.data.rules[0]!.evidence));
    });
  });

  it('reads every rule whole at once when asked (whole), so that a later build is never read', async () => {
    const copy = copyOfPackage();
    const catalog = await loadCatalog({ root: copy, whole: true });
    rmSync(join(copy, SNAPSHOT_RULE_TEXTS));
    expect(JSON.stringify(catalog.rules.map((compiled) => compiled.rule))).toBe(JSON.stringify(compiledFromFiles().catalog.rules.map((compiled) => compiled.rule)));
  });

  it.each([
    ['a rule file is added', (copy: string) => writeFileSync(join(copy, 'rules', 'zz-extra.json'), readFileSync(join(copy, 'rules', 'sources.json')))],
    ['a rule file is removed', (copy: string) => rmSync(join(copy, 'rules', 'xiaohongshu.json'))],
    ['the seed index changed', (copy: string) => writeFileSync(join(copy, 'seeds', 'index.json'), `${readFileSync(join(copy, 'seeds', 'index.json'), 'utf8')} `)],
    ['the snapshot is missing', (copy: string) => rmSync(join(copy, SNAPSHOT))],
    // Read only to compare the files: a start that knows them by their status does without it.
    ['the bytes are missing', (copy: string) => rmSync(join(copy, 'dist', 'builtin-rules.bytes')), 'compared'],
    ['the rule texts are missing', (copy: string) => rmSync(join(copy, SNAPSHOT_RULE_TEXTS))],
    ['the rule texts are of another size', (copy: string) => writeFileSync(join(copy, SNAPSHOT_RULE_TEXTS), `${readFileSync(join(copy, SNAPSHOT_RULE_TEXTS), 'latin1')} `)],
    ['the rule texts lack their stamp', (copy: string) => writeFileSync(join(copy, SNAPSHOT_RULE_TEXTS), readFileSync(join(copy, SNAPSHOT_RULE_TEXTS), 'latin1').slice(0, -1), 'latin1')],
    [
      'the rule texts end with another stamp',
      (copy: string) => {
        const texts = readFileSync(join(copy, SNAPSHOT_RULE_TEXTS), 'latin1');
        writeFileSync(join(copy, SNAPSHOT_RULE_TEXTS), `${texts.slice(0, -1)}${texts.endsWith('0') ? '1' : '0'}`, 'latin1');
      },
    ],
    [
      'a rule file is a FIFO',
      (copy: string) => {
        rmSync(join(copy, 'rules', 'kuaishou.json'));
        execFileSync('mkfifo', [join(copy, 'rules', 'kuaishou.json')]);
      },
    ],
    ['the snapshot is of another shape', (copy: string) => writeFileSync(join(copy, SNAPSHOT), JSON.stringify({ texts: {}, files: [], documents: [] }))],
  ] as [string, (copy: string) => void, 'compared'?][])('is not used when %s', async (_name, change, only) => {
    for (const known of only === 'compared' ? [false] : [false, true]) {
      const copy = copyOfPackage();
      // Compared byte for byte, and known by the status recorded for it.
      if (known) seenAsBuilt(copy);
      change(copy);
      expect((await loadRuleSet({ root: copy })).compiled).toBeUndefined();
    }
  });
});
