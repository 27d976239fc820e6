// A domain or a share-text keyword must belong to one source only: otherwise
// which source a link or share token belongs to would depend on file order.
import type { Source } from '../model/types.js';
import type { Located } from './catalog.js';
import { normalizeName } from './names.js';
import type { Problem } from './problems.js';

export function checkSourceClaims(sources: Iterable<Located<Source>>, problems: Problem[]): void {
  const domains = new Map<string, string>();
  const keywords = new Map<string, string>();
  for (const { value: source, file, path } of sources) {
    source.domains.forEach((domain, index) => {
      const owner = claim(domains, domain, source.id);
      if (owner === undefined) return;
      problems.push({ code: 'domain-conflict', file, path: `${path}.domains[${index}]`, message: `domain "${domain}" is already listed for source "${owner}"`, hint: 'a domain belongs to one source; list a subdomain to give part of it to another source' });
    });
    source.shareText?.keywords.forEach((keyword, index) => {
      const owner = claim(keywords, normalizeName(keyword), source.id);
      if (owner === undefined) return;
      problems.push({ code: 'keyword-conflict', file, path: `${path}.shareText.keywords[${index}]`, message: `share-text keyword "${keyword}" already names source "${owner}"`, hint: 'a keyword must name one source only; remove it from one of them' });
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
