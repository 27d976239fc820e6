// checkLink's answer, made cheap per call (#18): the names a query uses are
// resolved once per catalog and remembered, the verdict comes from the verdict
// index (which agrees with check() everywhere, test/engine/verdict-index.test.ts),
// and the explanation (rule, evidence, dates, freshness…) is built by check()
// only when one of its fields is first read. The answer has the same fields, in
// the same order, as the object `linkcheck --json` prints; JSON.stringify,
// spreading and Object.keys see them all.
import { answerQuery, codedSteps, directSteps, memoisedSteps, resolveQuery, type QueryText, type Steps } from '../query/ask.js';
import type { Catalog } from '../engine/catalog.js';
import type { Verdict } from '../engine/check.js';
import { InputError } from '../errors/errors.js';
import { queryTime, type QueryTime } from '../time/query-time.js';
import { buildVerdictIndex, type VerdictIndex } from '../engine/verdict-index.js';
import { answerToJson } from '../render/json.js';
import { readWrittenDate } from '../time/query-date.js';

export type LinkAnswer = ReturnType<typeof answerToJson>;

/** The fields built from check()'s answer when first read; the others are known from the query and the index. */
const EXPLAINED = ['link', 'at', 'reason', 'rule', 'overridden', 'evidence', 'untilEvidence', 'next', 'lastKnown', 'changesDuringDay', 'dispute', 'asKnownOn', 'freshness', 'group'] as const;

/** Texts longer than this are resolved each time rather than remembered: the memory holds names and links, not pasted pages. */
const REMEMBERED_TEXT = 1024;
const REMEMBERED_TIMES = 20_000;

interface Prepared {
  steps: Steps;
  /** The instants of dates written out in full (not today or now), by zone and text. */
  times: Map<string, QueryTime>;
  /** The verdict index of the record as it stands (key ''), and as known on each day asked about. */
  indexes: Map<string, VerdictIndex>;
}

const prepared = new WeakMap<Catalog, Prepared>();

/** Where an answer keeps its explanation: how to build it until it is read, then what it is. Not enumerable: no copy or JSON shows it. */
const EXPLANATION = Symbol('explanation');
type Explained = { [EXPLANATION]: (() => LinkAnswer) | LinkAnswer };

/**
 * Each explained field, shared by every answer: it reads the explanation, and once written to holds
 * its own value. Defined one by one on a fresh object (about 2 µs); turning data fields into
 * accessors, or keeping explanations in a WeakMap, cost several times that.
 */
const ACCESSORS = Object.fromEntries(
  EXPLAINED.map((field) => [
    field,
    {
      enumerable: true,
      configurable: true,
      get(this: Explained) {
        let explanation = this[EXPLANATION];
        if (typeof explanation === 'function') {
          explanation = explanation();
          // A frozen answer builds it again at each read rather than throw.
          Reflect.set(this, EXPLANATION, explanation);
        }
        return explanation[field];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
      },
    } satisfies PropertyDescriptor,
  ]),
) as Record<(typeof EXPLAINED)[number], PropertyDescriptor>;

/**
 * What answers inherit: printed by Node's console.log or util.inspect, an answer shows its fields'
 * values, as the plain object it stands for, not its accessors.
 */
const ANSWER = Object.defineProperty({}, Symbol.for('nodejs.util.inspect.custom'), {
  value(this: object) {
    return { ...this };
  },
});

export function answerLink(catalog: Catalog, text: QueryText, now: number, asKnownOn: string | undefined): LinkAnswer {
  const { steps, times, indexes } = preparedFor(catalog);
  const time = (date: string | undefined, zone: string): QueryTime => {
    if (date === undefined || date.length > REMEMBERED_TEXT) return queryTime(date, zone, now);
    const key = `${zone}\u0000${date}`;
    let found = times.get(key);
    if (found === undefined) {
      found = queryTime(date, zone, now);
      const reading = readWrittenDate(date);
      if (reading.ok && reading.kind === 'moment') {
        if (times.size >= REMEMBERED_TIMES) times.clear();
        times.set(key, found);
      }
    }
    return found;
  };
  // The link and date readers' errors carry the codes of the arguments they read, as a check's do.
  const { query, link } = resolveQuery(catalog, text, now, codedSteps({ ...steps, time }));
  const day = asKnownOn ?? '';
  let index = indexes.get(day);
  if (index === undefined) {
    index = buildVerdictIndex(catalog, asKnownOn === undefined ? {} : { asKnownOn });
    // The days asked about are few; a caller asking about many keeps only the latest ones.
    if (indexes.size > 16) indexes.clear();
    indexes.set(day, index);
  }
  const explain = () => answerToJson(answerQuery(catalog, asKnownOn !== undefined ? { ...query, asKnownOn } : query), link);
  let verdict: Verdict;
  try {
    verdict = index.verdict(query);
  } catch (error) {
    // A key the index does not hold (a group no source belongs to): check() answers, or says why not.
    if (!(error instanceof InputError)) throw error;
    return explain();
  }
  // Fields in the order of the JSON answer; the explained ones are accessors.
  const answer = Object.create(ANSWER) as Record<string, unknown>;
  answer.platform = query.platform;
  answer.source = query.source;
  Object.defineProperty(answer, EXPLANATION, { value: explain, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(answer, 'link', ACCESSORS.link);
  answer.surface = query.surface;
  Object.defineProperty(answer, 'at', ACCESSORS.at);
  answer.timeZone = catalog.platforms.get(query.platform)!.timeZone;
  answer.verdict = verdict;
  // EXPLAINED[0] and [1] are link and at, defined above.
  for (let i = 2; i < EXPLAINED.length; i++) Object.defineProperty(answer, EXPLAINED[i]!, ACCESSORS[EXPLAINED[i]!]);
  return answer as unknown as LinkAnswer;
}

function preparedFor(catalog: Catalog): Prepared {
  let found = prepared.get(catalog);
  if (found === undefined) {
    const remembered = memoisedSteps(catalog, 0);
    const direct = directSteps(catalog, 0);
    const steps: Steps = {
      platform: (text) => (text.length <= REMEMBERED_TEXT ? remembered : direct).platform(text),
      group: (text) => (text.length <= REMEMBERED_TEXT ? remembered : direct).group(text),
      source: (text) => (text.length <= REMEMBERED_TEXT ? remembered : direct).source(text),
      surface: (platform, text) => (text.length <= REMEMBERED_TEXT ? remembered : direct).surface(platform, text),
      // "today" and "now" depend on the call's clock: set per call.
      time: remembered.time,
    };
    found = { steps, times: new Map(), indexes: new Map() };
    prepared.set(catalog, found);
  }
  return found;
}
