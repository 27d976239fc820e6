// A domain or a share-text keyword must belong to one source only: otherwise
// which source a link or share token belongs to would depend on file order.
import type { Source } from '../model/types.js';
import type { Located } from './catalog.js';
import { normalizeName } from './names.js';
import { problem } from './problem-messages.js';
import type { Problem } from './problems.js';

export function checkSourceClaims(sources: Iterable<Located<Source>>, problems: Problem[]): void {
  const domains = new Map<string, string>();
  const keywords = new Map<string, string>();
  for (const { value: source, file, path } of sources) {
    source.domains.forEach((domain, index) => {
      const owner = claim(domains, domain, source.id);
      if (owner === undefined) return;
      problems.push(problem('domain-conflict', { domain, owner }, file, `${path}.domains[${index}]`));
    });
    source.shareText?.keywords.forEach((keyword, index) => {
      const owner = claim(keywords, normalizeName(keyword), source.id);
      if (owner === undefined) return;
      problems.push(problem('keyword-conflict', { keyword, owner }, file, `${path}.shareText.keywords[${index}]`));
    });
  }
}

/** Records the claim; returns the other source that already holds it, if any. */
function claim(owners: Map<string, string>, key: string, id: string): string | undefined {
  const owner = owners.get(key);
  if (owner !== undefined && owner !== id) return owner;
  owners.set(key, id);
  return undefined;
}
