// The catalog's sources as the link readers look them up: by domain, by app scheme, by the group
// whose members share one app's links, and the side (source or group) a host name belongs to. Made
// once per catalog: a batch reads thousands of texts (#18).
import type { Catalog } from '../engine/catalog.js';
import type { Group, Source } from '../model/types.js';
import { domainIndex, matchGroupShortLink, matchIndexedHost, matchOtherAppHost, matchShortLink, type DomainIndex } from './host.js';

/** The catalog's sources as a list, with maps of their names and domains. */
interface SourceLookups {
  sources: Source[];
  domains: DomainIndex;
  /**
   * The hosts of the entries that name a path as well (h5.m.taobao.com/awp/core/detail.htm, a
   * group's short link; a source's short link; another app's page): under these alone a link's
   * path can tell whose link it is.
   */
  pathHosts: string[];
}

const lookups = new WeakMap<Catalog, SourceLookups>();

export function lookUpsOf(catalog: Catalog): SourceLookups {
  let found = lookups.get(catalog);
  if (found === undefined) {
    const sources = [...catalog.sources.values()];
    lookups.set(catalog, (found = { sources, domains: domainIndex(sources), pathHosts: pathHostsOf(catalog, sources) }));
  }
  return found;
}

function pathHostsOf(catalog: Catalog, sources: readonly Source[]): string[] {
  const entries = [...sources.flatMap((source) => source.shortLinks ?? []), ...[...catalog.groups.values()].flatMap((group) => [...(group.shortLinks ?? []), ...(group.otherAppHosts ?? []).map(({ host }) => host)])];
  return [...new Set(entries.filter((entry) => entry.includes('/')).map((entry) => entry.slice(0, entry.indexOf('/'))))];
}

/** The first group of the source's that lists short links: its members share one app's links and tokens. */
export function linkSharingGroup(catalog: Catalog, source: Source): Group | undefined {
  for (const id of source.groups) {
    const group = catalog.groups.get(id);
    if (group?.shortLinks !== undefined && group.shortLinks.length > 0) return group;
  }
  return undefined;
}

export function memberOf(catalog: Catalog, group: Group, id: string): Source | undefined {
  const source = catalog.sources.get(id);
  return source?.groups.includes(group.id) ? source : undefined;
}

/** The app schemes the sources list, made once per list of sources (lookUpsOf keeps one list per catalog). */
const appSchemeSets = new WeakMap<Source[], ReadonlySet<string>>();

export function appSchemesOf(sources: Source[]): ReadonlySet<string> {
  let found = appSchemeSets.get(sources);
  if (found === undefined) appSchemeSets.set(sources, (found = new Set(sources.flatMap((source) => source.appSchemes ?? []))));
  return found;
}

export function appSchemeSource(sources: Source[], scheme: string): Source | undefined {
  return sources.find((source) => source.appSchemes?.includes(scheme));
}

/** Before an app's name, the side of another app's host (sideOfHost): no id has a colon. */
const OTHER_APP_SIDE = 'other-app:';

/** The app a side of sideOfHost stands for, when it is another app's host; undefined for a source's or group's. */
export function otherAppOfSide(side: string): string | undefined {
  return side.startsWith(OTHER_APP_SIDE) ? side.slice(OTHER_APP_SIDE.length) : undefined;
}

/** The id of the source or group a host belongs to, as a link of it would be read (fromLink), or another app's side (otherAppOfSide); undefined for a host none lists. */
export function sideOfHost(catalog: Catalog, host: string): string | undefined {
  // Another app's host (2.taobao.com) is a side of its own, no source's or group's.
  const app = matchOtherAppHost(catalog.groups.values(), host, '/');
  if (app !== null) return `${OTHER_APP_SIDE}${app.app}`;
  const match = matchIndexedHost(lookUpsOf(catalog).domains, host);
  const grouped = matchGroupShortLink(catalog.groups.values(), host, '/');
  if (grouped && (!match || grouped.host.length >= match.domain.length)) return grouped.group.id;
  return match?.source.id ?? matchShortLink(lookUpsOf(catalog).sources, host, '/')?.source.id;
}

/** The source ids, for the message that says what a source argument can be. */
export function sourceIds(sources: readonly Source[]): string {
  return sources.map((source) => source.id).join(', ');
}
