// The service's bounds, each with a default and an option of `linkcheck serve`.
import { joinBytes } from '../batch/read/bytes.js';
import { inputError } from '../errors/errors.js';

export interface Limits {
  /** Largest JSON body (POST /v1/check), in bytes. */
  maxBody: number;
  /** Largest plan (POST /v1/batch), in bytes. */
  maxPlan: number;
  /** Most queries in one POST /v1/check array. */
  maxQueries: number;
  /** Most requests of /v1/ answered at once; past it, 503 with Retry-After. */
  maxConcurrent: number;
  /** Seconds a request body may make no progress while it is read; past it, 408 and the connection closed. */
  bodyTimeout: number;
  /**
   * Seconds the service may wait for a request body in all, summed over the whole body; past it,
   * 408 and the connection closed: a body that never pauses for bodyTimeout, one byte at a time,
   * holds its handler (and a batch its place among those answered at once) no longer than this.
   */
  bodyDeadline: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBody: 1024 * 1024,
  maxPlan: 100 * 1024 * 1024,
  maxQueries: 1000,
  maxConcurrent: 64,
  bodyTimeout: 10,
  // A query body (at most maxBody, 1 MiB) needs 17 KB/s to come within it, a plan of a million
  // rows (about 65 MB) 1.1 MB/s; a longer one lets a client sending a byte at a time hold a place
  // that much longer (docs/serve.md#limits).
  bodyDeadline: 60,
};

/** Seconds a busy client is asked to wait. */
export const RETRY_AFTER = 1;

/** A count of requests in flight, taken when one starts and given back when its response is done (a stream: when it ends). */
export class InFlight {
  private count = 0;
  constructor(readonly limit: number) {}
  get current(): number {
    return this.count;
  }
  get full(): boolean {
    return this.count >= this.limit;
  }
  /** Whether there was room: the caller must call release() once. */
  take(): boolean {
    if (this.count >= this.limit) return false;
    this.count++;
    return true;
  }
  release(): void {
    this.count--;
  }
}

/** The refusal of a body on which nothing arrived for `seconds` (408, and the connection closed). */
export function bodyStalled(seconds: number): () => Error {
  return () => inputError('body-timeout', { seconds: String(seconds) });
}

/** The refusal of a body the service waited for `seconds` in all without its end (408, and the connection closed). */
export function bodyLate(seconds: number): () => Error {
  return () => inputError('body-deadline', { seconds: String(seconds) });
}

/** How a request body is read under the limits: the body time-outs and the refusals they make. */
export function bodyTimes(limits: Pick<Limits, 'bodyTimeout' | 'bodyDeadline'>): Pick<BodyWatch, 'idleSeconds' | 'stalled' | 'deadlineSeconds' | 'late'> {
  return { idleSeconds: limits.bodyTimeout, stalled: bodyStalled(limits.bodyTimeout), deadlineSeconds: limits.bodyDeadline, late: bodyLate(limits.bodyDeadline) };
}

/**
 * How a request body is read: at most `limit` bytes, each read waiting at most `idleSeconds` for
 * the client, and the reads together at most `deadlineSeconds`.
 */
export interface BodyWatch {
  limit: number;
  tooLarge: () => Error;
  idleSeconds: number;
  stalled: () => Error;
  deadlineSeconds: number;
  late: () => Error;
  /** Called once, when the first bytes (or the end) arrive: a batch takes its place among the requests answered at once only then. */
  arrived?: () => void;
}

/**
 * The body's bytes, counted as they arrive: past `limit` the stream fails with `tooLarge()`, so
 * neither a false Content-Length nor a chunked body gets more through; a read the client leaves
 * waiting `idleSeconds` fails with `stalled()`, so that a client sending nothing holds no handler
 * (and no place among those answered at once) for the whole request time-out; and once the reads
 * have waited `deadlineSeconds` in all, the one waiting fails with `late()`, so that a client
 * sending a byte just within each `idleSeconds` does not hold them for as long as it likes (a
 * batch under way is cut off by no request time-out: see serve-listen.ts refuseMalformed). Only the
 * time the reader waits for the client counts: a batch slow to write its rows reads its plan
 * slowly, and is not the one stalling or late. A wait is timed by the clock, so work the service
 * does elsewhere while a read waits (answering rows read ahead) counts too: little beside a
 * deadline of a minute. The source is not cancelled on a stall: the refusal must still go out on
 * the connection, which the host then closes.
 */
export function watchedBody(body: ReadableStream<Uint8Array>, watch: BodyWatch): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  let arrived = watch.arrived;
  // Milliseconds the reads have waited for the client so far.
  let waited = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const idle = watch.idleSeconds * 1000;
        const left = Math.max(0, watch.deadlineSeconds * 1000 - waited);
        const began = performance.now();
        const stall = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(left < idle ? watch.late() : watch.stalled()), Math.min(idle, left))));
        try {
          const { done, value } = await Promise.race([reader.read(), stall]);
          if (arrived) {
            const first = arrived;
            arrived = undefined;
            first();
          }
          if (done) return controller.close();
          size += value.byteLength;
          if (size > watch.limit) {
            void reader.cancel().catch(() => undefined);
            return controller.error(watch.tooLarge());
          }
          controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        } finally {
          clearTimeout(timer);
          waited += performance.now() - began;
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Pulled only when read: the time-out runs while the reader waits, not ahead of it.
    { highWaterMark: 0 },
  );
}

/** The whole body, read through watchedBody. */
export async function readWatched(body: ReadableStream<Uint8Array> | null, watch: BodyWatch): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = watchedBody(body, watch).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    chunks.push(value);
  }
  return joinBytes(chunks, size);
}
