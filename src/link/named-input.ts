// What a source argument is when it names a source exactly, and the words about any argument that
// need none of the link reader: a batch of names never loads it (scripts/build.mjs, #18).
import type { Catalog } from '../engine/catalog.js';
import { namedIn } from '../engine/resolve.js';
import type { Source } from '../model/types.js';
import type { Classification } from './types.js';

const byCatalog = new WeakMap<Catalog, (input: string) => Source | undefined>();

/** The source whose id or alias the trimmed text is, exactly as classifyInput finds it first; otherwise undefined. */
export function classifyName(catalog: Catalog, input: string): Classification | undefined {
  let named = byCatalog.get(catalog);
  if (named === undefined) byCatalog.set(catalog, (named = namedIn([...catalog.sources.values()])));
  const text = input.trim();
  const source = text === '' ? undefined : named(text);
  return source ? { kind: 'name', input, source } : undefined;
}

/** The argument collapsed to one line, control characters escaped (they could drive the terminal) and shortened, for messages. */
export function shownInput(text: string, width = 60): string {
  const line = text
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const characters = [...line];
  return characters.length <= width ? line : `${characters.slice(0, width - 1).join('')}…`;
}

/**
 * Past this many links after the first, a text is not read on (classify.ts, too-many-links): so
 * many links are no one placement's, and reading each is linear in the text. Here, where the
 * words that say so find it without the link reader.
 */
export const MORE_LINKS = 16;

/**
 * Whether the argument is a link whose host cannot be told for sure, or a text whose links (or a
 * link and a share token) lead to different sources: the check must then answer unknown.
 */
export function isAmbiguousLink(classification: Classification | null): boolean {
  return (
    classification !== null &&
    classification.kind === 'link' &&
    (classification.reason === 'ambiguous-host' || classification.reason === 'several-links' || classification.reason === 'too-many-links' || classification.reason === 'link-and-token')
  );
}
