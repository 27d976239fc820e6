// When the check's arguments do not make sense as given, say what was probably
// meant: a platform given as the source, a surface and a source swapped, or a
// share text not quoted.
import type { Catalog } from '../engine/catalog.js';
import { type InputError, inputError } from '../errors/errors.js';
import { findNamed } from '../query/index.js';
import type { Platform } from '../model/types.js';

export interface CheckArguments {
  source: string;
  surface: string;
  date?: string;
  /** Operands after the date, which a check does not take. */
  extra?: readonly string[];
}

export function misplacedArguments(catalog: Catalog, platform: Platform, args: CheckArguments): InputError | undefined {
  const sources = [...catalog.sources.values()];
  const isSource = (text: string) => findNamed(sources, text) !== undefined;
  const isPlatform = (text: string) => findNamed([...catalog.platforms.values()], text) !== undefined;
  const isSurface = (text: string) => findNamed(platform.surfaces, text) !== undefined;

  const extra = args.extra ?? [];
  if (extra.length > 0) {
    const got = String(3 + extra.length);
    const platform = !isSource(args.source) && isPlatform(args.source);
    return inputError('too-many-arguments', { expected: '3', got, ...(platform ? { platform: args.source } : {}) });
  }
  if (isSource(args.source)) return undefined;
  if (isPlatform(args.source)) return inputError('platform-as-source', { input: args.source });
  if (isSurface(args.source) && isSource(args.surface)) {
    return inputError('swapped-arguments', { source: args.surface, surface: args.source, ...(args.date !== undefined ? { date: args.date } : {}) });
  }
  return undefined;
}
