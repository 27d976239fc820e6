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
}

export const DEFAULT_LIMITS: Limits = {
  maxBody: 1024 * 1024,
  maxPlan: 100 * 1024 * 1024,
  maxQueries: 1000,
  maxConcurrent: 64,
  bodyTimeout: 10,
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

/** How a request body is read: at most `limit` bytes, each read waiting at most `idleSeconds` for the client. */
export interface BodyWatch {
  limit: number;
  tooLarge: () => Error;
  idleSeconds: number;
  stalled: () => Error;
  /** Called once, when the first bytes (or the end) arrive: a batch takes its place among the requests answered at once only then. */
  arrived?: () => void;
}

/**
 * The body's bytes, counted as they arrive: past `limit` the stream fails with `tooLarge()`, so
 * neither a false Content-Length nor a chunked body gets more through; and a read the client leaves
 * waiting `idleSeconds` fails with `stalled()`, so that a client sending nothing holds no handler
 * (and no place among those answered at once) for the whole request time-out. Only the time the
 * reader waits for the client counts: a batch slow to write its rows reads its plan slowly, and is
 * not the one stalling. The source is not cancelled on a stall: the refusal must still go out on the
 * connection, which the host then closes.
 */
export function watchedBody(body: ReadableStream<Uint8Array>, watch: BodyWatch): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  let arrived = watch.arrived;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const stall = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(watch.stalled()), watch.idleSeconds * 1000)));
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
