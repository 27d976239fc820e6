// An error that quotes another (bad-environment quotes the reader's refusal of a variable's
// value): the quoted one's words, in the language of the catalogue that words the outer one.
import type { MessageId, MessageParams } from '../errors/ids.js';
import type { OptionWords } from './option-words.js';

type Catalogue = { readonly [K in MessageId]: (params: MessageParams<K>, words: OptionWords) => string };

/**
 * What the quoted error says: its catalogue message (`inner`, its values beside it in `params`),
 * or the reader's worded reason (`reason`, worded at the edge in the reader's language).
 */
export function innerMessage(catalogue: Catalogue, params: { inner?: string; reason?: string; [value: string]: string | undefined }, words: OptionWords): string {
  const { inner } = params;
  if (inner !== undefined && inner !== 'bad-environment' && inner !== 'bad-config' && Object.hasOwn(catalogue, inner)) {
    return (catalogue[inner as MessageId] as (params: unknown, words: OptionWords) => string)(params, words);
  }
  return params.reason ?? '';
}
