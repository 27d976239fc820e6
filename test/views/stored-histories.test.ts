// The build stores every placement's history under the built-in rules (dist/builtin-rules.histories.json,
// with the snapshot's digest, `build`); a timeline of the catalog restored from that snapshot draws its
// tracks from them, and any other catalog, or stored histories of another snapshot or not whole, finds
// them itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/engine/compile-catalog.js';
import type { Catalog } from '../../src/engine/catalog.js';
import { readBuiltinTexts } from '../../src/load/builtin-files.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { builtinTimeline, SNAPSHOT, SNAPSHOT_HISTORIES, SNAPSHOT_RULE_TEXTS } from '../../src/load/snapshot.js';
import { renderTimelineText } from '../../src/render/timeline.js';
import { storedTimelineOf, timelineOf } from '../../src/views/timeline-view.js';
import { validateRuleFile, validateSeedIndex } from '../../src/load/validate-schema.js';
import type { StoredHistories } from '../../src/views/history-file.js';
import { storeHistories } from '../../src/views/histories.js';
import { stretchesOf, tracksOf, type Track } from '../../src/views/periods.js';
import { storedHistoriesReader, withStoredHistories } from '../../src/views/stored-histories.js';
import { builtinCatalog, ROOT } from '../helpers/catalog.js';

/** The built-in rules compiled from their files: a catalog with no stored histories. */
function compiledFromFiles(): Catalog {
  const builtin = readBuiltinTexts(ROOT);
  const files = builtin.rules.map((raw) => validateRuleFile(raw).value!);
  return compileCatalog(files, validateSeedIndex(builtin.index!).value!).catalog;
}

const periodsOf = (track: Track) => track.periods.map((period) => [period.from, period.until, period.verdict, period.answer.rule?.rule.id ?? null, period.answer.reason]);
const drawn = (tracks: readonly Track[]) => tracks.map((track) => `${track.platform} ${track.source} ${track.surface}: ${stretchesOf(track).map((stretch) => `${stretch.from} ${stretch.verdict}`).join(', ')}`);

const copies: string[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

/** A copy of the package's record and build, its stored histories as `edit` leaves them. */
type Written = StoredHistories & { build: string };

function copyWithHistories(edit: (stored: Written) => unknown): string {
  const copy = mkdtempSync(join(tmpdir(), 'linkcheck-histories-'));
  copies.push(copy);
  for (const part of [SNAPSHOT, 'dist/builtin-rules.bytes', SNAPSHOT_RULE_TEXTS, 'rules', 'seeds', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const stored = JSON.parse(readFileSync(join(ROOT, SNAPSHOT_HISTORIES), 'utf8')) as Written;
  writeFileSync(join(copy, SNAPSHOT_HISTORIES), JSON.stringify(edit(stored)));
  return copy;
}

/** The stored histories with the first placement's last verdict turned the other way: a difference a timeline would show. */
function turned(stored: StoredHistories): StoredHistories {
  const histories = stored.histories.map(([first, starts, verdicts]) => [first, [...starts], [...verdicts]] as StoredHistories['histories'][number]);
  const verdicts = histories[stored.placements[0]!]![2];
  verdicts[verdicts.length - 1] = verdicts.at(-1) === 'denied' ? 'allowed' : 'denied';
  return { ...stored, histories };
}

describe('the histories the build stores', () => {
  it('are those of the rules on disk', () => {
    const { build, built: _, ...stored } = JSON.parse(readFileSync(join(ROOT, SNAPSHOT_HISTORIES), 'utf8')) as Written & { built: unknown };
    expect(build).toMatch(/^[0-9a-f]{32}$/);
    expect(build).toBe((JSON.parse(readFileSync(join(ROOT, SNAPSHOT), 'utf8')) as { build: string }).build);
    expect(stored).toEqual(storeHistories(compiledFromFiles()));
  });

  it('give the built-in catalog the tracks it would find itself, periods and answers alike', async () => {
    const catalog = await builtinCatalog();
    expect(storedHistoriesReader(catalog)).toBeDefined();
    const fromFiles = compiledFromFiles();
    expect(storedHistoriesReader(fromFiles)).toBeUndefined();
    for (const filter of [{}, { platforms: ['wechat'] }, { sources: ['tmall', 'jd'], surfaces: ['live-cart'] }, { platforms: ['xiaohongshu', 'kuaishou'], sources: ['taobao'] }]) {
      const stored = tracksOf(catalog, filter);
      const found = tracksOf(fromFiles, filter);
      expect(stored.length).toBeGreaterThan(0);
      expect(drawn(stored)).toEqual(drawn(found));
      expect(stored.map(periodsOf)).toEqual(found.map(periodsOf));
    }
  });

  it('are read when they carry the snapshot\'s digest, and only then', async () => {
    const kuaishouFirst = (catalog: Catalog) => tracksOf(catalog, { platforms: [[...catalog.platforms.keys()][0]!] })[0]!;
    const right = kuaishouFirst(compiledFromFiles());
    // Turned, with the digest: the stored histories are read (what the timeline shows is theirs).
    const read = kuaishouFirst(await loadCatalog({ root: copyWithHistories((stored) => ({ build: stored.build, ...turned(stored) })) }));
    expect(stretchesOf(read).at(-1)!.verdict).not.toBe(stretchesOf(right).at(-1)!.verdict);
    // Turned, with another snapshot's digest, the rule texts' stamp in its place, or none: found from the rules.
    const stamp = (JSON.parse(readFileSync(join(ROOT, SNAPSHOT), 'utf8')) as { stamp: string }).stamp;
    for (const mark of [{ build: '0'.repeat(32) }, { stamp }, { build: stamp }, {}]) {
      const found = kuaishouFirst(
        await loadCatalog({
          root: copyWithHistories((stored) => {
            const { build: _, ...rest } = turned(stored) as Written;
            return { ...rest, ...mark };
          }),
        }),
      );
      expect(drawn([found])).toEqual(drawn([right]));
    }
  });

  it('are not read for a snapshot without its digest', async () => {
    const root = copyWithHistories((stored) => ({ build: stored.build, ...turned(stored) }));
    const { build: _, ...older } = JSON.parse(readFileSync(join(root, SNAPSHOT), 'utf8')) as { build: string };
    writeFileSync(join(root, SNAPSHOT), JSON.stringify(older));
    const catalog = await loadCatalog({ root });
    expect(drawn(tracksOf(catalog, {}))).toEqual(drawn(tracksOf(compiledFromFiles(), {})));
  });

  it('are read at once by a process that keeps the catalog (whole), and not again', async () => {
    const root = copyWithHistories((stored) => stored);
    const catalog = await loadCatalog({ root, whole: true });
    // A later build's histories, in place of these: the catalog drew from what it read when loaded.
    writeFileSync(join(root, SNAPSHOT_HISTORIES), JSON.stringify({ build: (JSON.parse(readFileSync(join(root, SNAPSHOT), 'utf8')) as { build: string }).build, ...turned(storeHistories(compiledFromFiles())) }));
    expect(drawn(tracksOf(catalog, {}))).toEqual(drawn(tracksOf(compiledFromFiles(), {})));
    // Loaded lazily, the same file is read when a timeline first asks.
    expect(drawn(tracksOf(await loadCatalog({ root }), {}))).not.toEqual(drawn(tracksOf(compiledFromFiles(), {})));
  });

  it('are left aside when not whole, and the tracks found from the rules', () => {
    const catalog = compiledFromFiles();
    const stored = storeHistories(catalog);
    const expected = drawn(tracksOf(catalog, {}));
    const broken: unknown[] = [
      null,
      'histories',
      [],
      { histories: stored.histories },
      { histories: stored.histories, placements: stored.placements.slice(1) },
      { histories: stored.histories, placements: [...stored.placements, 0] },
      { histories: stored.histories, placements: stored.placements.map(() => stored.histories.length) },
      { histories: stored.histories, placements: stored.placements.map(() => -1) },
      { histories: stored.histories, placements: stored.placements.map(() => 0.5) },
      { histories: stored.histories.map(([first, starts, verdicts]) => [first, starts, verdicts.slice(1)]), placements: stored.placements },
      { histories: stored.histories.map(([first, starts, verdicts]) => [first, [...starts].reverse(), verdicts]), placements: stored.placements },
      { histories: stored.histories.map(([first, starts, verdicts]) => [first, starts, verdicts.map(() => 'maybe')]), placements: stored.placements },
      { histories: stored.histories.map(([, starts, verdicts]) => [null, starts, verdicts]), placements: stored.placements },
      { histories: stored.histories.map(([first, starts, verdicts]) => [first, starts.map(String), verdicts]), placements: stored.placements },
      { histories: stored.histories.map(([first, starts]) => [first, starts]), placements: stored.placements },
    ];
    for (const value of broken) {
      const copy = { ...catalog };
      withStoredHistories(copy, () => value);
      expect(drawn(tracksOf(copy, {}))).toEqual(expected);
    }
    // Whole, they are used: the turned verdict shows.
    const copy = { ...catalog };
    withStoredHistories(copy, () => turned(stored));
    expect(drawn(tracksOf(copy, {}))).not.toEqual(expected);
  });

  it('are not used for the record as known on a day', async () => {
    const catalog = await builtinCatalog();
    const fromFiles = compiledFromFiles();
    const copy = { ...catalog };
    withStoredHistories(copy, () => turned(storeHistories(fromFiles)));
    expect(drawn(tracksOf(copy, { asKnownOn: '2026-01-01' }))).toEqual(drawn(tracksOf(fromFiles, { asKnownOn: '2026-01-01' })));
  });

  it('draw the built-in record\'s text timeline in English alone, as the catalog draws it', async () => {
    const stored = storedTimelineOf(builtinTimeline(ROOT));
    expect(stored).toBeDefined();
    const fromCatalog = timelineOf(await builtinCatalog(), {}, Date.UTC(2026, 0, 1));
    expect(stored!.axis).toEqual(fromCatalog.axis);
    expect(drawn(stored!.tracks)).toEqual(drawn(fromCatalog.tracks));
    for (const [colourLevel, glyphs, width] of [[0, 'unicode', 80], [3, 'unicode', 200], [0, 'ascii', 20], [1, 'ascii', 1000]] as const) {
      const options = { lang: 'en' as const, colourLevel, glyphs, width, evidence: false };
      expect(renderTimelineText(stored!.tracks, stored!.axis, options)).toBe(renderTimelineText(fromCatalog.tracks, fromCatalog.axis, options));
    }
    // Their answers are the catalog's to give.
    expect(() => stored!.tracks[0]!.periods).toThrow(/no answers/);
  });

  it('give the text timeline alone only while the built-in files are those they were made from', () => {
    const first = (root: string) => drawn(storedTimelineOf(builtinTimeline(root))?.tracks.slice(0, 1) ?? []);
    // Turned, the files unchanged: drawn from them (what the timeline shows is theirs).
    const turnedRoot = copyWithHistories((stored) => ({ ...stored, ...turned(stored) }));
    expect(first(turnedRoot)).not.toEqual(drawn(tracksOf(compiledFromFiles(), {}).slice(0, 1)));
    // A rule file changed since the build, the rule texts of another build, or nothing to know the files by: none.
    const changed = copyWithHistories((stored) => stored);
    writeFileSync(join(changed, 'rules', 'kuaishou.json'), `${readFileSync(join(changed, 'rules', 'kuaishou.json'), 'utf8')} `);
    expect(builtinTimeline(changed)).toBeUndefined();
    const otherTexts = copyWithHistories((stored) => ({ ...stored, built: { ...(stored as unknown as { built: object }).built, stamp: '0'.repeat(32) } }));
    expect(builtinTimeline(otherTexts)).toBeUndefined();
    const unknown = copyWithHistories(({ built: _, ...stored }: Written & { built?: unknown }) => stored);
    expect(builtinTimeline(unknown)).toBeUndefined();
    expect(builtinTimeline(copyWithHistories((stored) => stored))).toBeDefined();
  });

  it('give no text timeline when what they hold of the platforms and sources is not whole', () => {
    const stored = JSON.parse(readFileSync(join(ROOT, SNAPSHOT_HISTORIES), 'utf8')) as Written;
    expect(storedTimelineOf(stored)).toBeDefined();
    const broken: unknown[] = [
      { ...stored, platforms: [] },
      { ...stored, platforms: stored.platforms.slice(1) },
      { ...stored, platforms: stored.platforms.map(([id, zone]) => [id, zone]) },
      { ...stored, platforms: stored.platforms.map(([id, , surfaces]) => [id, 8, surfaces]) },
      { ...stored, platforms: stored.platforms.map(([id, zone, surfaces]) => [id, zone, [...surfaces, 'extra']]) },
      { ...stored, sources: stored.sources.slice(1) },
      { ...stored, sources: [...stored.sources.slice(1), 3] },
      { ...stored, sources: undefined },
      null,
    ];
    for (const value of broken) expect(storedTimelineOf(value)).toBeUndefined();
  });
});
