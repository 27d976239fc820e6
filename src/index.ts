// linkcheck as a library: checkLink answers one query as the CLI does;
// createVerdictIndex answers many at once, verdicts only; checkPlan answers a
// placement plan's rows as `linkcheck batch --ndjson` does. Its types are its own
// (api/types.ts); everything else is internal and may change.
import { knownOnOption, readCheckOptions, readLoadOptions, readNow, readPlanInput, readPlanOptions, readQuery, readVerdictQueries, readVerdictQuery, type LoadArgument } from './api/arguments.js';
import { planBytes } from './api/plan-bytes-argument.js';
import { answerPlan } from './api/answer-plan.js';
import { answerLink } from './api/answer-link.js';
import { atOutOfRange, isReadAt } from './api/verdict-at.js';
import type { CheckInput, CheckOptions, DataError as DataErrorType, DataErrorConstructor, InputError as InputErrorType, InputErrorConstructor, LinkAnswer, LoadOptions, PlanInput, PlanOptions, PlanSummary, VerdictChecker } from './api/types.js';
import type { Catalog } from './engine/catalog.js';
import { DataError as DataErrorClass, InputError as InputErrorClass, wordedError } from './errors/errors.js';
import { buildVerdictIndex } from './engine/verdict-index.js';
import { loadCatalog } from './load/load-catalog.js';
import { codedSteps, directSteps, knownOnZone, resolveQuery } from './query/index.js';
import { withThrownText } from './render/error.js';

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
  PlanInput,
  PlanOptions,
  PlanOutcome,
  PlanSummary,
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
    throw withThrownText(error);
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
    throw withThrownText(error);
  }
  const index = buildVerdictIndex(catalog);
  return {
    resolve: (input, now) =>
      englishErrors(() => {
        const text = readQuery(input);
        const at = readNow(now, Date.now);
        // The link and date readers' errors carry the codes checkLink's do (bad-source, bad-date).
        const { query } = resolveQuery(catalog, text, at, codedSteps(directSteps(catalog, at)));
        return {
          platform: query.platform,
          source: query.source,
          surface: query.surface,
          at: query.at,
          ...(query.group !== undefined ? { group: query.group } : {}),
          ...(query.ambiguousLink === true ? { ambiguousLink: true } : {}),
        };
      }),
    verdict: (query) =>
      englishErrors(() => {
        const read = readVerdictQuery(query);
        if (!isReadAt(catalog, read)) throw atOutOfRange(catalog, read, 'query');
        return index.verdict(read);
      }),
    verdicts: (queries) =>
      englishErrors(() => {
        const read = readVerdictQueries(queries);
        for (let i = 0; i < read.length; i++) if (!isReadAt(catalog, read[i]!)) throw atOutOfRange(catalog, read[i]!, `queries[${i}]`);
        return index.verdicts(read);
      }),
  };
}

/**
 * Answers every row of a placement plan (CSV, JSON Lines or an .xlsx workbook) as
 * `linkcheck batch --ndjson` does: yields each row's JSON line (without its newline), in
 * the plan's order, as the rows are read, and returns the counts. Reading waits while the
 * caller does not take the rows, so a plan of millions of rows runs in little memory.
 * Throws an InputError for what the CLI refuses (a header without a needed column, bytes
 * in another encoding, no workbook, an option it cannot read) before the first row, and
 * for arguments of the wrong shape; a DataError for rule files that cannot be used.
 */
export async function* checkPlan(plan: PlanInput, options?: PlanOptions): AsyncGenerator<string, PlanSummary, undefined> {
  let rows: ReturnType<typeof answerPlan>;
  try {
    const input = readPlanInput(plan);
    const { rules, builtinRules, now, ...batch } = readPlanOptions(options);
    const catalog = await catalogFor({ ...(rules ? { rules } : {}), ...(builtinRules !== undefined ? { builtinRules } : {}) });
    rows = answerPlan(catalog, { ...input, bytes: planBytes(input.bytes) } as Parameters<typeof answerPlan>[1], { ...batch, now: readNow(now, Date.now) });
  } catch (error) {
    throw withThrownText(error);
  }
  // answerPlan words its errors in English, as the library gives them.
  return yield* rows;
}

function englishErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw withThrownText(error);
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
    // Every rule read now: the process keeps the catalog, and answers from it however long it runs.
    catalog = loadCatalog({ rules, builtin, whole: true });
    catalog.catch(() => catalogs.delete(key));
    catalogs.set(key, catalog);
  }
  return catalog;
}
