// Whether a link's path may be read otherwise where the path tells whose link it is (classify.ts
// fromLink): under a host with an entry that names a path, read on past white space, without the
// characters no text shows, or as a site reads the path alike.
import type { Catalog } from '../engine/catalog.js';
import { once } from '../model/once.js';
import { hostInDomain, matchGroupShortLink, matchOtherAppHost, matchShortLink } from './host.js';
import type { LinkCandidate } from './link-candidate.js';
import { lookUpsOf } from './source-lookups.js';
import { parseWebPath } from './web-link.js';

/**
 * Whether the link's path may be read otherwise, where the path tells whose link it is: white space
 * cut it (a tab a sheet wrote, a line a chat broke) and reading on past the break, reading it
 * without the characters no text shows (the URL parser keeps them, percent-encoded), or reading its
 * path as a site reads it alike (sameSitePath), makes it another entry's link than as parsed.
 * h5.m.taobao.com/awp/core/detail.htm is a group's short link, any member's item, where
 * h5.m.taobao.com alone is Taobao's: cut after its host, with a zero-width space in its path, or
 * written h5.m.taobao.com//awp/… or /%61wp/…, such a link would be read for Taobao alone.
 */
export function pathInDoubt(catalog: Catalog, candidate: LinkCandidate, host: string, pathname: string): boolean {
  if (!lookUpsOf(catalog).pathHosts.some((entryHost) => hostInDomain(host, entryHost))) return false;
  const entry = pathEntry(catalog, host, pathname);
  if (pathEntry(catalog, host, sameSitePath(pathname)) !== entry) return true;
  const readings = [candidate.text, ...(candidate.joined === null ? [] : [candidate.joined])].flatMap((text) => [text, text.replace(UNSEEN(), '')]);
  return readings.some((text) => {
    const read = parseWebPath(text);
    return read !== null && read.host === host && read.pathname !== pathname && (pathEntry(catalog, host, read.pathname) !== entry || pathEntry(catalog, host, sameSitePath(read.pathname)) !== entry);
  });
}

/** Characters no text shows (zero-width spaces and joiners, bidi controls, the soft hyphen…); built when first used, for a link under a host whose path tells whose it is. */
const UNSEEN = once(() => /\p{Default_Ignorable_Code_Point}/gu);

/**
 * The path as a web server may read it alike: the letters, digits, - . _ ~ and / it percent-encodes
 * decoded (%61 is a, as RFC 3986 says it may be), each run of slashes one.
 */
function sameSitePath(pathname: string): string {
  return pathname.replace(/%(2[dDeEfF]|3\d|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))).replace(/\/{2,}/g, '/');
}

/** The entry a link's host and path fall under, among those that name a path (pathInDoubt): another app's page, a group's or a source's short link; '' for none. */
function pathEntry(catalog: Catalog, host: string, pathname: string): string {
  const otherApp = matchOtherAppHost(catalog.groups.values(), host, pathname);
  if (otherApp !== null) return `app ${otherApp.entry}`;
  const grouped = matchGroupShortLink(catalog.groups.values(), host, pathname);
  if (grouped !== null) return `group ${grouped.domain}`;
  const short = matchShortLink(lookUpsOf(catalog).sources, host, pathname);
  return short === null ? '' : `source ${short.domain}`;
}
