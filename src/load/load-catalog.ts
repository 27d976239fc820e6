// Loads the built-in rules and any of the user's, validates them and compiles a
// catalog. The built-in rules were validated and compiled when the package was
// built; as long as the files on disk are byte for byte those of that snapshot, a
// check starts from the compiled catalog: the files are neither decoded, validated
// (zod is not loaded at all) nor compiled again.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Catalog } from '../engine/catalog.js';
import type { Precompiled } from '../engine/compile-catalog.js';
import { readRulesWhole, restoreCatalog, restoreRuleFiles, type StoredRule, type StoredRuleFile } from '../engine/catalog-store.js';
import { DataError } from '../errors/errors.js';
import type { Problem } from '../errors/problems.js';
import type { Lang } from '../model/lang.js';
import { countTextsLacking } from '../model/record-texts.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { withStoredHistories } from '../views/stored-histories.js';
import { holdsBytes, jsonNames, openNotWaiting, readRuleTexts, type RawFile } from './read-files.js';

export const RULES_FOLDER = 'rules';
export const SEED_INDEX = 'seeds/index.json';
/** The snapshot a command starts from: each rule by its head (Snapshot). */
export const SNAPSHOT = 'dist/builtin-rules.heads.json';
/** The bytes of the files the snapshot was made from, one after another, in its `sources` order. */
export const SNAPSHOT_BYTES = 'dist/builtin-rules.bytes';
/** The whole texts of the snapshot's rules, one after another, read one at a time when first asked (RuleHead). */
export const SNAPSHOT_RULE_TEXTS = 'dist/builtin-rules.texts';
/** Every placement's history under the snapshot's rules (views/periods.ts storeHistories), with the snapshot's digest (Snapshot build): where a timeline starts from. */
export const SNAPSHOT_HISTORIES = 'dist/builtin-rules.histories.json';

export interface LoadOptions {
  /** The package root, holding rules/ and seeds/. */
  root?: string;
  /** More rule files or folders, loaded after the built-in ones. */
  rules?: readonly string[];
  /** Whether to load the built-in rules (default true). */
  builtin?: boolean;
  /**
   * Whether to read every built-in rule whole now, not when first read: for a process that keeps
   * the catalog (a service, the library), which then reads nothing of a later build.
   */
  whole?: boolean;
  /**
   * The reader's language, and what to do, once, when the user's rule files give some texts
   * only in the other language (they are shown in that one).
   */
  fallback?: { lang: Lang; notice: (fallback: Fallback) => void };
}

/** The user's rule files that give texts only in the other language than the reader's, and how many. */
export interface Fallback {
  lang: Lang;
  files: string[];
  texts: number;
}

export interface RuleSet {
  files: LoadedRuleFile[];
  documents: SeedDocument[];
  problems: Problem[];
  /** The text of each rule file read, by path, to place problems on a line. */
  texts: ReadonlyMap<string, string>;
  /** The build's compiled rules, when the files are exactly the built-in ones it compiled. */
  compiled?: readonly StoredRule[];
  /** With `compiled`: the histories the build stored of its catalog's placements, read when a timeline first asks (undefined when not of this snapshot). */
  histories?: () => unknown;
  /**
   * With the user's files: the built-in files among `files` as the build compiled them, when
   * they are its snapshot's (compileCatalog compiles only the rest again).
   */
  precompiled?: Precompiled;
  /** The package root, whose built-in files' texts are read only to place a problem in them on its line. */
  root?: string;
  /** The paths of the user's rule files (--rules), as loaded. */
  user?: ReadonlySet<string>;
}

/** What the build writes: the validated built-in data and, for each file it came from, its path and size in bytes. */
export interface Snapshot {
  sources: [path: string, bytes: number][];
  /** Each rule file's data, its rules by their heads: their whole texts are in SNAPSHOT_RULE_TEXTS. */
  files: StoredRuleFile[];
  documents: SeedDocument[];
  rules: StoredRule[];
  /** The size of the rules' texts in SNAPSHOT_RULE_TEXTS, in bytes. */
  texts: number;
  /** What SNAPSHOT_RULE_TEXTS ends with, after the rules' texts: a digest of them, in ASCII. */
  stamp: string;
  /**
   * A digest of the rest of the snapshot, which what the build derived from it carries too (its
   * stored histories, SNAPSHOT_HISTORIES): the rule texts' stamp does not cover the platforms,
   * sources and documents.
   */
  build: string;
}

/** The snapshot, its files' rules read from their texts when first asked. */
interface TrustedSnapshot extends Omit<Snapshot, 'files'> {
  files: LoadedRuleFile[];
}

export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog> {
  const set = await loadRuleSet(options);
  if (set.problems.length > 0) throw new DataError(await located(set.problems, set));
  if (options.whole) readRulesWhole(set.files);
  // The snapshot's rules were parsed for this load alone (matchingSnapshot): restored in place.
  const restored = set.compiled && restoreCatalog(set.files, set.documents, set.compiled, true);
  if (restored) {
    if (set.histories) {
      // A process that keeps the catalog reads them now, as it reads the rules (`whole`).
      const histories = options.whole ? set.histories() : undefined;
      withStoredHistories(restored, options.whole ? () => histories : set.histories);
    }
    return restored;
  }
  // Only rules that are not the build's snapshot are compiled here (a separate bundle for the plain check; see scripts/build.mjs).
  const { compileCatalog } = await import('../engine/compile-catalog.js');
  const { catalog, problems } = compileCatalog(set.files, set.documents, set.precompiled);
  if (problems.length > 0) throw new DataError(await located(problems, set));
  if (options.fallback && set.user) noticeFallback(set.files.filter((file) => set.user!.has(file.path)), options.fallback);
  return catalog;
}

/** One notice for all the user's files whose texts lack the reader's language. */
function noticeFallback(files: readonly LoadedRuleFile[], { lang, notice }: NonNullable<LoadOptions['fallback']>): void {
  const lacking = files.map((file) => ({ path: file.path, texts: countTextsLacking(file.data, lang) }));
  const some = lacking.filter((file) => file.texts > 0);
  if (some.length > 0) notice({ lang, files: some.map((file) => file.path), texts: some.reduce((sum, file) => sum + file.texts, 0) });
}

async function located(problems: Problem[], set: RuleSet): Promise<Problem[]> {
  const { locateProblems } = await import('./validate.js');
  // The built-in files of a snapshot were not read as texts: read now, when a problem is in one.
  const unread = set.root !== undefined && problems.some((problem) => !set.texts.has(problem.file));
  const texts = unread ? new Map([...readBuiltinTexts(set.root!).files.map((file): [string, string] => [file.path, file.text]), ...set.texts]) : set.texts;
  return locateProblems(problems, texts);
}

/** Reads and validates everything; problems are collected, not thrown. */
export async function loadRuleSet(options: LoadOptions = {}): Promise<RuleSet> {
  const root = options.root ?? packageRoot();
  const useBuiltin = options.builtin ?? true;
  const extra = readRuleTexts(options.rules ?? []);
  const snapshot = matchingSnapshot(root);
  if (snapshot && extra.files.length === 0 && extra.problems.length === 0) {
    if (!useBuiltin) return { files: [], documents: snapshot.documents, problems: [], texts: new Map() };
    return { files: snapshot.files, documents: snapshot.documents, problems: [], texts: new Map(), compiled: snapshot.rules, histories: () => storedHistories(root, snapshot.build) };
  }

  // With the snapshot, the built-in files were just read and found to be its own: their texts are
  // read again only to place a problem in one (located).
  const builtinRaw: ReturnType<typeof readBuiltinTexts> = snapshot ? { rules: [], files: [], problems: [] } : readBuiltinTexts(root);
  const problems = [...builtinRaw.problems, ...extra.problems];
  let files: LoadedRuleFile[] = [];
  let documents: SeedDocument[] = [];
  if (snapshot) {
    documents = snapshot.documents;
    if (useBuiltin) files = [...snapshot.files];
  }
  const toValidate = [...(snapshot || !useBuiltin ? [] : builtinRaw.rules), ...extra.files];
  if (toValidate.length > 0 || !snapshot) {
    const { validateRuleFiles, validateSeedIndex } = await import('./validate.js');
    if (!snapshot && builtinRaw.index) {
      const index = await validateSeedIndex(builtinRaw.index);
      problems.push(...index.problems);
      documents = index.value ?? [];
    }
    for (const result of await validateRuleFiles(toValidate)) {
      problems.push(...result.problems);
      if (result.value) files.push(result.value);
    }
  }
  const texts = new Map([...builtinRaw.rules, ...extra.files].map((file) => [file.path, file.text]));
  const precompiled = snapshot && useBuiltin ? { files: new Set(snapshot.files), rules: snapshot.rules } : undefined;
  return { files, documents, problems, texts, user: new Set(extra.files.map((file) => file.path)), ...(precompiled ? { precompiled } : {}), ...(snapshot ? { root } : {}) };
}

/** The built-in rule files and seed index, as texts, with paths relative to the root. */
export function readBuiltinTexts(root: string): { rules: RawFile[]; index?: RawFile; files: RawFile[]; problems: Problem[] } {
  const read = readRuleTexts([join(root, RULES_FOLDER), join(root, SEED_INDEX)]);
  const files = read.files.map((file) => ({ path: relative(root, file.path).split(sep).join('/'), text: file.text }));
  const index = files.find((file) => file.path === SEED_INDEX);
  const rules = files.filter((file) => file !== index);
  return { rules, files, problems: read.problems, ...(index ? { index } : {}) };
}

/** The built-in files, relative to the root, in the order they are read: rules/*.json by name, then the seed index. */
export function builtinPaths(root: string): string[] {
  return [...jsonNames(`${root}/${RULES_FOLDER}`).map((name) => `${RULES_FOLDER}/${name}`), SEED_INDEX];
}

/**
 * The build's snapshot, when the built-in files on disk are byte for byte those it was made
 * from; otherwise (an edited, added or removed file, or no build) undefined, and the files are
 * read and validated as any others. Only regular files of the recorded size are read here.
 * Each file and its copy in dist/builtin-rules.bytes are read side by side into one scratch
 * buffer: the copy is never read whole (#18).
 */
function matchingSnapshot(root: string): TrustedSnapshot | undefined {
  let snapshot: Snapshot;
  try {
    // Paths by concatenation: path.join's normalising costs a start-up more than the reads.
    snapshot = JSON.parse(readFileSync(`${root}/${SNAPSHOT}`, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (!Array.isArray(snapshot.rules) || !Array.isArray(snapshot.files) || !builtFrom(root, snapshot)) return undefined;
  try {
    return { ...snapshot, files: restoreRuleFiles(snapshot.files, ruleTextReader(`${root}/${SNAPSHOT_RULE_TEXTS}`, snapshot)) };
  } catch {
    return undefined;
  }
}

/** What the build wrote to know the built-in files again: each file's path and size, and the rule texts' length and stamp. */
type BuiltFiles = Pick<Snapshot, 'sources' | 'texts' | 'stamp'>;

/**
 * Whether the built-in files on disk are byte for byte those the build read (its copy of them,
 * SNAPSHOT_BYTES, in `sources` order), and the rule texts end with the build's stamp: what the
 * build wrote from those files may then be used for them. Only regular files of the recorded size
 * are read. Each file and its copy are read side by side into one scratch buffer: the copy is
 * never read whole (#18).
 */
function builtFrom(root: string, { sources, texts, stamp }: Partial<Record<keyof BuiltFiles, unknown>>): boolean {
  if (!Array.isArray(sources) || !Number.isSafeInteger(texts) || typeof stamp !== 'string' || stamp === '') return false;
  let paths: string[];
  let copy: number;
  try {
    paths = builtinPaths(root);
    copy = openSync(`${root}/${SNAPSHOT_BYTES}`, 'r');
  } catch {
    return false;
  }
  try {
    const listed = sources as [path: string, bytes: number][];
    if (paths.length !== listed.length) return false;
    const largest = Math.max(0, ...listed.map(([, size]) => size));
    // The file read at the start (one byte more, to see it is no longer), its copy after.
    const scratch = Buffer.allocUnsafe(2 * largest + 1);
    let offset = 0;
    for (const [index, [path, size]] of listed.entries()) {
      if (paths[index] !== path) return false;
      const expected = scratch.subarray(largest + 1, largest + 1 + size);
      if (readSync(copy, expected, 0, size, offset) !== size || !holdsBytes(`${root}/${path}`, expected, scratch)) return false;
      offset += size;
    }
    // Nothing past the last file's copy.
    return readSync(copy, scratch, 0, 1, offset) === 0 && endsWithStamp(`${root}/${SNAPSHOT_RULE_TEXTS}`, { texts: texts as number, stamp });
  } catch {
    return false;
  } finally {
    closeSync(copy);
  }
}

/**
 * What the build stored of the built-in record's timeline (SNAPSHOT_HISTORIES: every placement's
 * history, and the platforms, zones, surfaces and sources it is drawn with), when the built-in files
 * on disk are still those it was made from; else undefined. A timeline of the record in English is
 * drawn from it with the snapshot's rules neither parsed nor restored (views/timeline-view.ts
 * storedTimelineOf, #18).
 */
export function builtinTimeline(root = packageRoot()): unknown {
  const stored = historiesFile(root);
  const built = stored?.built;
  return typeof built === 'object' && built !== null && builtFrom(root, built) ? stored : undefined;
}

/** Whether the rule texts end with the build's stamp, right after as many bytes as it says: a regular file is not waited on as a FIFO would be. */
function endsWithStamp(path: string, snapshot: Pick<Snapshot, 'texts' | 'stamp'>): boolean {
  const fd = openNotWaiting(path);
  try {
    return stampAt(fd, snapshot);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether the stamp follows the rules' texts, and nothing after it: the texts are then the ones
 * the snapshot was made with. A build writes new texts with their own stamp; a build under way has
 * written less. So the texts are known to be the snapshot's without a stat, whose first call costs
 * a start about 0.2 ms of Node compiling its Stats (#18).
 */
function stampAt(fd: number, { texts, stamp }: Pick<Snapshot, 'texts' | 'stamp'>): boolean {
  const end = Buffer.allocUnsafe(stamp.length + 1);
  const read = readSync(fd, end, 0, end.length, texts);
  return read === stamp.length && end.toString('latin1', 0, read) === stamp;
}

/** The histories the build stored beside the snapshot, when they carry its digest (`build`): those of its catalog. */
function storedHistories(root: string, build: unknown): unknown {
  if (typeof build !== 'string' || build === '') return undefined;
  const stored = historiesFile(root);
  return stored?.build === build ? stored : undefined;
}

/** SNAPSHOT_HISTORIES parsed, when it reads as a JSON object; its fields are for the caller to check. */
function historiesFile(root: string): Record<string, unknown> | undefined {
  try {
    const stored: unknown = JSON.parse(readFileSync(`${root}/${SNAPSHOT_HISTORIES}`, 'utf8'));
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Rules read one at a time before the rule texts are read whole: a check reads one or a few, some commands many. */
const RULES_READ_APART = 4;

/**
 * Each rule's text, from the snapshot's rule texts, when the rule is first read (lazyRule). The
 * file must still end with the stamp the snapshot was trusted with, read after the text: a build
 * since (a long-running service, a build under way) is an error, not another rule's words.
 */
function ruleTextReader(path: string, snapshot: Snapshot): (at: number, length: number) => string {
  let whole: string | undefined;
  let apart = 0;
  return (at, length) => {
    if (whole === undefined) {
      const fd = openSync(path, 'r');
      try {
        const wholeNow = ++apart > RULES_READ_APART;
        const text = wholeNow ? readPart(fd, 0, snapshot.texts) : readPart(fd, at, length);
        if (text === undefined || !stampAt(fd, snapshot)) throw new Error(`${path} changed since linkcheck started (a new build): run the command again`);
        if (!wholeNow) return text;
        whole = text;
      } finally {
        closeSync(fd);
      }
    }
    return whole.slice(at, at + length);
  };
}

/** The bytes at `at`, as Latin-1 (the texts are ASCII); undefined when the file holds fewer. */
function readPart(fd: number, at: number, length: number): string | undefined {
  const bytes = Buffer.allocUnsafe(length);
  return readSync(fd, bytes, 0, length, at) === length ? bytes.toString('latin1') : undefined;
}

/** The folder holding this package's package.json, rules/ and seeds/. */
export function packageRoot(): string {
  let folder = import.meta.dirname;
  for (;;) {
    if (existsSync(join(folder, RULES_FOLDER)) && existsSync(join(folder, 'package.json'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the linkcheck package root (rules/ next to package.json)');
    folder = parent;
  }
}
