// Texts given in one language only: a problem in the built-in files (and with rules lint
// --bilingual), which give every text in English and Chinese.
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
import { ruleFileTexts, seedIndexTexts, textsLacking, type RecordText } from '../model/record-texts.js';
import type { LoadedRuleFile, SeedDocument } from '../model/types.js';

export function missingLanguages(file: LoadedRuleFile): Problem[] {
  return lacking(ruleFileTexts(file.data), file.path, file.data.lang);
}

export function seedIndexLanguages(path: string, documents: readonly SeedDocument[]): Problem[] {
  return lacking(seedIndexTexts(documents), path);
}

function lacking(texts: readonly RecordText[], file: string, declared?: 'en' | 'zh'): Problem[] {
  return textsLacking(texts, declared).map(({ path, missing, given }) => problem('missing-language', { missing, given: given.join(', ') }, file, path));
}
