// Seed quotes must occur verbatim in the document they cite.
import { evidenceLists } from '../engine/catalog.js';
import type { Problem } from '../engine/problems.js';
import type { LoadedRuleFile } from '../model/types.js';

export function misquotes(files: readonly LoadedRuleFile[], seedTexts: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    file.data.rules.forEach((rule, index) => {
      for (const [at, list] of evidenceLists(rule)) {
        list.forEach((evidence, position) => {
          if (!('seed' in evidence)) return;
          const text = seedTexts.get(evidence.seed);
          if (text === undefined || text.includes(evidence.quote)) return;
          const widthOnly = fold(text).includes(fold(evidence.quote));
          problems.push({
            code: 'quote-not-found',
            file: file.path,
            path: `rules[${index}].${at}[${position}].quote`,
            message: `the quote does not occur verbatim in seeds/${evidence.seed}`,
            hint: widthOnly ? 'it differs only in punctuation or letter width (，vs , or ：vs :); copy it from the document' : 'copy the passage from the document exactly, punctuation included',
          });
        });
      }
    });
  }
  return problems;
}

function fold(text: string): string {
  return text.normalize('NFKC');
}
