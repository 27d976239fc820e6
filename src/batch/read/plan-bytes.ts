// A plan's bytes as they come from anywhere: a file read by the CLI, standard input,
// an HTTP request's body, a file dropped on the page. Web-standard only (no Buffer, no
// Node stream), so that the road from bytes to rows runs in a browser as in Node.
import { decodeChunks, type AsciiText, type Encoding } from './decode.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';
import type { HeaderCheck, ReadStats, RecordSink } from './records.js';
import { joinBytes } from './bytes.js';

/** A workbook that comes as bytes, not as a file, is held whole (a ZIP is read from its end): at most this many bytes. */
export const WORKBOOK_HELD_LIMIT = 100 * 1024 * 1024;

/** Bytes whole, or in chunks as they arrive. */
export type PlanBytes = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;

/** Chunks that can be stopped from outside: a stream's pending read ends at once. */
export interface Chunks {
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Stops reading: a ReadableStream is cancelled; other sources end at their next chunk. */
  cancel(): void;
}

/** The bytes as chunks. A ReadableStream is read through its reader (not every browser can iterate one). */
export function planChunks(bytes: PlanBytes): Chunks {
  // isView, not instanceof: bytes made in another realm (a frame, a worker's message) are bytes too.
  if (ArrayBuffer.isView(bytes)) return { chunks: [bytes as Uint8Array], cancel: () => {} };
  if (isReadableStream(bytes)) {
    const reader = bytes.getReader();
    let cancelled = false;
    return {
      chunks: {
        async *[Symbol.asyncIterator]() {
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done || cancelled) return;
              yield value;
            }
          } finally {
            if (!cancelled) {
              cancelled = true;
              void reader.cancel().catch(() => {});
            }
            reader.releaseLock();
          }
        },
      },
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        void reader.cancel().catch(() => {});
      },
    };
  }
  let cancelled = false;
  const source = bytes;
  return {
    chunks: {
      async *[Symbol.asyncIterator]() {
        for await (const chunk of source) {
          if (cancelled) return;
          yield chunk;
        }
      },
    },
    cancel: () => {
      cancelled = true;
    },
  };
}

function isReadableStream(bytes: PlanBytes): bytes is ReadableStream<Uint8Array> {
  return typeof (bytes as ReadableStream<Uint8Array>).getReader === 'function';
}

/** A CSV or JSON Lines plan, decoded as it is read, each record handed to the sink; `asciiText`, the platform's reading of ASCII (decode.ts). */
export function readTextPlan(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, format: 'csv' | 'jsonl', encoding: Encoding, name: string, check: HeaderCheck, sink: RecordSink, asciiText?: AsciiText): Promise<ReadStats> {
  const text = decodeChunks(chunks, encoding, name, asciiText);
  return format === 'csv' ? readCsv(text, sink, check, name) : readJsonl(text, sink, check);
}

/**
 * All the chunks in one array (a workbook is read from its end), refused past `limit` bytes
 * by `tooLarge`, called before more than that is held.
 */
export async function heldBytes(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    // A copy: a reader may fill the same buffer again for its next chunk (and a Buffer's slice() is no copy).
    parts.push(new Uint8Array(chunk));
  }
  return joinBytes(parts, size);
}
