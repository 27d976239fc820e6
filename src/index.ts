// linkcheck as a library: checkLink answers one query as the CLI does;
// createVerdictIndex answers many at once, verdicts only. Everything else is
// internal and may change.
import { knownOnOption, readCheckOptions, readLoadOptions, readNow, readQuery, readVerdictQueries, readVerdictQuery, type LoadArgument } from './api/arguments.js';
import { answerLink } from './api/answer-link.js';
import { resolveQuery } from './query/ask.js';
import type { Catalog } from './engine/catalog.js';
import type { Verdict } from './engine/check.js';
import { DataError, InputError, wordedError } from './errors/errors.js';
import { errorMessage } from './i18n/error-words.js';
import { buildVerdictIndex, type VerdictQuery } from './engine/verdict-index.js';
import { loadCatalog } from './load/load-catalog.js';
import { knownOnZone } from './query/known-on.js';
import { answerToJson } from './render/json.js';

export { DataError, InputError } from './errors/errors.js';
export type { Verdict, VerdictQuery };

/** A query as the CLI takes it: `linkcheck -p <platform> <source> <surface> [date]`. */
export interface CheckInput {
  /** A source id or alias (taobao, 淘宝), a link, or a share text pasted from an app. */
  source: string;
  /** A surface id or alias: live-cart, short-video-cart, product-detail, 直播间购物车, … */
  surface: string;
  /** 2022-06-01, 2022-06-01T09:30, an instant with Z or an offset, today or now; default: now. */
  date?: string;
  /** kuaishou (default) or douyin, or an alias: 快手, 抖音. */
  platform?: string;
}

export interface LoadOptions {
  /** More rule files or folders of *.json, as with --rules. */
  rules?: readonly string[];
  /** false: only the files in rules (default true). */
  builtinRules?: boolean;
}

export interface CheckOptions extends LoadOptions {
  /** The instant "now" and "today" mean, and a query without a date asks about; default: the clock. */
  now?: Date | number;
  /** Answer as the record stood on this day: 2022-06-01, 2022/6/1, 2022年6月1日, today…, in the platform's zone. */
  asKnownOn?: string;
}

/** The answer: the same object that `linkcheck --json` prints (see README, Usage); the explanation is built when first read. */
export type LinkAnswer = ReturnType<typeof answerToJson>;

/**
 * Answers one query with the verdict, the deciding rule and its evidence. Throws
 * an InputError (exit code 2 on the command line) for input the CLI refuses and
 * for arguments of the wrong shape, and a DataError for rule files that cannot be used.
 */
export async function checkLink(input: CheckInput, options?: CheckOptions): Promise<LinkAnswer> {
  try {
    const query = readQuery(input);
    const settings = readCheckOptions(options);
    const now = readNow(settings.now, Date.now);
    const catalog = await catalogFor(settings);
    const asKnownOn = settings.asKnownOn === undefined ? undefined : knownOnOption(settings.asKnownOn, knownOnZone(catalog, query.platform), now);
    return answerLink(catalog, query, now, asKnownOn);
  } catch (error) {
    throw inEnglish(error);
  }
}

/** Many queries, verdicts only: no explanations are built. */
export interface VerdictChecker {
  /** A query as written, resolved once (names, links, dates) the way checkLink resolves it. */
  resolve(input: CheckInput, now?: Date | number): VerdictQuery;
  verdict(query: VerdictQuery): Verdict;
  verdicts(queries: readonly VerdictQuery[]): Verdict[];
}

/**
 * Loads the rules and indexes them by platform, surface and source, so that each
 * verdict is a few look-ups, however many rules there are. Its verdicts are
 * checkLink's (as on the clock's day; asKnownOn is not supported here).
 */
export async function createVerdictIndex(options?: LoadOptions): Promise<VerdictChecker> {
  let catalog: Catalog;
  try {
    catalog = await catalogFor(readLoadOptions(options));
  } catch (error) {
    throw inEnglish(error);
  }
  const index = buildVerdictIndex(catalog);
  return {
    resolve: (input, now) =>
      englishErrors(() => {
        const text = readQuery(input);
        const { query } = resolveQuery(catalog, text, readNow(now, Date.now));
        return {
          platform: query.platform,
          source: query.source,
          surface: query.surface,
          at: query.at,
          ...(query.group !== undefined ? { group: query.group } : {}),
          ...(query.ambiguousLink === true ? { ambiguousLink: true } : {}),
        };
      }),
    verdict: (query) => englishErrors(() => index.verdict(readVerdictQuery(query))),
    verdicts: (queries) => englishErrors(() => index.verdicts(readVerdictQueries(queries))),
  };
}

/** An expected failure with its English message, as the library gives it (the CLI words it in the reader's language). */
function inEnglish(error: unknown): unknown {
  if (error instanceof InputError || error instanceof DataError) error.message = errorMessage(error);
  return error;
}

function englishErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw inEnglish(error);
  }
}

const catalogs = new Map<string, Promise<Catalog>>();
const BUILTIN_ONLY = JSON.stringify([true, []]);

/** Each set of rule files is read and compiled once per process. */
function catalogFor(options: LoadArgument): Promise<Catalog> {
  const rules = options.rules ?? [];
  const builtin = options.builtinRules ?? true;
  if (!builtin && rules.length === 0) return Promise.reject(wordedError('api-no-rules', {}));
  // The built-in rules alone, as most calls ask, without making the key each time.
  const key = builtin && rules.length === 0 ? BUILTIN_ONLY : JSON.stringify([builtin, rules]);
  let catalog = catalogs.get(key);
  if (!catalog) {
    catalog = loadCatalog({ rules, builtin });
    catalog.catch(() => catalogs.delete(key));
    catalogs.set(key, catalog);
  }
  return catalog;
}
