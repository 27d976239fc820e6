// Which source a host belongs to, by the domains the rule data lists for each
// source. Hosts are compared by whole labels, never by substring: evil-taobao.com
// and item.taobao.com.evil.example are not under taobao.com.
import type { Source } from '../model/types.js';

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
    for (const entry of source.shortLinks ?? []) {
      const slash = entry.indexOf('/');
      const domain = slash < 0 ? entry : entry.slice(0, slash);
      const path = slash < 0 ? '/' : entry.slice(slash);
      if (hostInDomain(host, domain) && pathname.startsWith(path)) return { source, domain: entry };
    }
  }
  return null;
}
