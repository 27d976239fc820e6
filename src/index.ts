// linkcheck as a library: checkLink answers one query as the CLI does;
// createVerdictIndex answers many at once, verdicts only. Its types are its own
// (api/types.ts); everything else is internal and may change.
import { knownOnOption, readCheckOptions, readLoadOptions, readNow, readQuery, readVerdictQueries, readVerdictQuery, type LoadArgument } from './api/arguments.js';
import { answerLink } from './api/answer-link.js';
import type { CheckInput, CheckOptions, DataError as DataErrorType, DataErrorConstructor, InputError as InputErrorType, InputErrorConstructor, LinkAnswer, LoadOptions, VerdictChecker } from './api/types.js';
import type { Catalog } from './engine/catalog.js';
import { DataError as DataErrorClass, InputError as InputErrorClass, wordedError } from './errors/errors.js';
import { buildVerdictIndex } from './engine/verdict-index.js';
import { errorMessage } from './i18n/error-words.js';
import { loadCatalog } from './load/load-catalog.js';
import { ask, knownOnZone, resolveQuery } from './query/index.js';
import { answerToJson } from './render/json.js';

export type {
  CheckInput,
  CheckOptions,
  DisputeView,
  EvidenceView,
  Freshness,
  GroupMemberView,
  LinkAnswer,
  LinkView,
  LoadOptions,
  PublishedView,
  Reason,
  ReportEvidenceView,
  RuleView,
  SeedEvidenceView,
  SourceSelector,
  Verdict,
  VerdictChecker,
  VerdictQuery,
} from './api/types.js';

export type InputError = InputErrorType;
export type DataError = DataErrorType;

/** Thrown for input the CLI refuses (exit code 2 there); test with instanceof. */
export const InputError: InputErrorConstructor = InputErrorClass;
/** Thrown for rule files that cannot be used; test with instanceof. */
export const DataError: DataErrorConstructor = DataErrorClass;

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
  if (error instanceof InputErrorClass || error instanceof DataErrorClass) error.message = errorMessage(error);
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
