// Lints rule files: every problem the loader would refuse, and the quotes
// checked against the seed documents. Reads files; reports, never throws.
import { resolve } from 'node:path';
import { compileCatalog } from '../engine/compile-catalog.js';
import type { Problem } from '../errors/problems.js';
import { readBuiltinTexts, readSeedTexts } from '../load/builtin-files.js';
import { locateProblems } from '../load/locate.js';
import { readRuleTexts, type RawFile } from '../load/read-files.js';
import { validateRuleFile, validateSeedIndex } from '../load/validate-schema.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { claimProblems } from './claims.js';
import { misquotes } from '../engine/quotes.js';
import { missingLanguages, seedIndexLanguages } from './languages.js';

export interface LintOptions {
  root: string;
  /** Files or folders to lint; when empty, the rules in use. */
  paths: readonly string[];
  /** Rule files loaded with --rules or LINKCHECK_RULES. */
  extra: readonly string[];
  builtin: boolean;
  /** Require every text in both languages, as the built-in files give them. */
  bilingual?: boolean;
  /** The latest civil date anywhere now (YYYY-MM-DD): evidence dated after it is refused. */
  today?: string;
}

export interface LintReport {
  problems: Problem[];
  /** Paths that could not be read at all. */
  unreadable: Problem[];
  files: string[];
  rules: number;
}

export function lintRules(options: LintOptions): LintReport {
  const builtin = readBuiltinTexts(options.root);
  // A built-in file given again with --rules is in use once, as the loader takes it.
  const extra = readRuleTexts(options.extra, options.builtin ? () => new Set(builtin.rules.flatMap((file) => file.identity ?? [])) : undefined);
  const inUse = [...(options.builtin ? builtin.rules : []), ...extra.files];
  const targets = options.paths.length > 0 ? readRuleTexts(options.paths) : { files: inUse, problems: [] };
  // Named files are linted against the rules in use, so their references resolve.
  const context = options.paths.length > 0 ? inUse : [];
  // A file that was read but is not UTF-8 is a problem in it; one that could not be read at all is not.
  const read = [...builtin.problems, ...extra.problems, ...targets.problems];
  const unreadable = read.filter((problem) => problem.code === 'unreadable');
  const problems: Problem[] = read.filter((problem) => problem.code !== 'unreadable');
  let documents: SeedDocument[] = [];
  const lintsBuiltin = options.paths.length === 0 && options.builtin;
  if (builtin.index) {
    const index = validateSeedIndex(builtin.index);
    if (lintsBuiltin) problems.push(...index.problems);
    documents = index.value ?? [];
    // The built-in files give every text in English and Chinese.
    if (lintsBuiltin) problems.push(...seedIndexLanguages(builtin.index.path, documents));
  }
  const validate = (files: RawFile[], report: boolean) =>
    files.flatMap((file) => {
      const result = validateRuleFile(file);
      if (report) problems.push(...result.problems);
      return result.value ? [result.value] : [];
    });
  // A file in use that is also linted as a target (given by another spelling of its path, or a link to it) is linted once, as the target.
  const sameFile = (file: RawFile, target: RawFile) => (file.identity !== undefined && file.identity === target.identity) || resolve(target.path) === resolve(file.path);
  const contextFiles = validate(context.filter((file) => !targets.files.some((target) => sameFile(file, target))), false);
  const targetFiles = validate(targets.files, true);

  const compiled = compileCatalog([...contextFiles, ...targetFiles], documents);
  const targetPaths = new Set(targetFiles.map((file) => file.path));
  problems.push(...compiled.problems.filter((problem) => targetPaths.has(problem.file)));
  const seeds = readSeedTexts(options.root, documents);
  unreadable.push(...seeds.problems);
  problems.push(...misquotes(targetFiles, seeds.texts));
  problems.push(...claimProblems(targetFiles, compiled.catalog, options.today));
  // The built-in files give every text in English and Chinese; a user's file may give one (the other falls back to it).
  const builtinFiles = new Set(builtin.rules.map((file) => resolve(options.root, file.path)));
  const isBuiltin = (path: string) => builtinFiles.has(resolve(options.root, path)) || builtinFiles.has(resolve(path));
  for (const file of targetFiles) {
    if (options.bilingual || isBuiltin(file.path)) problems.push(...missingLanguages(file));
  }

  const texts = new Map(targets.files.map((file) => [file.path, file.text]));
  return {
    problems: locateProblems(problems, texts),
    unreadable,
    files: targets.files.map((file) => file.path),
    rules: targetFiles.reduce((count, file: LoadedRuleFile) => count + file.data.rules.length, 0),
  };
}

