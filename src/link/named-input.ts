// What a source argument is when it names a source exactly, and the words about any argument that
// need none of the link reader: a batch of names never loads it (scripts/build.mjs, #18).
import type { Catalog } from '../engine/catalog.js';
import { escapeCharacter } from '../model/escape.js';
import { findNamed, namedIn } from '../engine/resolve.js';
import type { Group, Source } from '../model/types.js';
import type { Classification, GroupNameInput } from './types.js';

const byCatalog = new WeakMap<Catalog, (input: string) => Source | undefined>();

/** The source whose id or alias the trimmed text is, exactly as classifyInput finds it first; otherwise undefined. */
export function classifyName(catalog: Catalog, input: string): Classification | undefined {
  let named = byCatalog.get(catalog);
  if (named === undefined) byCatalog.set(catalog, (named = namedIn([...catalog.sources.values()])));
  const text = input.trim();
  const source = text === '' ? undefined : named(text);
  return source ? { kind: 'name', input, source } : undefined;
}

/**
 * The group whose id or alias the trimmed text is, found as a check finds it before any source
 * (query/ask.ts: taobao and 淘宝 name the Taobao Alliance as well as Taobao, and a check of them asks
 * about the group); otherwise undefined. `linkcheck classify` reports what a check asks about.
 */
export function classifyGroupName(catalog: Catalog, input: string): GroupNameInput | undefined {
  const text = input.trim();
  const group = text === '' ? undefined : findNamed([...catalog.groups.values()], text);
  if (group === undefined) return undefined;
  return { kind: 'name', input, source: null, group, members: [...catalog.sources.values()].filter((source) => source.groups.includes(group.id)) };
}

/**
 * Control characters (tab and line breaks too), line and paragraph separators and the byte order
 * mark, each written as its escape (\t, \n, \r, \x1b, \u2028), as every report writes them
 * (model/escape.ts): a message shows what a value really holds, on one line, and nothing in it
 * can drive the terminal.
 */
export function escapedControls(text: string): string {
  // The expressions are written inside the functions, made only when a message is worded: a start that words none carries none (#18).
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}\ufeff]/gu, escapeCharacter);
}

/** The argument on one line for messages: trimmed, controls and line breaks escaped (escapedControls), runs of spaces made one, and shortened. */
export function shownInput(text: string, width = 60): string {
  const line = escapedControls(text.trim()).replace(/\s+/gu, ' ');
  const characters = [...line];
  if (characters.length <= width) return line;
  // An escape the cut would split (\x1, \u20) is left out whole: it would show a character that is not there.
  return `${characters.slice(0, width - 1).join('').replace(/\\(?:x[0-9a-f]?|u(?:[0-9a-f]{0,3}|\{[0-9a-f]*))?$/u, '')}…`;
}

/**
 * Past this many links after the first, a text is not read on (classify.ts, too-many-links): so
 * many links are no one placement's, and reading each is linear in the text. Here, where the
 * words that say so find it without the link reader.
 */
export const MORE_LINKS = 16;

/**
 * The group a name, link or share token stands for when it is no one source's: a group's id or
 * alias (classifyGroupName), a group's short link with no member's mark (m.tb.cn), or its share
 * token (淘口令); a check of it asks about the group.
 */
export function groupAsked(classification: Classification | null): Group | undefined {
  return classification === null || classification.source !== null ? undefined : classification.group;
}

/** What a text stands for: its source, else the group its link or share token asks about (groupAsked); undefined when neither is known. */
export function standingFor(classification: Classification): Source | Group | undefined {
  return classification.source ?? groupAsked(classification);
}

/**
 * Whether the argument is a link whose host cannot be told for sure, a text whose links (or a
 * link and a share token) lead to different sources, or a group's short link in a text of an app
 * that is none of its members' (other-app): the check must then answer unknown.
 */
export function isAmbiguousLink(classification: Classification | null): boolean {
  return (
    classification !== null &&
    classification.kind === 'link' &&
    (classification.reason === 'ambiguous-host' ||
      classification.reason === 'path-in-doubt' ||
      classification.reason === 'several-links' ||
      classification.reason === 'too-many-links' ||
      classification.reason === 'link-and-token' ||
      classification.reason === 'other-app')
  );
}
