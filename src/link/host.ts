// Which source a host belongs to, by the domains the rule data lists for each
// source. Hosts are compared by whole labels, never by substring: evil-taobao.com
// and item.taobao.com.evil.example are not under taobao.com.
import type { Group, Source } from '../model/types.js';

export interface DomainMatch {
  source: Source;
  domain: string;
}

/** A hostname as compared: lower-case, without one trailing dot (item.jd.com. is item.jd.com). */
export function normaliseHost(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Whether the host is the domain itself or a subdomain of it. */
export function hostInDomain(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 0x2e);
}

/** Whether the host has an empty label (.taobao.com, item..taobao.com, or is empty), without splitting it. */
function hasEmptyLabel(host: string): boolean {
  return host === '' || host.charCodeAt(0) === 0x2e || host.charCodeAt(host.length - 1) === 0x2e || host.includes('..');
}

/** The source whose listed domain covers the host; when several do, the longest domain wins. */
export function matchHost(sources: Iterable<Source>, host: string): DomainMatch | null {
  // An empty label (.taobao.com, item..taobao.com) is no host name a browser can reach.
  if (hasEmptyLabel(host)) return null;
  let best: DomainMatch | null = null;
  for (const source of sources) {
    for (const domain of source.domains) {
      if (hostInDomain(host, domain) && (!best || domain.length > best.domain.length)) best = { source, domain };
    }
  }
  return best;
}

/** The sources' domains, each to the first source that lists it, and the length of the longest, for matchIndexedHost. */
export interface DomainIndex {
  readonly domains: ReadonlyMap<string, DomainMatch>;
  readonly longest: number;
}

export function domainIndex(sources: Iterable<Source>): DomainIndex {
  const domains = new Map<string, DomainMatch>();
  let longest = 0;
  for (const source of sources) {
    for (const domain of source.domains) {
      if (domains.has(domain)) continue;
      domains.set(domain, { source, domain });
      longest = Math.max(longest, domain.length);
    }
  }
  return { domains, longest };
}

/**
 * matchHost by a map of the domains: the host and each of its parents after a dot, longest
 * first, so the first listed is the longest domain that covers it (#18).
 */
export function matchIndexedHost(index: DomainIndex, host: string): DomainMatch | null {
  if (hasEmptyLabel(host)) return null;
  // Only parents no longer than the longest domain can be one: the first of them starts at a
  // label. Looking up each parent of a long host (a.a.a.…, tens of thousands of labels) cost a
  // copy and a hash of every one, time growing with the square of its length.
  let at = 0;
  if (host.length > index.longest) {
    const from = host.length - index.longest;
    at = host.charCodeAt(from - 1) === 0x2e ? from : host.indexOf('.', from) + 1;
    if (at === 0) return null;
  }
  for (;;) {
    const found = index.domains.get(at === 0 ? host : host.slice(at));
    if (found !== undefined) return { source: found.source, domain: found.domain };
    const dot = host.indexOf('.', at);
    if (dot < 0) return null;
    at = dot + 1;
  }
}

/**
 * The source whose platform short link this is (v.douyin.com, www.kuaishou.com/f/…):
 * the host is the listed host or under it, and the path starts as listed. Only when no
 * listed domain covers the host.
 */
export function matchShortLink(sources: Iterable<Source>, host: string, pathname: string): DomainMatch | null {
  if (hasEmptyLabel(host)) return null;
  for (const source of sources) {
    const entry = (source.shortLinks ?? []).find((candidate) => shortLinkCovers(candidate, host, pathname));
    if (entry !== undefined) return { source, domain: entry };
  }
  return null;
}

export interface GroupMatch {
  group: Group;
  /** The shortLinks entry. */
  domain: string;
  /** The host part of the entry, to weigh it against a source's domain. */
  host: string;
}

/** The group whose short link this is (m.tb.cn, s.click.taobao.com): the longest entry's, when several cover it. */
export function matchGroupShortLink(groups: Iterable<Group>, host: string, pathname: string): GroupMatch | null {
  if (hasEmptyLabel(host)) return null;
  let best: GroupMatch | null = null;
  for (const group of groups) {
    for (const entry of group.shortLinks ?? []) {
      if (!shortLinkCovers(entry, host, pathname)) continue;
      const entryHost = entry.split('/')[0]!;
      if (!best || entry.length > best.domain.length) best = { group, domain: entry, host: entryHost };
    }
  }
  return best;
}

/**
 * The app whose page this is under a member's domain (a group's otherAppHosts: 2.taobao.com is
 * 闲鱼's), by the longest entry that covers it; null for none.
 */
export function matchOtherAppHost(groups: Iterable<Group>, host: string, pathname: string): { app: string; entry: string } | null {
  if (hasEmptyLabel(host)) return null;
  let best: { app: string; entry: string } | null = null;
  for (const group of groups) {
    for (const { host: entry, app } of group.otherAppHosts ?? []) {
      if (shortLinkCovers(entry, host, pathname) && (!best || entry.length > best.entry.length)) best = { app, entry };
    }
  }
  return best;
}

/** Whether a shortLinks entry (a host with an optional path start) covers the link: the host or under it, the path starting as listed. */
function shortLinkCovers(entry: string, host: string, pathname: string): boolean {
  const slash = entry.indexOf('/');
  if (slash < 0) return hostInDomain(host, entry) && pathname.startsWith('/');
  return hostInDomain(host, entry.slice(0, slash)) && pathname.startsWith(entry.slice(slash));
}
