// A group's short link or share token in a share text of an app that shares the group's links and
// tokens but is none of its members' (闲鱼's texts carry m.tb.cn links and 淘口令 as the Taobao
// app's do): such an app's item is no member's, so no member's rule speaks for it, and the text is
// taken for no source. The apps are the group's otherApps in the rule data. See docs/links.md.
import type { Group } from '../model/types.js';
import { namedApp } from './share-text.js';
import type { LinkInput, UnrecognisedLink } from './types.js';

/** The app of the group's otherApps that the text names, if any. */
export function otherAppOf(group: Group, text: string): string | undefined {
  return group.otherApps === undefined ? undefined : namedApp(group.otherApps, text);
}

/**
 * The link's answer, unless it is a group's short link (m.tb.cn), with or without a member's mark,
 * in a text that names one of the group's otherApps (【闲鱼】https://m.tb.cn/…): then it is taken
 * for none (other-app). Only a short link: a member's own link (item.taobao.com) leads where its
 * host says, whatever the words, and its words are read anywhere in the text, as an app's name
 * stands outside a link.
 */
export function withOtherApp(text: string, found: LinkInput): LinkInput {
  if (found.kind !== 'link' || found.reason !== null || found.group === undefined || found.shortLink !== true) return found;
  const app = otherAppOf(found.group, text);
  return app === undefined ? found : otherAppLink(found, app);
}

/** The link taken for no source as another app's (other-app); `entry`: the otherAppHosts entry its host is under, when that says it. */
export function otherAppLink({ input, url, host, inText }: Pick<UnrecognisedLink, 'input' | 'url' | 'host' | 'inText'>, app: string, entry?: string): LinkInput {
  return { kind: 'link', input, url, host, inText, source: null, domain: null, reason: 'other-app', otherApp: app, ...(entry !== undefined ? { otherAppHost: entry } : {}) };
}
