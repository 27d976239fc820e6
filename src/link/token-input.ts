// A share token (淘口令 and the like) and the words and host names written beside it: which
// source, or group, the token is taken for, or why none (classify.ts, when a text holds no link).
import type { Catalog } from '../engine/catalog.js';
import type { Group, Source } from '../model/types.js';
import { hostSpans, type HostSpan } from './reader-links.js';
import { namedSources, type TokenMatch } from './share-text.js';
import { otherAppOf } from './other-app.js';
import { linkSharingGroup, otherAppOfSide, sideOfHost } from './source-lookups.js';
import type { HostMention, LinkInput } from './types.js';

/**
 * A token belongs to a source only when the text around it names that source and no other; and to
 * the group when that source is a member of a group that lists short links (the Taobao Alliance's
 * 淘口令): the token opens in the members' app, and may lead to an item of any member, as the
 * group's short links may. Which one cannot be seen offline, and a word of the text (淘宝, 天猫) is
 * no sign of it: the Taobao app's texts say 淘宝 for Tmall items too, and a title may say 天猫.
 */
export function fromToken(catalog: Catalog, sources: Source[], input: string, { token, rest }: TokenMatch): LinkInput {
  const hosts = sidedHosts(catalog, rest);
  const named = namedSources(sources, withoutUnlistedHosts(rest, hosts));
  const base = { kind: 'token' as const, input, token, named };
  const [only] = named;
  if (!only || named.length > 1) return { ...base, source: null, keyword: null, reason: named.length === 0 ? 'no-keyword' : 'several-sources' };
  const group = linkSharingGroup(catalog, only.source);
  const elsewhere = hostsElsewhere(catalog, hosts, group ?? only.source);
  if (elsewhere.length > 0) return { ...base, source: null, keyword: null, reason: 'several-sources', hosts: elsewhere };
  // A token of an app that shares the group's tokens and is none of its members' (【闲鱼】￥…￥, its title saying 淘宝同款).
  const otherApp = group && otherAppOf(group, rest);
  if (otherApp !== undefined) return { ...base, source: null, keyword: null, reason: 'other-app', otherApp };
  return group ? { ...base, source: null, group, keyword: only.keyword, reason: null } : { ...base, source: only.source, keyword: only.keyword, reason: null };
}

/** A host name written beside a share token (hostSpans), and the source or group that lists it: undefined for none. */
type SidedHost = HostSpan & { side: string | undefined };

/** The host names written beside a share token, in order, each with its side, looked up once for each distinct host. */
function sidedHosts(catalog: Catalog, rest: string): SidedHost[] {
  const sides = new Map<string, string | undefined>();
  return hostSpans(rest).map((span) => {
    if (!sides.has(span.host)) sides.set(span.host, sideOfHost(catalog, span.host));
    return { ...span, side: sides.get(span.host) };
  });
}

/**
 * The text beside a share token with each host name no source or group lists blanked out: a word
 * inside it names nothing (the jd of www.jd.com.evil.cn, a host made to look like JD's), as a
 * keyword inside a link names nothing for a token (withToken). Made in one pass, however many
 * hosts a title's measures (1.5kg, 2.0L) make.
 */
function withoutUnlistedHosts(rest: string, hosts: readonly SidedHost[]): string {
  let blanked = '';
  let from = 0;
  for (const { start, end, side } of hosts) {
    if (side !== undefined) continue;
    blanked += `${rest.slice(from, start)}${' '.repeat(end - start)}`;
    from = end;
  }
  return from === 0 ? rest : `${blanked}${rest.slice(from)}`;
}

/**
 * The host names written beside a share token (m.tb.cn, www.taobao.com, detail。tmall。com) that a
 * source or a group lists for another side than the token's, each once: an app may show such a
 * host as a link, which opens elsewhere, so which of the two the placement shows cannot be known,
 * as with a link beside a token (withToken). A host of a member of the token's group agrees with
 * it: the group's answer is a verdict only where its members agree. A host no source lists says
 * nothing.
 */
function hostsElsewhere(catalog: Catalog, hosts: readonly SidedHost[], side: Source | Group): HostMention[] {
  const found: HostMention[] = [];
  const seen = new Set<string>();
  for (const { host, side: id } of hosts) {
    if (id === undefined || id === side.id || catalog.sources.get(id)?.groups.includes(side.id) || seen.has(host)) continue;
    seen.add(host);
    const app = otherAppOfSide(id);
    found.push({ host, side: app !== undefined ? { app } : (catalog.sources.get(id) ?? catalog.groups.get(id)!) });
  }
  return found;
}
