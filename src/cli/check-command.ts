// linkcheck <source> <surface> [date]: resolve the names and the link, ask the engine, render.
import { check } from '../engine/check.js';
import { EXIT, InputError, inputError } from '../engine/errors.js';
import { queryDay, queryTime } from '../engine/query-time.js';
import { resolvePlatform, resolveSurface } from '../engine/resolve.js';
import { classifyInput } from '../link/classify.js';
import { loadCatalog } from '../load/load-catalog.js';
import { answerRenderers } from '../render/index.js';
import { safe } from '../render/safe.js';
import { staleWarning } from '../render/text.js';
import { exitCodeFor } from '../render/views.js';
import { misplacedArguments, type CheckArguments } from './argument-hints.js';
import { coded } from './coded.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { loadOptions, type RuleOptions } from './rule-options.js';

export interface CheckOptions extends RuleOptions {
  /** -p; without it LINKCHECK_PLATFORM, then kuaishou. */
  platform?: string;
  json?: boolean;
  quiet?: boolean;
  color: boolean;
  asKnownOn?: string;
  failOnStale?: boolean;
}

export const DEFAULT_PLATFORM = 'kuaishou';

export async function runCheck(context: CliContext, args: CheckArguments, options: CheckOptions): Promise<number> {
  const catalog = await loadCatalog(loadOptions(context, options));
  const platform = resolvePlatform(catalog, options.platform ?? (context.env.LINKCHECK_PLATFORM || DEFAULT_PLATFORM));
  const asKnownOn = options.asKnownOn === undefined ? undefined : knownOnDate(options.asKnownOn, platform.timeZone, context.now);
  const misplaced = misplacedArguments(catalog, platform, args);
  if (misplaced) throw misplaced;
  const source = coded('bad-source', () => classifyInput(catalog, args.source));
  const surface = resolveSurface(platform, args.surface);
  const time = coded('bad-date', () => queryTime(args.date, platform.timeZone, context.now));
  // An unrecognised link asks about an unknown source: only rules for any source cover it.
  const answer = check(catalog, { platform: platform.id, source: source.source?.id ?? null, surface: surface.id, ...time, ...(asKnownOn ? { asKnownOn } : {}) });
  const link = source.kind === 'name' ? null : source;

  if (!options.quiet) {
    const json = options.json === true;
    const level = colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json });
    context.stdout(answerRenderers[json ? 'json' : 'text'](answer, { colourLevel: level }, link));
    if (answer.freshness.stale) context.stderr(`linkcheck: warning: ${safe(staleWarning(answer))}\n`);
  }
  return options.failOnStale && answer.freshness.stale ? EXIT.undecided : exitCodeFor(answer);
}

function knownOnDate(text: string, timeZone: string, now: number): string {
  try {
    return queryDay(text, timeZone, now);
  } catch (error) {
    if (error instanceof InputError) throw inputError('bad-known-on-date', { input: text, reason: error.message });
    throw error;
  }
}
