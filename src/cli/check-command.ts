// linkcheck <source> <surface> [date]: resolve the names and the link, ask the engine, render.
import { check } from '../engine/check.js';
import { checkGroup } from '../engine/group-check.js';
import { beyondStaleness, parseStaleness } from '../engine/staleness.js';
import { EXIT, InputError, inputError } from '../engine/errors.js';
import { queryDay, queryTime } from '../engine/query-time.js';
import { findNamed, resolvePlatform, resolveSurface } from '../engine/resolve.js';
import { classifyInput, isAmbiguousLink } from '../link/classify.js';
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
  maxStaleness?: string;
  /** Deprecated: --max-staleness 0d. */
  failOnStale?: boolean;
}

export const DEFAULT_PLATFORM = 'kuaishou';

export async function runCheck(context: CliContext, args: CheckArguments, options: CheckOptions): Promise<number> {
  const maxStaleness = options.maxStaleness !== undefined ? parseStaleness(options.maxStaleness) : options.failOnStale ? parseStaleness('0d') : undefined;
  const catalog = await loadCatalog(loadOptions(context, options));
  const platform = resolvePlatform(catalog, options.platform ?? (context.env.LINKCHECK_PLATFORM || DEFAULT_PLATFORM));
  const asKnownOn = options.asKnownOn === undefined ? undefined : knownOnDate(options.asKnownOn, platform.timeZone, context.now);
  const misplaced = misplacedArguments(catalog, platform, args);
  if (misplaced) throw misplaced;
  // A group's name (taobao, 淘宝联盟: the Taobao Alliance) asks about all its members at once.
  const group = findNamed([...catalog.groups.values()], args.source);
  const source = group ? null : coded('bad-source', () => classifyInput(catalog, args.source));
  const surface = resolveSurface(platform, args.surface);
  const time = coded('bad-date', () => queryTime(args.date, platform.timeZone, context.now));
  const base = { platform: platform.id, surface: surface.id, ...time, ...(asKnownOn ? { asKnownOn } : {}) };
  // An unrecognised link asks about an unknown source: only rules for any source cover it.
  const answer = group ? checkGroup(catalog, { ...base, group: group.id }) : check(catalog, { ...base, source: source?.source?.id ?? null, ...(isAmbiguousLink(source) ? { ambiguousLink: true } : {}) });
  const link = source === null || source.kind === 'name' ? null : source;
  const { newestEvidence, queriedDay } = answer.freshness;
  const tooOld = maxStaleness !== undefined && newestEvidence !== null && beyondStaleness(newestEvidence, queriedDay, maxStaleness);

  if (!options.quiet) {
    if (options.failOnStale) context.stderr('linkcheck: warning: --fail-on-stale is deprecated; it means --max-staleness 0d\n');
    const json = options.json === true;
    const level = colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json });
    context.stdout(answerRenderers[json ? 'json' : 'text'](answer, { colourLevel: level }, link));
    if (answer.freshness.stale) context.stderr(`linkcheck: warning: ${safe(staleWarning(answer))}\n`);
  }
  return tooOld ? EXIT.undecided : exitCodeFor(answer);
}

function knownOnDate(text: string, timeZone: string, now: number): string {
  try {
    return queryDay(text, timeZone, now);
  } catch (error) {
    if (error instanceof InputError) throw inputError('bad-known-on-date', { input: text, reason: error.message });
    throw error;
  }
}
