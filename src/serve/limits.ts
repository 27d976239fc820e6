// The service's bounds, each with a default and an option of `linkcheck serve`.
import { joinBytes } from '../batch/read/bytes.js';

export interface Limits {
  /** Largest JSON body (POST /v1/check), in bytes. */
  maxBody: number;
  /** Largest plan (POST /v1/batch), in bytes. */
  maxPlan: number;
  /** Most queries in one POST /v1/check array. */
  maxQueries: number;
  /** Most requests of /v1/ answered at once; past it, 503 with Retry-After. */
  maxConcurrent: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBody: 1024 * 1024,
  maxPlan: 100 * 1024 * 1024,
  maxQueries: 1000,
  maxConcurrent: 64,
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

/**
 * The body's bytes, counted as they arrive: past `limit` the stream fails with
 * `tooLarge()`, so neither a false Content-Length nor a chunked body gets more through.
 */
export function limitedStream(body: ReadableStream<Uint8Array>, limit: number, tooLarge: () => Error): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** The whole body, at most `limit` bytes. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return joinBytes(chunks, size);
}
