// Tells what a source argument is: a source id or alias, a link, or a share text
// with a link or a share token, and which source it belongs to by the domains
// and keywords in the rule data. Pure: the catalog comes in, data comes out.
import type { Catalog } from '../engine/catalog.js';
import { InputError, wordedError } from '../errors/errors.js';
import { resolveSource } from '../engine/resolve.js';
import type { Source } from '../model/types.js';
import { matchGroupShortLink, matchIndexedHost, matchOtherAppHost, matchShortLink, type GroupMatch } from './host.js';
import { ownLinkAt, readerEnd, readerHosts } from './reader-links.js';
import { codePointsBefore, linkUpToSpace, MARK_TEXT, type LinkCandidate } from './link-candidate.js';
import { scanText, trimControls, type ScanResult } from './scan.js';
import { isScriptScheme, type SchemeFound } from './schemes.js';
import { carriesLinkElsewhere } from './app-link-targets.js';
import { otherAppLink, withOtherApp } from './other-app.js';
import { findToken, namedSources } from './share-text.js';
import { appSchemeSource, appSchemesOf, linkSharingGroup, lookUpsOf, memberOf, sideOfHost, sourceIds } from './source-lookups.js';
import { fromToken } from './token-input.js';
import type { Classification, LinkInput, UnrecognisedLink } from './types.js';
import { classifyGroupName, classifyName, MORE_LINKS, shownInput } from './named-input.js';
import { readLink } from './web-link.js';
import { pathInDoubt } from './path-doubt.js';
import { brokenLinkError, miniProgramError, otherSchemeError } from './not-links.js';

/**
 * In this order: an exact source id or alias; then the text, trimmed as the URL parser
 * trims it, is scanned once: a scheme other than http and https anywhere in
 * it is an input error, unless the rule data lists it as a source's app scheme; the
 * first link in it, web link (see scan.ts) or app deep link, is the link, unless a later one leads
 * to another source, or a share token beside the links is another source's (then no source is
 * taken), or the text names an app that shares a group's short link and is none of its members'
 * (other-app.ts); failing that, its share token. Anything else is an input error.
 */
export function classifyInput(catalog: Catalog, input: string): Classification {
  return classifyName(catalog, input) ?? classifyText(catalog, input);
}

/**
 * What `linkcheck classify` and the service's classify say an argument is: a group's id or alias
 * first, the group a check of it asks about (taobao, 淘宝联盟: classifyGroupName), else classifyInput's
 * answer. A view's source filter reads a text the same way (query/names.ts), a group as each of its members.
 */
export function classifyArgument(catalog: Catalog, input: string): Classification {
  return classifyGroupName(catalog, input) ?? classifyInput(catalog, input);
}

/** What classifyInput makes of a text that is no source's exact id or alias (classifyName's answer is undefined). */
export function classifyText(catalog: Catalog, input: string): Classification {
  const text = input.trim();
  const { sources } = lookUpsOf(catalog);
  if (text === '') throw wordedError('empty-source', { ids: sourceIds(sources) });

  const scanned = trimControls(text);
  const { otherSchemes, link } = scanLinks(sources, scanned);
  const unlisted = otherSchemes.find((found) => !appSchemeSource(sources, found.scheme));
  if (unlisted) throw otherSchemeError(sources, text, unlisted);
  const miniProgram = miniProgramError(sources, text, scanned);
  if (miniProgram) throw miniProgram;
  const first = firstStart(otherSchemes, link);
  if (first) return withOtherApp(scanned, withToken(catalog, input, scanned, first, withWordsBeside(catalog, scanned, first, withOtherLinks(catalog, input, scanned, first, answerAt(catalog, input, scanned, first)))));
  const token = findToken(text);
  if (token) return fromToken(catalog, sources, input, token);
  const broken = brokenLinkError(sources, text);
  if (broken) throw broken;

  // A single word that might be a mistyped name gets the unknown-source error, with its "did you mean".
  if (/\s|\p{Cc}/u.test(text) || [...text].length > NAME_LENGTH) {
    throw wordedError('no-source-in-text', { input: shownInput(text), ids: sourceIds(sources) });
  }
  return { kind: 'name', input, source: resolveSource(catalog, text) };
}

/** Longer than this, a word is not taken for a mistyped source name. */
const NAME_LENGTH = 40;

/**
 * The text's first link and its other schemes (scanText), but for a scheme no source lists that
 * stands in another link's run and runs no script: that is part of the link, as a query's value
 * (…?spm=a:b) or a user name (https://user:pw@…) is, and the link is read by its host. A script's
 * scheme (…?u=javascript:…) is still refused wherever it stands.
 */
function scanLinks(sources: Source[], text: string): ScanResult {
  const scan = scanText(text, appSchemesOf(sources));
  const part = (found: SchemeFound) => found.inLink === true && !isScriptScheme(found.scheme) && appSchemeSource(sources, found.scheme) === undefined;
  return scan.otherSchemes.some(part) ? { ...scan, otherSchemes: scan.otherSchemes.filter((found) => !part(found)) } : scan;
}

/** What every link answer holds, in the order it is written (types.ts). */
type LinkBase = Pick<UnrecognisedLink, 'kind' | 'input' | 'url' | 'host' | 'inText'>;

/** A web link's answer; `later` for a link after the text's first, where no member's mark can stand (fromGroupLink). */
function fromLink(catalog: Catalog, input: string, scanned: string, candidate: LinkCandidate, later = false): LinkInput {
  const { sources, domains } = lookUpsOf(catalog);
  const link = readLink(candidate);
  const inText = candidate.at !== 0;
  if ('invalid' in link) {
    const scheme = candidate.bare ? 'https' : candidate.prefix.slice(0, candidate.prefix.indexOf(':'));
    const shown = candidate.bare ? shownInput(candidate.text.slice(candidate.prefix.length)) : shownInput(candidate.text);
    if (link.port !== undefined) throw wordedError('link-bad-port', { input: shown, scheme, port: shownInput(link.port, 20), ids: sourceIds(sources) });
    throw wordedError('link-without-host', { input: shown, scheme, ids: sourceIds(sources) });
  }
  const { url, host, pathname } = link;
  if (link.ambiguous) return { kind: 'link', input, url, host, inText, source: null, domain: null, reason: 'ambiguous-host' };
  if (pathInDoubt(catalog, candidate, host, pathname)) return { kind: 'link', input, url, host, inText, source: null, domain: null, reason: 'path-in-doubt' };
  // Another app's page under a member's domain (2.taobao.com, 闲鱼's) is no member's item.
  const otherApp = matchOtherAppHost(catalog.groups.values(), host, pathname);
  if (otherApp !== null) return otherAppLink({ input, url, host, inText }, otherApp.app, otherApp.entry);
  const match = matchIndexedHost(domains, host);
  const grouped = matchGroupShortLink(catalog.groups.values(), host, pathname);
  // A group's short link (s.click.taobao.com) beats a shorter domain of a member (taobao.com).
  if (grouped && (!match || grouped.host.length >= match.domain.length)) return fromGroupLink(catalog, { kind: 'link', input, url, host, inText }, later ? null : scanned, candidate, grouped);
  if (match) return { kind: 'link', input, url, host, inText, source: match.source, domain: match.domain, reason: null };
  const short = matchShortLink(sources, host, pathname);
  if (short) return { kind: 'link', input, url, host, inText, source: short.source, domain: short.domain, reason: null, shortLink: true };
  return { kind: 'link', input, url, host, inText, source: null, domain: null, reason: 'unlisted-host' };
}

/**
 * A group's short link is the group's, unless the share text begins with a member's mark
 * (【天猫】) and then, after nothing but white space, the link, the text's first: the shape the
 * member's app shares in. The mark anywhere else (in a title, a shop name: 天猫超市, before a later
 * link) names nothing; `scanned` is null for a later link.
 */
function fromGroupLink(catalog: Catalog, { kind, input, url, host, inText }: LinkBase, scanned: string | null, candidate: LinkCandidate, { group, domain }: GroupMatch): LinkInput {
  // A mark is a short word: text longer than any before the link is no mark (and is not copied).
  const before = scanned === null || codePointsBefore(scanned, candidate.at) > MARK_TEXT ? '' : scanned.slice(0, candidate.at).trim();
  const marked = before === '' ? undefined : group.shareMarkers?.find((entry) => entry.marker === before);
  const member = marked && memberOf(catalog, group, marked.source);
  if (marked && member) return { kind, input, url, host, inText, source: member, domain, reason: null, shortLink: true, group, marker: marked.marker };
  return { kind, input, url, host, inText, source: null, group, domain, reason: null, shortLink: true };
}

/**
 * An app deep link whose scheme the rule data lists for a source: the link up to the next space.
 * It opens in that source's app; when the source is a member of a group that lists short links,
 * the app opens any member's items (taobao://detail.tmall.com/…: a Tmall item in the Taobao app),
 * so the link is answered for the group, as the group's share tokens are (fromToken).
 */
function fromAppLink(catalog: Catalog, input: string, text: string, { scheme, at, inside }: SchemeFound): LinkInput {
  const url = linkUpToSpace(text, at);
  // Inside another link (…/?u=taobao://…) it is part of that link, which may lead anywhere: in doubt, as a web link there is.
  if (inside) return { kind: 'link', input, url, host: '', inText: at !== 0, appScheme: scheme, source: null, domain: null, reason: 'ambiguous-host' };
  const source = appSchemeSource(lookUpsOf(catalog).sources, scheme)!;
  const group = linkSharingGroup(catalog, source);
  // A page it carries elsewhere (…params={"des":"m","url":"https%3A%2F%2Fevil.example"}) is shown in the app: which leads is not known.
  if (carriesLinkElsewhere(catalog, url, group?.id ?? source.id)) return { kind: 'link', input, url, host: '', inText: at !== 0, appScheme: scheme, source: null, domain: null, reason: 'several-links' };
  const base = { kind: 'link', input, url, host: '', inText: at !== 0, domain: `${scheme}:`, reason: null, appScheme: scheme } as const;
  return group ? { ...base, source: null, group } : { ...base, source };
}

/**
 * Where a link starts: a web link, or an app deep link whose scheme a source lists. A link runs to
 * the next white space, and nothing inside it starts another.
 */
type LinkStart = { at: number; web: LinkCandidate } | { at: number; app: SchemeFound };

/** The first link of a scan, web or app: the earlier (a deep link before a web link found at the same place); null for none. */
function firstStart([app]: SchemeFound[], link: LinkCandidate | null): LinkStart | null {
  if (app && (!link || app.at <= link.at)) return { at: app.at, app };
  return link ? { at: link.at, web: link } : null;
}

/** The answer of the link that starts there; a web link that cannot be read (https:// with no host) is an input error. */
function answerAt(catalog: Catalog, input: string, text: string, start: LinkStart, later = false): LinkInput {
  return 'app' in start ? fromAppLink(catalog, input, text, start.app) : fromLink(catalog, input, text, start.web, later);
}

/**
 * The first link's answer, unless a later link in the text, web or app deep link, leads elsewhere:
 * to another source or group, to no listed source, or to a host that cannot be told for sure. Which
 * of them the placement shows cannot be known, so the text is taken for no source (several-links)
 * and the check answers unknown. A later link of the same source (or the same group) agrees; one
 * that cannot be read leads nowhere known.
 */
function withOtherLinks(catalog: Catalog, input: string, scanned: string, first: LinkStart, found: LinkInput): LinkInput {
  if (found.kind !== 'link' || found.reason === 'ambiguous-host') return found;
  const { sources } = lookUpsOf(catalog);
  let rest = scanned;
  let at = first.at;
  for (let count = 0; ; count++) {
    const link = linkAt(sources, rest, at);
    const cut = link.length < linkUpToSpace(rest, at).length;
    rest = rest.slice(at + link.length);
    const { otherSchemes, link: web } = scanLinks(sources, rest);
    const next = firstStart(otherSchemes, web);
    // A link of its own inside a link's run (ownLinkAt) must be read where it starts; if not, where it leads is not known.
    if (cut && next?.at !== 0) return takenForNone(found, 'several-links');
    if (next === null) return found;
    // Where the links past those read lead is not known: they are not said to lead elsewhere.
    if (count === MORE_LINKS) return takenForNone(found, 'too-many-links');
    if (!sameSide(found, laterLink(catalog, input, rest, next))) return takenForNone(found, 'several-links');
    at = next.at;
  }
}

/**
 * The link's answer, unless the text beside its links holds a share token (淘口令) whose words
 * beside the links name a source the token would stand for another side than the link's: the
 * token opens an item of its own in that source's app, so which of the two the placement shows
 * cannot be known, as with two links (link-and-token). A token stands for what fromToken gives it
 * to: the group of a member of a group that lists short links (a 淘口令 is the Taobao Alliance's
 * beside a Tmall link too, as a member's link beside the group's short link is several-links),
 * else the source. A token inside a link (JD's jkl=@…@) is the link's own, and a keyword inside a
 * link (the jd of item.jd.com) names nothing for a token. Only a token whose words name no source,
 * or name only sources it would stand for the link's side for, leaves the link to decide.
 */
function withToken(catalog: Catalog, input: string, scanned: string, first: LinkStart, found: LinkInput): LinkInput {
  if (found.kind !== 'link' || (found.reason !== null && found.reason !== 'unlisted-host')) return found;
  // Most texts hold no token at all: then the links are not read again.
  if (findToken(scanned) === null) return found;
  const { sources } = lookUpsOf(catalog);
  const token = findToken(linksAndBeside(sources, scanned, first).beside);
  if (token === null) return found;
  const side = found.source?.id ?? found.group?.id;
  const elsewhere = namedSources(sources, token.rest).some(({ source }) => (linkSharingGroup(catalog, source)?.id ?? source.id) !== side);
  return elsewhere ? takenForNone(found, 'link-and-token') : found;
}

/** The text taken for no source, for the reason given: the first link (web or app) is the one named. */
function takenForNone({ input, url, host, inText, appScheme }: LinkInput & { kind: 'link' }, reason: 'several-links' | 'too-many-links' | 'link-and-token'): LinkInput {
  return { kind: 'link', input, url, host, inText, ...(appScheme !== undefined ? { appScheme } : {}), source: null, domain: null, reason };
}

/**
 * The link that starts at the index, as a reader sees it: up to the next white space, as the
 * scanner reads white space (see scan.ts), or to a link of its own inside it (ownLinkAt:
 * …1.html"https://…, …1.html点我taobao://…), which withOtherLinks reads as a later link.
 */
function linkAt(sources: Source[], text: string, at: number): string {
  const link = linkUpToSpace(text, at);
  return link.slice(0, ownLinkAt(link, appSchemesOf(sources)));
}

/** The text's links as withOtherLinks reads them (up to the first MORE_LINKS + 1), each up to white space, and the text with them blanked out. */
function linksAndBeside(sources: Source[], scanned: string, first: LinkStart): { links: string[]; beside: string } {
  const links: string[] = [];
  let beside = '';
  let rest = scanned;
  for (let at: number | undefined = first.at, count = 0; at !== undefined && count <= MORE_LINKS; count++) {
    beside += `${rest.slice(0, at)} `;
    const link = linkAt(sources, rest, at);
    links.push(link);
    rest = rest.slice(at + link.length);
    const { otherSchemes, link: next } = scanLinks(sources, rest);
    at = firstStart(otherSchemes, next)?.at;
  }
  return { links, beside: `${beside}${rest}` };
}

/**
 * The link's answer, unless what stands beside its links says another link may be the one shown,
 * so that the text is taken for no source (several-links, answered unknown): a host named in the
 * words beside the links, or in a link after where an app shows it as ending (CJK, 【】, ，, a quote,
 * a bracket, a comma: www.taobao.com, //item.taobao.com/…, detail.tmall.com,
 * evil.example/【item.taobao.com/…, …1.html,item.taobao.com/…), which an app may show as a link,
 * that a source or a group lists, for another side than the link's. A host no source lists, named
 * there, says nothing either way. (A scheme there starts a link of its own, which withOtherLinks
 * reads: linkAt.)
 */
function withWordsBeside(catalog: Catalog, scanned: string, first: LinkStart, found: LinkInput): LinkInput {
  if (found.kind !== 'link' || (found.reason !== null && found.reason !== 'unlisted-host')) return found;
  const { sources } = lookUpsOf(catalog);
  // A link alone, of characters a web address holds as written (as most plans give them): nothing beside it.
  if (first.at === 0 && readerEnd(scanned, appSchemesOf(sources)) === scanned.length) return found;
  const { links, beside } = linksAndBeside(sources, scanned, first);
  for (const host of readerHosts(links, beside, appSchemesOf(sources))) {
    const side = sideOfHost(catalog, host);
    if (side !== undefined && side !== (found.source?.id ?? found.group?.id)) return takenForNone(found, 'several-links');
  }
  return found;
}

/** A later link's answer; a web link that cannot be read (https:// with no host) is none. */
function laterLink(catalog: Catalog, input: string, text: string, start: LinkStart): LinkInput | null {
  // A scheme no source lists, which stood inside the first link's run (…/a"ftp://…), leads nowhere known.
  if ('app' in start && appSchemeSource(lookUpsOf(catalog).sources, start.app.scheme) === undefined) return null;
  try {
    return answerAt(catalog, input, text, start, true);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/**
 * Whether two links are answered alike: both recognised, for the same source or the same group,
 * or both of hosts no source lists (the rules about any other link speak for both). A member's
 * link and its group's short link are not: the short link may lead to another member.
 */
function sameSide(first: LinkInput, other: LinkInput | null): boolean {
  if (other === null || other.kind !== 'link' || first.kind !== 'link') return false;
  if (first.reason === 'unlisted-host' && other.reason === 'unlisted-host') return true;
  if (first.reason !== null || other.reason !== null) return false;
  return (first.source?.id ?? first.group?.id) === (other.source?.id ?? other.group?.id);
}
