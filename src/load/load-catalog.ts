// Loads the built-in rules and any of the user's, validates them and compiles a
// catalog. The built-in rules were validated when the package was built; as long
// as the files on disk still match that snapshot, zod is not loaded at all.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalog, type Catalog } from '../engine/catalog.js';
import { DataError } from '../engine/errors.js';
import type { Problem } from '../engine/problems.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { readRuleTexts, type RawFile } from './read-files.js';

export const RULES_FOLDER = 'rules';
export const SEED_INDEX = 'seeds/index.json';
export const SNAPSHOT = 'dist/builtin-rules.json';

export interface LoadOptions {
  /** The package root, holding rules/ and seeds/. */
  root?: string;
  /** More rule files or folders, loaded after the built-in ones. */
  rules?: readonly string[];
  /** Whether to load the built-in rules (default true). */
  builtin?: boolean;
}

export interface RuleSet {
  files: LoadedRuleFile[];
  documents: SeedDocument[];
  problems: Problem[];
  /** The text of each rule file read, by path, to place problems on a line. */
  texts: ReadonlyMap<string, string>;
}

/** What the build writes: the validated built-in data and the texts it came from. */
export interface Snapshot {
  texts: Record<string, string>;
  files: LoadedRuleFile[];
  documents: SeedDocument[];
}

export async function loadCatalog(options: LoadOptions = {}): Promise<Catalog> {
  const set = await loadRuleSet(options);
  if (set.problems.length > 0) throw new DataError(await located(set.problems, set.texts));
  const { catalog, problems } = compileCatalog(set.files, set.documents);
  if (problems.length > 0) throw new DataError(await located(problems, set.texts));
  return catalog;
}

async function located(problems: Problem[], texts: ReadonlyMap<string, string>): Promise<Problem[]> {
  const { locateProblems } = await import('./locate.js');
  return locateProblems(problems, texts);
}

/** Reads and validates everything; problems are collected, not thrown. */
export async function loadRuleSet(options: LoadOptions = {}): Promise<RuleSet> {
  const root = options.root ?? packageRoot();
  const builtinRaw = readBuiltinTexts(root);
  const extra = readRuleTexts(options.rules ?? []);
  const problems = [...builtinRaw.problems, ...extra.problems];
  const useBuiltin = options.builtin ?? true;

  let files: LoadedRuleFile[] = [];
  let documents: SeedDocument[] = [];
  const snapshot = matchingSnapshot(root, builtinRaw.files);
  if (snapshot) {
    documents = snapshot.documents;
    if (useBuiltin) files = snapshot.files;
  }
  const toValidate = [...(snapshot || !useBuiltin ? [] : builtinRaw.rules), ...extra.files];
  if (toValidate.length > 0 || !snapshot) {
    const { validateRuleFile, validateSeedIndex } = await import('./validate.js');
    if (!snapshot && builtinRaw.index) {
      const index = validateSeedIndex(builtinRaw.index);
      problems.push(...index.problems);
      documents = index.value ?? [];
    }
    for (const raw of toValidate) {
      const result = validateRuleFile(raw);
      problems.push(...result.problems);
      if (result.value) files.push(result.value);
    }
  }
  const texts = new Map([...builtinRaw.rules, ...extra.files].map((file) => [file.path, file.text]));
  return { files, documents, problems, texts };
}

/** The built-in rule files and seed index, as texts, with paths relative to the root. */
export function readBuiltinTexts(root: string): { rules: RawFile[]; index?: RawFile; files: RawFile[]; problems: Problem[] } {
  const read = readRuleTexts([join(root, RULES_FOLDER), join(root, SEED_INDEX)]);
  const files = read.files.map((file) => ({ path: relative(root, file.path).split(sep).join('/'), text: file.text }));
  const index = files.find((file) => file.path === SEED_INDEX);
  const rules = files.filter((file) => file !== index);
  return { rules, files, problems: read.problems, ...(index ? { index } : {}) };
}

function matchingSnapshot(root: string, texts: readonly RawFile[]): Snapshot | undefined {
  const path = join(root, SNAPSHOT);
  if (!existsSync(path)) return undefined;
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const names = Object.keys(snapshot.texts);
  if (names.length !== texts.length) return undefined;
  return texts.every((file) => snapshot.texts[file.path] === file.text) ? snapshot : undefined;
}

/** The folder holding this package's package.json, rules/ and seeds/. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, RULES_FOLDER)) && existsSync(join(folder, 'package.json'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the linkcheck package root (rules/ next to package.json)');
    folder = parent;
  }
}
