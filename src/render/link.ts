// Words and plain-data views for what a source argument was recognised as.
import { normalizeName } from '../engine/names.js';
import type { Classification, LinkInput } from '../link/types.js';

/** What matched: the host of a link, or the share token. */
export function linkSubject(link: LinkInput): string {
  if (link.kind === 'link' && link.appScheme) return `app link ${link.appScheme}:`;
  return link.kind === 'link' ? link.host : `share token ${link.token}`;
}

/** Why the link belongs to its source, or why it belongs to none: "host matches tmall.com". */
export function linkReason(link: LinkInput): string {
  const found = link.kind === 'link' && link.inText ? ', link found in the share text' : '';
  switch (link.reason) {
    case null:
      if (link.kind === 'link' && link.appScheme) return `the app scheme ${link.appScheme}: is listed for ${link.source.id}${found}`;
      if (link.kind === 'link' && link.shortLink) return `host matches ${link.domain}, the platform's own short link; where it leads cannot be seen offline${found}`;
      return link.kind === 'link' ? `host matches ${link.domain}${found}` : `the text names ${link.keyword}`;
    case 'unlisted-host':
      return `no source lists this host's domain${found}`;
    case 'ambiguous-host':
      return `where the link's host ends cannot be told for sure, so it is taken for no source${found}`;
    case 'no-keyword':
      return 'the text around it names no source';
    case 'several-sources':
      return `the text names more than one source: ${link.named.map((match) => `${match.keyword} (${match.source.id})`).join(', ')}`;
  }
}

/** One sentence for any classification: "host detail.tmall.com matches tmall.com". */
export function explain(classification: Classification): string {
  if (classification.kind === 'name') {
    return normalizeName(classification.input) === classification.source.id ? 'source id' : `alias of ${classification.source.id}`;
  }
  if (classification.kind === 'token') return `${linkSubject(classification)}: ${linkReason(classification)}`;
  const found = classification.inText ? ', link found in the share text' : '';
  if (classification.appScheme) return `app link ${classification.appScheme}: listed for ${classification.source?.id}${found}`;
  if (classification.shortLink) return `host ${classification.host} is the platform's own short link ${classification.domain}; where it leads cannot be seen offline${found}`;
  if (classification.source) return `host ${classification.host} matches ${classification.domain}${found}`;
  if (classification.reason === 'ambiguous-host') return `host ${classification.host} is ambiguous: where it ends cannot be told for sure${found}`;
  return `host ${classification.host} is under no domain listed for a source${found}`;
}

export function classificationView(classification: Classification) {
  const link = classification.kind === 'link' ? classification : null;
  const token = classification.kind === 'token' ? classification : null;
  return {
    input: classification.input,
    kind: classification.kind,
    source: classification.source?.id ?? null,
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
