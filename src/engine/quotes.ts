// Seed quotes must occur verbatim in the document they cite.
import { evidenceLists } from '../engine/catalog.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';
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
          problems.push(problem(widthOnly ? 'quote-not-found.width' : 'quote-not-found', { seed: evidence.seed }, file.path, `rules[${index}].${at}[${position}].quote`));
        });
      }
    });
  }
  return problems;
}

function fold(text: string): string {
  return text.normalize('NFKC');
}
