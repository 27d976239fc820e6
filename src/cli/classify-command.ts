// linkcheck classify <input...>: what each link, share text or name is recognised as.
import { wordsFor, type Lang } from '../i18n/index.js';
import { classifyArgument } from '../link/classify.js';
import { loadCatalog } from '../load/load-catalog.js';
import { classificationRenderers } from '../render/classifications.js';
import { standsFor } from '../render/link.js';
import { coded } from '../errors/coded.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { loadOptions, type RuleOptions } from './rule-options.js';

export const CLASSIFY_EXIT = {
  /** Every input was recognised. */
  recognised: 0,
  /** At least one input was a link or share token of no known source. */
  unrecognised: 3,
} as const;

export interface ClassifyOptions extends RuleOptions {
  json: boolean;
  color: boolean;
  lang?: Lang;
}

export async function runClassify(context: CliContext, inputs: readonly string[], options: ClassifyOptions): Promise<number> {
  const catalog = await loadCatalog(loadOptions(context, options));
  // All or nothing: an input that cannot be a product link fails the batch before anything is printed.
  // A group's name first, as a check reads one (taobao, 淘宝联盟: the group, all its members at once).
  const results = inputs.map((input) => coded('bad-source', () => classifyArgument(catalog, input)));
  const level = colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json: options.json });
  context.stdout(classificationRenderers[options.json ? 'json' : 'text'](results, { colourLevel: level, words: wordsFor(options.lang ?? 'en') }));
  return results.every((result) => standsFor(result) !== null) ? CLASSIFY_EXIT.recognised : CLASSIFY_EXIT.unrecognised;
}
