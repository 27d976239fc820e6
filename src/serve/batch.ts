// POST /v1/batch: a plan in the body (CSV, XLSX or JSON Lines, by Content-Type)
// answered by answerPlan, the road `linkcheck batch --ndjson` takes, and streamed
// back as NDJSON, one line per row as it is answered. The header is read before
// the status is sent: a plan that cannot be read is a 400 with one error object.
// Once rows have gone out, a failure later in the plan ends the stream with an
// error object on the last line.
import { answerPlan } from '../api/answer-plan.js';
import type { Catalog } from '../engine/catalog.js';
import { DataError, InputError, inputError } from '../errors/errors.js';
import type { Lang } from '../i18n/lang.js';
import { REQUEST } from '../i18n/option-words.js';
import { shownInput } from '../link/named-input.js';
import { ENCODING_NAMES, knownEncoding, type Encoding } from '../batch/read/decode.js';
import { bodyTimes, watchedBody } from './limits.js';
import { charsetOf, COMMON_HEADERS, errorLine, mediaType, NDJSON_TYPE } from './respond.js';
import { ownEntry } from '../model/own.js';

/** The media types a plan is sent as, and the format each is read in. */
export const PLAN_TYPES = {
  'text/csv': 'csv',
  // Read as CSV: the separator is found from the header line (src/batch/read/csv-separator.ts separatorOf).
  'text/tab-separated-values': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
} as const;

export interface BatchOptions {
  platform?: string;
  asKnownOn?: string;
  maxStaleness?: string;
  failOn?: string;
  columns?: string;
  encoding?: string;
  sheet?: string;
  lang: Lang;
  now: number;
  maxPlan: number;
  /** Seconds the plan may make no progress while it is read. */
  bodyTimeout: number;
  /** Seconds the service may wait for the plan in all while it is read. */
  bodyDeadline: number;
  /** Called when the plan's first bytes arrive (or its end): the batch's place among those answered at once is taken then; it may throw busy. */
  arrived?: () => void;
  onError?: ((error: unknown) => void) | undefined;
  /** Called once when the response has ended, however it ends. */
  done: () => void;
}

/** What messages call the plan. */
const NAME = 'request body';

export async function answerBatch(catalog: Catalog, request: Request, options: BatchOptions): Promise<Response> {
  const header = request.headers.get('content-type') ?? '';
  const type = mediaType(header);
  const format = ownEntry(PLAN_TYPES, type);
  if (!format) throw inputError('unsupported-media-type', { type: shownInput(type), valid: Object.keys(PLAN_TYPES).join(', ') });
  const tooLarge = () => inputError('body-too-large', { limit: String(options.maxPlan) });
  if (Number(request.headers.get('content-length') ?? 0) > options.maxPlan) throw tooLarge();
  // A charset on a text type (text/csv; charset=gb18030) is the plan's encoding unless the encoding
  // parameter says otherwise; a workbook's type names no charset that could be its text's. One the
  // batch does not read is a type it does not take (415, as /v1/check refuses JSON in another
  // charset), refused before the body is read.
  const charset = format === 'xlsx' ? undefined : charsetOf(header);
  if (charset !== undefined && options.encoding === undefined && knownEncoding(charset) === undefined) {
    throw inputError('unsupported-media-type', { type: shownInput(`${type}; charset=${charset}`), valid: `${type} (${ENCODING_NAMES})` });
  }
  const encoding = options.encoding ?? charset;
  const watch = { limit: options.maxPlan, tooLarge, ...bodyTimes(options), ...(options.arrived ? { arrived: options.arrived } : {}) };
  if (!request.body) options.arrived?.();
  const bytes = request.body ? watchedBody(request.body, watch) : new Uint8Array(0);
  const rows = answerPlan(
    catalog,
    { bytes, format, name: NAME, ...(encoding !== undefined ? { encoding: encoding as Encoding } : {}), ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) },
    {
      lang: options.lang,
      words: REQUEST,
      now: options.now,
      ...(options.platform !== undefined ? { platform: options.platform } : {}),
      ...(options.asKnownOn !== undefined ? { asKnownOn: options.asKnownOn } : {}),
      ...(options.maxStaleness !== undefined ? { maxStaleness: options.maxStaleness } : {}),
      ...(options.failOn !== undefined ? { failOn: options.failOn } : {}),
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    },
  );
  // The first row (or the end) before the status: a plan whose header cannot be read is refused whole.
  let first: IteratorResult<string, unknown> | undefined = await rows.next();
  const encoder = new TextEncoder();
  let ended = false;
  const end = () => {
    if (!ended) options.done();
    ended = true;
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = first ?? (await rows.next());
        first = undefined;
        if (next.done) {
          controller.close();
          end();
        } else {
          controller.enqueue(encoder.encode(`${next.value}\n`));
        }
      } catch (error) {
        if (!(error instanceof InputError || error instanceof DataError)) options.onError?.(error);
        const shown = error instanceof InputError || error instanceof DataError ? error : inputError('internal-error', {});
        controller.enqueue(encoder.encode(`${errorLine(shown, options.lang)}\n`));
        controller.close();
        end();
      }
    },
    async cancel() {
      await rows.return(undefined as never);
      end();
    },
  });
  return new Response(stream, { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': NDJSON_TYPE } });
}
