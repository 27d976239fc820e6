// What the build wrote from the built-in record (scripts/build.mjs): the snapshot of its compiled
// rules, their texts, a copy of the files they came from and every placement's history; and whether
// the built-in files on disk are still the ones it was all made from, so that a command may start
// from it instead of reading, validating and compiling the files again (#18).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { restoreRuleFiles, type StoredRule, type StoredRuleFile } from '../engine/catalog-store.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { builtinPaths, packageRoot, RULES_FOLDER } from './builtin-files.js';
import { holdsBytes, openNotWaiting } from './read-files.js';

/** The snapshot a command starts from: each rule by its head (Snapshot). */
export const SNAPSHOT = 'dist/builtin-rules.heads.json';
/** The bytes of the files the snapshot was made from, one after another, in its `sources` order. */
export const SNAPSHOT_BYTES = 'dist/builtin-rules.bytes';
/** The whole texts of the snapshot's rules, one after another, read one at a time when first asked (RuleHead). */
export const SNAPSHOT_RULE_TEXTS = 'dist/builtin-rules.texts';
/** Every placement's history under the snapshot's rules (views/histories.ts storeHistories), with the snapshot's digest (Snapshot build): where a timeline starts from. */
export const SNAPSHOT_HISTORIES = 'dist/builtin-rules.histories.json';

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
   * How the file system saw the rules folder and each file of `sources` when the build read them
   * (statusOf), when that was settled (settledStatus): while each is seen the same, the files are
   * known to be those bytes without reading them. Not part of `build`'s digest: it is this copy's.
   */
  status?: FileStatus[];
  /**
   * A digest of the rest of the snapshot, which what the build derived from it carries too (its
   * stored histories, SNAPSHOT_HISTORIES): the rule texts' stamp does not cover the platforms,
   * sources and documents.
   */
  build: string;
}

/** The snapshot, its files' rules read from their texts when first asked. */
export interface TrustedSnapshot extends Omit<Snapshot, 'files'> {
  files: LoadedRuleFile[];
}

/**
 * The build's snapshot, when the built-in files on disk are byte for byte those it was made
 * from; otherwise (an edited, added or removed file, or no build) undefined, and the files are
 * read and validated as any others. Only regular files of the recorded size are read here.
 * Each file and its copy in dist/builtin-rules.bytes are read side by side into one scratch
 * buffer: the copy is never read whole (#18).
 */
export function matchingSnapshot(root: string): TrustedSnapshot | undefined {
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

/** What the build wrote to know the built-in files again: each file's path and size, the rule texts' length and stamp, and how the files were seen. */
type BuiltFiles = Pick<Snapshot, 'sources' | 'texts' | 'stamp' | 'status'>;

/** A file as the file system sees it: its inode, its size in bytes, when its content and its inode last changed (ms, to the file system's precision), and its device. */
export type FileStatus = [inode: number, size: number, modified: number, changed: number, device: number];

/**
 * How the rules folder and each file at these paths are seen (git's index keeps the same for the
 * same reason): a write to a file gives it a new modification and change time, and a file added to
 * the folder, removed or renamed gives the folder new ones. Setting a time back (utimes) gives the
 * change time the present all the same. Undefined when one cannot be seen.
 */
export function statusOf(root: string, paths: readonly string[]): FileStatus[] | undefined {
  const status: FileStatus[] = [];
  for (const path of [RULES_FOLDER, ...paths]) {
    const seen = statSync(`${root}/${path}`, { throwIfNoEntry: false });
    if (seen === undefined) return undefined;
    status.push([seen.ino, seen.size, seen.mtimeMs, seen.ctimeMs, seen.dev]);
  }
  return status;
}

/**
 * How long before the build the files' last change must be for their status to be trusted: a
 * file system keeps times to its own step (a kernel tick, or 2 s on FAT), so a file written in the
 * same step as the build saw it may keep the times it was seen with.
 */
export const SETTLED_MS = 3000;

/** The status the build records: none when a file changed less than SETTLED_MS before `now` (the files are then compared byte for byte). */
export function settledStatus(status: FileStatus[] | undefined, now: number): FileStatus[] | undefined {
  return status?.every(([, , modified, changed]) => Math.max(modified, changed) <= now - SETTLED_MS) ? status : undefined;
}

/** Whether the files are seen as the build recorded them. */
function seenAsBuilt(root: string, sources: readonly [path: string, bytes: number][], status: unknown): boolean {
  if (!Array.isArray(status) || status.length !== sources.length + 1) return false;
  let now: FileStatus[] | undefined;
  try {
    now = statusOf(root, sources.map(([path]) => path));
  } catch {
    return false;
  }
  // Each file's recorded size is the size of the bytes the snapshot was made from.
  return (
    now !== undefined &&
    now.every((seen, index) => {
      const built: unknown = status[index];
      return Array.isArray(built) && built.length === seen.length && seen.every((value, part) => built[part] === value) && (index === 0 || seen[1] === sources[index - 1]![1]);
    })
  );
}

/**
 * Whether the built-in files on disk are byte for byte those the build read (its copy of them,
 * SNAPSHOT_BYTES, in `sources` order), and the rule texts end with the build's stamp: what the
 * build wrote from those files may then be used for them. While the rules folder and every file
 * are seen as the build recorded them (`status`), they are those bytes, and neither they nor the
 * copy are read; otherwise they are compared. Only regular files of the recorded size are read.
 * Each file and its copy are read side by side into one scratch buffer: the copy is never read
 * whole (#18).
 */
function builtFrom(root: string, { sources, texts, stamp, status }: Partial<Record<keyof BuiltFiles, unknown>>): boolean {
  if (!Array.isArray(sources) || !Number.isSafeInteger(texts) || typeof stamp !== 'string' || stamp === '') return false;
  const stamped = () => endsWithStamp(`${root}/${SNAPSHOT_RULE_TEXTS}`, { texts: texts as number, stamp });
  if (seenAsBuilt(root, sources as [path: string, bytes: number][], status)) {
    try {
      return stamped();
    } catch {
      return false;
    }
  }
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
    return readSync(copy, scratch, 0, 1, offset) === 0 && stamped();
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
export function storedHistories(root: string, build: unknown): unknown {
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
