// linkcheck <source> <surface> [date]: resolve the names and the link, ask the engine, render.
import { answerQuery, checkSteps, DEFAULT_PLATFORM, readKnownOn, resolvePlatform, resolveQuery } from '../query/index.js';
import { beyondStaleness, parseStaleness } from '../time/staleness.js';
import { EXIT } from '../errors/errors.js';
import { CHECK_ENGLISH, type CheckWords } from '../i18n/check-words.js';
import { loadCatalog } from '../load/load-catalog.js';
import { answerRenderers } from '../render/index.js';
import { safe } from '../render/safe.js';
import { staleWarning } from '../render/text.js';
import { misplacedArguments, type CheckArguments } from './argument-hints.js';
import { colourLevel } from './colour.js';
import type { CliContext } from './context.js';
import { exitCodeFor } from './exit-code.js';
import { loadOptions, type RuleOptions } from './rule-options.js';
import { fromEnvironment, givenPlatform } from './env-settings.js';

export interface CheckOptions extends RuleOptions {
  /** -p; without it LINKCHECK_PLATFORM, then kuaishou. */
  platform?: string;
  json?: boolean;
  /** -v, --explain: every rule, note and piece of evidence on record, not the short answer. */
  explain?: boolean;
  quiet?: boolean;
  color: boolean;
  asKnownOn?: string;
  maxStaleness?: string;
  /** Deprecated: --max-staleness 0d. */
  failOnStale?: boolean;
  /** The words of the reader's language (--lang or the locale), for the answer and warnings; English when not given. */
  words?: CheckWords;
}

export async function runCheck(context: CliContext, args: CheckArguments, options: CheckOptions): Promise<number> {
  // --max-staleness, else LINKCHECK_MAX_STALENESS (which a configuration file may set), else the deprecated flag.
  const maxStaleness =
    options.maxStaleness !== undefined
      ? parseStaleness(options.maxStaleness)
      : (fromEnvironment(context.env, 'LINKCHECK_MAX_STALENESS', parseStaleness) ?? (options.failOnStale ? parseStaleness('0d') : undefined));
  const catalog = await loadCatalog(loadOptions(context, options));
  const platform = givenPlatform(catalog, options.platform, context.env) ?? resolvePlatform(catalog, DEFAULT_PLATFORM);
  const asKnownOn = options.asKnownOn === undefined ? undefined : readKnownOn(options.asKnownOn, platform.timeZone, context.now);
  const misplaced = misplacedArguments(catalog, platform, args);
  if (misplaced) throw misplaced;
  const text = { source: args.source, surface: args.surface, platform: platform.id, ...(args.date !== undefined ? { date: args.date } : {}) };
  // The same road from text to answer as a batch row and the library take; only the errors get the CLI's codes.
  const { query, link } = resolveQuery(catalog, text, context.now, checkSteps(catalog, context.now, platform));
  const answer = answerQuery(catalog, asKnownOn ? { ...query, asKnownOn } : query);
  const { newestEvidence, queriedDay } = answer.freshness;
  const tooOld = maxStaleness !== undefined && newestEvidence !== null && beyondStaleness(newestEvidence, queriedDay, maxStaleness);

  if (!options.quiet) {
    const words = options.words ?? CHECK_ENGLISH;
    const warn = (text: string) => context.stderr(`linkcheck: ${words.say('check.warning', { text })}\n`);
    if (options.failOnStale) warn(words.say('check.failOnStale'));
    const json = options.json === true;
    const level = colourLevel({ env: context.env, isTTY: context.stdoutIsTTY, flag: options.color, json });
    context.stdout(answerRenderers[json ? 'json' : 'text'](answer, { colourLevel: level, words, explain: options.explain === true }, link));
    if (answer.freshness.stale) warn(safe(staleWarning(answer, words)));
  }
  return tooOld ? EXIT.undecided : exitCodeFor(answer);
}
