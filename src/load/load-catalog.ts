// Loads the built-in rules and any of the user's, validates them and compiles a
// catalog. The built-in rules were validated and compiled when the package was
// built; as long as the files on disk are byte for byte those of that snapshot
// (snapshot.ts), a check starts from the compiled catalog: the files are neither
// decoded, validated (zod is not loaded at all) nor compiled again.
import type { Catalog } from '../engine/catalog.js';
import type { Precompiled } from '../engine/compile-catalog.js';
import { readRulesWhole, restoreCatalog, type StoredRule } from '../engine/catalog-store.js';
import { DataError } from '../errors/errors.js';
import type { Problem } from '../errors/problems.js';
import type { Lang } from '../model/lang.js';
import { countTextsLacking } from '../model/record-texts.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';
import { withStoredHistories } from '../views/stored-histories.js';
import { builtinRuleIdentities, packageRoot, readBuiltinTexts } from './builtin-files.js';
import { readRuleTexts } from './read-files.js';
import { matchingSnapshot, storedHistories } from './snapshot.js';

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
  // A quote from a seed document must be in it, word for word: checked for the user's files (the
  // build checked the built-in ones), so that no invented quote is shown as the document's.
  if (problems.length === 0 && set.user && set.user.size > 0) {
    const { seedQuoteProblems } = await import('./validate.js');
    problems.push(...seedQuoteProblems(set.files.filter((file) => set.user!.has(file.path)), set.documents, options.root ?? packageRoot()));
  }
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
  // A built-in file given again (--rules rules/kuaishou.json) is already loaded: not read as the user's too.
  const extra = readRuleTexts(options.rules ?? [], useBuiltin ? () => builtinRuleIdentities(root) : undefined);
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

