// The link reader as it was before it scanned strings by code unit (src/link/classify.ts then), kept
// unchanged as the reference test/link/differential.test.ts compares the reader with (#18).
// Tells what a source argument is: a source id or alias, a link, or a share text
// with a link or a share token, and which source it belongs to by the domains
// and keywords in the rule data. Pure: the catalog comes in, data comes out.
import type { Catalog } from '../../../src/engine/catalog.js';
import { wordedError, type InputError } from '../../../src/errors/errors.js';
import { findNamed, resolveSource } from '../../../src/engine/resolve.js';
import type { Group, Source } from '../../../src/model/types.js';
import { shownInput } from '../../../src/link/named-input.js';
import { matchGroupShortLink, matchHost, matchShortLink, type GroupMatch } from './host.js';
import { scanText, trimControls, type LinkCandidate, type SchemeFound } from './scan.js';
import { findToken, namedSources, type TokenMatch } from './share-text.js';
import type { Classification, LinkInput } from './types.js';
import { readLink } from './web-link.js';

/**
 * In this order: an exact source id or alias; then the text, trimmed as the URL parser
 * trims it, is scanned once: a scheme other than http and https anywhere in
 * it is an input error, unless the rule data lists it as a source's app scheme; the
 * first link in it (see scan.ts) is the link; failing that, its share token. Anything else is an input error.
 */
export function classifyInput(catalog: Catalog, input: string): Classification {
  const text = input.trim();
  const sources = [...catalog.sources.values()];
  if (text === '') throw wordedError('empty-source', { ids: sourceIds(sources) });
  const named = findNamed(sources, text);
  if (named) return { kind: 'name', input, source: named };

  const scanned = trimControls(text);
  const { otherSchemes, link } = scanText(scanned);
  const unlisted = otherSchemes.find((found) => !appSchemeSource(sources, found.scheme));
  if (unlisted) throw otherSchemeError(sources, text, unlisted);
  const [app] = otherSchemes;
  if (app && (!link || app.at <= link.at)) return fromAppLink(sources, input, scanned, app);
  if (link) return fromLink(catalog, input, scanned, link);
  const token = findToken(text);
  if (token) return fromToken(sources, input, token);

  // A single word that might be a mistyped name gets the unknown-source error, with its "did you mean".
  if (/\s|\p{Cc}/u.test(text) || [...text].length > NAME_LENGTH) {
    throw wordedError('no-source-in-text', { input: shownInput(text), ids: sourceIds(sources) });
  }
  return { kind: 'name', input, source: resolveSource(catalog, text) };
}

/** Longer than this, a word is not taken for a mistyped source name. */
const NAME_LENGTH = 40;

/**
 * How a message shows the argument: the reader's own, not a copy of it as it was. What is compared
 * is what the reader reads; a value is since shown with its tabs and line breaks escaped, not as spaces.
 */
export { shownInput };

function otherSchemeError(sources: Source[], text: string, { scheme, at }: SchemeFound): InputError {
  return wordedError(at === 0 ? 'not-a-web-link' : 'holds-other-link', { input: shownInput(text), scheme, ids: sourceIds(sources) });
}

function fromLink(catalog: Catalog, input: string, scanned: string, candidate: LinkCandidate): LinkInput {
  const sources = [...catalog.sources.values()];
  const link = readLink(candidate);
  const inText = candidate.at !== 0;
  if ('invalid' in link) {
    const scheme = candidate.bare ? 'https' : candidate.prefix.slice(0, candidate.prefix.indexOf(':'));
    const shown = candidate.bare ? shownInput(candidate.text.slice(candidate.prefix.length)) : shownInput(candidate.text);
    throw wordedError('link-without-host', { input: shown, scheme, ids: sourceIds(sources) });
  }
  const base = { kind: 'link' as const, input, url: link.url, host: link.host, inText };
  if (link.ambiguous) return { ...base, source: null, domain: null, reason: 'ambiguous-host' };
  const pathname = new URL(link.url).pathname;
  const match = matchHost(sources, link.host);
  const grouped = matchGroupShortLink(catalog.groups.values(), link.host, pathname);
  // A group's short link (s.click.taobao.com) beats a shorter domain of a member (taobao.com).
  if (grouped && (!match || grouped.host.length >= match.domain.length)) return fromGroupLink(catalog, base, scanned, candidate, grouped);
  if (match) return { ...base, source: match.source, domain: match.domain, reason: null };
  const short = matchShortLink(sources, link.host, pathname);
  if (short) return { ...base, source: short.source, domain: short.domain, reason: null, shortLink: true };
  return { ...base, source: null, domain: null, reason: 'unlisted-host' };
}

/**
 * A group's short link is the group's, unless the share text begins with a member's mark
 * (【天猫】) and then, after nothing but white space, the link: the shape the member's app
 * shares in. The mark anywhere else (in a title, a shop name: 天猫超市) names nothing.
 */
function fromGroupLink(catalog: Catalog, base: { kind: 'link'; input: string; url: string; host: string; inText: boolean }, scanned: string, candidate: LinkCandidate, { group, domain }: GroupMatch): LinkInput {
  // A mark is a short word: text longer than any before the link is no mark (and is not copied).
  const before = candidate.at > MARK_TEXT ? '' : Array.from(scanned.slice(0, MARK_TEXT * 2)).slice(0, candidate.at).join('').trim();
  const marked = before === '' ? undefined : group.shareMarkers?.find((entry) => entry.marker === before);
  const member = marked && memberOf(catalog, group, marked.source);
  if (marked && member) return { ...base, source: member, domain, reason: null, shortLink: true, group, marker: marked.marker };
  return { ...base, source: null, group, domain, reason: null, shortLink: true };
}

/** The most code points before a link that can hold a mark and white space around it. */
const MARK_TEXT = 128;

function memberOf(catalog: Catalog, group: Group, id: string): Source | undefined {
  const source = catalog.sources.get(id);
  return source?.groups.includes(group.id) ? source : undefined;
}

function appSchemeSource(sources: Source[], scheme: string): Source | undefined {
  return sources.find((source) => source.appSchemes?.includes(scheme));
}

/** An app deep link whose scheme the rule data lists for a source: the link up to the next space. */
function fromAppLink(sources: Source[], input: string, text: string, { scheme, at }: SchemeFound): LinkInput {
  const characters = Array.from(text);
  let end = at;
  while (end < characters.length && !/\p{White_Space}/u.test(characters[end]!)) end++;
  const url = characters.slice(at, end).join('');
  const source = appSchemeSource(sources, scheme)!;
  return { kind: 'link', input, url, host: '', inText: at !== 0, source, domain: `${scheme}:`, reason: null, appScheme: scheme };
}

/** A token belongs to a source only when the text around it names that source and no other. */
function fromToken(sources: Source[], input: string, { token, rest }: TokenMatch): LinkInput {
  const named = namedSources(sources, rest);
  const base = { kind: 'token' as const, input, token, named };
  const [only] = named;
  if (only && named.length === 1) return { ...base, source: only.source, keyword: only.keyword, reason: null };
  return { ...base, source: null, keyword: null, reason: named.length === 0 ? 'no-keyword' : 'several-sources' };
}

/** The source ids, for the message that says what a source argument can be. */
function sourceIds(sources: readonly Source[]): string {
  return sources.map((source) => source.id).join(', ');
}

/** Whether the argument is a link whose host cannot be told for sure: the check must then answer unknown. */
export function isAmbiguousLink(classification: Classification | null): boolean {
  return classification !== null && classification.kind === 'link' && classification.reason === 'ambiguous-host';
}
