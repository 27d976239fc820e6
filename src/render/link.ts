// Words and plain-data views for what a source argument was recognised as.
import { normalizeName } from '../engine/names.js';
import { isAmbiguousLink, MORE_LINKS, standingFor } from '../link/named-input.js';
import type { Classification, LinkInput } from '../link/types.js';
import { CHECK_ENGLISH, type CheckWords } from '../i18n/check-words.js';
import { nameOf } from './names.js';

/** What matched: the host of a link, or the share token. */
export function linkSubject(link: LinkInput, words: CheckWords = CHECK_ENGLISH): string {
  if (link.kind === 'link' && link.appScheme) return words.say('link.appLink', { scheme: link.appScheme });
  return link.kind === 'link' ? link.host : words.say('link.shareToken', { token: link.token });
}

/** Why the link belongs to its source, or why it belongs to none: "host matches tmall.com". */
export function linkReason(link: LinkInput, words: CheckWords = CHECK_ENGLISH): string {
  const found = link.kind === 'link' && link.inText ? words.say('link.foundInText') : '';
  switch (link.reason) {
    case null:
      if (link.kind === 'link' && link.group && link.appScheme !== undefined && link.source === null) return words.say('link.groupAppScheme', { scheme: link.appScheme, group: nameOf(link.group, words.lang), found });
      if (link.kind === 'link' && link.group) {
        return link.source
          ? words.say('link.groupMarker', { domain: link.domain, group: nameOf(link.group, words.lang), marker: link.marker ?? '', source: nameOf(link.source, words.lang), found })
          : words.say('link.groupShortLink', { domain: link.domain, group: nameOf(link.group, words.lang), found });
      }
      if (link.kind === 'link' && link.appScheme) return words.say('link.appScheme', { scheme: link.appScheme, source: link.source ? nameOf(link.source, words.lang) : String(undefined), found });
      if (link.kind === 'link' && link.shortLink) return words.say('link.shortLink', { domain: link.domain, found });
      if (link.kind === 'token' && link.group) return words.say('link.groupToken', { keyword: link.keyword, group: nameOf(link.group, words.lang) });
      return link.kind === 'link' ? words.say('link.hostMatches', { domain: link.domain, found }) : words.say('link.names', { keyword: link.keyword });
    case 'unlisted-host':
      return words.say('link.unlisted', { found });
    case 'ambiguous-host':
      return link.kind === 'link' && link.appScheme !== undefined ? words.say('link.appInside', { found }) : words.say('link.ambiguous', { found });
    case 'path-in-doubt':
      return words.say('link.pathInDoubt', { found });
    case 'several-links':
      return words.say('link.severalLinks');
    case 'too-many-links':
      return words.say('link.tooManyLinks', { count: String(MORE_LINKS + 1) });
    case 'link-and-token':
      return words.say('link.linkAndToken');
    case 'other-app':
      return link.kind === 'link' && link.otherAppHost !== undefined ? words.say('link.otherAppHost', { app: link.otherApp ?? '', domain: link.otherAppHost, found }) : words.say('link.otherApp', { app: link.otherApp ?? '' });
    case 'no-keyword':
      return words.say('link.noKeyword');
    case 'several-sources':
      // The keywords, then the host names beside the token that lead elsewhere.
      return words.say('link.severalSources', {
        named: [...link.named.map((match) => `${match.keyword} (${nameOf(match.source, words.lang)})`), ...(link.hosts ?? []).map(({ host, side }) => `${host} (${'app' in side ? side.app : nameOf(side, words.lang)})`)].join(words.say('common.comma')),
      });
  }
}

/** What rules speak for a link taken for no source: those for any source, or, when it is in doubt (ambiguous-host, path-in-doubt, several-links, too-many-links, link-and-token, other-app), none. */
export function unrecognisedNote(link: LinkInput, words: CheckWords = CHECK_ENGLISH): string {
  return isAmbiguousLink(link) ? words.say('check.noRuleForDoubt') : words.say('check.anySourceOnly');
}

/** One sentence for any classification: "host detail.tmall.com matches tmall.com". In JSON always English (see classificationView). */
export function explain(classification: Classification, words: CheckWords = CHECK_ENGLISH): string {
  if (classification.kind === 'name') {
    if (classification.source === null) {
      // A group's name: what a check of it asks about, the group and its members.
      const { group, members } = classification;
      const named = words.say('check.group', { group: nameOf(group, words.lang), members: members.map((member) => nameOf(member, words.lang)).join(words.say('common.comma')) });
      return normalizeName(classification.input) === group.id ? named : words.say('classify.alias', { source: named });
    }
    return normalizeName(classification.input) === classification.source.id ? words.say('classify.sourceId') : words.say('classify.alias', { source: nameOf(classification.source, words.lang) });
  }
  if (classification.kind === 'token') return `${linkSubject(classification, words)}: ${linkReason(classification, words)}`;
  const found = classification.inText ? words.say('link.foundInText') : '';
  const { host, domain } = classification;
  if (classification.group && classification.appScheme !== undefined && classification.source === null) {
    return words.say('classify.groupAppLink', { scheme: classification.appScheme, group: nameOf(classification.group, words.lang), found });
  }
  if (classification.group) {
    return classification.source
      ? words.say('classify.groupMarker', { host, domain: String(domain), group: nameOf(classification.group, words.lang), marker: classification.marker ?? '', source: nameOf(classification.source, words.lang), found })
      : words.say('classify.groupShortLink', { host, domain: String(domain), group: nameOf(classification.group, words.lang), found });
  }
  // Taken for none, the text's first link is named as linkSubject names it: its host, or the app link's scheme.
  if (classification.reason === 'several-links') return words.say('classify.severalLinks', { link: linkSubject(classification, words) });
  if (classification.reason === 'too-many-links') return words.say('classify.tooManyLinks', { link: linkSubject(classification, words), count: String(MORE_LINKS + 1) });
  if (classification.reason === 'link-and-token') return words.say('classify.linkAndToken', { link: linkSubject(classification, words) });
  if (classification.reason === 'other-app' && classification.otherAppHost !== undefined) return words.say('classify.otherAppHost', { host, domain: classification.otherAppHost, app: classification.otherApp ?? '', found });
  if (classification.reason === 'other-app') return words.say('classify.otherApp', { link: linkSubject(classification, words), app: classification.otherApp ?? '', found });
  if (classification.reason === 'ambiguous-host' && classification.appScheme !== undefined) return words.say('classify.appInside', { scheme: classification.appScheme, found });
  if (classification.appScheme) return words.say('classify.appLink', { scheme: classification.appScheme, source: classification.source ? nameOf(classification.source, words.lang) : String(undefined), found });
  if (classification.shortLink) return words.say('classify.shortLink', { host, domain: String(domain), found });
  if (classification.source) return words.say('classify.hostMatches', { host, domain: String(domain), found });
  if (classification.reason === 'ambiguous-host') return words.say('classify.ambiguous', { host, found });
  if (classification.reason === 'path-in-doubt') return words.say('classify.pathInDoubt', { host, found });
  return words.say('classify.unlisted', { host, found });
}

/** The id of what the argument stands for: its source, or the group its short link or share token leads to (taobao-alliance); null when neither is known. */
export function standsFor(classification: Classification): string | null {
  return standingFor(classification)?.id ?? null;
}

export function classificationView(classification: Classification) {
  const link = classification.kind === 'link' ? classification : null;
  const token = classification.kind === 'token' ? classification : null;
  return {
    input: classification.input,
    kind: classification.kind,
    source: classification.source?.id ?? null,
    // A group's short link (m.tb.cn) leads to the group, or, with a member's mark before it (Tmall's, in black
    // lenticular brackets), to that member; its share token (淘口令) and its name (淘宝联盟) to the group.
    group: (link?.group ?? token?.group ?? (classification.kind === 'name' ? classification.group : undefined))?.id ?? null,
    marker: link?.source ? (link.marker ?? null) : null,
    url: link?.url ?? null,
    host: link?.host ?? null,
    domain: link?.domain ?? null,
    token: token?.token ?? null,
    keyword: token?.keyword ?? null,
    reason: link?.reason ?? token?.reason ?? null,
    // Each field has one type: false and null when they do not apply.
    shortLink: link?.shortLink === true,
    appScheme: link?.appScheme ?? null,
    explanation: explain(classification),
  };
}

/** The "link" object of a check answer in JSON: the classification without the source, which the answer carries. */
export function linkView(link: LinkInput) {
  const { source: _source, ...view } = classificationView(link);
  return view;
}
