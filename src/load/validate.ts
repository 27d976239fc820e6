// Validates rule files: a file of the usual shapes is accepted without zod (accept-rule-file.ts);
// only a file it cannot vouch for loads the schema (validate-schema.ts), which then also gives
// the problems their words and paths.
import { misquotes } from '../engine/quotes.js';
import type { Problem } from '../errors/problems.js';
import type { Evidence, LoadedRuleFile, SeedDocument } from '../model/types.js';
import { readSeedTexts } from './builtin-files.js';
import { acceptRuleFile } from './accept-rule-file.js';
import type { RawFile } from './read-files.js';
import type { Validated } from './validate-schema.js';

// For load-catalog.ts, which places problems on their lines only when there are some: from here,
// so that the start-up bundles keep one module apart (scripts/build.mjs), not two.
export { locateProblems } from './locate.js';

/** Each file validated, in order. */
export async function validateRuleFiles(files: readonly RawFile[]): Promise<Validated<LoadedRuleFile>[]> {
  const results = files.map((file): Validated<LoadedRuleFile> | undefined => {
    const data = acceptRuleFile(file.text);
    return data && { value: { path: file.path, data }, problems: [] };
  });
  if (results.every((result) => result !== undefined)) return results as Validated<LoadedRuleFile>[];
  const { validateRuleFile } = await import('./validate-schema.js');
  return results.map((result, index) => result ?? validateRuleFile(files[index]!));
}

export async function validateSeedIndex(file: RawFile): Promise<Validated<SeedDocument[]>> {
  const { validateSeedIndex } = await import('./validate-schema.js');
  return validateSeedIndex(file);
}

/**
 * The seed quotes of the user's files that are not word for word in their document, or a
 * document they cite that cannot be read: the built-in files' were checked when they were built.
 * Here, with the rest of the loading of a user's files, so that no start-up bundle carries it.
 */
export function seedQuoteProblems(files: readonly LoadedRuleFile[], documents: readonly SeedDocument[], root: string): Problem[] {
  const seeds = new Set<string>();
  const cite = (list: readonly Evidence[] | undefined) => {
    if (list === undefined) return;
    for (let at = 0; at < list.length; at++) {
      const evidence = list[at]!;
      if ('seed' in evidence) seeds.add(evidence.seed);
    }
  };
  // Each rule's lists read in place, by index: evidenceLists() made three arrays a rule, and
  // for…of an object a step (#18).
  for (const file of files) {
    const rules = file.data.rules;
    for (let at = 0; at < rules.length; at++) {
      const rule = rules[at]!;
      cite(rule.evidence);
      cite(rule.untilEvidence);
      cite(rule.disputed?.evidence);
    }
  }
  const cited = documents.filter((document) => seeds.has(document.file));
  if (cited.length === 0) return [];
  const texts = readSeedTexts(root, cited);
  return [...texts.problems, ...misquotes(files, texts.texts)];
}
