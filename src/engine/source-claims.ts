// A domain or a share-text keyword must belong to one source only: otherwise
// which source a link or share token belongs to would depend on file order.
import type { Group, Source } from '../model/types.js';
import type { Located } from './catalog.js';
import { foldKeywordText } from '../model/keyword-fold.js';
import { problem } from '../errors/problems.js';
import type { Problem } from '../errors/problems.js';

export function checkSourceClaims(sources: Iterable<Located<Source>>, problems: Problem[]): void {
  const domains = new Map<string, string>();
  const keywords = new Map<string, string>();
  for (const { value: source, file, path } of sources) {
    source.domains.forEach((domain, index) => {
      const owner = claim(domains, domain, source.id);
      if (owner === undefined) return;
      problems.push(problem('domain-conflict', { domain, owner }, file, `${path}.domains[${index}]`));
    });
    // A short link (v.kuaishou.com) is a source's as its domains are: listed for two, the first read would win.
    source.shortLinks?.forEach((entry, index) => {
      const owner = claim(domains, entry, source.id);
      if (owner === undefined) return;
      problems.push(problem('domain-conflict', { domain: entry, owner }, file, `${path}.shortLinks[${index}]`));
    });
    // As a share text is read (namedSources): 淘♂宝, 淘寳 and 淘\u200b宝 are 淘宝 there, so a
    // second source's keyword for any of them would make every text naming 淘宝 name two sources.
    source.shareText?.keywords.forEach((keyword, index) => {
      const owner = claim(keywords, foldKeywordText(keyword).trim(), source.id);
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

/**
 * A group's short link (tb.cn) belongs to the group alone: listed for a source too, which one a
 * link is would depend on the reader. Reported where the later of the two is listed (`order`: the
 * place of its file among the files), so that a user's file that adds the clash is the one named,
 * whichever side it adds. Its share markers name sources of the group.
 */
export function checkGroupShortLinks(groups: Iterable<Located<Group>>, sources: ReadonlyMap<string, Located<Source>>, order: (file: string) => number, problems: Problem[]): void {
  const claimed = new Map<string, { source: Located<Source>; at: string }>();
  for (const located of sources.values()) {
    const { value: source, path } = located;
    source.domains.forEach((entry, index) => claimed.set(entry, { source: located, at: `${path}.domains[${index}]` }));
    source.shortLinks?.forEach((entry, index) => claimed.set(entry, { source: located, at: `${path}.shortLinks[${index}]` }));
  }
  // Listed for two groups, which group a link is would depend on the order the files are read in.
  const groupClaims = new Map<string, string>();
  for (const { value: group, file, path } of groups) {
    group.shortLinks?.forEach((entry, index) => {
      const owner = claimed.get(entry);
      if (owner !== undefined && order(owner.source.file) > order(file)) problems.push(problem('domain-conflict.short-link', { domain: entry, source: owner.source.value.id, group: group.id }, owner.source.file, owner.at));
      else if (owner !== undefined) problems.push(problem('domain-conflict.group', { domain: entry, group: group.id, owner: owner.source.value.id }, file, `${path}.shortLinks[${index}]`));
      const otherGroup = claim(groupClaims, entry, group.id);
      if (otherGroup !== undefined) problems.push(problem('domain-conflict.groups', { domain: entry, group: group.id, owner: otherGroup }, file, `${path}.shortLinks[${index}]`));
    });
    const members = [...sources.values()].filter(({ value }) => value.groups.includes(group.id)).map(({ value }) => value.id);
    group.shareMarkers?.forEach((entry, index) => {
      if (!members.includes(entry.source)) problems.push(problem('unknown-reference.member', { group: group.id, id: entry.source, valid: members.join(', ') }, file, `${path}.shareMarkers[${index}].source`));
    });
    // Another app's host is one a member's domain covers: elsewhere it would take no link of the group's (or another source's).
    const memberDomains = members.flatMap((member) => sources.get(member)?.value.domains ?? []);
    group.otherAppHosts?.forEach((entry, index) => {
      if (!(group.otherApps ?? []).includes(entry.app)) problems.push(problem('unknown-reference.other-app', { group: group.id, app: entry.app, valid: (group.otherApps ?? []).join(', ') }, file, `${path}.otherAppHosts[${index}].app`));
      const host = entry.host.split('/')[0]!;
      if (!memberDomains.some((domain) => host.endsWith(`.${domain}`))) {
        problems.push(problem('unknown-reference.other-app-host', { host: entry.host, group: group.id, domains: memberDomains.join(', ') }, file, `${path}.otherAppHosts[${index}].host`));
      }
    });
  }
}
