// What an argument was recognised as: data, worded by the renderers.
import type { Group, Source } from '../model/types.js';

/** A source id or alias, typed as such. */
export interface NameInput {
  kind: 'name';
  input: string;
  source: Source;
  group?: undefined;
}

/**
 * A group's id or alias (taobao, 淘宝, 淘宝联盟: the Taobao Alliance), which a check asks about as the
 * group, all its members at once; `linkcheck classify` says so (named-input.ts classifyGroupName).
 */
export interface GroupNameInput {
  kind: 'name';
  input: string;
  source: null;
  group: Group;
  /** The sources that are members of the group. */
  members: readonly Source[];
}

interface LinkBase {
  kind: 'link';
  /** The argument as given. */
  input: string;
  /** The link as the WHATWG URL parser reads it. */
  url: string;
  /** Lower-case, without a trailing dot, port or user info; non-ASCII names in punycode (xn--…). */
  host: string;
  /** Whether the link was found inside a longer share text rather than given on its own. */
  inText: boolean;
  /**
   * Set when the link is a platform's own short link (v.douyin.com) listed in the source's
   * shortLinks: where it leads cannot be seen offline, so it is answered by that platform's shop.
   */
  shortLink?: true;
  /** Set for an app deep link (openapp.jdmobile://…) whose scheme the source lists in appSchemes; host is then empty. */
  appScheme?: string;
}

export interface RecognisedLink extends LinkBase {
  source: Source;
  /** The listed domain that covers the host; for a short link, the shortLinks entry; for an app link, the scheme and a colon. */
  domain: string;
  reason: null;
  /** For a short link of a group (m.tb.cn) whose share text begins with a member's mark: the group. */
  group?: Group;
  /** The mark at the start of the share text that names the member (【天猫】). */
  marker?: string;
}

/**
 * A short link of a group (m.tb.cn: Taobao and Tmall items alike) with no member's mark in
 * the text: where it leads cannot be seen offline, so it is answered for the whole group.
 */
export interface GroupLink extends LinkBase {
  source: null;
  group: Group;
  /** The group's shortLinks entry that covers the link. */
  domain: string;
  reason: null;
  shortLink: true;
}

/**
 * An app deep link whose scheme a member of a group that lists short links lists (taobao://: the
 * Taobao app, which opens Taobao and Tmall items alike): where it leads cannot be told for sure
 * offline, so it is answered for the whole group, as the group's short links and tokens are.
 */
export interface GroupAppLink extends LinkBase {
  source: null;
  group: Group;
  /** The scheme and a colon. */
  domain: string;
  reason: null;
  appScheme: string;
}

export interface UnrecognisedLink extends LinkBase {
  source: null;
  group?: undefined;
  domain: null;
  /**
   * unlisted-host: no source lists a domain that covers the host.
   * ambiguous-host: where the host ends cannot be told for sure (the characters after it
   * could still belong to it under the URL parser's rules, or reading on past a space
   * leads elsewhere), so the link is not taken for any source; for an app deep link (appScheme
   * set), it stands inside another link (…/?u=taobao://…), of which it is a part.
   * path-in-doubt: under a host where the path tells whose link it is (an entry that names a path:
   * h5.m.taobao.com/awp/core/detail.htm, any Taobao Alliance member's item, where the host alone is
   * Taobao's), the link may be read as another entry's: read on past white space after it, without
   * the characters no text shows in it, or with its path as a site reads it alike (%61 for a, // for
   * /): the link shared may not be the one read.
   * several-links: the text holds links that lead to different sources (or to none), so
   * which one the placement shows cannot be told; the first link's url and host are given.
   * too-many-links: the text holds more links than are read (MORE_LINKS after the first), so
   * where they all lead is not known; the first link's url and host are given.
   * link-and-token: beside its links the text holds a share token that the words around it give
   * to another source, so which of the two the placement shows cannot be told; the first link's
   * url and host are given.
   * other-app: the link is a group's short link (m.tb.cn) in a share text that names an app that
   * shares the group's links and is none of its members' (闲鱼: the group's otherApps), whose
   * item is no member's, or its host is such an app's under a member's domain (2.taobao.com: the
   * group's otherAppHosts); the app is `otherApp`.
   */
  reason: 'unlisted-host' | 'ambiguous-host' | 'path-in-doubt' | 'several-links' | 'too-many-links' | 'link-and-token' | 'other-app';
  /** For other-app: the app the text names, or whose host the link's is. */
  otherApp?: string;
  /** For other-app by the link's host: the otherAppHosts entry that covers it. */
  otherAppHost?: string;
}

/** A host name written beside a share token, and the source or group that lists it (token-input.ts hostsElsewhere). */
export interface HostMention {
  host: string;
  /** The source or group that lists the host, or the other app whose host it is (a group's otherAppHosts). */
  side: Source | Group | { app: string };
}

/** A share-text keyword found in the text, and the source it names. */
export interface KeywordMatch {
  source: Source;
  keyword: string;
}

interface TokenBase {
  kind: 'token';
  input: string;
  /** The share token as found, with its symbols: ￥AEpabxiRg0u￥. */
  token: string;
  /** The sources the text around the token names, each once, in the order they appear. */
  named: KeywordMatch[];
}

export interface RecognisedToken extends TokenBase {
  source: Source;
  group?: undefined;
  keyword: string;
  reason: null;
}

/**
 * A share token whose text names a member of a group that lists short links (淘口令 beside 淘宝 or
 * 天猫: the Taobao Alliance's): it opens in the members' app and may lead to an item of any member,
 * which cannot be seen offline, so it is answered for the whole group, as its short links are.
 */
export interface GroupToken extends TokenBase {
  source: null;
  group: Group;
  /** The keyword that names the member, and so the group. */
  keyword: string;
  reason: null;
}

export interface UnrecognisedToken extends TokenBase {
  source: null;
  group?: undefined;
  keyword: null;
  /**
   * no-keyword: the text names no source; several-sources: it names more than one, by keywords or
   * by a host name beside the token that another source or group lists (`hosts`); other-app: it
   * names a member of a group and an app that shares the group's tokens and is none of its
   * members' (闲鱼: the group's otherApps), named in `otherApp`.
   */
  reason: 'no-keyword' | 'several-sources' | 'other-app';
  /** For other-app: the app the text names. */
  otherApp?: string;
  /** For several-sources: the host names beside the token that lead to another side than its keyword's. */
  hosts?: HostMention[];
}

/** A link or a share token, recognised or not. */
export type LinkInput = RecognisedLink | GroupLink | GroupAppLink | UnrecognisedLink | RecognisedToken | GroupToken | UnrecognisedToken;

export type Classification = NameInput | GroupNameInput | LinkInput;

export type UnrecognisedReason = NonNullable<LinkInput['reason']>;
