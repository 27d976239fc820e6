// Where the built-in record lies in the package: its rule files and seed index, and the package
// root that holds them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readProblem, type Problem } from '../errors/problems.js';
import type { SeedDocument } from '../model/types.js';
import { fileIdentity, jsonNames, readRuleTexts, type RawFile } from './read-files.js';

export const RULES_FOLDER = 'rules';
export const SEED_INDEX = 'seeds/index.json';

/** The built-in rule files and seed index, as texts, with paths relative to the root. */
export function readBuiltinTexts(root: string): { rules: RawFile[]; index?: RawFile; files: RawFile[]; problems: Problem[] } {
  const read = readRuleTexts([join(root, RULES_FOLDER), join(root, SEED_INDEX)]);
  const files = read.files.map((file): RawFile => ({ ...file, path: relative(root, file.path).split(sep).join('/') }));
  const index = files.find((file) => file.path === SEED_INDEX);
  const rules = files.filter((file) => file !== index);
  return { rules, files, problems: read.problems, ...(index ? { index } : {}) };
}

/** The text of each indexed seed document, by its file name; a document that cannot be read is a problem. */
export function readSeedTexts(root: string, documents: readonly SeedDocument[]): { texts: Map<string, string>; problems: Problem[] } {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const document of documents) {
    const path = `seeds/${document.file}`;
    try {
      texts.set(document.file, readFileSync(join(root, path), 'utf8'));
    } catch {
      problems.push(readProblem('unreadable.seed', {}, path));
    }
  }
  return { texts, problems };
}

/** The built-in files, relative to the root, in the order they are read: rules/*.json by name, then the seed index. */
export function builtinPaths(root: string): string[] {
  return [...jsonNames(`${root}/${RULES_FOLDER}`).map((name) => `${RULES_FOLDER}/${name}`), SEED_INDEX];
}

/** Which files the built-in rule files are (RawFile's identity), whatever path names them. */
export function builtinRuleIdentities(root: string): Set<string> {
  const identities = builtinPaths(root)
    .filter((path) => path !== SEED_INDEX)
    .map((path) => fileIdentity(`${root}/${path}`));
  return new Set(identities.filter((identity) => identity !== undefined));
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
