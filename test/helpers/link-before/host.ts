// The link reader as it was before it scanned strings by code unit (src/link/host.ts then), kept
// unchanged as the reference test/link/differential.test.ts compares the reader with (#18).
// Which source a host belongs to, by the domains the rule data lists for each
// source. Hosts are compared by whole labels, never by substring: evil-taobao.com
// and item.taobao.com.evil.example are not under taobao.com.
import type { Group, Source } from '../../../src/model/types.js';

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
  return host === domain || host.endsWith(`.${domain}`);
}

/** The source whose listed domain covers the host; when several do, the longest domain wins. */
export function matchHost(sources: Iterable<Source>, host: string): DomainMatch | null {
  // An empty label (.taobao.com, item..taobao.com) is no host name a browser can reach.
  if (host.split('.').includes('')) return null;
  let best: DomainMatch | null = null;
  for (const source of sources) {
    for (const domain of source.domains) {
      if (hostInDomain(host, domain) && (!best || domain.length > best.domain.length)) best = { source, domain };
    }
  }
  return best;
}

/**
 * The source whose platform short link this is (v.douyin.com, www.kuaishou.com/f/…):
 * the host is the listed host or under it, and the path starts as listed. Only when no
 * listed domain covers the host.
 */
export function matchShortLink(sources: Iterable<Source>, host: string, pathname: string): DomainMatch | null {
  if (host.split('.').includes('')) return null;
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
  if (host.split('.').includes('')) return null;
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

/** Whether a shortLinks entry (a host with an optional path start) covers the link: the host or under it, the path starting as listed. */
function shortLinkCovers(entry: string, host: string, pathname: string): boolean {
  const slash = entry.indexOf('/');
  const domain = slash < 0 ? entry : entry.slice(0, slash);
  const path = slash < 0 ? '/' : entry.slice(slash);
  return hostInDomain(host, domain) && pathname.startsWith(path);
}
