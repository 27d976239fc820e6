// A placement plan's bytes to its answered rows, anywhere (Node, a browser, an edge
// runtime): the road `linkcheck batch --ndjson` takes, pulled row by row. The HTTP
// service streams these lines back; the page shows them. Reading waits while the
// caller has not taken the rows already answered, so a plan of millions of rows runs
// in bounded memory.
import type { Catalog } from '../engine/catalog.js';
import { inputError } from '../errors/errors.js';
import { withThrownText } from '../render/error.js';
import type { Lang } from '../i18n/lang.js';
import type { OptionWords } from '../i18n/option-words.js';
import { DEFAULT_PLATFORM } from '../query/ask.js';
import { knownOnZone, readKnownOn } from '../query/known-on.js';
import { resolvePlatform } from '../engine/resolve.js';
import { parseStaleness } from '../time/staleness.js';
import { columnNames, headerCheck } from '../batch/columns.js';
import { encodingOf, type Encoding } from '../batch/read/decode.js';
import { heldBytes, planChunks, readTextPlan, WORKBOOK_HELD_LIMIT } from '../batch/read/plan-bytes.js';
import { readXlsx } from '../batch/read/read-xlsx.js';
import { bytesSource } from '../batch/read/zip.js';
import { checkFormatSettings, FORMATS, type HeaderCheck, type InputFormat, type ReadStats, type RecordSink } from '../batch/read/records.js';
import type { BatchReport } from '../batch/report.js';
import { runBatch } from '../batch/run-batch.js';
import { BATCH_MAX_STALENESS, DEFAULT_FAIL_ON, parseFailOn, type Summary } from '../batch/summary.js';
import { rowJson } from '../render/batch-row-view.js';

export interface PlanInput {
  /** The plan's bytes: whole, or in chunks as they arrive (a request's body, a dropped file's stream). */
  bytes: Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
  format: InputFormat;
  /** The text encoding of a CSV or JSON Lines plan (also gbk, gb2312, utf8, as --encoding reads them); default utf-8. */
  encoding?: Encoding;
  /** The sheet of a workbook to read, by name (--sheet); default the first one shown. */
  sheet?: string;
  /** What messages call the plan (the file's name, "standard input"), and the Summary's file. */
  name: string;
}

/** What `linkcheck batch` takes that means something without a terminal, as text in the same forms. */
export interface AnswerPlanOptions {
  /** For rows without a platform cell (--platform); default kuaishou. */
  platform?: string;
  /** Answer as the record stood on this day (--as-known-on), in the platform's zone. */
  asKnownOn?: string;
  /** A row is stale past this age of its newest evidence (--max-staleness: 6m, 1y, 90d); default 1y. */
  maxStaleness?: string;
  /** The outcomes that fail the run (--fail-on: "denied,stale", "all", "none"); default denied, rolling-out, error. */
  failOn?: string;
  /** Headers of other names (--columns: "source=商品链接,surface=投放位置"). */
  columns?: string;
  /**
   * The language of a thrown error's message (as the CLI prints it on stderr with --lang); default en.
   * The rows' texts are --ndjson's, which --lang does not change: their error texts are English.
   */
  lang?: Lang;
  /** How the rows' error texts name settings: the command line's options (--columns), by default, or a request's parameters (columns). */
  words?: OptionWords;
  /** The instant "today" and "now" in a cell mean; default the clock when the plan is started. */
  now?: Date | number;
}

/** Rows answered and not yet taken, past which reading waits: few enough to keep memory flat, enough to keep reading in large steps. */
const HIGH_WATER_ROWS = 1024;
/** Characters answered and not yet taken, past which reading waits whatever the number of rows (a row may be a megabyte long). */
const HIGH_WATER_CHARS = 1 << 20;

/**
 * Each row of the plan as the line `linkcheck batch --ndjson` prints for it (without its
 * newline), in input order, one per record (blank lines are no records: the Summary counts
 * them); then the batch's Summary as the generator's return value. Throws the InputError the
 * CLI would (worded in options.lang) when the options, the header, the encoding or the
 * workbook cannot be read: for the header, before the first row. Ending the loop early
 * (break, return) stops reading, and cancels a ReadableStream.
 */
export async function* answerPlan(catalog: Catalog, input: PlanInput, options: AnswerPlanOptions = {}): AsyncGenerator<string, Summary, undefined> {
  const lang = options.lang ?? 'en';
  let settings: Settings;
  try {
    settings = planSettings(catalog, input, options);
  } catch (error) {
    throw withThrownText(error, lang);
  }

  // Rows answered and not yet taken, from `head` on.
  let queue: string[] = [];
  let head = 0;
  let queuedChars = 0;
  // The caller waiting for a row, and the reader waiting for room.
  let wake: (() => void) | undefined;
  let room: (() => void)[] = [];
  let stopped = false;
  let finished = false;
  let summary: Summary | undefined;
  let failure: unknown;

  const makeRoom = () => {
    const waiting = room;
    room = [];
    for (const resolve of waiting) resolve();
  };
  const report: BatchReport = {
    row: (row) => {
      const line = rowJson(row, options.words);
      queue.push(line);
      queuedChars += line.length;
      wake?.();
    },
    end: () => {},
  };
  const chunks = planChunks(input.bytes);
  const read = (sink: RecordSink): Promise<ReadStats> => settings.read(chunks.chunks, sink);
  runBatch(catalog, read, [report], {
    file: input.name,
    failOn: settings.failOn,
    maxStaleness: settings.maxStaleness,
    names: settings.names,
    platform: settings.platform,
    now: settings.now,
    ...(settings.asKnownOn !== undefined ? { asKnownOn: settings.asKnownOn } : {}),
    backlog: () => (queue.length - head >= HIGH_WATER_ROWS || queuedChars >= HIGH_WATER_CHARS) && !stopped ? new Promise<void>((resolve) => room.push(resolve)) : undefined,
    stopped: () => stopped,
  }).then(
    (done) => {
      summary = done;
      finished = true;
      wake?.();
    },
    (error: unknown) => {
      failure = error;
      finished = true;
      wake?.();
    },
  );

  try {
    for (;;) {
      if (head < queue.length) {
        const line = queue[head++]!;
        queuedChars -= line.length;
        if (head === queue.length) {
          queue = [];
          head = 0;
        }
        if (queue.length - head < HIGH_WATER_ROWS / 2 && queuedChars < HIGH_WATER_CHARS / 2) makeRoom();
        yield line;
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    // Taken to the end, or left early: either way the reader must not wait for room again.
    stopped = true;
    makeRoom();
    if (!finished) chunks.cancel();
  }
  if (failure !== undefined) throw withThrownText(failure, lang);
  return summary!;
}

interface Settings {
  failOn: ReturnType<typeof parseFailOn>;
  maxStaleness: ReturnType<typeof parseStaleness>;
  names: ReturnType<typeof columnNames>;
  platform: string;
  now: number;
  asKnownOn: string | undefined;
  read(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, sink: RecordSink): Promise<ReadStats>;
}

/** The options read as `linkcheck batch` reads its own, in the same order, so the same bad value is named first. */
function planSettings(catalog: Catalog, input: PlanInput, options: AnswerPlanOptions): Settings {
  const failOn = options.failOn === undefined ? DEFAULT_FAIL_ON : parseFailOn(options.failOn);
  const maxStaleness = parseStaleness(options.maxStaleness ?? BATCH_MAX_STALENESS);
  const names = columnNames(options.columns);
  const encoding = encodingOf(input.encoding ?? 'utf-8');
  const format = input.format;
  if (!FORMATS.includes(format)) throw inputError('unknown-plan-format', { file: input.name });
  checkFormatSettings(format, input.sheet, encoding);
  const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  // The platform of a row without one, refused before any row when no platform has its name (as the command line's batch does).
  const platform = options.platform === undefined ? DEFAULT_PLATFORM : resolvePlatform(catalog, options.platform).id;
  const asKnownOn = options.asKnownOn === undefined ? undefined : readKnownOn(options.asKnownOn, knownOnZone(catalog, platform), now);
  const check: HeaderCheck = headerCheck(names);
  return {
    failOn,
    maxStaleness,
    names,
    platform,
    now,
    asKnownOn,
    read: async (chunks, sink) => {
      if (format !== 'xlsx') return readTextPlan(chunks, format, encoding, input.name, check, sink);
      // A workbook is read from its end: held whole, as the CLI holds one from standard input.
      const tooLarge = () => inputError('unreadable-workbook', { file: input.name, reason: 'it is larger than 100 MiB; save the plan as CSV, or split it' });
      const whole = ArrayBuffer.isView(input.bytes) ? (input.bytes as Uint8Array) : await heldBytes(chunks, WORKBOOK_HELD_LIMIT, tooLarge);
      if (whole.length > WORKBOOK_HELD_LIMIT) throw tooLarge();
      return readXlsx(bytesSource(whole), input.sheet, sink, check, input.name);
    },
  };
}
